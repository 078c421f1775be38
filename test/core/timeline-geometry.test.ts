import { expect } from '@open-wc/testing';
import type { Resolution } from '../../src/core/schema.js';
import { line } from 'd3-shape';
import { linePath, steppedPath } from '../../src/core/timeline-paths.js';
import { NARROW_WIDTH, SIZES, timelineGeometry } from '../../src/core/timeline-geometry.js';
import { timelineModel } from '../../src/core/timeline-model.js';

const load = async (path: string): Promise<Resolution> =>
  (await fetch(new URL(`../../demo/data/${path}`, import.meta.url)).then((r) => r.json())) as Resolution;
const [sample, caoBang2013, ngheAn] = await Promise.all(
  ['samples/all-kinds.json', 'cao-bang-34-ctr-tu-2013.json', 'nghe-an-khcn-2030.json'].map(load),
);

const AS_OF = '2026-11-22';
const r1 = (n: number) => Math.round(n * 10) / 10;
const chartOf = (id: string, width = 600) => {
  const g = timelineGeometry(timelineModel([sample!], { asOf: AS_OF, targets: [id] }), { width, locale: 'vi' });
  expect(g.mode).to.equal('chart');
  return { g, chart: g.chart! };
};

describe('steppedPath', () => {
  it('steppedPath([{2021, 1}, {2030, 3}]) holds each level and climbs where the path crosses the next', () => {
    expect(
      steppedPath([
        { t: 2021, value: 1 },
        { t: 2030, value: 3 },
      ]).map((p) => [r1(p.t), p.value]),
    ).to.deep.equal([
      [2021, 1],
      [2025.5, 1],
      [2025.5, 2],
      [2030, 2],
      [2030, 3],
    ]);
  });
  it('steppedPath([]) is empty', () => {
    expect(steppedPath([])).to.deep.equal([]);
  });
});

describe('timelineGeometry: one target, each kind on its value axis', () => {
  it('a threshold in percent reads from 0 up, with "%" ticks', () => {
    const { g, chart } = chartOf('threshold-on-track');
    expect(chart.inverted).to.be.false;
    expect(chart.yTicks[0]).to.deep.include({ value: 0, label: '0%' });
    expect(chart.yTicks[0]!.y).to.equal(g.plot.bottom);
    expect(chart.required).to.match(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(chart.projected).to.not.equal('');
  });
  it('a rank is inverted: 1, the best, at the top', () => {
    const { g, chart } = chartOf('rank-top-20');
    expect(chart.inverted).to.be.true;
    expect(chart.yTicks[0]).to.deep.include({ value: 1, y: g.plot.top });
    const rank37 = chart.values[0]!;
    const rank20 = chart.values[1]!;
    expect(rank20.y).to.be.below(rank37.y);
    expect(chart.yTitle).to.contain('hạng 1 là cao nhất');
  });
  it('a level is stepped: whole ticks and a path that climbs in steps', () => {
    const { chart } = chartOf('level-startup-ecosystem');
    expect(chart.stepped).to.be.true;
    expect(chart.yTicks.map((t) => t.label)).to.deep.equal(['1/7', '2/7', '3/7', '4/7', '5/7', '6/7', '7/7']);
    // a step path only ever moves straight across or straight up
    const moves = chart.required.match(/[ML][\d.]+,[\d.]+/g)!;
    expect(moves.length).to.be.greaterThan(3);
  });
  it('a named level shows the names on its axis', () => {
    const { chart } = chartOf('level-named');
    expect(chart.yTicks[0]!.label).to.equal('trung bình');
  });
  it('a range is a band, open above to the top of the plot', () => {
    const { g, chart } = chartOf('range-inside');
    expect(chart.bands).to.have.length(1);
    expect(chart.bands[0]!.y).to.equal(g.plot.top);
    expect(chart.bands[0]!.openAbove).to.be.true;
  });
  it('a multiple: the ×3 milestone sits at three times the baseline', () => {
    const { chart } = chartOf('multiple-x3');
    const tick120 = chart.yTicks.find((t) => t.value === 120);
    expect(tick120).to.exist;
    expect(chart.milestones[0]!.y).to.equal(tick120!.y);
  });
  it('a growth rate: the milestone sits where the compounded rate lands, and is labelled as a rate', () => {
    const { chart } = chartOf('growth-yearly');
    expect(chart.milestones[0]!.label?.text).to.equal('+10%/năm');
  });
  it('a ratio reads as a plain number', () => {
    const { chart } = chartOf('ratio-enterprise-budget');
    expect(chart.values).to.have.length(3);
  });
  it('the "as of" line and the issue date are placed on the time axis', () => {
    const { g, chart } = chartOf('threshold-on-track');
    expect(g.asOf?.label).to.equal('Đến 22/11/2026');
    expect(g.asOf!.x).to.be.within(g.plot.left, g.plot.right);
    expect(chart.issue?.label).to.equal('Ban hành 15/06/2021');
  });
  it('every point is a keyboard stop, in time order', () => {
    const { g } = chartOf('threshold-on-track');
    expect(g.rows).to.have.length(1);
    expect(g.rows[0]!.map((i) => i.kind)).to.deep.equal(['start', 'value', 'issue', 'value', 'value', 'milestone']);
  });
});

describe('timelineGeometry: many targets in lanes', () => {
  const model = timelineModel([caoBang2013!, ngheAn!], { asOf: AS_OF });

  it('one lane per target under one header per document', () => {
    const g = timelineGeometry(model, { width: 900, locale: 'vi' });
    expect(g.mode).to.equal('lanes');
    expect(g.headers).to.have.length(2);
    expect(g.lanes).to.have.length(caoBang2013!.targets.length + ngheAn!.targets.length);
    expect(g.lanes[0]!.y).to.equal(SIZES.axis + SIZES.header);
    expect(g.lanes[1]!.y - g.lanes[0]!.y).to.equal(SIZES.lane);
  });

  it('the 2013 programme starts the axis at its issue date', () => {
    const g = timelineGeometry(model, { width: 900, locale: 'vi' });
    expect(g.domain).to.deep.equal([2013, 2030]);
    expect(g.headers[0]!.issue!.x).to.be.closeTo(g.plot.left + (0.17 / 17) * (g.plot.right - g.plot.left), 1);
  });

  it('undated milestones go to their own column at the right', () => {
    const g = timelineGeometry(model, { width: 900, locale: 'vi' });
    expect(g.undated?.label).to.equal('Không hạn');
    const undated = g.lanes.flatMap((l) => l.milestones).filter((m) => m.undated);
    expect(undated.length).to.be.greaterThan(0);
    expect(undated.every((m) => m.x > g.plot.right)).to.be.true;
  });

  it(`below ${NARROW_WIDTH} px the label goes above its track, and the track takes the width`, () => {
    const g = timelineGeometry(model, { width: 320, locale: 'vi' });
    expect(g.narrow).to.be.true;
    expect(g.plot.left).to.equal(SIZES.pad);
    const lane = g.lanes[0]!;
    expect(lane.label.y).to.be.below(lane.cy);
    expect(lane.height).to.equal(SIZES.narrowLane);
  });

  it('a long label is shortened and the full text kept', () => {
    const g = timelineGeometry(model, { width: 320, locale: 'vi' });
    const shortened = g.lanes.filter((l) => l.label.text !== l.label.full);
    expect(shortened.length).to.be.greaterThan(0);
    for (const l of shortened) expect(l.label.text.endsWith('…')).to.be.true;
  });

  it('zooming to a period drops what falls outside it', () => {
    const all = timelineGeometry(model, { width: 900, locale: 'vi' });
    const zoomed = timelineGeometry(model, { width: 900, locale: 'vi', period: [2025, 2030] });
    expect(zoomed.domain).to.deep.equal([2025, 2030]);
    expect(zoomed.headers[0]!.issue).to.equal(undefined);
    expect(zoomed.items.size).to.be.lessThan(all.items.size);
  });

  it('one qualitative target still gets a lane, not a chart', () => {
    const g = timelineGeometry(timelineModel([sample!], { asOf: AS_OF, targets: ['qualitative-done'] }), {
      width: 600,
      locale: 'en',
    });
    expect(g.mode).to.equal('lanes');
    expect(g.lanes[0]!.status.text).to.equal('Achieved');
  });
});

describe('linePath', () => {
  it('linePath writes what d3-shape line().digits(1) writes', () => {
    const points = [
      { t: 2020, value: 20 },
      { t: 2023.456, value: 31.25 },
      { t: 2030, value: 50 },
    ];
    const x = (t: number) => (t - 2020) * 61.234;
    const y = (v: number) => 300 - v * 4.321;
    const d3 = line<{ t: number; value: number }>()
      .x((p) => x(p.t))
      .y((p) => y(p.value))
      .digits(1)(points);
    expect(linePath(points, x, y)).to.equal(d3);
  });
  it('linePath of fewer than two points is empty', () => {
    expect(linePath([{ t: 1, value: 1 }], Number, Number)).to.equal('');
  });
});

describe('timelineGeometry: a level axis ends at the top level', () => {
  it('a 7-level scale at 320 px still ticks 1/7 to 7/7 and never 8/7', () => {
    const g = timelineGeometry(timelineModel([sample!], { asOf: AS_OF, targets: ['level-startup-ecosystem'] }), {
      width: 320,
      locale: 'vi',
    });
    const labels = g.chart!.yTicks.map((t) => t.label);
    expect(labels[labels.length - 1]).to.equal('7/7');
    expect(labels).to.not.include('8/7');
  });
});
