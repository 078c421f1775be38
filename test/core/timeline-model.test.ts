import { expect } from '@open-wc/testing';
import type { Resolution } from '../../src/core/schema.js';
import { milestoneTime, timelineModel } from '../../src/core/timeline-model.js';
import { clampToScale, projectedPath } from '../../src/core/timeline-paths.js';

/** The seeds as the page would fetch them: JSON modules are not served as such by the test server. */
const load = async (path: string): Promise<Resolution> =>
  (await fetch(new URL(`../../demo/data/${path}`, import.meta.url)).then((r) => r.json())) as Resolution;
const [allKinds, caoBang2013, caoBang2021, ngheAn, dakLak] = await Promise.all(
  [
    'samples/all-kinds.json',
    'cao-bang-34-ctr-tu-2013.json',
    'cao-bang-2021-khcn-draft.json',
    'nghe-an-khcn-2030.json',
    'dak-lak-khcn-2021-2025.json',
  ].map(load),
);

const AS_OF = '2026-11-22';
const sample = allKinds!;
const seeds = [caoBang2013!, caoBang2021!, ngheAn!, dakLak!];
const r2 = (n: number) => Math.round(n * 100) / 100;
const lane = (id: string, method?: string) => {
  const m = timelineModel([sample], { asOf: AS_OF, targets: [id], method });
  expect(m.lanes).to.have.length(1);
  return m.lanes[0]!;
};

describe('projectedPath', () => {
  it("projectedPath('linear', …) extends the line through the start and the latest value to the deadline", () => {
    expect(projectedPath('linear', 'threshold', { t: 2020, value: 40 }, { t: 2023, value: 55 }, 2030)).to.deep.equal([
      { t: 2023, value: 55 },
      { t: 2030, value: 90 },
    ]);
  });
  it("projectedPath('opensdg', …) compounds the observed rate", () => {
    const path = projectedPath('opensdg', 'threshold', { t: 2020, value: 100 }, { t: 2022, value: 121 }, 2024);
    expect(path.map((p) => [p.t, r2(p.value)])).to.deep.equal([
      [2022, 121],
      [2023, 133.1],
      [2024, 146.41],
    ]);
  });
  it("projectedPath('opensdg', 'rank', …) gives none: a rank is not a growth rate", () => {
    expect(projectedPath('opensdg', 'rank', { t: 2020, value: 30 }, { t: 2023, value: 25 }, 2030)).to.deep.equal([]);
  });
  it('projectedPath gives none when no time has passed since the start, or the deadline is behind', () => {
    expect(projectedPath('linear', 'threshold', { t: 2023, value: 1 }, { t: 2023, value: 2 }, 2030)).to.deep.equal([]);
    expect(projectedPath('linear', 'threshold', { t: 2020, value: 1 }, { t: 2023, value: 2 }, 2022)).to.deep.equal([]);
  });
  it('projectedPath gives none for a method it does not know', () => {
    expect(projectedPath('custom', 'threshold', { t: 2020, value: 1 }, { t: 2023, value: 2 }, 2030)).to.deep.equal([]);
  });
});

describe('clampToScale', () => {
  it('clampToScale stops a rank at 1, where the line meets it', () => {
    const target = sample.targets.find((t) => t.id === 'rank-top-20')!;
    const out = clampToScale(target, [
      { t: 2025, value: 20 },
      { t: 2030, value: -22.5 },
    ]);
    expect(out.map((p) => [r2(p.t), p.value])).to.deep.equal([
      [2025, 20],
      [2027.24, 1],
    ]);
  });
});

describe('milestoneTime', () => {
  it('milestoneTime is the year, a precise date, or undefined', () => {
    expect(milestoneTime({ year: 2025 })).to.equal(2025);
    expect(r2(milestoneTime({ year: 2025, date: '2025-07' }) as number)).to.equal(2025.5);
    expect(milestoneTime({ year: null })).to.equal(undefined);
  });
});

describe('timelineModel', () => {
  it('timelineModel: a report repeated 10,000 times is one value; another value or source on that date is not', () => {
    const doc = structuredClone(ngheAn!);
    const first = doc.observations![0]!;
    const other = { name: { vi: 'Nguồn khác', en: 'Another source' } };
    doc.observations = [
      ...Array.from({ length: 10_000 }, () => structuredClone(first)),
      { ...first, value: (first.value as number) + 1 },
      { ...first, source: other },
    ];
    const m = timelineModel([doc], { asOf: AS_OF, targets: ['pii-top-20'] });
    const values = m.lanes[0]!.values;
    expect(values).to.have.length(3);
    expect(values.map((v) => v.observation.source.name.en)).to.include('Another source');
  });

  it('timelineModel(all four seeds) puts the 2013 programme and the 2021 resolutions on one axis', () => {
    const m = timelineModel(seeds, { asOf: AS_OF });
    expect(m.domain).to.deep.equal([2013, 2030]);
    expect(m.documents.map((d) => d.resolution.id)).to.deep.equal(seeds.map((s) => s.id));
    expect(m.lanes).to.have.length(seeds.reduce((n, s) => n + s.targets.length, 0));
    expect(m.years).to.include.members([2020, 2025, 2030]);
  });

  it("timelineModel([doc], {targets: ['a', 'doc:b']}) picks targets by id or document:id", () => {
    const m = timelineModel(seeds, {
      asOf: AS_OF,
      targets: ['pii-top-20', 'cao-bang-2021-khcn-draft:tfp-contribution'],
    });
    expect(m.lanes.map((l) => l.key)).to.deep.equal([
      'cao-bang-2021-khcn-draft:tfp-contribution',
      'nghe-an-khcn-2030:pii-top-20',
    ]);
    expect(m.documents).to.have.length(2);
  });

  it('timelineModel with a baseline: the required path starts there and runs through the milestones', () => {
    const l = lane('threshold-on-track');
    expect(l.start).to.deep.include({ t: 2020, value: 20, fromObservation: false });
    expect(l.required).to.deep.equal([
      { t: 2020, value: 20 },
      { t: 2030, value: 50 },
    ]);
    expect(l.projected).to.deep.equal([
      { t: 2025, value: 40 },
      { t: 2030, value: 60 },
    ]);
  });

  it('timelineModel with two milestones: the path bends at the first', () => {
    expect(lane('threshold-approximate').required.map((p) => [p.t, p.value])).to.deep.equal([
      [2021, 12],
      [2025, 20],
      [2030, 30],
    ]);
  });

  it('timelineModel: a growth milestone sits where its rate, compounded, lands', () => {
    const l = lane('growth-yearly');
    expect(r2(l.milestones[0]!.y!)).to.equal(235.79);
    expect(l.required).to.have.length(10);
  });

  it('timelineModel: a range gives a band from the start to the deadline', () => {
    expect(lane('range-inside').bands).to.deep.equal([
      { from: 2023, to: 2030, range: [1.5, 2], openAbove: true, openBelow: undefined },
    ]);
  });

  it('timelineModel: a multiple without a baseline value has no place on the value axis', () => {
    const l = lane('multiple-not-assessable');
    expect(l.milestones[0]!.y).to.equal(undefined);
    expect(l.required).to.deep.equal([]);
  });

  it('timelineModel: a passed deadline has no projection', () => {
    expect(lane('threshold-missed').projected).to.deep.equal([]);
  });

  it("timelineModel: under 'opensdg' the projection compounds", () => {
    expect(lane('threshold-on-track', 'opensdg').projected).to.have.length(6);
  });

  it('timelineModel marks every value of a sample document as sample data', () => {
    expect(lane('threshold-achieved').values.every((v) => v.sample)).to.be.true;
  });

  it('timelineModel shows no value reported after the "as of" date', () => {
    const m = timelineModel([sample], { asOf: '2024-01-01', targets: ['threshold-achieved'] });
    expect(m.lanes[0]!.values.map((v) => v.t)).to.deep.equal([2021, 2023]);
  });

  it('timelineModel([]) is empty but still has an axis around the "as of" date', () => {
    const m = timelineModel([], { asOf: AS_OF });
    expect(m.lanes).to.deep.equal([]);
    expect(m.domain).to.deep.equal([2026, 2027]);
  });
});
