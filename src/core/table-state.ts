/**
 * Everything a goal table derives from its inputs, recomputed only where an input changed: the
 * rows when a document, the "as of" date or the method changes; the view when the query or locale
 * does; the items when rows are opened or closed. Pure: the component hands it plain values.
 *
 * Assessing a target is the costly part (about 0.2 s for 10,000), then folding its text for search.
 * Up to `assessUpTo` rows are done at once; above it a row is assessed when it is shown, sorted or
 * filtered by its status, progress or deadline, its text folded when it is first searched, and the
 * component has the rest done when the browser is idle, with {@link TableState.prepareSome}. Until
 * then the status filter offers every status.
 */
import { targetAssessor } from './assess.js';
import { formatNumber } from './format.js';
import type { Resolution } from './schema.js';
import { countText, type ColumnKey } from './table-messages.js';
import { buildRows, collator, queryRows, type TableQuery, type TableRow, type TableView } from './table-model.js';
import { filterOptions, tableColumns, tableItems, type FilterOptions, type TableItem } from './table-view.js';
import { asOfDay } from './time.js';
import type { Locale } from './vocabulary.js';

export interface TableInputs {
  docs: readonly Resolution[];
  asOf: string | undefined;
  method: string | undefined;
  locale: Locale;
  query: TableQuery;
  /** Keys of open rows, or `true` for all (print). */
  expanded: ReadonlySet<string> | true;
  columns: string | undefined;
  /** Assess every row at once when there are at most this many; all of them when absent. */
  assessUpTo?: number;
}

export interface TableDerived {
  docs: readonly Resolution[];
  rows: TableRow[];
  options: FilterOptions;
  view: TableView;
  items: TableItem[];
  columns: ColumnKey[];
  /** "12 chỉ tiêu", "Hiển thị 3/12 chỉ tiêu". */
  count: string;
  /** Some value shown is sample data. */
  sample: boolean;
  /** Every row is assessed, so the status filter offers only the statuses present. */
  assessed: boolean;
}

const EMPTY_VIEW: TableView = { groups: [], matched: 0, total: 0 };

export class TableState {
  #inputs: Partial<TableInputs> = {};
  #assessedFor = '';
  #derived: TableDerived = {
    docs: [],
    rows: [],
    options: { status: [], area: [], year: [], document: [] },
    view: EMPTY_VIEW,
    items: [],
    columns: [],
    count: '',
    sample: false,
    assessed: true,
  };
  /** Steps of preparing the rows done: one per row to fold its search text, then one to assess it. */
  #steps = 0;

  get current(): TableDerived {
    return this.#derived;
  }

  /** The derived values for these inputs; parts whose inputs did not change are kept. */
  derive(inputs: TableInputs): TableDerived {
    const before = this.#inputs;
    const d = { ...this.#derived };
    const assessKey = `${asOfDay(inputs.asOf)}|${inputs.method ?? ''}`;
    const docsChanged = inputs.docs.length !== d.docs.length || inputs.docs.some((doc, i) => doc !== d.docs[i]);
    const rowsChanged = docsChanged || assessKey !== this.#assessedFor;
    if (rowsChanged) {
      const options = { asOf: inputs.asOf, method: inputs.method };
      d.rows = buildRows(
        inputs.docs.map((resolution) => ({ resolution, assess: targetAssessor(resolution, options) })),
      );
      d.docs = inputs.docs;
      this.#steps = 0;
      if (d.rows.length <= (inputs.assessUpTo ?? Infinity)) this.#prepare(d.rows, () => false);
      d.sample = anySample(d.rows);
      this.#assessedFor = assessKey;
    }
    const assessed = this.#steps >= 2 * d.rows.length;
    const localeChanged = inputs.locale !== before.locale;
    if (rowsChanged || localeChanged || assessed !== d.assessed)
      d.options = filterOptions(d.rows, inputs.locale, { statuses: assessed });
    d.assessed = assessed;
    const viewChanged = rowsChanged || localeChanged || inputs.query !== before.query;
    if (viewChanged) {
      d.view = queryRows(d.rows, inputs.query, inputs.locale);
      d.count = countText(d.view.matched, d.view.total, inputs.locale, (n) => formatNumber(n, inputs.locale));
    }
    if (viewChanged || inputs.expanded !== before.expanded) {
      d.items = tableItems(d.view, { docs: d.docs, locale: inputs.locale, expanded: inputs.expanded });
    }
    if (docsChanged || inputs.columns !== before.columns)
      d.columns = tableColumns(inputs.columns, inputs.docs.length > 1);
    this.#inputs = inputs;
    return (this.#derived = d);
  }

  /**
   * Prepares rows not yet prepared, at least one step, until `stop()` says so: first folds each
   * row's search text (quicker, and what a first search waits for), then assesses each. True once
   * every row is done; the next {@link derive} then offers only the statuses present.
   */
  prepareSome(stop: () => boolean): boolean {
    const done = this.#prepare(this.#derived.rows, stop);
    // And the collator a sort by name needs: the first of a page costs 10–20 ms.
    if (done) collator(this.#inputs.locale ?? 'vi');
    return done;
  }

  #prepare(rows: readonly TableRow[], stop: () => boolean): boolean {
    const n = rows.length;
    for (let first = true; this.#steps < 2 * n && (first || !stop()); first = false) {
      const i = this.#steps++;
      // Reading a row's search text folds it, and its assessment assesses it, once each.
      if (i < n) void rows[i]?.search;
      else void rows[i - n]?.assessment;
    }
    return this.#steps >= 2 * n;
  }
}

/**
 * Some value a row shows is sample data: its document is, or a value its assessment uses. Only a
 * document that is not sample but has sample values needs its rows assessed to tell.
 */
function anySample(rows: readonly TableRow[]): boolean {
  const mixed = new Map<Resolution, boolean>();
  const hasSampleValues = (doc: Resolution) => {
    let has = mixed.get(doc);
    if (has === undefined) mixed.set(doc, (has = doc.observations?.some((o) => o.sample === true) ?? false));
    return has;
  };
  return rows.some((r) => r.doc.sample === true || (hasSampleValues(r.doc) && r.assessment.sample));
}
