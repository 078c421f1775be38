// Ours in its documented attribute-only mode: `value`, `target`, `min`, `max`, `unit` and `label`
// set directly, no document. Shown beside the document mode because a dashboard fed by script
// may use it for live values.
import '../../../src/components/kpi-gauge/kpi-gauge.ts';
import { LINGER_MS, meterValue } from './ours.js';

export default {
  name: 'ours-value',
  mount(cell, item) {
    const el = document.createElement('nq-kpi-gauge');
    Object.assign(el, {
      label: item.label,
      value: item.value,
      target: `≥${item.goal}`,
      min: item.min,
      max: item.max,
      unit: item.unit,
      lang: 'vi',
    });
    cell.append(el);
    return el;
  },
  ready: (el) => el.updateComplete,
  lingerMs: LINGER_MS,
  update(el, _item, value) {
    el.value = value;
  },
  unmount(el) {
    el.remove();
  },
  check: meterValue,
};
