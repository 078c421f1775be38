import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ResizeController } from '@lit-labs/observers/resize-controller.js';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { textOf } from '../../core/format.js';
import type { Resolution } from '../../core/schema.js';
import { csvFileName, tableCsv } from '../../core/table-csv.js';
import { COLUMN_LABELS, SORT_COLUMNS, UI, countText, sortHint, type ColumnKey } from '../../core/table-messages.js';
import {
  DEFAULT_QUERY,
  assessForTable,
  buildRows,
  queryRows,
  type GroupKey,
  type SortDirection,
  type SortKey,
  type TableFilters,
  type TableQuery,
  type TableRow,
  type TableView,
} from '../../core/table-model.js';
import { queryFromParams, withQuery } from '../../core/table-url.js';
import { filterOptions, tableColumns, tableItems, type FilterOptions, type TableItem } from '../../core/table-view.js';
import { formatNumber } from '../../core/format.js';
import { asOfDay } from '../../core/time.js';
import type { Locale } from '../../core/vocabulary.js';
import { ResolutionController } from '../../data/resolution-controller.js';
import { NqCsvExportEvent } from '../../events/nq-csv-export.js';
import { NqFilterChangeEvent } from '../../events/nq-filter-change.js';
import { NqSortChangeEvent } from '../../events/nq-sort-change.js';
import { NqTargetToggleEvent } from '../../events/nq-target-toggle.js';
import { renderDataError, renderDataStatus, renderLoading } from '../shared/data-status.js';
import { columnWidths, renderItem, type RowContext } from './goal-table-rows.js';
import { styleMap } from 'lit/directives/style-map.js';
import { renderToolbar } from './goal-table-toolbar.js';
import { goalTableStyles } from './goal-table.styles.js';

/** How long the search box waits after the last key before it announces, fires and writes the URL. */
const SETTLE_MS = 400;

/**
 * A table of a resolution's targets, one row per target, with progress and status; or of several
 * documents' targets, to compare one indicator across provinces.
 *
 * @tag nq-goal-table
 * @fires nq-sort-change - The reader sorted the table.
 * @fires nq-filter-change - The reader changed a filter, the search or the grouping.
 * @fires nq-target-toggle - The reader opened or closed a row's details.
 * @fires nq-csv-export - The reader asked for the CSV; cancel it to handle the text yourself.
 * @fires nq-data - New data is shown. @fires nq-error - Getting or reading a document failed.
 * @csspart table - The `<table>`. @csspart caption - Its caption. @csspart toolbar - The controls.
 * @csspart row - A target's row. @csspart detail-row - A row's open details. @csspart group-row - A group's header row.
 * @csspart expander - The button that opens a row. @csspart count - The number of targets shown.
 * @cssproperty --nq-goal-table-card-gap - Space between cards. See docs/components/goal-table.md for all.
 */
export class NqGoalTable extends LitElement {
  static override styles = goalTableStyles;

  readonly #docs: ResolutionController[] = [new ResolutionController(this, { inputs: () => this.#inputs(0) })];
  readonly #size = new ResizeController(this, { callback: (entries) => entries[0]?.contentRect.width });

  @state() private _query: TableQuery | undefined;
  @state() private _expanded: ReadonlySet<string> = new Set();
  @state() private _printing = false;
  @state() private _announcement = '';

  /** One document URL, or several separated by spaces: each gets a document column and filter. */
  @property() src: string | undefined;
  /** One document, as an object (validated once per object). */
  @property({ attribute: false }) resolution: unknown;
  /** Several documents, as objects. */
  @property({ attribute: false }) resolutions: readonly unknown[] | undefined;
  /** Seconds between polls of `src`; 0 or absent is off. */
  @property() refresh: string | undefined;
  /** An event-stream URL whose observations merge into the (first) document. */
  @property() live: string | undefined;
  /** The date to assess as of, `YYYY-MM-DD`; today when absent. */
  @property({ attribute: 'as-of' }) asOf: string | undefined;
  /** A progress method name (`linear`, `opensdg`) that overrides the documents'. */
  @property() method: string | undefined;
  /** `vi` or `en`; by default the nearest `lang` of the page. */
  @property() override lang = '';
  @property({ attribute: 'group-by' }) groupBy: GroupKey = 'section';
  @property() sort: SortKey = 'order';
  @property({ attribute: 'sort-direction' }) sortDirection: SortDirection = 'ascending';
  /** The columns to show, space-separated: document ref indicator baseline targets latest progress status. */
  @property() columns: string | undefined;
  /** Mirror the sort, filters and search in the page URL, so that a link shares the view. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;
  /** A prefix for this table's URL parameters, when a page has more than one table. */
  @property({ attribute: 'url-prefix' }) urlPrefix = '';
  /** Below this width in pixels, rows are shown as cards. */
  @property({ type: Number, attribute: 'card-width' }) cardWidth = 640;
  /** Above this many rows, only the rows on screen are in the DOM. */
  @property({ type: Number, attribute: 'virtualize-threshold' }) virtualizeThreshold = 300;
  /** The table's caption; the document's title by default. */
  @property() caption: string | undefined;
  @property({ type: Boolean, attribute: 'no-search' }) noSearch = false;
  @property({ type: Boolean, attribute: 'no-filters' }) noFilters = false;
  @property({ type: Boolean, attribute: 'no-export' }) noExport = false;

  #locale: Locale = 'vi';
  #resolutions: Resolution[] = [];
  #assessedFor = '';
  #rows: TableRow[] = [];
  #options: FilterOptions = { status: [], area: [], year: [], document: [] };
  #view: TableView = { groups: [], matched: 0, total: 0 };
  #defaultQuery: TableQuery = DEFAULT_QUERY;
  #viewOf: { rows?: TableRow[]; query?: TableQuery; locale?: Locale } = {};
  #items: TableItem[] = [];
  #columns: ColumnKey[] = [];
  #settle: ReturnType<typeof setTimeout> | undefined;
  #hadRows = false;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.#beforePrint);
    window.addEventListener('afterprint', this.#afterPrint);
    window.addEventListener('popstate', this.#readUrl);
    this.#readUrl();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.#beforePrint);
    window.removeEventListener('afterprint', this.#afterPrint);
    window.removeEventListener('popstate', this.#readUrl);
    clearTimeout(this.#settle);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#syncControllers();
    const lang = (
      this.lang ||
      this.closest('[lang]')?.getAttribute('lang') ||
      document.documentElement.lang ||
      'vi'
    ).toLowerCase();
    const locale: Locale = lang.startsWith('en') ? 'en' : 'vi';
    const docs = this.#docs.flatMap((c) => (c.state.resolution ? [c.state.resolution] : []));
    const key = `${asOfDay(this.asOf)}|${this.method ?? ''}`;
    const docsChanged = docs.length !== this.#resolutions.length || docs.some((d, i) => d !== this.#resolutions[i]);
    if (docsChanged || key !== this.#assessedFor || locale !== this.#locale) {
      if (docsChanged || key !== this.#assessedFor) {
        const options = { asOf: this.asOf, method: this.method };
        this.#rows = buildRows(
          docs.map((resolution) => ({ resolution, assessment: assessForTable(resolution, options) })),
        );
      }
      this.#resolutions = docs;
      this.#assessedFor = key;
      this.#locale = locale;
      this.#options = filterOptions(this.#rows, locale);
      if (this.#rows.length && !this.#hadRows) this.#announce();
      this.#hadRows = this.#rows.length > 0;
    }
    const query = this.#currentQuery();
    if (this.#viewOf.rows !== this.#rows || this.#viewOf.query !== query || this.#viewOf.locale !== locale) {
      this.#view = queryRows(this.#rows, query, locale);
      this.#viewOf = { rows: this.#rows, query, locale };
    }
    this.#columns = tableColumns(this.columns, docs.length > 1);
    this.#items = tableItems(this.#view, { docs, locale, expanded: this._printing || this._expanded });
    void changed;
  }

  #defaults(): TableQuery {
    const d = this.#defaultQuery;
    if (d.sort === this.sort && d.direction === this.sortDirection && d.group === this.groupBy) return d;
    return (this.#defaultQuery = {
      ...DEFAULT_QUERY,
      sort: this.sort,
      direction: this.sortDirection,
      group: this.groupBy,
    });
  }

  #currentQuery(): TableQuery {
    return this._query ?? this.#defaults();
  }

  #urls(): string[] {
    return (this.src ?? '').split(/\s+/).filter(Boolean);
  }

  #inputs(i: number) {
    const list = this.resolutions;
    const resolution = list ? list[i] : i === 0 ? this.resolution : undefined;
    return {
      resolution,
      src: list ? undefined : this.#urls()[i],
      refresh: this.refresh,
      live: i === 0 ? this.live : undefined,
    };
  }

  /**
   * One controller per document. Lit runs controllers' `hostUpdate` after `willUpdate`; calling it
   * first here lets this update derive its rows from the inputs just set, not the previous ones.
   */
  #syncControllers(): void {
    const wanted = Math.max(1, this.resolutions?.length ?? this.#urls().length);
    while (this.#docs.length < wanted) {
      const i = this.#docs.length;
      this.#docs.push(new ResolutionController(this, { inputs: () => this.#inputs(i) }));
    }
    while (this.#docs.length > wanted) {
      const c = this.#docs.pop();
      if (c) {
        c.hostDisconnected();
        this.removeController(c);
      }
    }
    for (const c of this.#docs) c.hostUpdate();
  }

  #readUrl = (): void => {
    if (!this.syncUrl) return;
    this._query = queryFromParams(new URLSearchParams(location.search), this.#defaults(), this.urlPrefix);
  };

  #writeUrl(): void {
    if (!this.syncUrl) return;
    const search = withQuery(location.search, this.#currentQuery(), this.#defaults(), this.urlPrefix);
    if (search !== location.search)
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }

  #announce(): void {
    const format = (n: number) => formatNumber(n, this.#locale);
    this._announcement = countText(this.#view.matched, this.#view.total, this.#locale, format);
  }

  /** After a filter or search settles: the count is announced, the event fired, the URL written. */
  #settled(delay: number): void {
    clearTimeout(this.#settle);
    this.#settle = setTimeout(() => {
      void this.updateComplete.then(() => {
        const q = this.#currentQuery();
        this.#announce();
        this.#writeUrl();
        const { matched, total } = this.#view;
        this.dispatchEvent(
          new NqFilterChangeEvent({ filters: q.filters, search: q.search, group: q.group, matched, total }),
        );
      });
    }, delay);
  }

  #setQuery(patch: Partial<TableQuery>): void {
    this._query = { ...this.#currentQuery(), ...patch };
  }

  #onSearch = (search: string): void => {
    this.#setQuery({ search });
    this.#settled(SETTLE_MS);
  };

  #onFilter = (filters: TableFilters): void => {
    this.#setQuery({ filters });
    this.#settled(0);
  };

  #onGroup = (group: GroupKey): void => {
    this.#setQuery({ group });
    this.#settled(0);
  };

  #onSort(sort: SortKey): void {
    const q = this.#currentQuery();
    // Ascending, then descending, then back to the documents' own order.
    const next: Pick<TableQuery, 'sort' | 'direction'> =
      q.sort !== sort
        ? { sort, direction: 'ascending' }
        : q.direction === 'ascending'
          ? { sort, direction: 'descending' }
          : { sort: 'order', direction: 'ascending' };
    this.#setQuery(next);
    void this.updateComplete.then(() => {
      this.#writeUrl();
      this.dispatchEvent(new NqSortChangeEvent(next));
    });
  }

  #onToggle = (row: TableRow): void => {
    const open = !this._expanded.has(row.key);
    const next = new Set(this._expanded);
    if (open) next.add(row.key);
    else next.delete(row.key);
    this._expanded = next;
    this.dispatchEvent(new NqTargetToggleEvent({ document: row.doc.id, target: row.target.id, open }));
  };

  #onExpandAll = (): void => {
    if (this.#allExpanded()) this.collapseAll();
    else this.expandAll();
  };

  #onExport = (): void => {
    const csv = this.toCsv();
    const filename = csvFileName(this.#resolutions);
    const event = new NqCsvExportEvent({
      csv,
      filename,
      rows: this.#view.groups.reduce((n, g) => n + g.rows.length, 0),
    });
    if (!this.dispatchEvent(event)) return;
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: filename });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  // Print renders every row, expanded and unvirtualized, synchronously: the browser lays the page
  // out for print as soon as `beforeprint` returns.
  #beforePrint = (): void => {
    this._printing = true;
    this.requestUpdate();
    this.performUpdate();
  };

  #afterPrint = (): void => {
    this._printing = false;
  };

  #allExpanded(): boolean {
    return this.#rows.length > 0 && this.#rows.every((r) => this._expanded.has(r.key));
  }

  /** Opens every row's details. */
  expandAll(): void {
    this._expanded = new Set(this.#rows.map((r) => r.key));
  }

  collapseAll(): void {
    this._expanded = new Set();
  }

  /** The CSV of exactly the rows and columns shown, with a byte-order mark. */
  toCsv(): string {
    return tableCsv(this.#view, { columns: this.#columns, locale: this.#locale, docs: this.#resolutions });
  }

  #header(column: ColumnKey, ctx: RowContext): TemplateResult {
    const text = COLUMN_LABELS[column][ctx.locale];
    const sortKey = SORT_COLUMNS[column];
    const q = this.#currentQuery();
    const sorted = sortKey !== undefined && q.sort === sortKey;
    const role = ctx.grid ? 'columnheader' : nothing;
    if (!sortKey) return html`<th scope="col" role=${role} part="header-cell" class="${column}-header">${text}</th>`;
    const next = sorted && q.direction === 'ascending' ? 'descending' : 'ascending';
    return html`<th
      scope="col"
      role=${role}
      part="header-cell"
      class="${column}-header"
      aria-sort=${sorted ? q.direction : nothing}
    >
      <button
        type="button"
        part="sort-button"
        title=${sortHint(text, next, ctx.locale)}
        @click=${() => this.#onSort(sortKey)}
      >
        ${text}<span class="sort-icon ${sorted ? q.direction : ''}" aria-hidden="true"></span>
      </button>
    </th>`;
  }

  #caption(): string {
    if (this.caption) return this.caption;
    const docs = this.#resolutions;
    if (docs.length === 1 && docs[0]) return textOf(docs[0].title, this.#locale);
    return docs.map((d) => textOf(d.adminUnit.name, this.#locale)).join(' · ');
  }

  #body(ctx: RowContext): TemplateResult {
    const role = ctx.grid ? 'rowgroup' : nothing;
    if (ctx.virtual) {
      return html`<tbody role=${role} part="body">
        ${virtualize({ items: this.#items, keyFunction: (item: TableItem) => item.key, renderItem: (item: TableItem, i: number) => renderItem(item, i, ctx) })}
      </tbody>`;
    }
    const bodies: TableItem[][] = [];
    for (const item of this.#items) {
      if (item.kind === 'group' || bodies.length === 0) bodies.push([]);
      bodies[bodies.length - 1]?.push(item);
    }
    let index = 0;
    return html`${bodies.map(
      (items) =>
        html`<tbody role=${role} part="body">
          ${items.map((item) => renderItem(item, index++, ctx))}
        </tbody>`,
    )}`;
  }

  override render(): TemplateResult {
    const locale = this.#locale;
    const state = this.#docs[0]?.state;
    const loading = this.#docs.some((c) => c.state.phase === 'loading') && this.#rows.length === 0;
    const width = this.#size.value;
    const cards = typeof width === 'number' && width > 0 && width < this.cardWidth;
    const virtual = !this._printing && this.#items.length > this.virtualizeThreshold;
    const ctx: RowContext = {
      locale,
      columns: this.#columns,
      grid: cards || virtual,
      cards,
      virtual,
      onToggle: this.#onToggle,
    };
    const sample = this.#rows.some((r) => r.assessment.sample);
    const empty = state?.phase === 'ready' && this.#rows.length === 0;
    const errors = this.#docs.map((c) => renderDataError(c.state, locale));
    const ready = this.#resolutions.length > 0;
    const count = countText(this.#view.matched, this.#view.total, locale, (n) => formatNumber(n, locale));
    return html`<div
      part="base"
      class="base ${cards ? 'cards' : 'table'} ${virtual ? 'virtual' : ''} ${loading ? 'loading' : ''}"
      lang=${locale}
    >
      ${state ? renderDataStatus(state, locale, { sample, onTogglePause: () => this.#docs.forEach((c) => c.togglePaused()) }) : nothing}
      ${errors} ${state ? renderLoading(state, locale) : nothing}
      ${ready ? renderToolbar({ locale, query: this.#currentQuery(), options: this.#options, noSearch: this.noSearch, noFilters: this.noFilters, noExport: this.noExport, allExpanded: this.#allExpanded(), onSearch: this.#onSearch, onFilter: this.#onFilter, onGroup: this.#onGroup, onExpandAll: this.#onExpandAll, onExport: this.#onExport }) : nothing}
      ${ready ? html`<p class="count" part="count">${count}</p>` : nothing}
      <div class="nq-visually-hidden" role="status" aria-live="polite" part="live-region">${this._announcement}</div>
      ${empty ? html`<p class="empty" part="empty">${UI.empty[locale]}</p>` : nothing}
      ${
        ready && this.#rows.length > 0
          ? html`<table
                part="table"
                role=${ctx.grid ? 'table' : nothing}
                style=${styleMap({ '--_column-widths': columnWidths(this.#columns) })}
                aria-rowcount=${virtual ? this.#items.length + 1 : nothing}
              >
                <caption part="caption">
                  ${this.#caption()}
                </caption>
                <thead role=${ctx.grid ? 'rowgroup' : nothing}>
                  <tr role=${ctx.grid ? 'row' : nothing} aria-rowindex=${virtual ? 1 : nothing}>
                    ${this.#columns.map((c) => this.#header(c, ctx))}
                  </tr>
                </thead>
                ${this.#body(ctx)}
              </table>
              ${this.#view.matched === 0 ? html`<p class="empty" part="empty">${UI.noMatch[locale]}</p>` : nothing}`
          : nothing
      }
    </div>`;
  }
}

if (!customElements.get('nq-goal-table')) customElements.define('nq-goal-table', NqGoalTable);

declare global {
  interface HTMLElementTagNameMap {
    'nq-goal-table': NqGoalTable;
  }
}
