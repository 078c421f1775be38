/**
 * What a milestone asks for, in numbers: the value to reach (×k of a baseline resolved to k × the
 * baseline's value), the test a reported value must pass, and the required path from the baseline
 * through the milestones.
 */
import type { Milestone, Target } from './schema.js';
import type { Comparator, Direction } from './vocabulary.js';
import type { Point } from './methods/index.js';

/** A milestone's goal with every number resolved. */
export interface Goal {
  /** The value the path aims at (for a range: the bound on the way in). */
  value: number;
  comparator: Comparator;
  range?: [number, number];
  openAbove?: boolean;
  openBelow?: boolean;
  approximate?: boolean;
}

/** "khoảng 30 %" counts as met within this share of the value. */
export const APPROXIMATE_TOLERANCE = 0.05;

/** The baseline's time: its year, or the end of its period. */
export function baselineTime(target: Target): number | undefined {
  return target.baseline?.year ?? target.baseline?.period?.to;
}

/**
 * The milestone's goal, or a reason it has none: a multiple needs the baseline's value; a
 * qualitative or cadence milestone has no number.
 */
export function resolveGoal(target: Target, m: Milestone): Goal | 'no-baseline-value' | 'no-number' {
  const direction = target.direction ?? 'increase';
  if (target.kind === 'qualitative' || target.kind === 'cadence') return 'no-number';
  if (m.range) {
    const [min, max] = m.range;
    const value = direction === 'decrease' ? max : min;
    return {
      value,
      comparator: '=',
      range: [min, max],
      openAbove: m.openAbove,
      openBelow: m.openBelow,
      approximate: m.approximate,
    };
  }
  if (m.value === undefined) return 'no-number';
  let value = m.value;
  if (target.kind === 'multiple') {
    const base = target.baseline?.value;
    if (base === undefined) return 'no-baseline-value';
    value = base * m.value;
  }
  const defaultComparator: Comparator = target.kind === 'rank' ? '<=' : '>=';
  return {
    value,
    comparator: m.comparator ?? (target.kind === 'threshold' ? '=' : defaultComparator),
    approximate: m.approximate,
  };
}

/** Does a reported value satisfy the goal? `=` means "reach": at least, at most, or exactly, by direction. */
export function satisfies(x: number, goal: Goal, direction: Direction): boolean {
  if (goal.range) {
    // Inside the band is met; outside it is met only on the side the direction favours, or an open side.
    const position = rangePosition(x, goal.range);
    if (position === 'inside') return true;
    if (position === 'above') return !!goal.openAbove || direction === 'increase';
    return !!goal.openBelow || direction === 'decrease';
  }
  const slack = goal.approximate ? Math.abs(goal.value) * APPROXIMATE_TOLERANCE : 0;
  switch (goal.comparator) {
    case '>=':
      return x >= goal.value - slack;
    case '>':
      return x > goal.value - slack;
    case '<=':
      return x <= goal.value + slack;
    case '<':
      return x < goal.value + slack;
    case '=':
      if (direction === 'increase') return x >= goal.value - slack;
      if (direction === 'decrease') return x <= goal.value + slack;
      return Math.abs(x - goal.value) <= slack;
  }
}

/** Where a value stands against a range: below, inside or above its band. */
export function rangePosition(x: number, range: [number, number]): 'below' | 'inside' | 'above' {
  if (x < range[0]) return 'below';
  if (x > range[1]) return 'above';
  return 'inside';
}

/**
 * The required path: a piecewise-linear function of time through the start and each milestone's
 * goal that has a year. Before the start it is the start's value; after the last point, the last.
 */
export function requiredPath(points: Point[]): (t: number) => number {
  const sorted = [...points].sort((a, b) => a.t - b.t);
  return (t: number) => {
    const first = sorted[0];
    if (first === undefined) return NaN;
    if (t <= first.t) return first.value;
    for (let i = 1; i < sorted.length; i++) {
      const a = sorted[i - 1] as Point;
      const b = sorted[i] as Point;
      if (t <= b.t) return b.t === a.t ? b.value : a.value + ((b.value - a.value) * (t - a.t)) / (b.t - a.t);
    }
    return (sorted[sorted.length - 1] as Point).value;
  };
}
