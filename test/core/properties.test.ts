import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { assessResolution, assessTarget } from '../../src/core/assess.js';
import { explain } from '../../src/core/explanation.js';
import { STATUS_INFO } from '../../src/core/status.js';
import type { Target } from '../../src/core/schema.js';
import { validateResolution } from '../../src/core/validate.js';
import { STATUSES, TARGET_KINDS } from '../../src/core/vocabulary.js';
import { makeDocument, makeTarget, observation } from '../helpers/documents.js';

const RUNS = 300;

/** A number from anywhere on the line, with the values that break arithmetic (1e309 parses to Infinity). */
const anyNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -0, Infinity, -Infinity, NaN, Number.MIN_VALUE, 2 ** 53),
);

const anyDate = fc
  .tuple(fc.integer({ min: 1945, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

describe('validateResolution (properties)', () => {
  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateResolution(value);
        expect(result.ok).to.equal(false);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on any JavaScript value, and reports every issue with a path and two messages', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true }), (value) => {
        const result = validateResolution(value);
        for (const issue of result.issues) {
          expect(issue.path.startsWith('$')).to.equal(true);
          expect(issue.message.vi).to.not.equal('');
          expect(issue.message.en).to.not.equal('');
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws when any field of a valid document is replaced by anything', () => {
    const doc = makeDocument(
      [makeTarget({ id: 'a' }), makeTarget({ id: 'b', kind: 'range', milestones: [{ year: 2030, range: [1, 2] }] })],
      [observation('a', '2023', 3)],
    );
    const paths: (string | number)[][] = [
      ['id'],
      ['date'],
      ['targets'],
      ['targets', 0],
      ['targets', 0, 'milestones'],
      ['targets', 0, 'milestones', 0, 'value'],
      ['targets', 1, 'milestones', 0, 'range'],
      ['targets', 0, 'parent'],
      ['observations', 0, 'value'],
      ['observations', 0, 'source'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.anything(), (path, value) => {
        const copy = JSON.parse(JSON.stringify(doc)) as Record<string | number, unknown>;
        let cur = copy;
        for (const key of path.slice(0, -1)) cur = cur[key] as Record<string | number, unknown>;
        cur[path[path.length - 1] as string | number] = value;
        validateResolution(copy);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('assessTarget (properties)', () => {
  const kinds = fc.constantFrom(...TARGET_KINDS);

  it('never throws, for any kind, values, dates and method, and always gives a known status', () => {
    fc.assert(
      fc.property(
        kinds,
        fc.array(fc.tuple(anyDate, anyNumber), { maxLength: 6 }),
        anyDate,
        fc.constantFrom('linear', 'opensdg', 'unknown-method'),
        fc.option(anyNumber, { nil: undefined }),
        (kind, values, asOf, method, baselineValue) => {
          const target: Target = makeTarget({
            id: 't',
            kind,
            direction: kind === 'rank' ? 'decrease' : 'increase',
            recurrence: kind === 'cadence' || kind === 'growth' ? 'yearly' : undefined,
            scale: { max: 7 },
            outOf: 63,
            relation: { indicator: 'other' },
            baseline: Number.isFinite(baselineValue) ? { year: 2020, value: baselineValue } : { year: 2020 },
            milestones:
              kind === 'qualitative' || kind === 'cadence'
                ? [{ year: 2025 }]
                : kind === 'range'
                  ? [{ year: 2025, range: [1, 3] }]
                  : [{ year: 2025, comparator: '>=', value: 3 }],
          });
          const observations = values.map(([date, value]) =>
            observation('t', date, kind === 'qualitative' || kind === 'cadence' ? value > 0 : value),
          );
          const doc = makeDocument([target], observations);
          const a = assessTarget(doc, target, { asOf, method });
          expect(STATUSES).to.include(a.status);
          expect(explain(a.explanation, target, 'vi')).to.be.a('string');
          expect(explain(a.explanation, target, 'en')).to.be.a('string');
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('progress toward a ≥ target never decreases as the value rises', () => {
    const target = makeTarget({
      id: 'p',
      baseline: { year: 2020, value: 10 },
      milestones: [{ year: 2030, comparator: '>=', value: 50 }],
    });
    const assessed = (value: number, method: string) =>
      assessTarget(makeDocument([target], [observation('p', '2024', value)]), target, { asOf: '2026-11-22', method });
    const progressOf = (value: number, method: string) => assessed(value, method).progress ?? NaN;
    const urgencyOf = (value: number, method: string) => STATUS_INFO[assessed(value, method).status].urgency;
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 1e6, noNaN: true }),
        fc.double({ min: 0.001, max: 1e6, noNaN: true }),
        fc.constantFrom('linear', 'opensdg'),
        (a, b, method) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(progressOf(low, method)).to.be.at.most(progressOf(high, method));
          // and the status never gets worse: off track → at risk → on track → achieved
          expect(urgencyOf(low, method)).to.be.at.most(urgencyOf(high, method));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('the roll-up counts every target once', () => {
    fc.assert(
      fc.property(fc.array(kinds, { maxLength: 12 }), (list) => {
        const targets = list.map((kind, i) =>
          makeTarget({
            id: `t${i}`,
            kind,
            scale: { max: 7 },
            relation: { indicator: 'x' },
            recurrence: 'yearly',
            baseline: { year: 2020, value: 1 },
            milestones: [
              {
                year: 2025,
                value: kind === 'qualitative' || kind === 'cadence' || kind === 'range' ? undefined : 2,
                range: kind === 'range' ? [1, 2] : undefined,
              },
            ],
          }),
        );
        const { rollUp } = assessResolution(makeDocument(targets), { asOf: '2026-11-22' });
        expect(Object.values(rollUp.byStatus).reduce((s, n) => s + n, 0)).to.equal(list.length);
      }),
      { numRuns: 100 },
    );
  });
});
