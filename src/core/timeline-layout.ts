/**
 * The geometry of `<nq-target-timeline>` in plain numbers: a linear scale, year and value ticks,
 * label placement without collisions, lane positions and zoom periods. No DOM: a test gives
 * numbers and gets numbers back.
 *
 * Why not d3-scale: `scaleLinear` pulls in d3-interpolate, d3-color and d3-format (about 9.6 KB
 * brotli) to do what the twenty lines of {@link linearScale} do here; d3-array's `ticks` and
 * `nice` give the same round numbers d3-scale would.
 */
import { nice, ticks } from 'd3-array';

/** A map from a domain to a range, straight-line, unclamped. */
export interface LinearScale {
  (x: number): number;
  invert(y: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
}

/**
 * `linearScale([2020, 2030], [0, 500])(2025)` is 250. A domain of zero width maps every value to
 * the middle of the range, so that a single point is drawn, not lost to a division by zero.
 */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const scale = ((x: number) => (span === 0 ? (r0 + r1) / 2 : r0 + ((x - d0) / span) * (r1 - r0))) as LinearScale;
  scale.invert = (y: number) => (r1 === r0 ? d0 : d0 + ((y - r0) / (r1 - r0)) * span);
  Object.assign(scale, { domain: [d0, d1], range: [r0, r1] });
  return scale;
}

/**
 * Whole years between the domain's ends, about `count` of them, on a round step (1, 2, 5, 10…)
 * from d3-array's `ticks`; a period shorter than the count still ticks every year, never half.
 *
 * @example yearTicks([2013, 2030.5], 5) // [2015, 2020, 2025, 2030]
 */
export function yearTicks(domain: readonly [number, number], count: number): number[] {
  const [a, b] = domain;
  if (!(b >= a)) return [];
  return ticks(a, b, Math.max(1, Math.floor(count))).filter(Number.isInteger);
}

/** The time axis of a scale: a labelled tick per year step, about one per 64 px (52 when narrow). */
export function timeAxis(
  domain: readonly [number, number],
  scale: LinearScale,
  narrow: boolean,
): { t: number; x: number; label: string }[] {
  const length = Math.abs(scale.range[1] - scale.range[0]);
  return yearTicks(domain, tickCount(length, narrow ? 52 : 64)).map((t) => ({ t, x: scale(t), label: String(t) }));
}

/** How many ticks fit in `length` pixels when each needs `spacing`. At least 2. */
export function tickCount(length: number, spacing: number): number {
  return Math.max(2, Math.floor(length / Math.max(1, spacing)));
}

export interface ValueAxisOptions {
  /** About how many ticks. */
  count: number;
  /** Only whole numbers: a rank or a level has no half steps. */
  integer?: boolean;
  /** Include zero when every value has the same sign: a share or a count read from zero. */
  zero?: boolean;
}

/**
 * A value axis over the numbers it must show: a nice domain (d3-array `nice`) and its ticks.
 * A single number gets room around it; an integer axis ticks every step when it has few.
 *
 * @example valueAxis([12, 47], { count: 5, zero: true }) // { domain: [0, 50], ticks: [0, 10, …, 50] }
 */
export function valueAxis(
  values: readonly number[],
  options: ValueAxisOptions,
): { domain: [number, number]; ticks: number[] } {
  const finite = values.filter(Number.isFinite);
  let lo = finite.length ? Math.min(...finite) : 0;
  let hi = finite.length ? Math.max(...finite) : 1;
  if (options.zero) {
    if (lo > 0) lo = 0;
    if (hi < 0) hi = 0;
  }
  if (lo === hi) {
    const pad = options.integer ? 1 : Math.abs(lo) / 10 || 1;
    lo -= pad;
    hi += pad;
  }
  const count = Math.max(2, options.count);
  let [d0, d1] = nice(lo, hi, count);
  let tickValues = ticks(d0, d1, count);
  if (options.integer) {
    d0 = Math.floor(d0);
    d1 = Math.ceil(d1);
    tickValues = tickValues.filter(Number.isInteger);
    if (d1 - d0 <= count) tickValues = Array.from({ length: d1 - d0 + 1 }, (_, i) => d0 + i);
  }
  return { domain: [d0, d1], ticks: tickValues };
}

/**
 * About how wide a line of text is, without a DOM to measure it: the mean advance of a
 * sans-serif glyph is a little over half the font size, a bold one a tenth more. Checked against
 * Chromium's canvas `measureText` with system-ui: within 10 % on Vietnamese labels, and rather
 * over than under, so that what is judged to fit does fit. Vietnamese diacritics sit above or
 * below the letter and do not widen it. Used only to decide what fits; the full text is kept.
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const ch of text.normalize('NFC')) {
    if (/[\u0300-\u036f]/.test(ch)) continue;
    units += /[ il.,:;|!'’()[\]/]/.test(ch) ? 0.33 : /[MWmw%—–@]/.test(ch) ? 0.95 : /[A-Z0-9≥≤×]/.test(ch) ? 0.68 : 0.6;
  }
  return units * fontSize * (bold ? 1.12 : 1);
}

/**
 * The text cut to fit `width` at `fontSize`, on a word boundary when one is near, ending in "…";
 * the text itself when it fits. The caller keeps the full text for the tooltip and the text view.
 */
export function shortenText(text: string, width: number, fontSize: number, bold = false): string {
  if (estimateTextWidth(text, fontSize, bold) <= width) return text;
  const room = width - estimateTextWidth('…', fontSize, bold);
  let cut = '';
  for (const ch of text) {
    if (estimateTextWidth(cut + ch, fontSize, bold) > room) break;
    cut += ch;
  }
  const space = cut.lastIndexOf(' ');
  if (space > cut.length * 0.6) cut = cut.slice(0, space);
  return cut.trimEnd().replace(/[,.;:–-]$/, '') + '…';
}

/** A label to place: its centre's wanted position and its width. */
export interface LabelBox {
  x: number;
  width: number;
  /** Placed before labels of lower priority; ties go left to right. */
  priority?: number;
}

export interface PlacedLabel {
  /** The centre, moved inward when the label would cross an edge. */
  x: number;
  /** 0 is the row nearest the mark; -1 when it does not fit in any row. */
  row: number;
  hidden: boolean;
}

export interface PlaceLabelsOptions {
  min: number;
  max: number;
  rows?: number;
  /** Space kept between two labels in one row. */
  gap?: number;
}

/**
 * Places labels along one axis without overlap: by priority, each label takes the first row
 * where it does not touch a label already placed; one that fits nowhere is hidden, and its
 * text is still in the tooltip and the text view. Results are in the order of the input.
 *
 * @example placeLabels([{ x: 10, width: 20 }, { x: 15, width: 20 }], { min: 0, max: 100 })
 * // [{ x: 10, row: 0, hidden: false }, { x: 15, row: -1, hidden: true }]
 */
export function placeLabels(boxes: readonly LabelBox[], options: PlaceLabelsOptions): PlacedLabel[] {
  const rows = Math.max(1, options.rows ?? 1);
  const gap = options.gap ?? 4;
  const taken: [number, number][][] = Array.from({ length: rows }, () => []);
  const order = boxes
    .map((box, index) => ({ box, index }))
    .sort((a, b) => (b.box.priority ?? 0) - (a.box.priority ?? 0) || a.box.x - b.box.x);
  const out: PlacedLabel[] = boxes.map((b) => ({ x: b.x, row: -1, hidden: true }));
  for (const { box, index } of order) {
    const half = box.width / 2;
    const x =
      box.width >= options.max - options.min
        ? (options.min + options.max) / 2
        : Math.min(Math.max(box.x, options.min + half), options.max - half);
    const left = x - half;
    const right = x + half;
    const row = taken.findIndex((spans) => spans.every(([a, b]) => right + gap <= a || left >= b + gap));
    if (row < 0) {
      out[index] = { x, row: -1, hidden: true };
      continue;
    }
    taken[row]?.push([left, right]);
    out[index] = { x, row, hidden: false };
  }
  return out;
}

/** A label of the row above the plot: the "as of" date, the issue date, the undated column. */
export interface TopLabel {
  key: string;
  /** The point it names. */
  x: number;
  text: string;
  priority: number;
  bold?: boolean;
}

/**
 * Places the labels above the plot, each as near its point as the edges allow, in up to `rows`
 * rows `rowHeight` apart from `y`; one that fits nowhere is left out of the map.
 */
export function placeTopLabels(
  labels: readonly TopLabel[],
  options: { min: number; max: number; y: number; rows?: number; rowHeight?: number; fontSize: number },
): Map<string, { x: number; y: number; text: string }> {
  const placed = placeLabels(
    labels.map((l) => ({ x: l.x, width: estimateTextWidth(l.text, options.fontSize, l.bold), priority: l.priority })),
    { min: options.min, max: options.max, rows: options.rows ?? 1, gap: 8 },
  );
  const out = new Map<string, { x: number; y: number; text: string }>();
  labels.forEach((l, i) => {
    const p = placed[i];
    if (p && !p.hidden) out.set(l.key, { x: p.x, y: options.y + p.row * (options.rowHeight ?? 13), text: l.text });
  });
  return out;
}

export interface LaneLayoutOptions {
  laneHeight: number;
  /** The height of a document's header row; 0 when there is only one document. */
  headerHeight: number;
  /** Space above the first row, for the time axis. */
  top: number;
  bottom: number;
}

/**
 * The rows of the many-targets view: for each document, a header (when several share the axis)
 * then one lane per target, top to bottom. `groups[i]` is how many lanes document i has.
 *
 * @example laneLayout([2, 1], { laneHeight: 40, headerHeight: 24, top: 30, bottom: 10 })
 * // headers at 30 and 134, lanes at 54, 94 and 158, height 208
 */
export function laneLayout(
  groups: readonly number[],
  options: LaneLayoutOptions,
): { headers: number[]; lanes: number[]; height: number } {
  const headers: number[] = [];
  const lanes: number[] = [];
  let y = options.top;
  for (const count of groups) {
    if (options.headerHeight > 0) {
      headers.push(y);
      y += options.headerHeight;
    }
    for (let i = 0; i < count; i++) {
      lanes.push(y);
      y += options.laneHeight;
    }
  }
  return { headers, lanes, height: y + options.bottom };
}

/**
 * The periods a reader can zoom to: between each pair of successive deadlines, the first one
 * starting at the axis's start. Years closer than `minYears` to the previous boundary are merged
 * into it, so that no button offers a sliver.
 *
 * @example zoomPeriods([2013, 2030], [2020, 2025, 2030]) // [[2013, 2020], [2020, 2025], [2025, 2030]]
 */
export function zoomPeriods(
  domain: readonly [number, number],
  years: readonly number[],
  minYears = 2,
): [number, number][] {
  const [start, end] = [Math.floor(domain[0]), Math.ceil(domain[1])];
  const cuts = [...new Set(years.filter((y) => y > start && y < end))].sort((a, b) => a - b);
  const bounds = [start];
  for (const y of cuts) if (y - (bounds[bounds.length - 1] as number) >= minYears) bounds.push(y);
  if (end - (bounds[bounds.length - 1] as number) < minYears && bounds.length > 1) bounds.pop();
  bounds.push(end);
  const periods: [number, number][] = [];
  for (let i = 1; i < bounds.length; i++) periods.push([bounds[i - 1] as number, bounds[i] as number]);
  return periods.length > 1 ? periods : [];
}

/**
 * A period written `2021-2025` (or with an en dash) as whole years, inside `within` when given;
 * undefined for anything else, so a bad attribute shows the whole timeline.
 */
export function parsePeriod(
  text: string | null | undefined,
  within?: readonly [number, number],
): [number, number] | undefined {
  const m = /^\s*(\d{4})\s*[-–]\s*(\d{4})\s*$/.exec(text ?? '');
  if (!m) return undefined;
  let from = Number(m[1]);
  let to = Number(m[2]);
  if (within) {
    from = Math.max(from, within[0]);
    to = Math.min(to, within[1]);
  }
  return from < to ? [from, to] : undefined;
}

/**
 * Where a tooltip about a point at (x, y) goes in a box `width` wide: centred on the point,
 * moved inward near an edge, above the point unless it is near the top.
 */
export function tooltipPlacement(
  x: number,
  y: number,
  width: number,
  tipWidth = 260,
): { left: number; top: number; above: boolean } {
  const half = Math.min(tipWidth, width) / 2;
  const left = width <= tipWidth ? width / 2 : Math.min(Math.max(x, half), width - half);
  const above = y > 90;
  return { left, top: above ? y - 14 : y + 14, above };
}
