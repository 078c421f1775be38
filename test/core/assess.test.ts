import { expect } from '@open-wc/testing';
import { assessResolution, assessTarget } from '../../src/core/assess.js';
import { explain } from '../../src/core/explanation.js';
import type { Observation, Target } from '../../src/core/schema.js';
import { validateResolution } from '../../src/core/validate.js';
import type { Status, Verdict } from '../../src/core/vocabulary.js';
import { makeDocument, makeTarget, observation as obs } from '../helpers/documents.js';

const AS_OF = '2026-11-22';

function assess(target: Target, observations: Observation[], method?: string, asOf = AS_OF) {
  const doc = makeDocument([target], observations);
  const checked = validateResolution(doc);
  if (!checked.ok) throw new Error(`test document invalid: ${JSON.stringify(checked.issues)}`);
  return assessTarget(checked.resolution, checked.resolution.targets[0] as Target, { asOf, method });
}

const x3 = makeTarget({
  id: 'x3',
  kind: 'multiple',
  indicator: { code: 'x3', name: { vi: 'Số doanh nghiệp' }, unit: { type: 'count' } },
  baseline: { year: 2020, value: 40 },
  milestones: [{ year: 2030, value: 3 }],
});
const x3Values = [obs('x3', '2020', 40), obs('x3', '2023', 55)];

describe('assessTarget', () => {
  describe('a ×3 multiple of a 2020 baseline of 40, with 55 in 2023', () => {
    it('linear: 62.5 % of the required gain, at risk', () => {
      const a = assess(x3, x3Values, 'linear');
      expect(a.explanation.ratio).to.be.closeTo(0.625, 1e-9);
      expect(a.explanation.expected).to.be.closeTo(64, 1e-9);
      expect(a.status).to.equal('at-risk');
      expect(a.milestones[0]?.goal?.value).to.equal(120);
    });
    it('opensdg: R ≈ 0.964, on track', () => {
      const a = assess(x3, x3Values, 'opensdg');
      expect(a.explanation.ratio).to.be.closeTo(0.964, 0.0005);
      expect(a.status).to.equal('on-track');
      expect(a.explanation.observedRate).to.be.closeTo(11.199, 0.001);
      expect(a.explanation.requiredRate).to.be.closeTo(11.612, 0.001);
    });
    it('explains itself in vi and en, with the pace still needed', () => {
      const a = assess(x3, x3Values, 'linear');
      expect(explain(a.explanation, x3, 'vi')).to.equal(
        'Theo phương pháp tuyến tính, từ mốc cơ sở 40 (2020) đến mục tiêu ≥ 120 năm 2030: đến 2023 cần đạt 64, thực tế 55; ' +
          'mức tăng bằng 62,5% mức cần có (đúng tiến độ từ 95%, có nguy cơ từ 60%). Cần tăng thêm 9,29 mỗi năm để đạt mục tiêu.',
      );
      expect(explain(a.explanation, x3, 'en')).to.equal(
        'By the linear method, from the baseline, 40 (2020) to the 2030 target of ≥ 120: 64 was required by 2023 and the value was 55; ' +
          'the gain is 62.5% of the gain required (on track from 95%, at risk from 60%). It needs to gain 9.29 a year to reach the target.',
      );
    });
    it('is not assessable when the baseline value is unknown', () => {
      const a = assess({ ...x3, baseline: { year: 2020 } }, x3Values);
      expect(a.status).to.equal('not-assessable');
      expect(a.explanation.code).to.equal('no-baseline-value');
    });
  });

  describe('a range target of 1,5–2 % by 2030', () => {
    const range = (direction: 'increase' | 'maintain') =>
      makeTarget({ id: 'band', kind: 'range', direction, milestones: [{ year: 2030, range: [1.5, 2] }] });
    const cases: [string, 'increase' | 'maintain', number, Status, string][] = [
      ['inside is achieved', 'increase', 1.7, 'achieved', 'inside'],
      ['above is achieved when more is better', 'increase', 2.4, 'achieved', 'above'],
      ['above is off track when the band must be kept', 'maintain', 2.4, 'off-track', 'above'],
      ['below is judged by its pace', 'increase', 1.2, 'at-risk', 'below'],
    ];
    for (const [name, direction, value, status, position] of cases) {
      it(name, () => {
        const a = assess(range(direction), [obs('band', '2020', 1), obs('band', '2025', value)]);
        expect(a.status).to.equal(status);
        expect(a.explanation.position).to.equal(position);
      });
    }
  });

  describe('a rank, top 20 of 63 by 2030', () => {
    const rank = makeTarget({
      id: 'pii',
      kind: 'rank',
      direction: 'decrease',
      outOf: 63,
      indicator: { code: 'pii', name: { vi: 'PII' }, unit: { type: 'rank' } },
      milestones: [{ year: 2030, comparator: '<=', value: 20 }],
    });
    it('going from 37 to 20 is achieved', () => {
      const a = assess(rank, [obs('pii', '2023', 37), obs('pii', '2025', 20)]);
      expect(a.status).to.equal('achieved');
      expect(a.progress).to.equal(1);
    });
    it('going from 33 to 37 moves away: off track under linear', () => {
      const a = assess(rank, [obs('pii', '2023', 33), obs('pii', '2024', 37)], 'linear');
      expect(a.status).to.equal('off-track');
      expect(a.explanation.ratio).to.be.below(0);
      expect(a.explanation.start?.fromObservation).to.equal(true);
    });
    it('is declined by opensdg: a rank is not a growth rate', () => {
      const a = assess(rank, [obs('pii', '2023', 33), obs('pii', '2024', 37)], 'opensdg');
      expect(a.status).to.equal('not-assessable');
      expect(a.explanation.declined).to.equal('kind-not-supported');
      expect(explain(a.explanation, rank, 'en')).to.contain('a rank, a level or a ratio is not a growth rate');
    });
  });

  describe('a level, 3/7 by 2025 then 4/7 by 2030', () => {
    const level = makeTarget({
      id: 'eco',
      kind: 'level',
      scale: { max: 7 },
      indicator: { code: 'eco', name: { vi: 'Hệ sinh thái' }, unit: { type: 'level' } },
      milestones: [
        { year: 2025, comparator: '>=', value: 3 },
        { year: 2030, comparator: '>=', value: 4 },
      ],
    });
    const a = assess(level, [obs('eco', '2023', 2), obs('eco', '2025', 3)]);
    it('meets 2025', () => {
      expect(a.milestones[0]?.verdict).to.equal('met');
      expect(a.milestones[0]?.status).to.equal('achieved');
    });
    it('is on track for 2030, which is pending', () => {
      expect(a.current).to.equal(1);
      expect(a.milestones[1]?.verdict).to.equal(undefined);
      expect(a.status).to.equal('on-track');
      expect(a.expectedNow).to.be.within(3, 4);
    });
  });

  describe('deadlines', () => {
    const tfp = makeTarget({
      id: 'tfp',
      milestones: [
        { year: 2025, comparator: '>=', value: 38 },
        { year: 2030, comparator: '=', value: 42 },
      ],
    });
    it('a 2025 milestone below its target in 2025 is missed as of 2026-11-22', () => {
      const a = assess(tfp, [obs('tfp', '2021', 30), obs('tfp', '2025', 36)]);
      expect(a.milestones[0]?.passed).to.equal(true);
      expect(a.milestones[0]?.verdict).to.equal('missed' satisfies Verdict);
      expect(a.milestones[0]?.status).to.equal('missed');
      expect(a.current).to.equal(1);
    });
    it('the same milestone has no verdict as of 2025-06-30', () => {
      const a = assess(tfp, [obs('tfp', '2021', 30), obs('tfp', '2025', 36)], 'linear', '2025-06-30');
      expect(a.milestones[0]?.passed).to.equal(false);
      expect(a.milestones[0]?.verdict).to.equal(undefined);
    });
    it('a passed deadline with no value for its year is no-data, not missed', () => {
      const a = assess(tfp, [obs('tfp', '2021', 30), obs('tfp', '2023', 33)]);
      expect(a.milestones[0]?.status).to.equal('no-data');
      expect(a.milestones[0]?.explanation.code).to.equal('no-data-deadline');
    });
    it('values after the as-of date are not seen', () => {
      const a = assess(tfp, [obs('tfp', '2021', 30), obs('tfp', '2026-12', 45)]);
      expect(a.values).to.have.length(1);
    });
  });

  describe('yearly growth of 20 %', () => {
    const growth = makeTarget({
      id: 'staff',
      kind: 'growth',
      recurrence: 'yearly',
      indicator: { code: 'staff', name: { vi: 'Nhân lực' }, unit: { type: 'count' } },
      milestones: [{ year: 2030, value: 20 }],
    });
    const values = [obs('staff', '2021', 100), obs('staff', '2023', 150)];
    it('linear: 50 gained of the 44 required is on track', () => {
      const a = assess(growth, values, 'linear');
      expect(a.explanation.expected).to.be.closeTo(144, 1e-9);
      expect(a.status).to.equal('on-track');
    });
    it('opensdg: observed 22,5 %/yr against 20 %/yr required', () => {
      const a = assess(growth, values, 'opensdg');
      expect(a.explanation.observedRate).to.be.closeTo(22.474, 0.001);
      expect(a.explanation.ratio).to.be.closeTo(1.1237, 0.001);
      expect(a.status).to.equal('on-track');
    });
  });

  describe('qualitative milestones', () => {
    const centre = makeTarget({
      id: 'centre',
      kind: 'qualitative',
      indicator: { code: 'centre', name: { vi: 'Trung tâm' }, unit: { type: 'none' } },
      milestones: [{ year: 2025 }],
    });
    const table: [string, Observation[], Status, Verdict | undefined][] = [
      ['done in time is achieved and met', [obs('centre', '2024-05', true)], 'achieved', 'met'],
      ['not done by a passed deadline is missed', [obs('centre', '2025-12', false)], 'missed', 'missed'],
      ['no report at all is no data', [], 'no-data', undefined],
    ];
    for (const [name, values, status, verdict] of table) {
      it(name, () => {
        const a = assess(centre, values);
        expect(a.status).to.equal(status);
        expect(a.milestones[0]?.verdict).to.equal(verdict);
      });
    }
  });

  describe('reporting cadence every 6 months', () => {
    const report = makeTarget({
      id: 'report',
      kind: 'cadence',
      recurrence: 'half-yearly',
      indicator: { code: 'report', name: { vi: 'Báo cáo' }, unit: { type: 'none' } },
      milestones: [{ year: null }],
    });
    it('a report 5 months ago is on track', () => {
      expect(assess(report, [obs('report', '2026-06-30', true)]).status).to.equal('on-track');
    });
    it('a report 17 months ago is off track', () => {
      expect(assess(report, [obs('report', '2025-06-30', true)]).status).to.equal('off-track');
    });
  });

  describe('a yearly commitment of 2 % of budget spending', () => {
    const yearly = makeTarget({
      id: 'budget',
      recurrence: 'yearly',
      milestones: [{ year: 2030, comparator: '=', value: 2 }],
    });
    const table: [string, number[], Status][] = [
      ['met every reported year is on track', [2.1, 2.3], 'on-track'],
      ['met in the latest year only is at risk', [1.8, 2.1], 'at-risk'],
      ['not met in the latest year is off track', [2.1, 1.8], 'off-track'],
    ];
    for (const [name, values, status] of table) {
      it(name, () => {
        const a = assess(
          yearly,
          values.map((v, i) => obs('budget', String(2023 + i), v)),
        );
        expect(a.status).to.equal(status);
        expect(a.explanation.yearsReported).to.equal(values.length);
      });
    }
  });

  it('a ratio to another indicator divides by its value of the same year', () => {
    const ratio = makeTarget({
      id: 'enterprise-spending',
      kind: 'ratio',
      recurrence: 'yearly',
      relation: { indicator: 'budget-spending' },
      indicator: { code: 'enterprise-spending', name: { vi: 'Chi của doanh nghiệp' }, unit: { type: 'ratio' } },
      milestones: [{ year: 2025, comparator: '>=', value: 1 }],
    });
    const a = assess(
      ratio,
      [obs('enterprise-spending', '2024', 120), obs('budget-spending', '2024', 100)],
      'linear',
      '2024-12-31',
    );
    expect(a.latest?.value).to.be.closeTo(1.2, 1e-9);
    expect(a.status).to.equal('on-track');
  });

  it('no reported value is no data, never a zero', () => {
    const a = assess(makeTarget({ id: 'empty' }), []);
    expect(a.status).to.equal('no-data');
    expect(a.latest).to.equal(undefined);
    expect(a.progress).to.equal(undefined);
  });

  it('one value and no baseline cannot show a pace', () => {
    const a = assess(makeTarget({ id: 'one' }), [obs('one', '2023', 20)]);
    expect(a.status).to.equal('not-assessable');
    expect(a.explanation.code).to.equal('no-baseline');
  });

  it('"khoảng 30 %" is met within 5 % of the value', () => {
    const about = makeTarget({
      id: 'about',
      milestones: [{ year: 2030, comparator: '=', value: 30, approximate: true }],
    });
    expect(assess(about, [obs('about', '2026', 28.6)]).status).to.equal('achieved');
  });

  it('a status override is shown with its reason, beside the computed status', () => {
    const overridden = makeTarget({
      id: 'over',
      statusOverride: { status: 'at-risk', reason: { vi: 'Số liệu đang rà soát', en: 'Figures under review' } },
    });
    const a = assess(overridden, [obs('over', '2021', 10), obs('over', '2026', 60)]);
    expect(a.status).to.equal('at-risk');
    expect(a.computedStatus).to.equal('achieved');
    expect(explain(a.explanation, overridden, 'en')).to.match(
      /^The status "At risk" was set by the publisher: Figures under review\./,
    );
  });

  it('marks an assessment that uses a sample value', () => {
    const a = assess(makeTarget({ id: 's' }), [obs('s', '2023', 20, { sample: true })]);
    expect(a.sample).to.equal(true);
  });
});

describe('assessResolution', () => {
  it('rolls statuses up overall and per section', () => {
    const doc = makeDocument(
      [
        makeTarget({ id: 'a', section: 'II.1' }),
        makeTarget({ id: 'b', section: 'II.1' }),
        makeTarget({ id: 'c', section: 'II.2' }),
      ],
      [obs('a', '2026', 60)],
      {
        sections: [
          { ref: 'II.1', title: { vi: 'Mục tiêu' } },
          { ref: 'II.2', title: { vi: 'Giải pháp' } },
        ],
      },
    );
    const { rollUp, asOf } = assessResolution(doc, { asOf: AS_OF });
    expect(asOf).to.equal(AS_OF);
    expect(rollUp.total).to.equal(3);
    expect(rollUp.byStatus.achieved).to.equal(1);
    expect(rollUp.byStatus['no-data']).to.equal(2);
    expect(rollUp.bySection.map((s) => [s.section, s.total])).to.deep.equal([
      ['II.1', 2],
      ['II.2', 1],
    ]);
  });

  it('assesses each target exactly as assessTarget does, whatever the method', async () => {
    const doc = (await fetch(new URL('../../demo/data/samples/all-kinds.json', import.meta.url)).then((r) =>
      r.json(),
    )) as unknown;
    const checked = validateResolution(doc);
    if (!checked.ok) throw new Error('all-kinds.json is invalid');
    const resolution = checked.resolution;
    for (const method of [undefined, 'linear', 'opensdg']) {
      const { targets } = assessResolution(resolution, { asOf: AS_OF, method });
      expect(targets).to.deep.equal(resolution.targets.map((t) => assessTarget(resolution, t, { asOf: AS_OF, method })));
    }
  });
});
