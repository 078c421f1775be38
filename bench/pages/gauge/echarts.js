// ECharts as its docs recommend for a small bundle: echarts/core with only the gauge chart and the
// SVG renderer registered. Animation is off, so nothing is timed mid-animation.
import * as echarts from 'echarts/core';
import { GaugeChart } from 'echarts/charts';
import { SVGRenderer } from 'echarts/renderers';
import { box, showsNumber, GAUGE_SIZE } from '../common.js';

echarts.use([GaugeChart, SVGRenderer]);

const series = (item, value) => ({
  type: 'gauge',
  min: item.min,
  max: item.max,
  startAngle: 180,
  endAngle: 0,
  center: ['50%', '75%'],
  radius: '90%',
  pointer: { show: false },
  progress: { show: true, width: 18, itemStyle: { color: '#2b7a4b' } },
  axisLine: { lineStyle: { width: 18, color: [[1, '#e2e2e2']] } },
  axisTick: { show: false },
  splitLine: { show: false },
  axisLabel: { show: false },
  title: { offsetCenter: [0, '-118%'], fontSize: 11, width: 220, overflow: 'truncate' },
  detail: { valueAnimation: false, formatter: `{value}${item.unit}`, offsetCenter: [0, '-15%'], fontSize: 24 },
  data: [{ value, name: item.label }],
});

export default {
  name: 'echarts',
  mount(cell, item) {
    const div = box(cell);
    const chart = echarts.init(div, null, { renderer: 'svg', ...GAUGE_SIZE });
    chart.setOption({ animation: false, series: [series(item, item.value)] });
    return { chart, div };
  },
  update(h, item, value) {
    h.chart.setOption({ series: [{ data: [{ value, name: item.label }] }] });
  },
  unmount(h) {
    h.chart.dispose();
    h.div.remove();
  },
  check: (h, item) => showsNumber(h.div, item.value),
};
