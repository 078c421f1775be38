// Chart.js tree-shaken as its docs describe: only the doughnut controller and the arc element are
// registered; a half doughnut is its gauge. It draws on a canvas, so the label and the value are
// HTML beside it. Animation is off and the chart is not responsive (its size is fixed).
import { Chart, DoughnutController, ArcElement } from 'chart.js';
import { box, captions, inked, GAUGE_SIZE } from '../common.js';

Chart.register(DoughnutController, ArcElement);

const data = (item, value) => [value - item.min, item.max - value];

export default {
  name: 'chartjs',
  mount(cell, item) {
    const canvas = box(cell, GAUGE_SIZE.width, GAUGE_SIZE.height, 'canvas');
    const text = captions(cell, item);
    const chart = new Chart(canvas, {
      type: 'doughnut',
      data: { datasets: [{ data: data(item, item.value), backgroundColor: ['#2b7a4b', '#e2e2e2'], borderWidth: 0 }] },
      options: { rotation: -90, circumference: 180, cutout: '70%', animation: false, responsive: false, events: [] },
    });
    return { chart, canvas, text };
  },
  update(h, item, value) {
    h.chart.data.datasets[0].data = data(item, value);
    h.chart.update('none');
    h.text.value.textContent = `${value}${item.unit}`;
  },
  unmount(h) {
    h.chart.destroy();
    h.canvas.remove();
    h.text.label.remove();
    h.text.value.remove();
  },
  check(h, item) {
    const d = h.chart.data.datasets[0].data[0];
    if (d !== item.value - item.min) return `chart data ${d}, expected ${item.value}`;
    return h.text.value.textContent === `${item.value}${item.unit}` ? inked(h.canvas) : 'value text';
  },
};
