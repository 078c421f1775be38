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

// Label placement lives in its own module; it is re-exported so that layout is one import.
export * from './timeline-labels.js';

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

/** A period as the `period` attribute writes it, `2021-2025`; undefined (the whole timeline) for none. */
export function formatPeriod(period: readonly [number, number] | undefined): string | undefined {
  return period ? `${period[0]}-${period[1]}` : undefined;
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
