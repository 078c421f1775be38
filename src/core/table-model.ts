/**
 * The goal table's model: one row per target of one or more documents, and the view a query makes
 * of them (filtered, searched, sorted, grouped, with nested targets under their parent). Pure: no
 * DOM, no Lit. The component calls {@link buildRows} when its documents change and
 * {@link queryRows} when the query does.
 */
import type { ResolutionAssessment, TargetAssessment } from './assess.js';
import type { Resolution, Target } from './schema.js';
import { foldText, matchesTerms, queryTerms } from './text-search.js';
import { compareRows } from './table-sort.js';
import { timeOf } from './time.js';
import type { Locale, Status } from './vocabulary.js';

export { collator, compareRows } from './table-sort.js';

/** What a table can sort by; `order` is the documents' own order. */
export const SORT_KEYS = ['order', 'status', 'progress', 'deadline', 'name'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const SORT_DIRECTIONS = ['ascending', 'descending'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/** How rows are grouped: by the document's sections, by indicator area, by document, or not at all. */
export const GROUP_KEYS = ['section', 'area', 'document', 'none'] as const;
export type GroupKey = (typeof GROUP_KEYS)[number];

/**
 * One document as the table receives it: with every target assessed, or with a way to assess one
 * target, which a row calls the first time its assessment is read.
 */
export type TableDocument =
  | { resolution: Resolution; assessment: ResolutionAssessment }
  | { resolution: Resolution; assess: (target: Target) => TargetAssessment };

export interface TableRow {
  /** Unique across documents: `document-id/target-id`. */
  key: string;
  /** Position across all documents, in document order: the tie-breaker of every sort. */
  index: number;
  docIndex: number;
  doc: Resolution;
  target: Target;
  readonly assessment: TargetAssessment;
  /** The key of the target this one is nested in ("trong đó"), when it is in the same document. */
  parentKey?: string;
  section: string;
  area: string;
  /** Every milestone's deadline year. */
  years: number[];
  /** The deadline the status is about, as a decimal year. */
  readonly deadline?: number;
  /** Folded text of every field a reader may search (both languages). */
  readonly search: string;
}

export interface TableFilters {
  status: Status[];
  area: string[];
  year: number[];
  /** Document ids. */
  document: string[];
}

export interface TableQuery {
  sort: SortKey;
  direction: SortDirection;
  group: GroupKey;
  filters: TableFilters;
  search: string;
}

export const DEFAULT_QUERY: TableQuery = Object.freeze({
  sort: 'order',
  direction: 'ascending',
  group: 'section',
  filters: Object.freeze({ status: [], area: [], year: [], document: [] }),
  search: '',
});

export interface ViewRow {
  row: TableRow;
  /** 0 for a top-level target, 1 for one nested in it, … */
  depth: number;
  /** Shown only so that a matching nested target sits under its parent; it does not match itself. */
  context: boolean;
}

export interface ViewGroup {
  /** Unique in the view; `''` when the view is not grouped. */
  key: string;
  kind: GroupKey;
  /** The section ref, area id or document id; `''` for targets with none. */
  value: string;
  docIndex: number;
  rows: ViewRow[];
}

export interface TableView {
  groups: ViewGroup[];
  /** Rows that match the query (context rows not counted). */
  matched: number;
  /** Every row of every document. */
  total: number;
}

function searchText(doc: Resolution, t: Target): string {
  const section = doc.sections?.find((s) => s.ref === t.section)?.title;
  const parts = [
    t.ref,
    t.label.vi,
    t.label.en,
    t.indicator.name.vi,
    t.indicator.name.en,
    t.indicator.code,
    t.indicator.area,
    t.wording,
    ...t.milestones.map((m) => m.wording),
    t.section,
    section?.vi,
    section?.en,
    doc.adminUnit.name.vi,
    doc.adminUnit.name.en,
    doc.number,
  ];
  return foldText(parts.filter((p) => typeof p === 'string' && p !== '').join(' \n '));
}

function deadlineOf(a: TargetAssessment): number | undefined {
  const m = a.target.milestones[a.current];
  if (!m || m.year === null) return undefined;
  return m.date !== undefined ? timeOf(m.date) : m.year;
}

/**
 * A row. What it costs to know is found on first use: the search text when the table is first
 * searched (a third of building 10,000 rows), and, for a document handed in with a way to assess
 * its targets, the assessment when the row is shown, sorted or filtered by what it says.
 */
class Row implements TableRow {
  readonly key: string;
  readonly index: number;
  readonly docIndex: number;
  readonly doc: Resolution;
  readonly target: Target;
  readonly parentKey?: string;
  readonly section: string;
  readonly area: string;
  readonly years: number[];
  readonly #assess: (target: Target) => TargetAssessment;
  #assessment: TargetAssessment | undefined;
  #search: string | undefined;

  constructor(
    doc: Resolution,
    docIndex: number,
    index: number,
    t: Target,
    assess: (target: Target) => TargetAssessment,
    ids: ReadonlySet<string>,
  ) {
    this.key = `${doc.id}/${t.id}`;
    this.index = index;
    this.docIndex = docIndex;
    this.doc = doc;
    this.target = t;
    this.#assess = assess;
    if (t.parent !== undefined && t.parent !== t.id && ids.has(t.parent)) this.parentKey = `${doc.id}/${t.parent}`;
    this.section = t.section ?? '';
    this.area = t.indicator.area ?? '';
    this.years = t.milestones.flatMap((m) => (m.year === null ? [] : [m.year]));
  }

  get assessment(): TargetAssessment {
    return (this.#assessment ??= this.#assess(this.target));
  }

  get deadline(): number | undefined {
    return deadlineOf(this.assessment);
  }

  get search(): string {
    return (this.#search ??= searchText(this.doc, this.target));
  }
}

/** One row per target of each document, in document order. */
export function buildRows(docs: readonly TableDocument[]): TableRow[] {
  const rows: TableRow[] = [];
  docs.forEach((d, docIndex) => {
    const doc = d.resolution;
    const ids = new Set(doc.targets.map((t) => t.id));
    if ('assess' in d) {
      for (const t of doc.targets) rows.push(new Row(doc, docIndex, rows.length, t, d.assess, ids));
      return;
    }
    for (const a of d.assessment.targets) rows.push(new Row(doc, docIndex, rows.length, a.target, () => a, ids));
  });
  return rows;
}

/** True when the row passes every filter and contains every word of the search. */
export function rowMatches(row: TableRow, filters: TableFilters, terms: readonly string[]): boolean {
  const f = filters;
  if (f.status.length && !f.status.includes(row.assessment.status)) return false;
  if (f.area.length && !f.area.includes(row.area)) return false;
  if (f.year.length && !row.years.some((y) => f.year.includes(y))) return false;
  if (f.document.length && !f.document.includes(row.doc.id)) return false;
  return terms.length === 0 || matchesTerms(row.search, terms);
}

function groupValue(row: TableRow, group: GroupKey): string {
  if (group === 'section') return row.section;
  if (group === 'area') return row.area;
  if (group === 'document') return row.doc.id;
  return '';
}

/** Groups in a stable order: sections as the document lists them, areas by first appearance, documents as given. */
function groupOrder(g: ViewGroup, first: Map<string, number>, docs: Map<number, Resolution>): [number, number, number] {
  const appearance = first.get(g.key) ?? 0;
  if (g.kind === 'section') {
    const listed = docs.get(g.docIndex)?.sections?.findIndex((s) => s.ref === g.value) ?? -1;
    return [g.docIndex, g.value === '' ? Infinity : listed < 0 ? 1e6 + appearance : listed, appearance];
  }
  if (g.kind === 'area') return [g.value === '' ? 1 : 0, appearance, 0];
  return [g.docIndex, appearance, 0];
}

/**
 * The view of `rows` under `query`: matching rows, each nested target under its parent (a parent
 * that does not match is kept as a context row), siblings sorted, top-level rows grouped.
 */
export function queryRows(rows: readonly TableRow[], query: TableQuery, locale: Locale): TableView {
  const terms = queryTerms(query.search);
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const matched = new Set<string>();
  const shown = new Set<string>();
  for (const r of rows) {
    if (!rowMatches(r, query.filters, terms)) continue;
    matched.add(r.key);
    // The row and its ancestors; a cycle in bad data stops at the first repeat.
    for (let k: string | undefined = r.key; k !== undefined && !shown.has(k); k = byKey.get(k)?.parentKey) shown.add(k);
  }
  const children = new Map<string, TableRow[]>();
  const roots: TableRow[] = [];
  for (const r of rows) {
    if (!shown.has(r.key)) continue;
    const p = r.parentKey;
    if (p !== undefined && shown.has(p) && !isAncestor(r.key, p, byKey)) {
      const list = children.get(p);
      if (list) list.push(r);
      else children.set(p, [r]);
    } else roots.push(r);
  }
  const compare = compareRows(query.sort, query.direction, locale);
  const groups = new Map<string, ViewGroup>();
  const first = new Map<string, number>();
  const emit = (r: TableRow, depth: number, into: ViewRow[], seen: Set<string>) => {
    if (seen.has(r.key)) return;
    seen.add(r.key);
    into.push({ row: r, depth, context: !matched.has(r.key) });
    for (const c of [...(children.get(r.key) ?? [])].sort(compare)) emit(c, depth + 1, into, seen);
  };
  const seen = new Set<string>();
  for (const r of [...roots].sort(compare)) {
    const value = groupValue(r, query.group);
    const scoped = query.group === 'section';
    const key = query.group === 'none' ? '' : scoped ? `${r.docIndex}:${value}` : value;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, kind: query.group, value, docIndex: r.docIndex, rows: [] }));
    first.set(key, Math.min(first.get(key) ?? Infinity, r.index));
    emit(r, 0, g.rows, seen);
  }
  const docs = new Map(rows.map((r) => [r.docIndex, r.doc]));
  const ordered = [...groups.values()].sort((a, b) => {
    const x = groupOrder(a, first, docs);
    const y = groupOrder(b, first, docs);
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
  return { groups: ordered, matched: matched.size, total: rows.length };
}

/** True when `key` is an ancestor of `of` (a cycle in the data would otherwise hide both rows). */
function isAncestor(key: string, of: string, byKey: Map<string, TableRow>): boolean {
  const seen = new Set<string>();
  for (
    let k: string | undefined = byKey.get(of)?.parentKey;
    k !== undefined && !seen.has(k);
    k = byKey.get(k)?.parentKey
  ) {
    if (k === key) return true;
    seen.add(k);
  }
  return false;
}

/** The rows of a view in reading order. */
export function viewRows(view: TableView): ViewRow[] {
  return view.groups.flatMap((g) => g.rows);
}
