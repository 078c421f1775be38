// vis-timeline's peer build with vis-data's DataSet, as its docs recommend for bundlers, and its
// stylesheet: one group per lane, one point item per reported value, no stacking. Zoom is
// setWindow() without animation.
import { Timeline } from 'vis-timeline/peer';
import { DataSet } from 'vis-data/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { until } from '../common.js';
import { dateOf, yearDate } from './common.js';

const points = (h) => h.div.querySelectorAll('.vis-item.vis-point').length;

export default {
  name: 'vis-timeline',
  mount(cell, d) {
    const div = document.createElement('div');
    cell.append(div);
    const groups = new DataSet(d.lanes.map((l, i) => ({ id: i, content: l.label })));
    const items = new DataSet(
      d.lanes.flatMap((l, i) =>
        l.points.map((p, j) => ({
          id: `${i}-${j}`,
          group: i,
          start: dateOf(p.date),
          type: 'point',
          content: '',
          title: String(p.value),
        })),
      ),
    );
    const w = d.floor.window;
    const timeline = new Timeline(div, items, groups, {
      start: yearDate(w.from),
      end: yearDate(w.to),
      stack: false,
      showCurrentTime: false,
      groupHeightMode: 'fixed',
    });
    return { timeline, div, n: d.expect.points };
  },
  ready: (h) => until(() => points(h) >= h.n, 60000, 'vis-timeline points'),
  zoom(h, d) {
    const w = d.floor.window;
    h.timeline.setWindow(yearDate(w.zoomFrom), yearDate(w.zoomTo), { animation: false });
  },
  unmount(h) {
    h.timeline.destroy();
    h.div.remove();
  },
  check(h, d) {
    const groups = h.div.querySelectorAll('.vis-label').length;
    if (groups !== d.expect.lanes) return `${groups} lanes, expected ${d.expect.lanes}`;
    return points(h) === d.expect.points ? true : `${points(h)} points, expected ${d.expect.points}`;
  },
  checkZoom(h, d) {
    const start = h.timeline.getWindow().start.getTime();
    return Math.abs(start - yearDate(d.floor.window.zoomFrom).getTime()) < 864e5
      ? true
      : `window starts ${new Date(start).toISOString()}`;
  },
};
