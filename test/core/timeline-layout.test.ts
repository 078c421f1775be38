import { expect } from '@open-wc/testing';
import {
  estimateTextWidth,
  laneLayout,
  linearScale,
  formatPeriod,
  parsePeriod,
  placeLabels,
  placeTopLabels,
  shortenText,
  tickCount,
  timeAxis,
  tooltipPlacement,
  valueAxis,
  yearTicks,
  zoomPeriods,
  type LabelBox,
} from '../../src/core/timeline-layout.js';

const round = (n: number) => Math.round(n * 100) / 100;

describe('linearScale', () => {
  const cases: [domain: [number, number], range: [number, number], x: number, y: number][] = [
    [[2020, 2030], [0, 500], 2025, 250],
    [[2020, 2030], [0, 500], 2020, 0],
    [[2020, 2030], [0, 500], 2035, 750], // unclamped: a point past the end is past the edge
    [[1, 40], [40, 270], 1, 40], // a rank: 1 at the top
    [[1, 40], [40, 270], 40, 270],
    [[0, 100], [270, 40], 50, 155], // a value axis: up is smaller y
  ];
  for (const [domain, range, x, y] of cases) {
    it(`linearScale(${JSON.stringify(domain)}, ${JSON.stringify(range)})(${x}) is ${y}`, () => {
      const s = linearScale(domain, range);
      expect(s(x)).to.equal(y);
      expect(round(s.invert(y))).to.equal(x);
    });
  }

  it('linearScale([2025, 2025], [0, 100]) puts a lone point in the middle', () => {
    expect(linearScale([2025, 2025], [0, 100])(2025)).to.equal(50);
  });
});

describe('yearTicks', () => {
  it('yearTicks([2013, 2030], 5) ticks every five years', () => {
    expect(yearTicks([2013, 2030], 5)).to.deep.equal([2015, 2020, 2025, 2030]);
  });
  it('yearTicks([2021, 2030], 10) ticks every year', () => {
    expect(yearTicks([2021, 2030], 10)).to.deep.equal([2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
  });
  it('yearTicks([2024, 2026], 20) never ticks half a year', () => {
    expect(yearTicks([2024, 2026], 20)).to.deep.equal([2024, 2025, 2026]);
  });
  it('yearTicks([2030, 2020], 5) is empty for a reversed domain', () => {
    expect(yearTicks([2030, 2020], 5)).to.deep.equal([]);
  });
  it('tickCount(320, 64) fits 5 ticks, and never fewer than 2', () => {
    expect(tickCount(320, 64)).to.equal(5);
    expect(tickCount(40, 64)).to.equal(2);
  });
  it('timeAxis places each year tick on the scale', () => {
    const x = linearScale([2020, 2030], [100, 600]);
    expect(timeAxis([2020, 2030], x, false)).to.deep.equal([
      { t: 2020, x: 100, label: '2020' },
      { t: 2022, x: 200, label: '2022' },
      { t: 2024, x: 300, label: '2024' },
      { t: 2026, x: 400, label: '2026' },
      { t: 2028, x: 500, label: '2028' },
      { t: 2030, x: 600, label: '2030' },
    ]);
  });
});

describe('valueAxis', () => {
  it('valueAxis([12, 47], {count: 5, zero: true}) reads from zero to a round 50', () => {
    expect(valueAxis([12, 47], { count: 5, zero: true })).to.deep.equal({
      domain: [0, 50],
      ticks: [0, 10, 20, 30, 40, 50],
    });
  });
  it('valueAxis([1.5, 2, 1.6], {count: 5}) keeps a narrow band readable', () => {
    expect(valueAxis([1.5, 2, 1.6], { count: 5 })).to.deep.equal({
      domain: [1.5, 2],
      ticks: [1.5, 1.6, 1.7, 1.8, 1.9, 2],
    });
  });
  it('valueAxis([1, 20, 37], {count: 5, integer: true}) gives a rank whole steps', () => {
    const axis = valueAxis([1, 20, 37], { count: 5, integer: true });
    expect(axis.domain).to.deep.equal([0, 40]);
    expect(axis.ticks.every(Number.isInteger)).to.be.true;
  });
  it('valueAxis([1, 2, 3, 7], {count: 8, integer: true}) ticks every level of a 7-level scale', () => {
    expect(valueAxis([1, 2, 3, 7], { count: 8, integer: true }).ticks).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
  });
  it('valueAxis([100], {count: 5}) gives a lone value room around it', () => {
    const { domain } = valueAxis([100], { count: 5 });
    expect(domain[0]).to.be.below(100);
    expect(domain[1]).to.be.above(100);
  });
  it('valueAxis([], {count: 5}) still gives an axis', () => {
    expect(valueAxis([], { count: 5 }).domain).to.deep.equal([0, 1]);
  });
});

describe('estimateTextWidth and shortenText', () => {
  it('estimateTextWidth ignores combining diacritics', () => {
    expect(estimateTextWidth('Ngh\u0065\u0323\u0302 An', 10)).to.equal(estimateTextWidth('Nghe An', 10));
  });
  it('shortenText keeps a text that fits', () => {
    expect(shortenText('Đạt', 100, 12)).to.equal('Đạt');
  });
  it('shortenText cuts on a word and ends with …', () => {
    const short = shortenText('Tỷ lệ đóng góp của năng suất các nhân tố tổng hợp vào tăng trưởng', 120, 12);
    expect(short.endsWith('…')).to.be.true;
    expect(estimateTextWidth(short, 12)).to.be.at.most(120);
    expect(short).to.match(/^Tỷ lệ đóng góp/);
  });
});

describe('placeLabels', () => {
  const opts = { min: 0, max: 300, gap: 4 };
  it('placeLabels keeps labels that do not touch on row 0', () => {
    const placed = placeLabels(
      [
        { x: 50, width: 40 },
        { x: 150, width: 40 },
      ],
      opts,
    );
    expect(placed).to.deep.equal([
      { x: 50, row: 0, hidden: false },
      { x: 150, row: 0, hidden: false },
    ]);
  });
  it('placeLabels hides the later of two colliding labels with one row', () => {
    const placed = placeLabels(
      [
        { x: 50, width: 40 },
        { x: 70, width: 40 },
      ],
      opts,
    );
    expect(placed.map((p) => p.hidden)).to.deep.equal([false, true]);
    expect(placed[1]?.row).to.equal(-1);
  });
  it('placeLabels moves a colliding label to row 1 when there are two rows', () => {
    const placed = placeLabels(
      [
        { x: 50, width: 40 },
        { x: 70, width: 40 },
      ],
      { ...opts, rows: 2 },
    );
    expect(placed.map((p) => p.row)).to.deep.equal([0, 1]);
  });
  it('placeLabels gives the higher priority the row, whatever the order', () => {
    const boxes: LabelBox[] = [
      { x: 50, width: 40 },
      { x: 70, width: 40, priority: 1 },
    ];
    expect(placeLabels(boxes, opts).map((p) => p.hidden)).to.deep.equal([true, false]);
  });
  it('placeLabels keeps the gap: labels 2 px apart collide with a gap of 4', () => {
    const placed = placeLabels(
      [
        { x: 20, width: 40 },
        { x: 62, width: 40 },
      ],
      opts,
    );
    expect(placed[1]?.hidden).to.be.true;
    expect(
      placeLabels(
        [
          { x: 20, width: 40 },
          { x: 64, width: 40 },
        ],
        opts,
      )[1]?.hidden,
    ).to.be.false;
  });
  it('placeLabels moves a label inside the edges', () => {
    expect(placeLabels([{ x: 5, width: 40 }], opts)[0]?.x).to.equal(20);
    expect(placeLabels([{ x: 299, width: 40 }], opts)[0]?.x).to.equal(280);
  });
  it('placeLabels centres a label wider than the space', () => {
    expect(placeLabels([{ x: 10, width: 400 }], opts)[0]).to.deep.equal({ x: 150, row: 0, hidden: false });
  });
});

describe('laneLayout', () => {
  it('laneLayout([2, 1]) stacks a header, two lanes, a header, one lane', () => {
    expect(laneLayout([2, 1], { laneHeight: 40, headerHeight: 24, top: 30, bottom: 10 })).to.deep.equal({
      headers: [30, 134],
      lanes: [54, 94, 158],
      height: 208,
    });
  });
  it('laneLayout([3]) without headers', () => {
    expect(laneLayout([3], { laneHeight: 50, headerHeight: 0, top: 0, bottom: 0 })).to.deep.equal({
      headers: [],
      lanes: [0, 50, 100],
      height: 150,
    });
  });
});

describe('zoomPeriods', () => {
  it('zoomPeriods([2013, 2030], [2020, 2025, 2030]) cuts at each deadline', () => {
    expect(zoomPeriods([2013, 2030], [2020, 2025, 2030])).to.deep.equal([
      [2013, 2020],
      [2020, 2025],
      [2025, 2030],
    ]);
  });
  it('zoomPeriods merges a sliver into its neighbour', () => {
    expect(zoomPeriods([2020, 2030], [2021, 2025, 2029])).to.deep.equal([
      [2020, 2025],
      [2025, 2030],
    ]);
  });
  it('zoomPeriods is empty when there is nothing to choose', () => {
    expect(zoomPeriods([2021, 2025], [2025])).to.deep.equal([]);
  });
});

describe('placeTopLabels', () => {
  it('placeTopLabels keeps the "as of" label and drops a colliding one of lower priority', () => {
    const placed = placeTopLabels(
      [
        { key: 'asOf', x: 100, text: 'Đến 22/11/2026', priority: 2, bold: true },
        { key: 'undated', x: 110, text: 'Không hạn', priority: 1 },
      ],
      { min: 0, max: 300, y: 11, fontSize: 11 },
    );
    expect([...placed.keys()]).to.deep.equal(['asOf']);
    expect(placed.get('asOf')).to.deep.include({ x: 100, y: 11 });
  });
  it('placeTopLabels puts it on a second row when there is one', () => {
    const placed = placeTopLabels(
      [
        { key: 'asOf', x: 100, text: 'Đến 22/11/2026', priority: 2 },
        { key: 'issue', x: 110, text: 'Ban hành 15/06/2021', priority: 1 },
      ],
      { min: 0, max: 300, y: 12, rows: 2, rowHeight: 13, fontSize: 11 },
    );
    expect(placed.get('issue')?.y).to.equal(25);
  });
});

describe('parsePeriod and tooltipPlacement', () => {
  it("parsePeriod('2021-2025') and the en dash form", () => {
    expect(parsePeriod('2021-2025')).to.deep.equal([2021, 2025]);
    expect(parsePeriod(' 2021 – 2025 ')).to.deep.equal([2021, 2025]);
  });
  it('parsePeriod clamps to the timeline and rejects nonsense', () => {
    expect(parsePeriod('2000-2025', [2013, 2030])).to.deep.equal([2013, 2025]);
    expect(parsePeriod('2025-2021')).to.equal(undefined);
    expect(parsePeriod('soon')).to.equal(undefined);
    expect(parsePeriod(undefined)).to.equal(undefined);
  });
  it('formatPeriod([2021, 2025]) is 2021-2025, which parsePeriod reads back; no period is undefined', () => {
    expect(formatPeriod([2021, 2025])).to.equal('2021-2025');
    expect(parsePeriod(formatPeriod([2021, 2025]))).to.deep.equal([2021, 2025]);
    expect(formatPeriod(undefined)).to.equal(undefined);
  });
  it('tooltipPlacement keeps the tooltip inside the width and above a low point', () => {
    expect(tooltipPlacement(10, 200, 900)).to.deep.equal({ left: 130, top: 186, above: true });
    expect(tooltipPlacement(890, 50, 900)).to.deep.equal({ left: 770, top: 64, above: false });
    expect(tooltipPlacement(100, 200, 240)).to.deep.equal({ left: 120, top: 186, above: true });
  });
});
