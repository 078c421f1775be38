// Highcharts as its README shows for ES modules: the core, highcharts-more and the solid-gauge
// module. It renders SVG. Animation is off.
import Highcharts from 'highcharts/esm/highcharts.js';
import 'highcharts/esm/highcharts-more.js';
import 'highcharts/esm/modules/solid-gauge.js';
import { box, showsNumber, GAUGE_SIZE } from '../common.js';

export default {
  name: 'highcharts',
  mount(cell, item) {
    const div = box(cell);
    const chart = Highcharts.chart(div, {
      chart: { type: 'solidgauge', animation: false, ...GAUGE_SIZE },
      title: { text: item.label, style: { fontSize: '11px' } },
      credits: { enabled: false },
      tooltip: { enabled: false },
      accessibility: { enabled: false },
      pane: {
        center: ['50%', '80%'],
        size: '130%',
        startAngle: -90,
        endAngle: 90,
        background: { innerRadius: '60%', outerRadius: '100%', shape: 'arc' },
      },
      yAxis: { min: item.min, max: item.max, tickPositions: [], lineWidth: 0, minorTickInterval: null },
      plotOptions: {
        series: { animation: false },
        solidgauge: { dataLabels: { y: -30, borderWidth: 0, format: `{y}${item.unit}`, style: { fontSize: '22px' } } },
      },
      series: [{ name: item.label, data: [item.value] }],
    });
    return { chart, div };
  },
  update(h, _item, value) {
    h.chart.series[0].points[0].update(value, true, false);
  },
  unmount(h) {
    h.chart.destroy();
    h.div.remove();
  },
  check: (h, item) => showsNumber(h.div, item.value),
};
