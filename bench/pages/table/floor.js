// The floor: the table as static HTML strings (bench/lib/floor.mjs): as given, sorted and
// filtered, each assigned with innerHTML into a scrolling box. No sorting or matching at run time.
import { TABLE_HEIGHT } from '../common.js';

const firstLabel = (h) => h.box.querySelector('tbody tr td:nth-child(2)')?.textContent ?? '';

export default {
  name: 'floor',
  mount(cell, d) {
    const box = document.createElement('div');
    box.style.cssText = `height:${TABLE_HEIGHT}px;overflow:auto`;
    box.innerHTML = d.floor.html;
    cell.append(box);
    return { box, d, sorted: false };
  },
  async sort(h) {
    h.box.innerHTML = h.d.floor.sorted;
  },
  async filter(h, term) {
    h.box.innerHTML = term ? h.d.floor.filtered : h.d.floor.sorted;
  },
  count: (h) => h.box.querySelectorAll('tbody tr').length,
  firstLabel,
  scroller: (h) => h.box,
  unmount(h) {
    h.box.remove();
  },
  check(h, d) {
    const n = h.box.querySelectorAll('tbody tr').length;
    return n === d.rows.length ? true : `${n} rows, expected ${d.rows.length}`;
  },
};
