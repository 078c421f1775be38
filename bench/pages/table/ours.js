// Ours: <nq-goal-table> with the `resolution` property set to the inline document, a fixed
// `as-of` date and `group-by="none"` (a flat list, the same picture as the peers'). Sorting is a
// click on the indicator column's sort button, searching is typing in its search box, as a reader
// does; each is timed until the rows in the DOM have changed. Above `virtualize-threshold` rows
// (300 by default) it renders through @lit-labs/virtualizer, scrolling with the box around it.
import '../../../src/components/goal-table/goal-table.ts';
import { TABLE_HEIGHT, until } from '../common.js';

const root = (h) => h.el.shadowRoot;
const firstLabel = (h) =>
  root(h)?.querySelector('tbody tr:not(.detail) .indicator-cell .label')?.textContent?.trim() ?? '';
/** The matched count from the table's own count line ("Hiển thị 435/10.000 chỉ tiêu"). */
function matched(h) {
  const text = root(h)?.querySelector('[part~="count"]')?.textContent ?? '';
  const m = /\d[\d.,\u00a0\u202f ]*/.exec(text);
  return m ? Number(m[0].replace(/\D/g, '')) : -1;
}

export default {
  name: 'ours',
  mount(cell, d) {
    const box = document.createElement('div');
    box.style.cssText = `height:${TABLE_HEIGHT}px;overflow:auto`;
    const el = document.createElement('nq-goal-table');
    el.resolution = d.doc;
    el.asOf = d.asOf;
    el.groupBy = 'none';
    el.lang = 'vi';
    box.append(el);
    cell.append(box);
    return { el, box, d };
  },
  async ready(h) {
    await h.el.updateComplete;
    await until(() => firstLabel(h) !== '', 120000, 'the first row');
  },
  async sort(h) {
    const before = firstLabel(h);
    root(h).querySelector('th.indicator-header button[part~="sort-button"]').click();
    await h.el.updateComplete;
    await until(() => firstLabel(h) !== before, 120000, 'sorted rows');
  },
  async filter(h, term) {
    const input = root(h).querySelector('input[type="search"]');
    const before = firstLabel(h);
    input.value = term;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await h.el.updateComplete;
    await until(() => firstLabel(h) !== before || matched(h) === h.d.rows.length, 120000, 'filtered rows');
  },
  count: matched,
  firstLabel,
  scroller: (h) => h.box,
  unmount(h) {
    h.box.remove();
  },
  check(h, d) {
    if (matched(h) !== d.rows.length) return `count line says ${matched(h)}, expected ${d.rows.length}`;
    const first = firstLabel(h);
    return first === d.rows[0].label ? true : `first row "${first}", expected "${d.rows[0].label}"`;
  },
};
