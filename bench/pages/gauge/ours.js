// Ours, fed the most favourable documented way: the `resolution` property set to an inline
// document object (no network), `target` naming the target, a fixed `as-of` date. A live update
// is a new document object with the new value among its observations, set on every gauge: the
// documented way to update from script (the document is validated once per object, not per gauge).
import '../../../src/components/kpi-gauge/kpi-gauge.ts';
import { CHANGE_DURATION } from '../../../src/components/shared/change-flash.ts';

/**
 * A changed value flashes for CHANGE_DURATION ms (a Web Animation, which holds its element until
 * it ends, removed or not): the memory workload waits that long before it reads the heap.
 */
export const LINGER_MS = CHANGE_DURATION;

/** `aria-valuenow` of the gauge's meter is the value it shows. */
export function meterValue(el, item) {
  const dial = el.shadowRoot?.querySelector('[part~="dial"]');
  const now = dial?.getAttribute('aria-valuenow');
  return now !== null && now !== undefined && Number(now) === item.value
    ? true
    : `aria-valuenow is ${now}, expected ${item.value}`;
}

export default {
  name: 'ours',
  mount(cell, item, d) {
    const el = document.createElement('nq-kpi-gauge');
    el.resolution = d.doc;
    el.target = item.id;
    el.asOf = d.asOf;
    el.lang = 'vi';
    cell.append(el);
    return el;
  },
  ready: (el) => el.updateComplete,
  lingerMs: LINGER_MS,
  /** Before timing: one new document per round, sharing everything but the observations. */
  prepareLive(d, values) {
    // Indicator code → the item's index; the value shown is the indicator's 2025 observation.
    const code = new Map(d.doc.targets.map((t) => [t.id, t.indicator.code]));
    const index = new Map(d.items.map((it, i) => [code.get(it.id) ?? it.id, i]));
    d.liveDocs = values.map((round) => ({
      ...d.doc,
      observations: d.doc.observations.map((o) =>
        o.date === '2025' && index.has(o.indicator) ? { ...o, value: round[index.get(o.indicator)] } : o,
      ),
    }));
  },
  update(el, _item, _value, round, d) {
    el.resolution = d.liveDocs[round];
  },
  unmount(el) {
    el.remove();
  },
  check: meterValue,
};
