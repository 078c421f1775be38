/**
 * The goal table's row templates: a group header, a target's row and its open details. Each is
 * one `<tr>`, so the plain table and the virtualizer render the same items. In the plain table
 * the elements' native roles do the work; when the table is laid out as a grid (virtualized, or
 * as cards) CSS display would drop them in some browsers, so the roles are written out.
 * Every string from a document is bound as text, never as HTML.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { NO_VALUE } from '../../core/format.js';
import { rowCells, type RowCells, type ValueCell } from '../../core/table-cells.js';
import { COLUMN_LABELS, UI, type ColumnKey } from '../../core/table-messages.js';
import type { TableRow } from '../../core/table-model.js';
import type { Resolution } from '../../core/schema.js';
import type { TableItem } from '../../core/table-view.js';
import type { Locale } from '../../core/vocabulary.js';
import { renderSampleBadge } from '../shared/data-status.js';
import { renderStatusBadge } from '../shared/status-badge.js';
import { styleProps } from '../shared/style-props.js';
import { renderSourceLink } from '../shared/source-link.js';

export interface RowContext {
  locale: Locale;
  columns: readonly ColumnKey[];
  /** Laid out as a grid (virtualized, or cards): roles are explicit. */
  grid: boolean;
  cards: boolean;
  /** Virtualized: rows carry `aria-rowindex`, the header row being 1. */
  virtual: boolean;
  onToggle: (row: TableRow) => void;
  /** Draw progress with `<nq-kpi-gauge variant="bullet">`. */
  gauge: boolean;
  /** The object to hand a row's gauge as its `resolution` (see `GoalTableDocuments.handOver`). */
  gaugeDocument: (doc: Resolution) => object;
}

/** Each column's share of a grid row (virtualized table); `--nq-goal-table-columns` overrides them all. */
const COLUMN_WIDTHS: Readonly<Record<ColumnKey, string>> = {
  document: 'minmax(7em, 1fr)',
  ref: 'minmax(5em, 0.6fr)',
  indicator: 'minmax(12em, 2.5fr)',
  baseline: 'minmax(6em, 0.9fr)',
  targets: 'minmax(8em, 1.2fr)',
  latest: 'minmax(9em, 1.4fr)',
  progress: 'minmax(6em, 1fr)',
  status: 'minmax(7em, 1fr)',
};

export const columnWidths = (columns: readonly ColumnKey[]) => columns.map((c) => COLUMN_WIDTHS[c]).join(' ');

const role = (ctx: RowContext, name: string) => (ctx.grid ? name : nothing);

/** The id of a row's details, unique in the shadow root. */
export const detailId = (row: TableRow) => `nq-detail-${row.index}`;

function label(ctx: RowContext, column: ColumnKey): TemplateResult | typeof nothing {
  return ctx.cards
    ? html`<span class="cell-label" part="cell-label">${COLUMN_LABELS[column][ctx.locale]}</span>`
    : nothing;
}

function source(v: ValueCell): TemplateResult | string {
  return renderSourceLink(v.source, v.url);
}

function latestCell(c: RowCells, locale: Locale): TemplateResult | string {
  const v = c.latest;
  if (!v) return NO_VALUE;
  return html`<span class="value">${v.value}</span> <span class="date">(${v.date})</span>
    <span class="source">${UI.source[locale]}: ${source(v)}</span>${renderSampleBadge(v.sample, locale)}`;
}

function goals(c: RowCells): TemplateResult {
  return html`<ul class="goals">
    ${c.milestones.map((m) => html`<li class=${m.current ? 'current' : ''}><span class="goal">${m.goal}</span> <span class="deadline">${m.deadline}</span></li>`)}
  </ul>`;
}

/** A plain bar, with the number beside it that a screen reader reads. */
function bar(c: RowCells): TemplateResult | string {
  if (c.progress === undefined) return NO_VALUE;
  const width = `${Math.max(0, Math.min(100, c.progress))}%`;
  return html`<span class="progress"
    ><span class="track" part="progress-track" aria-hidden="true"
      ><span class="fill" part="progress-fill" ${styleProps({ width })}></span></span
    ><span class="progress-text">${c.progressText}</span></span
  >`;
}

/**
 * The gauge's bullet variant, once its module has loaded (the table loads it on demand); until
 * then, and wherever it is not defined, the plain bar inside it shows, as its light DOM.
 */
function progress(row: TableRow, c: RowCells, ctx: RowContext): TemplateResult | string {
  if (!ctx.gauge || row.target.kind === 'cadence') return bar(c);
  return html`<nq-kpi-gauge
    variant="bullet"
    part="gauge"
    .resolution=${ctx.gaugeDocument(row.doc)}
    target=${row.target.id}
    as-of=${row.assessment.asOf}
    method=${row.assessment.method}
    lang=${ctx.locale}
    >${bar(c)}</nq-kpi-gauge
  >`;
}

function cell(
  column: ColumnKey,
  row: TableRow,
  c: RowCells,
  ctx: RowContext,
  item: Extract<TableItem, { kind: 'row' }>,
): TemplateResult {
  const { locale } = ctx;
  const part = `cell ${column}-cell`;
  const td = (content: unknown) =>
    html`<td role=${role(ctx, 'cell')} part=${part} class="${column}-cell">${label(ctx, column)}${content}</td>`;
  switch (column) {
    case 'indicator': {
      const open = item.expanded;
      const nested =
        item.item.depth > 0 ? html`<span class="nested" part="nested-marker">${UI.nestedIn[locale]}</span>` : nothing;
      return html`<th
        scope="row"
        role=${role(ctx, 'rowheader')}
        part=${part}
        class="indicator-cell"
        ${styleProps({ '--_depth': String(item.item.depth) })}
      >
        ${label(ctx, column)}${nested}<button
          type="button"
          class="expander"
          part="expander"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${open ? detailId(row) : nothing}
          @click=${() => ctx.onToggle(row)}
        >
          <span class="chevron" aria-hidden="true"></span><span class="label">${c.label}</span></button
        ><span class="indicator-name">${c.indicator}</span>
      </th>`;
    }
    case 'status':
      return td(
        html`${renderStatusBadge(c.status, locale)}${item.item.context ? html`<span class="context-note">${UI.context[locale]}</span>` : nothing}`,
      );
    case 'document':
      return td(c.document);
    case 'ref':
      return td(c.ref);
    case 'baseline':
      return td(c.baseline || NO_VALUE);
    case 'targets':
      return td(goals(c));
    case 'latest':
      return td(latestCell(c, locale));
    case 'progress':
      return td(progress(row, c, ctx));
  }
}

function detail(row: TableRow, c: RowCells, ctx: RowContext, index: number): TemplateResult {
  const { locale } = ctx;
  const milestones = c.milestones.map(
    (m) =>
      html`<li>
        <span class="deadline">${m.deadline}</span>: <span class="goal">${m.goal}</span> —
        <span class="verdict" data-status=${m.status}>${m.verdictLabel}</span>
        ${m.wording ? html`<q lang="vi">${m.wording}</q>` : nothing}
      </li>`,
  );
  const history = c.history.length
    ? html`<ul>
        ${c.history.map(
          (v) =>
            html`<li>
              <span class="value">${v.value}</span> (${v.date}) — ${UI.source[locale]}:
              ${source(v)}${renderSampleBadge(v.sample, locale)}
              ${v.note ? html`<span class="note">${v.note}</span>` : nothing}
            </li>`,
        )}
      </ul>`
    : html`<p>${UI.noValues[locale]}</p>`;
  return html`<tr
    class="detail"
    part="detail-row"
    id=${detailId(row)}
    role=${role(ctx, 'row')}
    aria-rowindex=${ctx.virtual ? index + 2 : nothing}
  >
    <td colspan=${ctx.columns.length} role=${role(ctx, 'cell')} part="detail">
      <div class="detail-grid">
        <div class="why">
          <p class="detail-heading">${UI.why[locale]}</p>
          ${c.override ? html`<p class="override">${UI.override[locale]}: ${c.override}</p>` : nothing}
          <p>${c.explanation}</p>
        </div>
        <div>
          <p class="detail-heading">${UI.wording[locale]}</p>
          <blockquote lang="vi">${c.wording}</blockquote>
          ${c.note ? html`<p class="note">${UI.noteLabel[locale]}: ${c.note}</p>` : nothing}
        </div>
        <div>
          <p class="detail-heading">${UI.milestones[locale]}</p>
          <ul>
            ${milestones}
          </ul>
        </div>
        <div>
          <p class="detail-heading">${UI.history[locale]}</p>
          ${history}
        </div>
      </div>
    </td>
  </tr>`;
}

/** One item as one `<tr>`; `index` is the item's place in the whole list. */
export function renderItem(item: TableItem, index: number, ctx: RowContext): TemplateResult {
  const rowindex = ctx.virtual ? index + 2 : nothing;
  if (item.kind === 'group') {
    return html`<tr class="group" part="group-row" role=${role(ctx, 'row')} aria-rowindex=${rowindex}>
      <th
        scope=${ctx.grid ? nothing : 'rowgroup'}
        colspan=${ctx.columns.length}
        role=${role(ctx, 'rowheader')}
        part="group-header"
      >
        ${item.label} <span class="group-count">(${item.count})</span>
      </th>
    </tr>`;
  }
  const row = item.item.row;
  const c = rowCells(row, ctx.locale);
  if (item.kind === 'detail') return detail(row, c, ctx, index);
  const parts = `row${item.item.context ? ' context-row' : ''}${item.expanded ? ' expanded-row' : ''}`;
  return html`<tr
    class="row ${item.item.context ? 'context' : ''}"
    part=${parts}
    role=${role(ctx, 'row')}
    aria-rowindex=${rowindex}
    data-status=${c.status}
  >
    ${ctx.columns.map((column) => cell(column, row, c, ctx, item))}
  </tr>`;
}
