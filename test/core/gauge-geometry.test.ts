import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  RADIAL_END,
  RADIAL_START,
  angleAt,
  arcPath,
  bulletFrame,
  bulletX,
  fitFontSize,
  gaugeLayout,
  polar,
  radialFrame,
  radialTick,
  round,
} from '../../src/core/gauge-geometry.js';
import { placeholderModel, type GaugeModel } from '../../src/core/gauge-model.js';
import { GAUGE_VARIANTS } from '../../src/core/gauge-scale.js';
import { LABEL_SIZE, gaugeShapes, labelBox } from '../../src/core/gauge-shapes.js';

/** The numbers of a path string, in order. */
const numbers = (d: string): number[] => (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);

describe('round', () => {
  it('round(1.23456) is 1.23, and round(-0.001) is 0, not -0', () => {
    expect(round(1.23456)).to.equal(1.23);
    expect(Object.is(round(-0.001), 0)).to.be.true;
  });
});

describe('polar', () => {
  const cases: [number, { x: number; y: number }][] = [
    [0, { x: 0, y: -10 }],
    [Math.PI / 2, { x: 10, y: 0 }],
    [Math.PI, { x: 0, y: 10 }],
    [-Math.PI / 2, { x: -10, y: 0 }],
  ];
  for (const [angle, point] of cases) {
    it(`polar(0, 0, 10, ${round(angle)}) is (${point.x}, ${point.y}): 0 at twelve o'clock, clockwise`, () => {
      expect(polar(0, 0, 10, angle)).to.deep.equal(point);
    });
  }
});

describe('angleAt', () => {
  it('angleAt(0), angleAt(0.5) and angleAt(1) are the start, the top and the end of the 240° sweep', () => {
    expect(angleAt(0)).to.equal(RADIAL_START);
    expect(angleAt(0.5)).to.be.closeTo(0, 1e-12);
    expect(angleAt(1)).to.equal(RADIAL_END);
  });
  it('angleAt(-1) and angleAt(2) are clamped to the ends', () => {
    expect(angleAt(-1)).to.equal(RADIAL_START);
    expect(angleAt(2)).to.equal(RADIAL_END);
  });
});

describe('arcPath', () => {
  it('arcPath(0, 0, 10, 0, π/2) is a quarter turn clockwise, small arc', () => {
    expect(arcPath(0, 0, 10, 0, Math.PI / 2)).to.equal('M0 -10A10 10 0 0 1 10 0');
  });
  it('arcPath(0, 0, 10, -2π/3, 2π/3) sets the large-arc flag for 240°', () => {
    expect(arcPath(0, 0, 10, RADIAL_START, RADIAL_END)).to.equal('M-8.66 5A10 10 0 1 1 8.66 5');
  });
  it('arcPath(0, 0, 10, π/2, 0) runs counter-clockwise (sweep flag 0)', () => {
    expect(arcPath(0, 0, 10, Math.PI / 2, 0)).to.equal('M10 0A10 10 0 0 0 0 -10');
  });
  it('arcPath(0, 0, 10, 0, 2π) draws a full ring as two half turns', () => {
    const d = arcPath(0, 0, 10, 0, 2 * Math.PI);
    expect(d.match(/A/g)).to.have.length(2);
    expect(d).to.equal('M0 -10A10 10 0 0 1 0 10 A10 10 0 0 1 0 -10');
  });
  it("arcPath of an empty, NaN or zero-radius sweep is ''", () => {
    expect(arcPath(0, 0, 10, 1, 1)).to.equal('');
    expect(arcPath(0, 0, 10, NaN, 1)).to.equal('');
    expect(arcPath(0, 0, 0, 0, 1)).to.equal('');
  });
  it('arcPath: both ends lie on the circle, for any centre, radius and sweep', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -500, max: 500, noNaN: true }),
        fc.double({ min: -500, max: 500, noNaN: true }),
        fc.double({ min: 1, max: 500, noNaN: true }),
        fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
        fc.double({ min: 0.01, max: 2 * Math.PI - 0.01, noNaN: true }),
        (cx, cy, r, a0, span) => {
          const n = numbers(arcPath(cx, cy, r, a0, a0 + span));
          const [x0, y0, , , , , , x1, y1] = n as [
            number,
            number,
            number,
            number,
            number,
            number,
            number,
            number,
            number,
          ];
          expect(Math.hypot(x0 - cx, y0 - cy)).to.be.closeTo(r, 0.02);
          expect(Math.hypot(x1 - cx, y1 - cy)).to.be.closeTo(r, 0.02);
        },
      ),
    );
  });
});

describe('radialTick', () => {
  it('radialTick(0, 0, 8, 12, 0) is a vertical stroke at twelve o’clock', () => {
    expect(radialTick(0, 0, 8, 12, 0)).to.equal('M0 -8L0 -12');
  });
});

describe('radialFrame', () => {
  it('radialFrame(240, 18, 46): the arc, its thickness and its labels fit in the box', () => {
    const f = radialFrame(240, 18, 46);
    expect(f.cx).to.equal(120);
    expect(f.cx - f.r - f.thickness / 2).to.be.at.least(46 - 1e-9);
    expect(f.cy - f.r - f.thickness / 2).to.be.closeTo(18, 0.01);
    // the ends of the 240° arc are half a radius below the centre
    expect(f.cy + f.r / 2 + f.thickness / 2 + 18).to.be.at.most(f.height);
  });
  it('radialFrame(w, …).height grows with w, so the space is known from the width alone', () => {
    const heights = [120, 200, 280].map((w) => radialFrame(w, 6).height);
    expect(heights[0]).to.be.below(heights[1]!);
    expect(heights[1]).to.be.below(heights[2]!);
  });
});

describe('bulletFrame and bulletX', () => {
  it('bulletX(frame, 0 | 0.5 | 1 | 2) maps along the bar and clamps', () => {
    const f = bulletFrame(300, 12, true);
    expect([0, 0.5, 1, 2].map((t) => bulletX(f, t))).to.deep.equal([12, 150, 288, 288]);
  });
  it('bulletFrame(…, false) is shorter than with tick labels', () => {
    expect(bulletFrame(300, 6, false).height).to.be.below(bulletFrame(300, 12, true).height);
  });
});

describe('gaugeLayout', () => {
  it('gaugeLayout(variant, undefined) is the 240 px layout: the space reserved before measuring', () => {
    expect(gaugeLayout('radial', undefined)).to.deep.equal(gaugeLayout('radial', 240));
  });
  const widths = [120, 160, 200, 240, 320, 440, 600];
  for (const w of widths) {
    it(`gaugeLayout('radial', ${w}): the dial fits, at most 280 px, beside the details from 440 px`, () => {
      const l = gaugeLayout('radial', w);
      expect(l.width).to.be.at.most(Math.min(w, 280));
      expect(l.wide).to.equal(w >= 440);
      expect(l.tickLabels).to.equal(l.width >= 200);
    });
    it(`gaugeLayout('bullet', ${w}): the bar takes the whole width`, () => {
      expect(gaugeLayout('bullet', w).width).to.equal(w);
    });
  }
  it("gaugeLayout('compact', w) is a 24 px ring whatever the width", () => {
    expect(gaugeLayout('compact', 600).width).to.equal(24);
    expect(gaugeLayout('compact', 120).width).to.equal(24);
  });
  it('gaugeLayout(…, 50) is the 120 px layout: the smallest width supported', () => {
    expect(gaugeLayout('bullet', 50)).to.deep.equal(gaugeLayout('bullet', 120));
  });
});

describe('fitFontSize', () => {
  it("fitFontSize('40%', 100, 32, 12) is the maximum: short text fits", () => {
    expect(fitFontSize('40%', 100, 32, 12)).to.equal(32);
  });
  it("fitFontSize('1.234.567 tỷ đồng', 100, 32, 12) shrinks, but not below the minimum", () => {
    const size = fitFontSize('1.234.567 tỷ đồng', 100, 32, 12);
    expect(size).to.be.below(32);
    expect(size).to.be.at.least(12);
    expect(fitFontSize('x'.repeat(200), 100, 32, 12)).to.equal(12);
  });
});

describe('gaugeShapes', () => {
  const model = (over: Partial<GaugeModel>): GaugeModel => ({
    ...placeholderModel('Nhãn', '42%'),
    mode: 'scale',
    ...over,
  });
  it('gaugeShapes(placeholder, radial 240) has a track and no indicator: the empty state draws no zero', () => {
    const s = gaugeShapes(placeholderModel('', ''), gaugeLayout('radial', 240));
    expect(s.track).to.have.length(1);
    expect(s.indicator).to.deep.equal([]);
    expect(s.width).to.equal(240);
  });
  it('gaugeShapes(stepped scale of 7) draws 7 track segments and fills 3 for level 3', () => {
    const m = model({ scale: { kind: 'stepped', min: 0, max: 7, steps: 7 }, indicator: { from: 0, to: 3 / 7 } });
    for (const variant of ['radial', 'bullet'] as const) {
      const s = gaugeShapes(m, gaugeLayout(variant, 300));
      expect(s.track, variant).to.have.length(7);
      expect(s.indicator, variant).to.have.length(3);
    }
  });
  it('gaugeShapes(compact) keeps the target marker only', () => {
    const markers = [
      { role: 'target' as const, at: 0.8, label: '≥ 50%', title: 'Mục tiêu ≥ 50%' },
      { role: 'expected' as const, at: 0.5, label: '', title: 'Cần đạt hiện nay: 40%' },
    ];
    expect(gaugeShapes(model({ markers }), gaugeLayout('compact', 300)).markers.map((m) => m.role)).to.deep.equal([
      'target',
    ]);
  });
  it('gaugeShapes: every label stays inside the box, at every width and position', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GAUGE_VARIANTS),
        fc.integer({ min: 120, max: 600 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }),
        fc.string({ minLength: 1, maxLength: 12 }),
        (variant, width, ats, text) => {
          const markers = ats.map((at) => ({ role: 'target' as const, at, label: text, title: text }));
          const ticks = ats.map((at) => ({ at, label: text }));
          const s = gaugeShapes(model({ markers, ticks }), gaugeLayout(variant, width));
          const labels = [...s.markers.map((m) => m.label), ...s.ticks.map((t) => t.label)].filter(
            (l) => l !== undefined,
          );
          for (const l of labels) {
            if (variant === 'radial') {
              const w = [...l.text].length * 0.58 * LABEL_SIZE;
              const left = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
              expect(left).to.be.at.least(-1e-9);
              expect(left + w).to.be.at.most(s.width + 1e-9);
            }
            expect(l.y).to.be.within(0, s.height);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
  it('gaugeShapes: two milestones close together keep one label, the current one, and both markers', () => {
    const markers: GaugeModel['markers'] = [
      { role: 'target', at: 0.8, label: '2025 ✓', title: '2025: ≥ 2%, đạt', verdict: 'met' },
      { role: 'target', at: 0.81, label: '2030', title: '2030: ≥ 3%', current: true },
    ];
    for (const variant of ['radial', 'bullet'] as const) {
      const s = gaugeShapes(model({ markers }), gaugeLayout(variant, 300));
      expect(s.markers, variant).to.have.length(2);
      expect(s.markers.map((m) => m.label?.text), variant).to.deep.equal([undefined, '2030']);
      expect(s.markers.map((m) => m.title), variant).to.deep.equal(['2025: ≥ 2%, đạt', '2030: ≥ 3%']);
    }
  });
  it('gaugeShapes: milestones far apart keep both labels', () => {
    const markers = [
      { role: 'target' as const, at: 0.3, label: '2025 ✓', title: '2025' },
      { role: 'target' as const, at: 0.9, label: '2030', title: '2030' },
    ];
    for (const variant of ['radial', 'bullet'] as const) {
      const s = gaugeShapes(model({ markers }), gaugeLayout(variant, 300));
      expect(s.markers.map((m) => m.label?.text), variant).to.deep.equal(['2025 ✓', '2030']);
    }
  });
  it('gaugeShapes: no two labels overprint, at every width and position', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GAUGE_VARIANTS),
        fc.integer({ min: 120, max: 600 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
        fc.string({ minLength: 1, maxLength: 8 }),
        (variant, width, marks, tickAts, text) => {
          const markers = marks.map((at) => ({ role: 'target' as const, at, label: text, title: text }));
          const ticks = tickAts.map((at) => ({ at, label: text }));
          const s = gaugeShapes(model({ markers, ticks }), gaugeLayout(variant, width));
          const boxes = [...s.markers.map((m) => m.label), ...s.ticks.map((t) => t.label)]
            .filter((l) => l !== undefined)
            .map((l) => labelBox(l));
          for (const [i, a] of boxes.entries()) {
            for (const b of boxes.slice(i + 1)) {
              const apart = a[2] <= b[0] || b[2] <= a[0] || a[3] <= b[1] || b[3] <= a[1];
              expect(apart, `${JSON.stringify(a)} and ${JSON.stringify(b)}`).to.equal(true);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
