import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ResizeController } from '@lit-labs/observers/resize-controller.js';
import { textOf } from '../../core/format.js';
import { documentLabel } from '../../core/table-cells.js';
import { UI } from '../../core/table-messages.js';
import { type GroupKey, type SortDirection, type SortKey, type TableRow } from '../../core/table-model.js';
import { TableState, type TableDerived } from '../../core/table-state.js';
import { tableItems, type TableItem } from '../../core/table-view.js';
import type { Resolution } from '../../core/schema.js';
import type { Locale } from '../../core/vocabulary.js';
import { NqCsvExportEvent } from '../../events/nq-csv-export.js';
import { NqTargetToggleEvent } from '../../events/nq-target-toggle.js';
import { renderDataError, renderDataStatus, renderLoading } from '../shared/data-status.js';
import { GoalTableDocuments } from './goal-table-documents.js';
import { GoalTableQuery } from './goal-table-query.js';
import { whenIdle } from './goal-table-idle.js';
import { GoalTablePage, downloadText } from './goal-table-page.js';
import { loadVirtualizer, renderTable, virtualizerLoaded } from './goal-table-table.js';
import { renderToolbar } from './goal-table-toolbar.js';
import { goalTableStyles } from './goal-table.styles.js';
import { defineElement } from '../shared/define.js';

/**
 * How many rows a big table shows while its virtualizer loads: a tall window's worth (rows are 54 px
 * and up). Each is thrown away when the virtualizer takes over, so a screenful, not the threshold.
 */
const FIRST_ROWS = 30;

/**
 * A table of a resolution's targets, one row per target, with progress and status; or of several
 * documents' targets, to compare one indicator across provinces.
 *
 * @tag nq-goal-table
 * @fires nq-sort-change - The reader sorted the table.
 * @fires nq-filter-change - The reader changed a filter, the search or the grouping.
 * @fires nq-target-toggle - The reader opened or closed a row's details.
 * @fires nq-csv-export - The reader asked for the CSV; cancel it to handle the text yourself.
 * @fires nq-data - New data is shown.
 * @fires nq-error - Getting or reading a document failed.
 * @csspart table - The `<table>`.
 * @csspart caption - Its caption.
 * @csspart toolbar - The controls.
 * @csspart row - A target's row.
 * @csspart detail-row - A row's open details.
 * @csspart group-row - A group's header row.
 * @csspart expander - The button that opens a row.
 * @csspart count - The number of targets shown.
 * @cssproperty --nq-goal-table-card-gap - Space between cards. See docs/components/goal-table.md for all.
 */
export class NqGoalTable extends LitElement {
  static override styles = goalTableStyles;

  readonly #docs = new GoalTableDocuments(
    this,
    () => this.resolutions?.length ?? this.#urls().length,
    (i) => this.#inputs(i),
  );
  readonly #page = new GoalTablePage(this, {
    // Print renders every row, opened and unvirtualized, at once: the browser lays the page out
    // for print as soon as `beforeprint` returns.
    print: (printing) => {
      this._printing = printing;
      if (printing) this.performUpdate();
    },
    url: (search) => this.#query.fromUrl(search),
  });
  readonly #query = new GoalTableQuery(this, {
    replaceSearch: (search) => this.#page.replaceSearch(search),
    counts: () => this.#d.view,
    settled: () => {
      this._announcement = this.#d.count;
    },
  });
  /**
   * The container's width, measured on a zero-height strip at the top of the shadow root: the host
   * changes height when rows become cards, and an observer that sees its own target resize in the
   * frame it reported reports a loop.
   */
  readonly #sizer: HTMLDivElement = document.createElement('div');
  readonly #size = new ResizeController<number | undefined>(this, {
    target: this.#sizer,
    skipInitial: true,
    callback: (entries) => entries[0]?.contentRect.width || undefined,
  });

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
  /** Draw progress as a plain bar, not with the gauge's bullet variant (which is loaded on demand). */
  @property({ type: Boolean, attribute: 'no-gauge' }) noGauge = false;

  readonly #state = new TableState();
  #locale: Locale = 'vi';
  #d: TableDerived = this.#state.current;
  #layout: { cards: boolean; virtual: boolean; waiting: boolean; loading: boolean; items: readonly TableItem[] } = {
    cards: false,
    virtual: false,
    waiting: false,
    loading: false,
    items: [],
  };
  #printItems: TableItem[] = [];
  /** Cancels the pending slice of assessing rows not yet shown. */
  #cancelIdle: (() => void) | undefined;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    this.#sizer.className = 'sizer';
    root.prepend(this.#sizer);
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page: a big table that rendered while detached draws its virtualizer now.
    if (this.#layout.items.length < this.#d.items.length) this.requestUpdate();
    this.#prepareLater();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#query.dispose();
    this.#cancelIdle?.();
    this.#cancelIdle = undefined;
  }

  protected override willUpdate(): void {
    this.#docs.sync();
    const lang = this.lang || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang;
    this.#locale = lang.toLowerCase().startsWith('en') ? 'en' : 'vi';
    const hadRows = this.#d.rows.length > 0;
    this.#d = this.#state.derive({
      docs: this.#docs.resolutions,
      asOf: this.asOf,
      method: this.method,
      locale: this.#locale,
      query: this.#query.current,
      expanded: this._expanded,
      columns: this.columns,
      // A table this small renders every row, which assesses each one anyway.
      assessUpTo: this.virtualizeThreshold,
    });
    this.#prepareLater();
    if (!hadRows && this.#d.rows.length > 0) {
      this._announcement = this.#d.count;
      if (!this.noGauge && !customElements.get('nq-kpi-gauge')) void import('../kpi-gauge/kpi-gauge.js');
    }
    const width = this.#size.value;
    // Until the virtualizer has loaded, a big table shows its first rows, in the DOM.
    const big = this.#d.items.length > this.virtualizeThreshold;
    if (big && !virtualizerLoaded()) void loadVirtualizer().then(() => this.requestUpdate());
    // For print, a second, plain table of every row opened; the screen table (and its virtualizer) stays as it is.
    this.#printItems = this._printing
      ? tableItems(this.#d.view, { docs: this.#d.docs, locale: this.#locale, expanded: true })
      : [];
    // Never while detached: the virtualize directive connects its Virtualizer (observers, a window
    // scroll listener) even when its part is not connected, and a part that never connects is never
    // disconnected, so a table removed before its first render would be kept alive for good.
    const virtual = big && virtualizerLoaded() && this.isConnected;
    const waiting = big && !virtual;
    this.#layout = {
      cards: typeof width === 'number' && width > 0 && width < this.cardWidth,
      virtual,
      waiting,
      items: waiting ? this.#d.items.slice(0, Math.min(FIRST_ROWS, this.virtualizeThreshold)) : this.#d.items,
      loading: this.#d.rows.length === 0 && this.#docs.states.some((s) => s.phase === 'loading'),
    };
  }

  /**
   * Assesses the rows a big table has not shown yet, and folds their text for search, slice by
   * slice while the browser is idle; then renders the status filter with only the statuses present.
   */
  #prepareLater(): void {
    if (this.#cancelIdle || this.#d.assessed || !this.isConnected) return;
    this.#cancelIdle = whenIdle((stop) => {
      if (!this.#state.prepareSome(stop)) return true;
      this.#cancelIdle = undefined;
      this.requestUpdate();
      return false;
    });
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

  #onToggle = (row: TableRow): void => {
    const open = !this._expanded.has(row.key);
    const next = new Set(this._expanded);
    if (open) next.add(row.key);
    else next.delete(row.key);
    this._expanded = next;
    this.dispatchEvent(new NqTargetToggleEvent({ document: row.doc.id, target: row.target.id, open }));
  };

  #gaugeDocument = (doc: Resolution): object => this.#docs.handOver(doc);

  #onExpandAll = (): void => {
    if (this.#allExpanded()) this.collapseAll();
    else this.expandAll();
  };

  #onExport = async (): Promise<void> => {
    const d = this.#d;
    const [csv, { csvFileName }] = await Promise.all([this.toCsv(), import('../../core/table-csv.js')]);
    const filename = csvFileName(d.docs);
    const rows = d.view.groups.reduce((n, g) => n + g.rows.length, 0);
    if (this.dispatchEvent(new NqCsvExportEvent({ csv, filename, rows })))
      downloadText(csv, filename, 'text/csv;charset=utf-8');
  };

  #allExpanded(): boolean {
    return this.#d.rows.length > 0 && this.#d.rows.every((r) => this._expanded.has(r.key));
  }

  /** Opens every row's details. */
  expandAll(): void {
    this._expanded = new Set(this.#d.rows.map((r) => r.key));
  }

  collapseAll(): void {
    this._expanded = new Set();
  }

  /** The CSV of exactly the rows and columns shown, with a byte-order mark. */
  async toCsv(): Promise<string> {
    const d = this.#d;
    const locale = this.#locale;
    // Loaded on first use: most readers never export.
    const { tableCsv } = await import('../../core/table-csv.js');
    return tableCsv(d.view, { columns: d.columns, locale, docs: d.docs });
  }

  #caption(): string {
    if (this.caption) return this.caption;
    const docs = this.#d.docs;
    if (docs.length === 1 && docs[0]) return textOf(docs[0].title, this.#locale);
    return docs.map((d) => documentLabel(d, this.#locale)).join('; ');
  }

  override render(): TemplateResult {
    const locale = this.#locale;
    const states = this.#docs.states;
    const first = states[0];
    const { cards, virtual } = this.#layout;
    const d = this.#d;
    const ready = d.docs.length > 0;
    const toolbar = {
      locale,
      query: this.#query.current,
      options: d.options,
      noSearch: this.noSearch,
      noFilters: this.noFilters,
      noExport: this.noExport,
      allExpanded: this.#allExpanded(),
      onSearch: this.#query.search,
      onFilter: this.#query.filter,
      onGroup: this.#query.group,
      onExpandAll: this.#onExpandAll,
      onExport: this.#onExport,
    };
    const table = {
      locale,
      columns: d.columns,
      grid: cards || virtual,
      cards,
      virtual,
      onToggle: this.#onToggle,
      // Rows shown while the virtualizer loads are replaced when it arrives: a gauge in them would
      // be built for nothing. Their plain bar is what a gauge shows before it is defined.
      gauge: !this.noGauge && !this.#layout.waiting,
      gaugeDocument: this.#gaugeDocument,
      caption: this.#caption(),
      items: this.#layout.items,
      query: this.#query.current,
      onSort: this.#query.sortBy,
    };
    const onTogglePause = () => this.#docs.togglePaused();
    return html`<div
      part="base"
      class="base ${cards ? 'cards' : 'table'} ${virtual ? 'virtual' : ''} ${this.#layout.loading ? 'loading' : ''}"
      lang=${locale}
    >
      ${first ? renderDataStatus(first, locale, { sample: d.sample, onTogglePause }) : nothing}
      ${states.map((s) => renderDataError(s, locale))} ${first ? renderLoading(first, locale) : nothing}
      ${ready ? renderToolbar(toolbar) : nothing}
      ${ready ? html`<p class="count" part="count">${d.count}</p>` : nothing}
      <div class="nq-visually-hidden" role="status" aria-live="polite" part="live-region">${this._announcement}</div>
      ${ready && d.rows.length === 0 ? html`<p class="empty" part="empty">${UI.empty[locale]}</p>` : nothing}
      ${ready && d.rows.length > 0 ? html`<div class="screen">${renderTable(table)}</div>` : nothing}
      ${this._printing ? html`<div class="print">${renderTable({ ...table, grid: false, cards: false, virtual: false, items: this.#printItems })}</div>` : nothing}
      ${ready && d.rows.length > 0 && d.view.matched === 0 ? html`<p class="empty" part="empty">${UI.noMatch[locale]}</p>` : nothing}
    </div>`;
  }
}

defineElement('nq-goal-table', NqGoalTable);

declare global {
  interface HTMLElementTagNameMap {
    'nq-goal-table': NqGoalTable;
  }
}
