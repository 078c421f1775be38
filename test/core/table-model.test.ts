import { expect } from '@open-wc/testing';
import { assessResolution } from '../../src/core/assess.js';
import type { Resolution, Target } from '../../src/core/schema.js';
import {
  DEFAULT_QUERY,
  buildRows,
  queryRows,
  viewRows,
  type TableQuery,
  type TableRow,
} from '../../src/core/table-model.js';
import { sampleResolution } from '../../src/core/table-sample.js';
import { validateResolution } from '../../src/core/validate.js';

const AS_OF = '2026-11-22';

type TargetExtra = Partial<Omit<Target, 'label'>> & { label: string; area?: string };

function target(id: string, extra: TargetExtra): Target {
  const { label, area, ...rest } = extra;
  return {
    id,
    ref: rest.ref ?? id,
    wording: `Nguyên văn: ${label}`,
    label: { vi: label },
    indicator: { code: id, name: { vi: label }, unit: { type: 'percent' }, ...(area ? { area } : {}) },
    kind: 'threshold',
    direction: 'increase',
    baseline: { year: 2020, value: 0 },
    milestones: [{ year: 2030, comparator: '>=', value: 100 }],
    ...rest,
  };
}

/** Five targets: one nested in another, Vietnamese names that sort differently by collation. */
const doc: Resolution = {
  schemaVersion: 1,
  id: 'test-doc',
  number: '01-NQ/TU',
  kind: 'nghi-quyet',
  status: 'issued',
  issuer: { vi: 'Tỉnh ủy' },
  adminUnit: { name: { vi: 'Tỉnh Đắk Lắk' } },
  date: '2021-01-01',
  title: { vi: 'Nghị quyết thử' },
  sections: [
    { ref: 'II.1', title: { vi: 'Mục tiêu đến 2025' } },
    { ref: 'II.2', title: { vi: 'Mục tiêu đến 2030' } },
  ],
  targets: [
    target('a', { label: 'Đầu tư cho khoa học', section: 'II.2', area: 'budget' }),
    target('b', {
      label: 'Doanh nghiệp',
      section: 'II.1',
      area: 'enterprises',
      milestones: [{ year: 2025, comparator: '>=', value: 100 }],
    }),
    target('c', { label: 'Ứng dụng', section: 'II.1', area: 'budget', parent: 'b' }),
    target('d', { label: 'Uy tín', section: 'II.2', area: 'innovation' }),
    target('e', { label: 'An toàn', area: 'innovation', milestones: [{ year: null, comparator: '>=', value: 1 }] }),
  ],
  observations: [
    { indicator: 'a', date: '2025', value: 80, source: { name: { vi: 'Cục Thống kê' } } },
    { indicator: 'b', date: '2025', value: 40, source: { name: { vi: 'Sở KH&CN' } } },
    { indicator: 'd', date: '2025', value: 20, source: { name: { vi: 'Sở KH&CN' } }, sample: true },
  ],
};

const rows = (): TableRow[] => buildRows([{ resolution: doc, assessment: assessResolution(doc, { asOf: AS_OF }) }]);
const ids = (q: Partial<TableQuery>, locale: 'vi' | 'en' = 'vi') =>
  viewRows(queryRows(rows(), { ...DEFAULT_QUERY, group: 'none', ...q }, locale)).map((r) => r.row.target.id);
const filters = (f: Partial<TableQuery['filters']>) => ({ filters: { ...DEFAULT_QUERY.filters, ...f } });

describe('table-model', () => {
  it('the fixture is a valid resolution', () => {
    expect(validateResolution(doc).ok).to.be.true;
  });

  it('buildRows gives one row per target, nested targets keyed to their parent', () => {
    const r = rows();
    expect(r.map((x) => x.key)).to.deep.equal(['test-doc/a', 'test-doc/b', 'test-doc/c', 'test-doc/d', 'test-doc/e']);
    expect(r[2]?.parentKey).to.equal('test-doc/b');
    expect(r[1]?.deadline).to.equal(2025);
    expect(r[4]?.deadline).to.equal(undefined);
  });

  it('queryRows in document order puts a nested target right under its parent', () => {
    const view = queryRows(rows(), { ...DEFAULT_QUERY, group: 'none' }, 'vi');
    expect(viewRows(view).map((r) => `${r.row.target.id}${r.depth}`)).to.deep.equal(['a0', 'b0', 'c1', 'd0', 'e0']);
    expect(view.matched).to.equal(5);
    expect(view.total).to.equal(5);
  });

  it("queryRows sort 'name' uses Vietnamese collation (D before Đ, U before Ư)", () => {
    expect(ids({ sort: 'name' })).to.deep.equal(['e', 'b', 'c', 'a', 'd']);
    expect(ids({ sort: 'name', direction: 'descending' })).to.deep.equal(['d', 'a', 'b', 'c', 'e']);
  });

  it("queryRows sort 'progress' puts the least advanced first and rows without progress last", () => {
    // a 80 %, b 40 % (c nested under b), d 20 %, e none
    expect(ids({ sort: 'progress' })).to.deep.equal(['d', 'b', 'c', 'a', 'e']);
    expect(ids({ sort: 'progress', direction: 'descending' })).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
  });

  it("queryRows sort 'deadline' puts the nearest first and undated last", () => {
    expect(ids({ sort: 'deadline' })).to.deep.equal(['b', 'c', 'a', 'd', 'e']);
  });

  it("queryRows sort 'status' puts the most urgent first", () => {
    const r = rows();
    const statuses = Object.fromEntries(r.map((x) => [x.target.id, x.assessment.status]));
    const sorted = ids({ sort: 'status' }).filter((id) => id !== 'c');
    const urgency = ['missed', 'off-track', 'at-risk', 'on-track', 'achieved', 'no-data', 'not-assessable'];
    const ranks = sorted.map((id) => urgency.indexOf(statuses[id] ?? ''));
    expect(ranks).to.deep.equal([...ranks].sort((x, y) => x - y));
  });

  it('queryRows filters by area, year, status and document', () => {
    expect(ids(filters({ area: ['innovation'] }))).to.deep.equal(['d', 'e']);
    expect(ids(filters({ year: [2025] }))).to.deep.equal(['b']);
    expect(ids(filters({ document: ['other'] }))).to.deep.equal([]);
    const status = rows()[0]?.assessment.status;
    expect(ids(filters({ status: status ? [status] : [] }))).to.include('a');
  });

  it('queryRows keeps the parent of a matching nested target as a context row', () => {
    const view = queryRows(rows(), { ...DEFAULT_QUERY, group: 'none', search: 'ung dung' }, 'vi');
    expect(viewRows(view).map((r) => [r.row.target.id, r.depth, r.context])).to.deep.equal([
      ['b', 0, true],
      ['c', 1, false],
    ]);
    expect(view.matched).to.equal(1);
  });

  it('queryRows search ignores diacritics and case, and searches the document name', () => {
    expect(ids({ search: 'DAU TU' })).to.deep.equal(['a']);
    expect(ids({ search: 'dak lak' })).to.have.length(5);
    expect(ids({ search: 'khong co' })).to.deep.equal([]);
  });

  it("a row's search text is its own fields, its section's title and its document's names, folded", () => {
    const a = rows()[0]!;
    for (const words of ['dau tu cho khoa hoc', 'nguyen van', 'ii.2', 'muc tieu den 2030', 'tinh dak lak', '01-nq/tu'])
      expect(a.search).to.include(words);
    // Lower case, no diacritics, no "đ", single spaces.
    expect(a.search).to.equal(a.search.normalize('NFD').toLowerCase());
    expect(a.search.normalize('NFD')).not.to.match(/\p{M}|đ|\s{2}/u);
    expect(ids({ search: 'muc tieu den 2025' })).to.deep.equal(['b', 'c']);
  });

  it("queryRows group 'section' follows the document's sections, unsectioned last", () => {
    const view = queryRows(rows(), DEFAULT_QUERY, 'vi');
    expect(view.groups.map((g) => [g.value, g.rows.map((r) => r.row.target.id)])).to.deep.equal([
      ['II.1', ['b', 'c']],
      ['II.2', ['a', 'd']],
      ['', ['e']],
    ]);
  });

  it("queryRows group 'area' keeps a nested target with its parent's group", () => {
    const view = queryRows(rows(), { ...DEFAULT_QUERY, group: 'area' }, 'vi');
    expect(view.groups.map((g) => [g.value, g.rows.map((r) => r.row.target.id)])).to.deep.equal([
      ['budget', ['a']],
      ['enterprises', ['b', 'c']],
      ['innovation', ['d', 'e']],
    ]);
  });

  it("queryRows group 'document' over several documents", () => {
    const other = { ...doc, id: 'other-doc' };
    const r = buildRows([doc, other].map((d) => ({ resolution: d, assessment: assessResolution(d, { asOf: AS_OF }) })));
    const view = queryRows(r, { ...DEFAULT_QUERY, group: 'document' }, 'vi');
    expect(view.groups.map((g) => [g.value, g.rows.length])).to.deep.equal([
      ['test-doc', 5],
      ['other-doc', 5],
    ]);
    const filtered = queryRows(r, { ...DEFAULT_QUERY, ...filters({ document: ['other-doc'] }) }, 'vi');
    expect(viewRows(filtered).every((x) => x.row.doc.id === 'other-doc')).to.be.true;
  });

  it('sampleResolution({targets: 10000}) is valid, marked sample, and nests one in ten', () => {
    const big = sampleResolution({ targets: 10000 });
    expect(big.targets).to.have.length(10000);
    expect(big.sample).to.be.true;
    expect(big.observations?.every((o) => o.sample === true)).to.be.true;
    expect(big.targets.filter((t) => t.parent).length).to.equal(1000);
    expect(validateResolution(big).ok).to.be.true;
  });

  it('queryRows over 10,000 rows is quick enough to run on each keystroke', () => {
    const big = sampleResolution({ targets: 10000 });
    const r = buildRows([{ resolution: big, assessment: assessResolution(big, { asOf: AS_OF }) }]);
    const start = performance.now();
    const view = queryRows(r, { ...DEFAULT_QUERY, sort: 'name', search: 'dak lak' }, 'vi');
    expect(performance.now() - start).to.be.below(500);
    expect(view.matched).to.be.greaterThan(0);
  });
});
