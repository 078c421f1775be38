// The floor: the gauge as one static SVG string (bench/lib/floor.mjs), assigned with innerHTML.
// A live update sets the indicator's path and the value's text, nothing else.
import { arcPath } from '../../lib/floor.mjs';
import { showsNumber } from '../common.js';

export default {
  name: 'floor',
  mount(cell, item, d) {
    cell.innerHTML = d.floor[d.items.indexOf(item)] ?? d.floor[d.items.findIndex((x) => x.id === item.id)];
    return { cell, ind: cell.querySelector('.ind'), val: cell.querySelector('.val') };
  },
  update(h, item, value) {
    h.ind.setAttribute('d', arcPath(0, (value - item.min) / (item.max - item.min)));
    h.val.textContent = `${value}${item.unit}`;
  },
  unmount(h) {
    h.cell.textContent = '';
  },
  check: (h, item) => showsNumber(h.cell, `${item.value}${item.unit}`),
};
