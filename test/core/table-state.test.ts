import { expect } from '@open-wc/testing';
import { assessResolution } from '../../src/core/assess.js';
import type { Resolution } from '../../src/core/schema.js';
import { DEFAULT_QUERY, type TableQuery } from '../../src/core/table-model.js';
import { sampleResolution } from '../../src/core/table-sample.js';
import { TableState, type TableInputs } from '../../src/core/table-state.js';
import { validateResolution } from '../../src/core/validate.js';
import { STATUSES } from '../../src/core/vocabulary.js';
import { makeDocument, makeTarget, observation } from '../helpers/documents.js';

const AS_OF = '2026-11-22';

function valid(doc: unknown): Resolution {
  const checked = validateResolution(doc);
  if (!checked.ok) throw new Error(`test document invalid: ${JSON.stringify(checked.issues)}`);
  return checked.resolution;
}

const big = valid(sampleResolution({ targets: 400 }));

/**
 * The document with each target behind a proxy that counts how many targets were assessed and how
 * many had their search text folded: in a table's derive, only the engine reads `statusOverride`
 * (once per assessment), and only the search text reads `wording`.
 */
function counted(doc: Resolution): { doc: Resolution; assessed: () => number; folded: () => number } {
  const assessed = new Set<string>();
  const folded = new Set<string>();
  const targets = doc.targets.map(
    (t) =>
      new Proxy(t, {
        get(target, key, receiver) {
          if (key === 'statusOverride') assessed.add(target.id);
          if (key === 'wording') folded.add(target.id);
          return Reflect.get(target, key, receiver) as unknown;
        },
      }),
  );
  return { doc: { ...doc, targets }, assessed: () => assessed.size, folded: () => folded.size };
}

const inputs = (docs: Resolution[], extra: Partial<TableInputs> = {}): TableInputs => ({
  docs,
  asOf: AS_OF,
  method: undefined,
  locale: 'vi',
  query: DEFAULT_QUERY,
  expanded: new Set(),
  columns: undefined,
  ...extra,
});

/** Keys of the items in order, with each row's status: what the table draws. */
const drawn = (state: TableState, i: TableInputs) =>
  state
    .derive(i)
    .items.map((item) => (item.kind === 'row' ? `${item.key} ${item.item.row.assessment.status}` : item.key));

describe('TableState', () => {
  it('derive() with no assessUpTo assesses every row and offers only the statuses present', () => {
    const d = new TableState().derive(inputs([big]));
    const present = new Set(assessResolution(big, { asOf: AS_OF }).targets.map((a) => a.status));
    expect(present.size).to.be.below(STATUSES.length); // else this test could not tell
    expect(d.assessed).to.be.true;
    expect(d.options.status).to.deep.equal(STATUSES.filter((s) => present.has(s)));
  });

  it('derive() above assessUpTo assesses no row, and offers every status until prepareSome() is done', () => {
    const eager = new TableState().derive(inputs([big]));
    const { doc, assessed, folded } = counted(big);
    const state = new TableState();
    const lazy = inputs([doc], { assessUpTo: 300 });
    const d = state.derive(lazy);
    expect(assessed()).to.equal(0);
    expect(folded()).to.equal(0);
    expect(d.assessed).to.be.false;
    expect(d.options.status).to.deep.equal([...STATUSES]);
    expect(d.count).to.equal(eager.count);
    // Every row's search text is folded before any row is assessed.
    let steps = 0;
    expect(state.prepareSome(() => ++steps >= 400)).to.be.false;
    expect(folded()).to.equal(400);
    expect(assessed()).to.equal(0);
    expect(state.prepareSome(() => assessed() >= 100)).to.be.false;
    expect(assessed()).to.equal(100);
    expect(state.prepareSome(() => false)).to.be.true;
    expect(assessed()).to.equal(400);
    const after = state.derive(lazy);
    expect(after.assessed).to.be.true;
    expect(after.options).to.deep.equal(eager.options);
  });

  it('a lazily assessed table sorts and filters by status exactly as an assessed one', () => {
    const queries: TableQuery[] = [
      { ...DEFAULT_QUERY, sort: 'status' },
      { ...DEFAULT_QUERY, group: 'none', sort: 'progress', direction: 'descending' },
      { ...DEFAULT_QUERY, sort: 'deadline' },
      { ...DEFAULT_QUERY, filters: { ...DEFAULT_QUERY.filters, status: ['at-risk'] } },
    ];
    for (const query of queries) {
      expect(drawn(new TableState(), inputs([big], { query, assessUpTo: 0 }))).to.deep.equal(
        drawn(new TableState(), inputs([big], { query })),
      );
    }
  });

  it('derive() tells sample data apart, assessing rows only for a document with some sample values', () => {
    const targets = [makeTarget({ id: 'a' }), makeTarget({ id: 'b' })];
    const real = valid(makeDocument(targets, [observation('a', '2025', 40)]));
    const mixed = valid(
      makeDocument(targets, [observation('a', '2025', 40), observation('b', '2025', 20, { sample: true })]),
    );
    const unused = valid(makeDocument(targets, [observation('a', '2030', 20, { sample: true })]));
    for (const [name, source, sample, assessedRows] of [
      ['sample document', big, true, 0],
      ['no sample value', real, false, 0],
      ['a sample value', mixed, true, 2],
      ['a sample value after the as-of date', unused, false, 2],
    ] as const) {
      const { doc, assessed } = counted(source);
      expect(new TableState().derive(inputs([doc], { assessUpTo: 0 })).sample, name).to.equal(sample);
      expect(assessed(), name).to.equal(assessedRows);
    }
  });
});
