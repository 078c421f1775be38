// ECharts as a lane chart, tree-shaken as its docs recommend: echarts/core with the line chart
// (its symbols are the points), the grid, the inside data zoom and the SVG renderer. One series
// per lane on a category axis; zoom is a dataZoom action. Animation is off.
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, DataZoomInsideComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { deepText } from '../common.js';
import { dateOf, yearDate } from './common.js';

echarts.use([LineChart, GridComponent, DataZoomInsideComponent, SVGRenderer]);

export default {
  name: 'echarts',
  mount(cell, d) {
    const div = document.createElement('div');
    div.style.cssText = `width:1000px;height:${40 + d.lanes.length * 28}px`;
    cell.append(div);
    const chart = echarts.init(div, null, { renderer: 'svg' });
    const w = d.floor.window;
    const names = d.lanes.map((l) => l.label.slice(0, 32));
    chart.setOption({
      animation: false,
      grid: { left: 200, right: 20, top: 24, bottom: 16 },
      xAxis: { type: 'time', min: yearDate(w.from).getTime(), max: yearDate(w.to).getTime() },
      yAxis: { type: 'category', data: names, inverse: true },
      dataZoom: [{ type: 'inside', xAxisIndex: 0, filterMode: 'none' }],
      series: d.lanes.map((l, i) => ({
        type: 'line',
        name: names[i],
        showSymbol: true,
        symbolSize: 7,
        data: l.points.map((p) => [dateOf(p.date).getTime(), names[i], p.value]),
      })),
    });
    return { chart, div };
  },
  zoom(h, d) {
    const w = d.floor.window;
    h.chart.dispatchAction({
      type: 'dataZoom',
      startValue: yearDate(w.zoomFrom).getTime(),
      endValue: yearDate(w.zoomTo).getTime(),
    });
  },
  unmount(h) {
    h.chart.dispose();
    h.div.remove();
  },
  check(h, d) {
    const series = h.chart.getOption().series;
    const n = series.reduce((s, x) => s + x.data.length, 0);
    if (series.length !== d.expect.lanes || n !== d.expect.points) return `${series.length} lanes and ${n} points`;
    const text = deepText(h.div);
    return text.includes(d.lanes[0].label.slice(0, 20)) ? true : 'lane labels not drawn';
  },
  checkZoom(h, d) {
    const z = h.chart.getOption().dataZoom[0];
    return Math.abs(z.startValue - yearDate(d.floor.window.zoomFrom).getTime()) < 864e5
      ? true
      : `zoom starts ${z.startValue}`;
  },
};
