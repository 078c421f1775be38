// JustGage 2 (SVG, no Raphaël): animation times set to 0.
import { JustGage } from 'justgage';
import { box, showsNumber } from '../common.js';

export default {
  name: 'justgage',
  mount(cell, item) {
    const div = box(cell);
    const gauge = new JustGage({
      parentNode: div,
      width: 240,
      height: 160,
      value: item.value,
      min: item.min,
      max: item.max,
      title: item.label,
      symbol: item.unit,
      startAnimationTime: 0,
      refreshAnimationTime: 0,
      levelColors: ['#2b7a4b'],
    });
    return { gauge, div };
  },
  update(h, _item, value) {
    h.gauge.refresh(value);
  },
  unmount(h) {
    h.gauge.destroy();
    h.div.remove();
  },
  check: (h, item) => showsNumber(h.div, item.value),
};
