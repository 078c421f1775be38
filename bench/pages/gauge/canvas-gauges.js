// canvas-gauges' RadialGauge, configured as a half-circle gauge; animation off. It draws on a
// canvas (title, units and the value box included), so the check reads the gauge's own value
// and that the canvas was drawn on.
import { RadialGauge } from 'canvas-gauges';
import { box, inked, GAUGE_SIZE } from '../common.js';

export default {
  name: 'canvas-gauges',
  mount(cell, item) {
    const canvas = box(cell, GAUGE_SIZE.width, GAUGE_SIZE.height, 'canvas');
    const gauge = new RadialGauge({
      renderTo: canvas,
      ...GAUGE_SIZE,
      minValue: item.min,
      maxValue: item.max,
      value: item.value,
      title: item.label.slice(0, 30),
      units: item.unit,
      startAngle: 90,
      ticksAngle: 180,
      majorTicks: ['0', '50', '100'],
      minorTicks: 0,
      highlights: [],
      valueBox: true,
      valueInt: 1,
      valueDec: 0,
      barWidth: 12,
      colorBarProgress: '#2b7a4b',
      animation: false,
      animationRule: 'linear',
      animationDuration: 0,
    }).draw();
    return { gauge, canvas };
  },
  update(h, _item, value) {
    h.gauge.value = value;
  },
  unmount(h) {
    h.gauge.destroy();
    h.canvas.remove();
  },
  check(h, item) {
    if (h.gauge.value !== item.value) return `gauge value ${h.gauge.value}, expected ${item.value}`;
    return inked(h.canvas);
  },
};
