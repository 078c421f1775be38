/**
 * The paths of the timeline's chart, in time and value: the required path from the start
 * through each milestone's goal (stepped for a level), and the projected path from the latest
 * value to the deadline, by the method; and the SVG path string through such points. Pure
 * functions of the model's parts.
 */
import type { Goal } from './goal.js';
import type { Point } from './methods/index.js';
import type { Target } from './schema.js';
import type { TimelineMilestone, TimelineStart } from './timeline-model.js';
import type { TargetKind } from './vocabulary.js';

/** Samples `f` every whole year between a and b, ends included. */
function sample(a: number, b: number, f: (t: number) => number): Point[] {
  const points: Point[] = [{ t: a, value: f(a) }];
  for (let t = Math.floor(a) + 1; t < b; t++) points.push({ t, value: f(t) });
  if (b > a) points.push({ t: b, value: f(b) });
  return points;
}

/**
 * The projected path: where the latest value is heading by the deadline, by the method's own
 * idea of pace. `linear` extends the straight line through the start and the latest value;
 * `opensdg` extends the compound growth rate between them (positive values only, and not for a
 * rank, a level or a ratio, which the method declines). Another method gives no projection.
 *
 * @example projectedPath('linear', { t: 2020, value: 40 }, { t: 2023, value: 55 }, 2030)
 * // [{ t: 2023, value: 55 }, { t: 2030, value: 90 }]
 */
export function projectedPath(
  method: string,
  kind: TargetKind,
  start: Point,
  latest: Point,
  deadline: number,
): Point[] {
  if (!(latest.t > start.t) || !(deadline > latest.t)) return [];
  if (method === 'linear') {
    const slope = (latest.value - start.value) / (latest.t - start.t);
    return [latest, { t: deadline, value: latest.value + slope * (deadline - latest.t) }];
  }
  if (method === 'opensdg') {
    if (!['threshold', 'range', 'multiple', 'growth'].includes(kind)) return [];
    if (start.value <= 0 || latest.value <= 0) return [];
    const rate = Math.pow(latest.value / start.value, 1 / (latest.t - start.t));
    return sample(latest.t, deadline, (t) => latest.value * Math.pow(rate, t - latest.t));
  }
  return [];
}

/**
 * A rank cannot pass 1 nor a level its scale's ends: a projection that would is stopped where it
 * reaches the end, so the line never points at a place that does not exist.
 */
export function clampToScale(target: Target, points: Point[]): Point[] {
  let lo = -Infinity;
  let hi = Infinity;
  if (target.kind === 'rank' || target.indicator.unit.type === 'rank') {
    lo = 1;
    hi = target.outOf ?? Infinity;
  } else if (target.kind === 'level' || target.indicator.unit.type === 'level') {
    lo = 1;
    hi = target.scale?.max ?? target.scale?.levels?.length ?? Infinity;
  }
  const [a, b] = points;
  if (!a || !b || points.length !== 2)
    return points.map((p) => ({ t: p.t, value: Math.min(hi, Math.max(lo, p.value)) }));
  // A straight line: cut it where it meets the end, keeping its slope.
  const edge = b.value < lo ? lo : b.value > hi ? hi : undefined;
  if (edge === undefined) return points;
  const t = a.t + ((edge - a.value) / (b.value - a.value)) * (b.t - a.t);
  return [a, { t, value: edge }];
}

/**
 * Places each dated milestone's goal on the value axis (`m.y`, set here), and returns the
 * required path through them from the start: the vertices, oldest first, empty without a start.
 */
export function requiredPoints(
  target: Target,
  milestones: TimelineMilestone[],
  start: TimelineStart | undefined,
): Point[] {
  const dated = milestones.filter((m) => m.t !== undefined && m.goal).sort((a, b) => (a.t as number) - (b.t as number));
  if (target.kind === 'growth') {
    // A growth milestone is a rate: its place on the axis is where that rate, compounded from the
    // start (through any earlier milestone), lands by its deadline.
    if (!start) return [];
    let from: Point = start;
    const path: Point[] = [start];
    for (const m of dated) {
      const t = m.t as number;
      if (t <= from.t) continue;
      const rate = 1 + (m.goal as Goal).value / 100;
      const origin = from;
      const segment = sample(origin.t, t, (x) => origin.value * Math.pow(rate, x - origin.t));
      path.push(...segment.slice(1));
      m.y = segment[segment.length - 1]?.value;
      from = { t, value: m.y as number };
    }
    return path.length > 1 ? path : [];
  }
  for (const m of dated) m.y = m.goal?.value;
  if (!start) return [];
  const later = dated.filter((m) => (m.t as number) > start.t).map((m) => ({ t: m.t as number, value: m.y as number }));
  return later.length ? [{ t: start.t, value: start.value }, ...later] : [];
}

/**
 * A level's required path as the engine reads it: the level reached is the last whole step the
 * straight path has passed, so the line holds each step and rises where the path crosses the next.
 *
 * @example steppedPath([{ t: 2021, value: 1 }, { t: 2030, value: 3 }])
 * // [{2021, 1}, {2025.5, 1}, {2025.5, 2}, {2030, 2}, {2030, 3}]
 */
export function steppedPath(points: readonly Point[]): Point[] {
  const first = points[0];
  if (!first) return [];
  const out: Point[] = [{ t: first.t, value: Math.round(first.value) }];
  let level = Math.round(first.value);
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    const up = b.value >= a.value;
    const target = up ? Math.floor(b.value + 1e-9) : Math.ceil(b.value - 1e-9);
    while (up ? level < target : level > target) {
      const next = up ? level + 1 : level - 1;
      const t = b.value === a.value ? b.t : a.t + ((next - a.value) / (b.value - a.value)) * (b.t - a.t);
      out.push({ t, value: level }, { t, value: next });
      level = next;
    }
  }
  const last = points[points.length - 1] as Point;
  if ((out[out.length - 1] as Point).t < last.t) out.push({ t: last.t, value: level });
  return out;
}

/**
 * An SVG polyline through the points, to 0.1 px: "M10,20L30,40". What d3-shape's `line` gives
 * with its default linear curve; it is not used because, as installed here
 * (one prebuilt module, not tree-shaken), importing `line` alone costs 3.4 KB brotli for curves
 * the timeline does not use.
 */
export function linePath(points: readonly Point[], x: (t: number) => number, y: (v: number) => number): string {
  if (points.length < 2) return '';
  const r = (n: number) => Math.round(n * 10) / 10;
  return points.map((p, i) => `${i ? 'L' : 'M'}${r(x(p.t))},${r(y(p.value))}`).join('');
}
