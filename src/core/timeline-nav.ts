/**
 * The points a keyboard reaches in `<nq-target-timeline>`, and where each arrow key goes from
 * one. Rows are lanes (or the one chart); items in a row are in time order. Pure: the component
 * keeps the index of the active item and asks {@link moveFocus} for the next one.
 */
import { explain } from './explanation.js';
import { textOf } from './format.js';
import type { Resolution } from './schema.js';
import { describeIssue, describeMilestone, describeStart, describeValue, documentName } from './timeline-text.js';
import type { TimelineLane, TimelineMilestone, TimelineStart, TimelineValue } from './timeline-model.js';
import type { Locale, Status } from './vocabulary.js';

export const NAV_KINDS = ['issue', 'start', 'value', 'milestone'] as const;
export type NavKind = (typeof NAV_KINDS)[number];

export interface NavItem {
  /** Unique in the chart, usable as a DOM id: `n-<row>-<index>`. */
  id: string;
  row: number;
  kind: NavKind;
  /** Time, for ordering and for Up/Down; an undated milestone sorts last. */
  t: number;
  x: number;
  y: number;
  /** What the tooltip shows, first line the title. */
  lines: string[];
  /** What a screen reader announces on focus: the same lines. */
  label: string;
  documentId: string;
  targetId?: string;
  status?: Status;
  sample?: boolean;
}

type Placed = Pick<NavItem, 'row' | 't' | 'x' | 'y'>;

function item(
  kind: NavKind,
  at: Placed,
  lines: string[],
  documentId: string,
  extra: Partial<NavItem> = {},
): Omit<NavItem, 'id'> {
  const label = lines.map((l) => l.replace(/[.\s]+$/, '')).join('. ');
  return { kind, ...at, lines, label, documentId, ...extra };
}

/** A lane's title as a tooltip's first line: "II.2.2(1) · Tỷ lệ đóng góp của TFP". */
export function laneTitle(lane: TimelineLane, locale: Locale): string {
  return `${lane.target.ref} · ${textOf(lane.target.label, locale)}`;
}

export function milestoneItem(
  lane: TimelineLane,
  m: TimelineMilestone,
  at: Placed,
  locale: Locale,
): Omit<NavItem, 'id'> {
  const lines = [
    laneTitle(lane, locale),
    describeMilestone(lane, m, locale),
    explain(m.assessment.explanation, lane.target, locale),
  ];
  return item('milestone', at, lines.filter(Boolean), lane.document.id, {
    targetId: lane.target.id,
    status: m.assessment.status,
  });
}

export function valueItem(lane: TimelineLane, v: TimelineValue, at: Placed, locale: Locale): Omit<NavItem, 'id'> {
  return item('value', at, [laneTitle(lane, locale), describeValue(lane, v, locale)], lane.document.id, {
    targetId: lane.target.id,
    sample: v.sample,
  });
}

export function startItem(lane: TimelineLane, s: TimelineStart, at: Placed, locale: Locale): Omit<NavItem, 'id'> {
  return item('start', at, [laneTitle(lane, locale), describeStart(lane, s, locale)], lane.document.id, {
    targetId: lane.target.id,
  });
}

export function issueItem(doc: Resolution, at: Placed, locale: Locale): Omit<NavItem, 'id'> {
  return item('issue', at, [documentName(doc, locale), describeIssue(doc, locale)], doc.id);
}

/**
 * Sorts each row by time and gives every item its id, in place: a caller that kept an item
 * reads its id from it afterwards. Rows with no item are dropped.
 */
export function navRows(items: Omit<NavItem, 'id'>[]): NavItem[][] {
  const byRow = new Map<number, NavItem[]>();
  for (const it of items) {
    const list = byRow.get(it.row) ?? [];
    list.push(it as NavItem);
    byRow.set(it.row, list);
  }
  const order = (k: NavKind) => NAV_KINDS.indexOf(k);
  return [...byRow.entries()]
    .sort(([a], [b]) => a - b)
    .map(([row, list]) => {
      list.sort((a, b) => a.t - b.t || order(a.kind) - order(b.kind));
      list.forEach((it, i) => (it.id = `n-${row}-${i}`));
      return list;
    });
}

/** A position in the rows: row index and item index. */
export interface NavPosition {
  row: number;
  index: number;
}

export const NAV_KEYS = [
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
] as const;
export type NavKey = (typeof NAV_KEYS)[number];

export function isNavKey(key: string): key is NavKey {
  return (NAV_KEYS as readonly string[]).includes(key);
}

/**
 * Where a key moves the focus. Left and Right: the previous and next point in time in the row,
 * on to the neighbouring row at either end, so that one key walks every point. Up and Down: the
 * row above or below, at the point nearest in time. Home and End: the first and last point of
 * the row; PageUp and PageDown: the first and last row. Stays put at the edges.
 */
export function moveFocus(rows: readonly (readonly NavItem[])[], from: NavPosition, key: NavKey): NavPosition {
  const last = rows.length - 1;
  if (last < 0) return from;
  const row = Math.min(Math.max(from.row, 0), last);
  const items = rows[row] ?? [];
  const index = Math.min(Math.max(from.index, 0), items.length - 1);
  const current = items[index];
  const nearest = (r: number): NavPosition => {
    const list = rows[r] ?? [];
    let best = 0;
    // Nearest in time; on a tie, a point of the same kind (a milestone below a milestone).
    const cost = (it: NavItem | undefined) =>
      it && current ? Math.abs(it.t - current.t) + (it.kind === current.kind ? 0 : 1e-6) : Infinity;
    list.forEach((it, i) => {
      if (cost(it) < cost(list[best])) best = i;
    });
    return { row: r, index: best };
  };
  switch (key) {
    case 'ArrowRight':
      if (index < items.length - 1) return { row, index: index + 1 };
      return row < last ? { row: row + 1, index: 0 } : { row, index };
    case 'ArrowLeft':
      if (index > 0) return { row, index: index - 1 };
      return row > 0 ? { row: row - 1, index: (rows[row - 1]?.length ?? 1) - 1 } : { row, index };
    case 'ArrowDown':
      return row < last ? nearest(row + 1) : { row, index };
    case 'ArrowUp':
      return row > 0 ? nearest(row - 1) : { row, index };
    case 'Home':
      return { row, index: 0 };
    case 'End':
      return { row, index: items.length - 1 };
    case 'PageUp':
      return nearest(0);
    case 'PageDown':
      return nearest(last);
  }
}

/** Where the item `id` is in the rows; the first item of the first row when it is in none. */
export function positionOf(rows: readonly (readonly NavItem[])[], id: string | undefined): NavPosition {
  for (let row = 0; row < rows.length; row++) {
    const index = rows[row]?.findIndex((it) => it.id === id) ?? -1;
    if (index >= 0) return { row, index };
  }
  return { row: 0, index: 0 };
}

/** The tab stop before the reader has moved: the first milestone, else the first point. */
export function firstStop(rows: readonly (readonly NavItem[])[]): string | undefined {
  const all = rows.flat();
  return (all.find((it) => it.kind === 'milestone') ?? all[0])?.id;
}
