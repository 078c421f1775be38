/**
 * What a goal table draws, derived from its view: the flat list of items (group headers, rows and
 * open details) that both the plain table and the virtualized one render, the choices each filter
 * offers, and the columns shown.
 */
import { documentLabel, groupLabel } from './table-cells.js';
import { COLUMN_KEYS, type ColumnKey } from './table-messages.js';
import type { TableRow, TableView, ViewGroup, ViewRow } from './table-model.js';
import type { Resolution } from './schema.js';
import { STATUSES, type Locale, type Status } from './vocabulary.js';

export type TableItem =
  | { kind: 'group'; key: string; group: ViewGroup; label: string; count: number }
  | { kind: 'row'; key: string; item: ViewRow; expanded: boolean }
  | { kind: 'detail'; key: string; item: ViewRow };

export interface ItemOptions {
  docs: readonly Resolution[];
  locale: Locale;
  /** Keys of the rows whose details are open; `true` opens every row (for print). */
  expanded: ReadonlySet<string> | true;
}

/** The items of a view in reading order: each group's header, then its rows, each open row followed by its details. */
export function tableItems(view: TableView, options: ItemOptions): TableItem[] {
  const { docs, locale, expanded } = options;
  const several = docs.length > 1;
  const items: TableItem[] = [];
  for (const group of view.groups) {
    if (group.kind !== 'none') {
      const count = group.rows.filter((r) => !r.context).length;
      items.push({
        kind: 'group',
        key: `g:${group.key}`,
        group,
        label: groupLabel(group, docs, locale, several),
        count,
      });
    }
    for (const item of group.rows) {
      const open = expanded === true || expanded.has(item.row.key);
      items.push({ kind: 'row', key: item.row.key, item, expanded: open });
      if (open) items.push({ kind: 'detail', key: `d:${item.row.key}`, item });
    }
  }
  return items;
}

export interface FilterOptions {
  status: Status[];
  area: string[];
  year: number[];
  document: { id: string; label: string }[];
}

/**
 * The values each filter offers: only those some row has, in a stable order. With
 * `statuses: false` every status is offered, since finding the ones present assesses every row.
 */
export function filterOptions(
  rows: readonly TableRow[],
  locale: Locale,
  { statuses = true }: { statuses?: boolean } = {},
): FilterOptions {
  const status = new Set<Status>();
  const area = new Set<string>();
  const year = new Set<number>();
  const docs = new Map<string, string>();
  for (const r of rows) {
    if (statuses) status.add(r.assessment.status);
    if (r.area) area.add(r.area);
    r.years.forEach((y) => year.add(y));
    if (!docs.has(r.doc.id)) docs.set(r.doc.id, documentLabel(r.doc, locale));
  }
  return {
    status: statuses ? STATUSES.filter((s) => status.has(s)) : [...STATUSES],
    area: [...area],
    year: [...year].sort((a, b) => a - b),
    document: [...docs].map(([id, label]) => ({ id, label })),
  };
}

/**
 * The columns shown: those named in `columns` (space- or comma-separated, unknown names ignored)
 * in the table's own order, or every column; the document column only when there are several
 * documents, unless it is named.
 */
export function tableColumns(columns: string | null | undefined, several: boolean): ColumnKey[] {
  const named = new Set((columns ?? '').split(/[\s,]+/).filter(Boolean));
  // The indicator column holds the row's header and its expander: it is always shown.
  if (named.size > 0) return COLUMN_KEYS.filter((c) => named.has(c) || c === 'indicator');
  return COLUMN_KEYS.filter((c) => c !== 'document' || several);
}
