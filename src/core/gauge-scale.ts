/**
 * The axis of a gauge: which numbers its ends stand for, where a value falls along it (0 at the
 * start of the track, 1 at its end) and where its ticks go. Three shapes: linear (thresholds,
 * ranges, multiples, growth rates), inverted (a rank, where 1 is best and sits at the full end)
 * and stepped (a level on a scale of n steps). Pure: no DOM.
 */
import type { UnitType } from './vocabulary.js';

export const GAUGE_VARIANTS = ['radial', 'bullet', 'compact'] as const;
export type GaugeVariant = (typeof GAUGE_VARIANTS)[number];

export const SCALE_KINDS = ['linear', 'inverted', 'stepped'] as const;
export type ScaleKind = (typeof SCALE_KINDS)[number];

export interface GaugeScale {
  kind: ScaleKind;
  /** The value at the start of the track (inverted: the worst rank, `outOf`). */
  min: number;
  /** The value at the end of the track (inverted: rank 1). */
  max: number;
  /** For a stepped scale: the number of steps, each one segment of the track. */
  steps?: number;
}

/** A tick step of 1, 2 or 5 × 10^k that cuts `span` into about `count` parts. */
export function tickStep(span: number, count: number): number {
  if (!(span > 0) || !(count > 0)) return 1;
  const raw = span / count;
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const m = raw / power;
  return (m > 5 ? 10 : m > 2 ? 5 : m > 1 ? 2 : 1) * power;
}

/** Removes binary noise from a multiple of a decimal step: 3 × 0.1 is 0.3, not 0.30000000000000004. */
const clean = (n: number): number => Number(n.toPrecision(12));

/**
 * Ticks on [min, max] at a 1-2-5 step, about `count` of them, always including both ends (a
 * reader needs to know what the ends stand for). An integer measure gets integer ticks only.
 */
export function scaleTicks(scale: GaugeScale, count: number, integer = false): number[] {
  const { min, max } = scale;
  if (count <= 0) return [];
  if (scale.kind === 'stepped') {
    const steps = scale.steps ?? max;
    return count >= steps ? Array.from({ length: steps + 1 }, (_, i) => i) : [0, steps];
  }
  const lo = Math.min(min, max);
  const hi = Math.max(min, max);
  let step = tickStep(hi - lo, count);
  if (integer) step = Math.max(1, Math.round(step));
  const ticks: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) ticks.push(clean(v));
  // Drop an inner tick that crowds an end, then put both ends in.
  const near = step * 0.45;
  const inner = ticks.filter((t) => t - lo > near && hi - t > near);
  const out = [lo, ...inner, hi];
  return scale.kind === 'inverted' ? out.reverse() : out;
}

/** Where `value` falls along the track, clamped to [0, 1]. */
export function positionOf(scale: GaugeScale, value: number): number {
  if (!Number.isFinite(value)) return 0;
  const span = scale.max - scale.min;
  if (span === 0) return value >= scale.max ? 1 : 0;
  const t = scale.kind === 'stepped' ? value / (scale.steps ?? scale.max) : (value - scale.min) / span;
  return Math.min(1, Math.max(0, t));
}

/**
 * The rounded top of an axis: the first 1-2-5 tick step (for about 4 ticks) at or above `value`.
 * 3.4 → 4, 2.3 → 2.5, 92 → 100, 3450 → 4000.
 */
export function niceCeil(value: number, integer = false): number {
  if (!(value > 0)) return integer ? 1 : value === 0 ? 1 : 0;
  const step = integer ? Math.max(1, tickStep(value, 4)) : tickStep(value, 4);
  return clean(Math.ceil(clean(value / step)) * step);
}

export function niceFloor(value: number, integer = false): number {
  return value >= 0 ? 0 : -niceCeil(-value, integer);
}

/** Units whose values are whole things: an axis of them has whole-number ticks. */
export function isIntegerUnit(unit: UnitType): boolean {
  return unit === 'count' || unit === 'rank' || unit === 'level';
}

/**
 * A linear axis that holds every value a gauge shows (the latest value, the goals, the baseline,
 * the expected value), with room above the largest: from 0 (or below, for a negative growth
 * rate) to a round number. A percent axis stops at 100 when nothing goes past it, and a count
 * of 3 gets an axis of 0 to 4, not 0 to 100.
 */
export function linearScale(values: readonly number[], unit: UnitType, headroom = 0.15): GaugeScale {
  const finite = values.filter(Number.isFinite);
  const integer = isIntegerUnit(unit);
  const lo = Math.min(0, ...finite);
  const hi = Math.max(0, ...finite);
  const min = niceFloor(lo, integer);
  const top = hi + (hi - min) * headroom;
  let max = niceCeil(top, integer);
  if (unit === 'percent' && hi <= 100 && max > 100) max = 100;
  if (max <= min) max = min + 1;
  return { kind: 'linear', min, max };
}

/** A rank axis: `outOf` (the worst) at the start, 1 (the best) at the end. */
export function rankScale(outOf: number): GaugeScale {
  return { kind: 'inverted', min: Math.max(2, outOf), max: 1 };
}

/** A level axis of `steps` steps: level k fills the first k segments. */
export function levelScale(steps: number): GaugeScale {
  const n = Math.max(1, Math.round(steps));
  return { kind: 'stepped', min: 0, max: n, steps: n };
}
