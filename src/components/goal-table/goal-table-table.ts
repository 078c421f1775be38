/**
 * The `<table>` itself: caption, header row with its sort buttons, and the bodies. Below the
 * virtualization threshold each group is its own `<tbody>` of native rows; above it one `<tbody>`
 * holds only the rows on screen, placed by `@lit-labs/virtualizer`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { virtualize as Virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { COLUMN_LABELS, SORT_COLUMNS, sortHint, type ColumnKey } from '../../core/table-messages.js';
import type { SortKey, TableQuery } from '../../core/table-model.js';
import type { TableItem } from '../../core/table-view.js';
import { columnWidths, renderItem, type RowContext } from './goal-table-rows.js';
import { styleProps } from '../shared/style-props.js';

export interface TableContext extends RowContext {
  caption: string;
  items: readonly TableItem[];
  query: TableQuery;
  onSort: (sort: SortKey) => void;
}

let virtualize: typeof Virtualize | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads `@lit-labs/virtualizer` the first time a table is big enough to need it: about 8 KB
 * (brotli) that a table of a few hundred rows never pays for.
 */
export function loadVirtualizer(): Promise<void> {
  return (loading ??= import('@lit-labs/virtualizer/virtualize.js').then((m) => {
    virtualize = m.virtualize;
  }));
}

export const virtualizerLoaded = (): boolean => virtualize !== undefined;

function header(column: ColumnKey, ctx: TableContext): TemplateResult {
  const text = COLUMN_LABELS[column][ctx.locale];
  const sortKey = SORT_COLUMNS[column];
  const q = ctx.query;
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
      @click=${() => ctx.onSort(sortKey)}
    >
      ${text}<span class="sort-icon ${sorted ? q.direction : ''}" aria-hidden="true"></span>
    </button>
  </th>`;
}

function bodies(ctx: TableContext): TemplateResult {
  const role = ctx.grid ? 'rowgroup' : nothing;
  if (ctx.virtual && virtualize) {
    return html`<tbody role=${role} part="body">
      ${virtualize({
        items: ctx.items as TableItem[],
        keyFunction: (item: TableItem) => item.key,
        renderItem: (item: TableItem, i: number) => renderItem(item, i, ctx),
      })}
    </tbody>`;
  }
  const groups: TableItem[][] = [];
  for (const item of ctx.items) {
    if (item.kind === 'group' || groups.length === 0) groups.push([]);
    groups[groups.length - 1]?.push(item);
  }
  let index = 0;
  return html`${groups.map(
    (items) =>
      html`<tbody role=${role} part="body">
        ${items.map((item) => renderItem(item, index++, ctx))}
      </tbody>`,
  )}`;
}

export function renderTable(ctx: TableContext): TemplateResult {
  const grid = ctx.grid ? 'rowgroup' : nothing;
  return html`<table
    part="table"
    role=${ctx.grid ? 'table' : nothing}
    aria-rowcount=${ctx.virtual ? ctx.items.length + 1 : nothing}
    ${styleProps({ '--_column-widths': columnWidths(ctx.columns) })}
  >
    <caption part="caption">
      ${ctx.caption}
    </caption>
    <thead role=${grid}>
      <tr role=${ctx.grid ? 'row' : nothing} aria-rowindex=${ctx.virtual ? 1 : nothing}>
        ${ctx.columns.map((c) => header(c, ctx))}
      </tr>
    </thead>
    ${bodies(ctx)}
  </table>`;
}
