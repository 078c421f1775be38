// Ours: <nq-target-timeline> with the `resolution` property set to the inline document and a
// fixed `as-of` date; 20 targets are drawn as lanes. Zoom sets the documented `period` property
// (what its zoom buttons do) to "2022-2024".
import '../../../src/components/target-timeline/target-timeline.ts';
import { until } from '../common.js';

const points = (el) => el.shadowRoot?.querySelectorAll('[part~="value-point"]').length ?? 0;
const lanes = (el) => el.shadowRoot?.querySelectorAll('[part~="lane-label"]').length ?? 0;

export default {
  name: 'ours',
  mount(cell, d) {
    const el = document.createElement('nq-target-timeline');
    el.resolution = d.doc;
    el.asOf = d.asOf;
    el.lang = 'vi';
    cell.append(el);
    return el;
  },
  async ready(el) {
    await el.updateComplete;
    await until(() => points(el) > 0, 60000, 'timeline points');
  },
  async zoom(el, d) {
    el.period = d.floor.window.period;
    await el.updateComplete;
  },
  unmount(el) {
    el.remove();
  },
  check(el, d) {
    if (lanes(el) !== d.expect.lanes) return `${lanes(el)} lane labels, expected ${d.expect.lanes}`;
    return points(el) === d.expect.points ? true : `${points(el)} value points, expected ${d.expect.points}`;
  },
  checkZoom(el) {
    return el.getAttribute('period') === '2022-2024' ? true : `period is ${el.getAttribute('period')}`;
  },
};
