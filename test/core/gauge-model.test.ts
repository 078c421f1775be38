import { expect } from '@open-wc/testing';
import { assessTarget } from '../../src/core/assess.js';
import { gaugeModel, observedGrowth, placeholderModel, type GaugeModel } from '../../src/core/gauge-model.js';
import type { Resolution } from '../../src/core/schema.js';
import type { Locale } from '../../src/core/vocabulary.js';
import { makeDocument, makeTarget, observation } from '../helpers/documents.js';

const load = async (path: string): Promise<Resolution> =>
  (await fetch(new URL(`../../demo/data/${path}`, import.meta.url)).then((r) => r.json())) as Resolution;
const [sample, ngheAn] = await Promise.all(['samples/all-kinds.json', 'nghe-an-khcn-2030.json'].map(load));

const AS_OF = '2026-11-22';

function modelOf(doc: Resolution, id: string, locale: Locale = 'vi', ticks = 4): GaugeModel {
  const target = doc.targets.find((t) => t.id === id);
  if (!target) throw new Error(`no target ${id}`);
  return gaugeModel(assessTarget(doc, target, { asOf: AS_OF }), { locale, ticks });
}

/** Every model, whatever the kind: a meter inside its bounds, markers on the track, a sentence. */
function expectSound(m: GaugeModel): void {
  if (m.meter) {
    expect(m.meter.now).to.be.within(m.meter.min, m.meter.max);
    expect(m.sentence).to.include(m.value);
  }
  for (const k of m.markers) expect(k.at).to.be.within(0, 1);
  for (const t of m.ticks) expect(t.at).to.be.within(0, 1);
  if (m.indicator) {
    expect(m.indicator.from).to.be.at.most(m.indicator.to);
    expect(m.indicator.from).to.be.within(0, 1);
    expect(m.indicator.to).to.be.within(0, 1);
  }
  expect(m.sentence).to.not.equal('');
}

describe('gaugeModel, every target of the seed documents', () => {
  for (const doc of [sample!, ngheAn!]) {
    for (const t of doc.targets) {
      for (const locale of ['vi', 'en'] as const) {
        it(`gaugeModel(${doc.id}/${t.id}, '${locale}') is sound`, () => {
          expectSound(modelOf(doc, t.id, locale));
        });
      }
    }
  }
});

describe('gaugeModel by kind (all-kinds sample, as of 2026-11-22)', () => {
  it('threshold on track: a target marker at 50 on 0–60, the baseline, the expected-now marker', () => {
    const m = modelOf(sample!, 'threshold-on-track');
    expect(m.status).to.equal('on-track');
    expect(m.scale).to.deep.equal({ kind: 'linear', min: 0, max: 60 });
    expect(m.value).to.equal('40%');
    const roles = m.markers.map((k) => k.role);
    expect(roles).to.include.members(['target', 'baseline', 'expected']);
    const target = m.markers.find((k) => k.role === 'target')!;
    expect(target.at).to.be.closeTo(50 / 60, 1e-9);
    expect(target.label).to.equal('≥ 50%');
    expect(m.meter).to.deep.equal({ now: 40, min: 0, max: 60 });
    expect(m.expected).to.match(/^Cần đạt hiện nay: /);
    expect(m.sentence).to.equal('40% (2025); Đúng tiến độ. Mục tiêu: ≥ 50%, hạn 2030. Số liệu minh hoạ.');
    expect(m.sample).to.be.true;
  });
  it('threshold in English: "40% (2025); On track. Target: ≥ 50% by 2030. Sample data."', () => {
    expect(modelOf(sample!, 'threshold-on-track', 'en').sentence).to.equal(
      '40% (2025); On track. Target: ≥ 50% by 2030. Sample data.',
    );
  });
  it('threshold missed: the verdict is on the marker, and no expected-now marker after the deadline', () => {
    const m = modelOf(sample!, 'threshold-missed');
    expect(m.status).to.equal('missed');
    expect(m.markers.find((k) => k.role === 'target')?.verdict).to.equal('missed');
    expect(m.markers.some((k) => k.role === 'expected')).to.be.false;
  });
  it('a count axis is sized to the count: ocop-patents (3 of ≥ 5) is 0–6', () => {
    const m = modelOf(sample!, 'ocop-patents');
    expect(m.scale).to.deep.equal({ kind: 'linear', min: 0, max: 6 });
    expect(m.ticks.map((t) => t.label)).to.deep.equal(['0', '2', '4', '6']);
  });
  it('range: the band is drawn, open above to the end of the axis, its lower end marked', () => {
    const m = modelOf(sample!, 'range-inside');
    expect(m.band?.to).to.equal(1);
    expect(m.band?.from).to.be.closeTo(1.5 / 3, 1e-9);
    expect(m.markers.filter((k) => k.role === 'target').map((k) => k.label)).to.deep.equal(['1,5%']);
    expect(m.explanation).to.include('trong khoảng mục tiêu');
    expect(m.note).to.equal('trong khoảng mục tiêu');
    expect(m.sentence).to.match(/^1,7%, trong khoảng mục tiêu \(2025\); Đã đạt\./);
  });
  const band = (value: number, locale: Locale) => {
    const target = makeTarget({ id: 'band', kind: 'range', milestones: [{ year: 2030, range: [1.5, 2] }] });
    const doc = makeDocument([target], [observation('band', '2025', value)]);
    return gaugeModel(assessTarget(doc, target, { asOf: AS_OF }), { locale }).note;
  };
  it('range: below, inside and above the band read differently, in vi and en', () => {
    expect([1.2, 1.7, 2.4].map((v) => band(v, 'vi'))).to.deep.equal([
      'dưới khoảng mục tiêu',
      'trong khoảng mục tiêu',
      'trên khoảng mục tiêu',
    ]);
    expect([1.2, 1.7, 2.4].map((v) => band(v, 'en'))).to.deep.equal([
      'below the target band',
      'inside the target band',
      'above the target band',
    ]);
  });
  it('multiple: the baseline (2020) and the ×3 target are both on the axis, and the multiple so far is said', () => {
    const m = modelOf(sample!, 'multiple-x3');
    const baseline = m.markers.find((k) => k.role === 'baseline')!;
    const target = m.markers.find((k) => k.role === 'target')!;
    expect(baseline.label).to.equal('2020');
    expect(target.label).to.equal('×3');
    expect(target.at).to.be.closeTo(120 / m.scale!.max, 1e-9);
    expect(baseline.at).to.be.closeTo(40 / m.scale!.max, 1e-9);
    expect(m.note).to.equal('×1,4 so với 2020');
  });
  it('multiple with no baseline value: no target marker (there is no number), not assessable', () => {
    const m = modelOf(sample!, 'multiple-not-assessable');
    expect(m.status).to.equal('not-assessable');
    expect(m.markers.filter((k) => k.role === 'target')).to.deep.equal([]);
  });
  it('rank: an inverted axis 63 → 1, "hạng 20/63", the meter from 1 to 63', () => {
    const m = modelOf(sample!, 'rank-top-20');
    expect(m.scale?.kind).to.equal('inverted');
    expect(m.value).to.equal('hạng 20/63');
    expect(m.meter).to.deep.equal({ now: 20, min: 1, max: 63 });
    expect(m.ticks[0]?.label).to.equal('63');
    expect(m.ticks[m.ticks.length - 1]?.label).to.equal('1');
    expect(m.indicator?.to).to.be.closeTo(43 / 62, 1e-9);
  });
  it('rank in the Nghệ An document: "hạng 37/63", off the top 20', () => {
    const m = modelOf(ngheAn!, 'pii-top-20');
    expect(m.value).to.equal('hạng 37/63');
    expect(m.source?.name).to.match(/^Báo Nghệ An/);
  });
  it('level: a stepped scale of 7, level 3 of 7, one marker per milestone with its verdict', () => {
    const m = modelOf(sample!, 'level-startup-ecosystem');
    expect(m.scale).to.deep.equal({ kind: 'stepped', min: 0, max: 7, steps: 7 });
    expect(m.value).to.equal('3/7');
    const targets = m.markers.filter((k) => k.role === 'target');
    expect(targets.map((k) => k.label)).to.deep.equal(['2025 ✓', '2030']);
    expect(m.milestones).to.deep.equal(['2025: 3/7 · Đạt', '2030: 4/7']);
  });
  it('level on a named scale: the headline is the level’s name', () => {
    const m = modelOf(sample!, 'level-named');
    expect(m.scale?.kind).to.equal('stepped');
    expect(m.value).to.not.match(/^\d/);
  });
  it('growth: the observed rate (+10,67%/năm) against the required rate (+10%), the level in the note', () => {
    const m = modelOf(sample!, 'growth-yearly');
    expect(m.value).to.equal('+10,67%/năm');
    expect(m.markers.find((k) => k.role === 'target')?.label).to.equal('+10%');
    expect(m.note).to.match(/^150 .* \(2025\)$/);
  });
  it('qualitative done: done, with the date and the evidence, a meter of 1 of 1', () => {
    const m = modelOf(sample!, 'qualitative-done');
    expect(m.mode).to.equal('done');
    expect(m.value).to.equal('Đã hoàn thành');
    expect(m.latestDate).to.equal('09/2024');
    expect(m.evidence).to.not.equal('');
    expect(m.meter).to.deep.equal({ now: 1, min: 0, max: 1 });
    expect(m.indicator).to.deep.equal({ from: 0, to: 1 });
  });
  it('qualitative not done: not done, a meter of 0, no indicator', () => {
    const m = modelOf(sample!, 'qualitative-not-done');
    expect(m.value).to.equal('Chưa hoàn thành');
    expect(m.meter?.now).to.equal(0);
    expect(m.indicator).to.be.undefined;
  });
  it('cadence: the last time it was done, no meter', () => {
    const m = modelOf(sample!, 'cadence-reports');
    expect(m.mode).to.equal('done');
    expect(m.value).to.equal('Lần gần nhất 06/2026');
    expect(m.meter).to.be.undefined;
  });
  it('no data: the empty state says so, never a zero; the target is still shown', () => {
    const m = modelOf(sample!, 'threshold-no-data');
    expect(m.mode).to.equal('empty');
    expect(m.value).to.equal('Chưa có số liệu');
    expect(m.indicator).to.be.undefined;
    expect(m.meter).to.be.undefined;
    expect(m.value).to.not.match(/\b0\b/);
    expect(m.markers.some((k) => k.role === 'target')).to.be.true;
  });
  it('several milestones: one marker each, the current one flagged', () => {
    const m = modelOf(sample!, 'threshold-approximate');
    const targets = m.markers.filter((k) => k.role === 'target');
    expect(targets).to.have.length(2);
    expect(targets.map((k) => k.current)).to.deep.equal([false, true]);
    expect(targets[0]?.verdict).to.equal('met');
  });
  it('the explanation is the engine’s sentence, in the locale', () => {
    expect(modelOf(sample!, 'threshold-on-track', 'vi').explanation).to.match(/^Theo phương pháp/);
    expect(modelOf(sample!, 'threshold-on-track', 'en').explanation).to.match(/^By the linear method/);
  });
  it('gaugeModel(…, ticks: 0) has no ticks', () => {
    expect(modelOf(sample!, 'threshold-on-track', 'vi', 0).ticks).to.deep.equal([]);
  });
});

describe('observedGrowth', () => {
  it('observedGrowth: 100 (2021) → 150 (2025) is about 10,67% a year', () => {
    const t = makeTarget({ id: 'g', kind: 'growth' });
    const values = [observation('g', '2021', 100), observation('g', '2025', 150)].map((o, i) => ({
      t: [2021, 2025][i]!,
      value: o.value,
      observation: o,
    }));
    expect(observedGrowth(t, values)).to.be.closeTo((Math.pow(1.5, 1 / 4) - 1) * 100, 1e-9);
  });
  it('observedGrowth with one value and no baseline is undefined', () => {
    const t = makeTarget({ id: 'g', kind: 'growth' });
    const o = observation('g', '2025', 150);
    expect(observedGrowth(t, [{ t: 2025, value: 150, observation: o }])).to.be.undefined;
  });
});

describe('gaugeModel, strings from the document', () => {
  it('a label with markup stays text: the model carries the string as it is', () => {
    const target = makeTarget({ id: 'x', label: { vi: '<img src=x onerror=alert(1)>' } });
    const doc = makeDocument([target], [observation('x', '2025', 20)]);
    expect(gaugeModel(assessTarget(doc, target, { asOf: AS_OF }), { locale: 'vi' }).label).to.equal(
      '<img src=x onerror=alert(1)>',
    );
  });
});

describe('placeholderModel', () => {
  it("placeholderModel('Nhãn', 'Đang tải…') is empty: no meter, no indicator", () => {
    const m = placeholderModel('Nhãn', 'Đang tải…');
    expect(m.mode).to.equal('empty');
    expect(m.meter).to.be.undefined;
    expect(m.indicator).to.be.undefined;
  });
});
