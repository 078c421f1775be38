import { expect } from '@open-wc/testing';
import type { Target } from '../../src/core/schema.js';
import { validateResolution } from '../../src/core/validate.js';
import { makeDocument, makeTarget, observation } from '../helpers/documents.js';

type Doc = Record<string, unknown> & { targets: Record<string, unknown>[]; observations: Record<string, unknown>[] };

/** A valid document with two targets and one observation, as plain JSON to break. */
function base(): Doc {
  const doc = makeDocument(
    [
      makeTarget({ id: 'tfp', section: 'II.2', milestones: [{ year: 2025, comparator: '>=', value: 35 }] }),
      makeTarget({ id: 'share', kind: 'range', milestones: [{ year: 2030, range: [1.5, 2], openAbove: true }] }),
    ],
    [observation('tfp', '2023', 30)],
    { sections: [{ ref: 'II.2', title: { vi: 'Mục tiêu cụ thể', en: 'Specific targets' } }] },
  );
  return JSON.parse(JSON.stringify(doc)) as Doc;
}

const t0 = (d: Doc) => d.targets[0] as Record<string, unknown> & { milestones: Record<string, unknown>[] };
const t1 = (d: Doc) => d.targets[1] as Record<string, unknown> & { milestones: Record<string, unknown>[] };

/** [what is wrong, how to break the document, the path, the code]. */
const INVALID: [string, (d: Doc) => void, string, string][] = [
  ['a missing title', (d) => delete d.title, '$.title', 'missing-field'],
  ['a missing targets array', (d) => delete (d as Record<string, unknown>).targets, '$.targets', 'missing-field'],
  ['an unknown top-level field', (d) => (d.titel = { vi: 'x' }), '$.titel', 'unknown-field'],
  ['an unknown field in a target', (d) => (t0(d).labels = {}), '$.targets[0].labels', 'unknown-field'],
  [
    'an unknown field in a milestone',
    (d) => (t0(d).milestones[0]!.deadline = 2025),
    '$.targets[0].milestones[0].deadline',
    'unknown-field',
  ],
  ['a wrong schema version', (d) => (d.schemaVersion = 2), '$.schemaVersion', 'wrong-version'],
  ['an unknown document kind', (d) => (d.kind = 'decree'), '$.kind', 'not-one-of'],
  ['an unknown document status', (d) => (d.status = 'final'), '$.status', 'not-one-of'],
  ['a number that is a number', (d) => (d.number = 34), '$.number', 'type'],
  ['an impossible date', (d) => (d.date = '2024-02-30'), '$.date', 'date-impossible'],
  ['a date in another format', (d) => (d.date = '06/03/2013'), '$.date', 'date-format'],
  ['a year 0', (d) => (d.date = '0000'), '$.date', 'date-impossible'],
  ['a year 99999', (d) => (d.horizon = 99999), '$.horizon', 'too-large'],
  ['a fractional year', (d) => (d.horizon = 2030.5), '$.horizon', 'not-integer'],
  ['a title without vi', (d) => (d.title = { en: 'Resolution' }), '$.title.vi', 'missing-field'],
  ['an empty vi title', (d) => (d.title = { vi: '' }), '$.title.vi', 'too-short'],
  ['a title in a third language', (d) => (d.title = { vi: 'a', fr: 'b' }), '$.title.fr', 'unknown-field'],
  ['an id with capitals', (d) => (d.id = 'Cao-Bang'), '$.id', 'id-format'],
  ['an id with diacritics', (d) => (t0(d).id = 'đầu-tư'), '$.targets[0].id', 'id-format'],
  ['duplicate target ids', (d) => (t1(d).id = 'tfp'), '$.targets[1].id', 'duplicate-id'],
  ['an unknown target kind', (d) => (t0(d).kind = 'target'), '$.targets[0].kind', 'not-one-of'],
  ['a numeric target without direction', (d) => delete t0(d).direction, '$.targets[0]', 'needs-direction'],
  [
    'an unknown comparator',
    (d) => (t0(d).milestones[0]!.comparator = '=>'),
    '$.targets[0].milestones[0].comparator',
    'not-one-of',
  ],
  ['a value as text', (d) => (t0(d).milestones[0]!.value = '35%'), '$.targets[0].milestones[0].value', 'type'],
  ['a value of NaN', (d) => (t0(d).milestones[0]!.value = NaN), '$.targets[0].milestones[0].value', 'type'],
  [
    'a value of Infinity',
    (d) => (t0(d).milestones[0]!.value = Infinity),
    '$.targets[0].milestones[0].value',
    'not-finite',
  ],
  ['a negative percent', (d) => (t0(d).milestones[0]!.value = -5), '$.targets[0].milestones[0]', 'negative'],
  ['a threshold without value', (d) => delete t0(d).milestones[0]!.value, '$.targets[0].milestones[0]', 'needs-value'],
  ['no milestones', (d) => (t0(d).milestones = []), '$.targets[0].milestones', 'too-short'],
  [
    'a milestone outside the period',
    (d) => (t0(d).milestones[0]!.year = 2040),
    '$.targets[0].milestones[0].year',
    'milestone-outside-period',
  ],
  [
    'milestones out of order',
    (d) => t0(d).milestones.push({ year: 2021, comparator: '>=', value: 20 }),
    '$.targets[0].milestones[1].year',
    'milestones-order',
  ],
  [
    'a range with min above max',
    (d) => (t1(d).milestones[0]!.range = [2, 1.5]),
    '$.targets[1].milestones[0].range',
    'range-reversed',
  ],
  [
    'a range of three numbers',
    (d) => (t1(d).milestones[0]!.range = [1, 2, 3]),
    '$.targets[1].milestones[0].range[2]',
    'unknown-field',
  ],
  [
    'a range target given a value',
    (d) => (t1(d).milestones[0]!.value = 2),
    '$.targets[1].milestones[0]',
    'unexpected-value',
  ],
  ['a parent that does not exist', (d) => (t1(d).parent = 'nothing'), '$.targets[1].parent', 'parent-missing'],
  ['a parent cycle', (d) => ((t0(d).parent = 'share'), (t1(d).parent = 'tfp')), '$.targets[0].parent', 'parent-cycle'],
  ['a target that is its own parent', (d) => (t0(d).parent = 'tfp'), '$.targets[0].parent', 'parent-cycle'],
  ['a section that does not exist', (d) => (t0(d).section = 'IX'), '$.targets[0].section', 'section-missing'],
  ['a period that ends before it starts', (d) => (d.period = { from: 2025, to: 2020 }), '$.period', 'period-reversed'],
  ['a horizon before the period ends', (d) => (d.horizon = 2024), '$.horizon', 'horizon-before-period'],
  ['a multiple without baseline', (d) => (t0(d).kind = 'multiple'), '$.targets[0]', 'needs-field'],
  [
    'a baseline with both year and period',
    (d) => (t0(d).baseline = { year: 2020, period: { from: 2016, to: 2020 } }),
    '$.targets[0].baseline',
    'baseline-needs-time',
  ],
  [
    'a baseline after the first milestone',
    (d) => (t0(d).baseline = { year: 2025, value: 1 }),
    '$.targets[0].baseline',
    'baseline-after-milestone',
  ],
  [
    'a level without scale',
    (d) => ((t0(d).kind = 'level'), (t0(d).milestones[0]!.value = 3)),
    '$.targets[0]',
    'needs-field',
  ],
  [
    'a level beyond its scale',
    (d) => ((t0(d).kind = 'level'), (t0(d).scale = { max: 7 }), (t0(d).milestones[0]!.value = 9)),
    '$.targets[0].milestones[0].value',
    'level-out-of-scale',
  ],
  [
    'a rank beyond its count',
    (d) => ((t0(d).kind = 'rank'), (t0(d).outOf = 63), (t0(d).milestones[0]!.value = 70)),
    '$.targets[0].milestones[0].value',
    'rank-out-of-range',
  ],
  [
    'an observation without source',
    (d) => delete d.observations[0]!.source,
    '$.observations[0].source',
    'missing-field',
  ],
  [
    'an observation with no date or period',
    (d) => delete d.observations[0]!.date,
    '$.observations[0]',
    'observation-needs-time',
  ],
  [
    'a true/false value for a numeric target',
    (d) => (d.observations[0]!.value = true),
    '$.observations[0].value',
    'observation-boolean',
  ],
  [
    'a javascript: source URL',
    (d) => (d.observations[0]!.source = { name: { vi: 'x' }, url: 'javascript:alert(1)' }),
    '$.observations[0].source.url',
    'url-scheme',
  ],
  [
    'a source URL broken by a tab',
    (d) => (d.observations[0]!.source = { name: { vi: 'x' }, url: 'java\tscript:alert(1)' }),
    '$.observations[0].source.url',
    'url-scheme',
  ],
  [
    'a data: source URL with a leading space',
    (d) => (d.observations[0]!.source = { name: { vi: 'x' }, url: ' data:text/html,x' }),
    '$.observations[0].source.url',
    'url-scheme',
  ],
  [
    'a __proto__ key',
    (d) => Object.defineProperty(d, '__proto__', { value: { polluted: true }, enumerable: true }),
    '$.__proto__',
    'unknown-field',
  ],
  [
    'one indicator with two units',
    (d) => (t1(d).indicator = { ...(t0(d).indicator as object), unit: { type: 'count' } }),
    '$.targets[1].indicator.unit',
    'indicator-conflict',
  ],
];

describe('validateResolution', () => {
  it('accepts the base document', () => {
    const result = validateResolution(base());
    expect(result.issues).to.deep.equal([]);
    expect(result.ok).to.equal(true);
  });

  it(`has at least 40 invalid cases (${INVALID.length})`, () => {
    expect(INVALID.length).to.be.at.least(40);
  });

  for (const [name, breakIt, path, code] of INVALID) {
    it(`rejects ${name} at ${path} (${code})`, () => {
      const doc = base();
      breakIt(doc);
      const result = validateResolution(doc);
      expect(result.ok).to.equal(false);
      const found = result.issues.find((i) => i.path === path && i.code === code);
      expect(found, JSON.stringify(result.issues, null, 1)).to.not.equal(undefined);
      expect(found!.message.vi).to.be.a('string').and.not.equal('');
      expect(found!.message.en).to.be.a('string').and.not.equal(found!.message.vi);
    });
  }

  it('says what was expected and what was found, in vi and en', () => {
    const doc = base();
    t0(doc).milestones[0]!.value = '35%';
    const [issue] = validateResolution(doc).issues;
    expect(issue).to.deep.include({
      path: '$.targets[0].milestones[0].value',
      expected: 'a number',
      received: '"35%"',
    });
    expect(issue!.message.en).to.equal('Expected a number, found "35%".');
    expect(issue!.message.vi).to.equal('Cần một số, nhưng gặp "35%".');
  });

  it('follows a chain of 20,000 parents, and names a long cycle by its first ids', () => {
    const chain = Array.from({ length: 20_000 }, (_, i) =>
      makeTarget({ id: `t${i}`, parent: i ? `t${i - 1}` : undefined }),
    );
    expect(validateResolution(makeDocument(chain)).issues).to.deep.equal([]);
    const cycle = Array.from({ length: 1000 }, (_, i) => makeTarget({ id: `c${i}`, parent: `c${(i + 1) % 1000}` }));
    const issues = validateResolution(makeDocument(cycle)).issues;
    expect(issues.map((i) => i.code)).to.deep.equal(['parent-cycle']);
    expect(issues[0]!.message.en).to.equal(
      'The parent links form a cycle: c0 → c1 → c2 → c3 → c4 → c5 → c6 → c7 → … (1000).',
    );
  });

  it('parses a JSON string, and reports JSON that is not JSON', () => {
    expect(validateResolution(JSON.stringify(base())).ok).to.equal(true);
    const result = validateResolution('{"schemaVersion": 1,');
    expect(result.ok).to.equal(false);
    expect(result.issues[0]?.code).to.equal('not-json');
  });

  it('reports a value that is not an object', () => {
    for (const input of [null, 42, 'null', [], undefined]) {
      const result = validateResolution(input);
      expect(result.ok, String(input)).to.equal(false);
      expect(result.issues[0]?.path).to.equal('$');
    }
  });

  it('shows a 1 MB string in a message by its start only', () => {
    const doc = base();
    doc.id = 'x'.repeat(1_000_000);
    const [issue] = validateResolution(doc).issues;
    expect(issue!.message.en.length).to.be.below(300);
  });

  it('copies the document: changing the result leaves the input alone', () => {
    const doc = base();
    const result = validateResolution(doc);
    if (!result.ok) throw new Error('base invalid');
    result.resolution.targets.pop();
    expect(doc.targets).to.have.length(2);
  });

  it('does not change Object.prototype through __proto__ keys', () => {
    validateResolution(JSON.parse('{"__proto__": {"polluted": true}, "targets": [{"__proto__": {"x": 1}}]}'));
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('accepts every kind of target the seeds need', () => {
    const targets: Target[] = [
      makeTarget({
        id: 'level-named',
        kind: 'level',
        scale: { levels: [{ vi: 'trung bình' }, { vi: 'khá' }] },
        milestones: [{ year: 2030, value: 2 }],
      }),
      makeTarget({ id: 'growth', kind: 'growth', recurrence: 'yearly', milestones: [{ year: 2030, value: 20 }] }),
      makeTarget({
        id: 'period-multiple',
        kind: 'multiple',
        baseline: { period: { from: 2016, to: 2020 } },
        milestones: [{ year: 2030, value: 2 }],
      }),
      makeTarget({
        id: 'ratio',
        kind: 'ratio',
        relation: { indicator: 'budget' },
        recurrence: 'yearly',
        milestones: [{ year: 2025, comparator: '>=', value: 1 }],
      }),
      makeTarget({ id: 'done', kind: 'qualitative', milestones: [{ year: null }] }),
      makeTarget({ id: 'report', kind: 'cadence', recurrence: 'half-yearly', milestones: [{ year: null }] }),
      makeTarget({
        id: 'child',
        parent: 'growth',
        milestones: [{ year: 2025, comparator: '>=', value: 5, approximate: true }],
      }),
    ];
    const result = validateResolution(makeDocument(targets, [observation('done', '2024-05', true)]));
    expect(result.issues).to.deep.equal([]);
  });
});
