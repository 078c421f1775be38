// The floor: the lanes as one static SVG string, and the zoomed view as another (bench/lib/floor.mjs).
export default {
  name: 'floor',
  mount(cell, d) {
    cell.innerHTML = d.floor.svg;
    return { cell };
  },
  zoom(h, d) {
    h.cell.innerHTML = d.floor.zoomed;
  },
  unmount(h) {
    h.cell.textContent = '';
  },
  check(h, d) {
    const n = h.cell.querySelectorAll('circle').length;
    return n === d.expect.points ? true : `${n} points drawn, expected ${d.expect.points}`;
  },
  checkZoom(h, d) {
    const n = h.cell.querySelectorAll('circle').length;
    return n === d.floor.zoomedPoints ? true : `${n} points after zoom, expected ${d.floor.zoomedPoints}`;
  },
};
