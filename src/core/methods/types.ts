/**
 * A progress method: given where a target started, where it must be by its deadline and where it
 * is now, how far along the required pace it is. Each method says which kinds it handles; for the
 * others it declines with a reason, which the reader sees ("a rank is not a growth rate").
 */
import type { Direction, TargetKind } from '../vocabulary.js';

/** A value at a time (a decimal year, see time.ts). */
export interface Point {
  t: number;
  value: number;
}

export interface PaceInput {
  kind: TargetKind;
  direction: Direction;
  /** The baseline, or the first reported value standing in for it. */
  start: Point;
  /** The milestone: its deadline year and the value it asks for. */
  goal: Point;
  latest: Point;
  /** The required path from the start through earlier milestones to this one. */
  path: (t: number) => number;
  /** For a growth target: the required rate, in percent per year. */
  requiredRate?: number;
}

export type Pace = 'on-track' | 'at-risk' | 'off-track';

export type DeclineReason =
  | 'kind-not-supported' // a rank or a level is not a growth rate
  | 'non-positive-values' // compound growth needs values above zero
  | 'no-time-elapsed' // the latest value is at the baseline's own time
  | 'no-change-required'; // the target equals the baseline: there is no way to go

export type PaceResult =
  | {
      ok: true;
      /** 1 means exactly on the required pace; below 0 means moving away from the target. */
      ratio: number;
      pace: Pace;
      /** The required path's value at the latest value's time. */
      expected: number;
      observedRate?: number;
      requiredRate?: number;
    }
  | { ok: false; reason: DeclineReason };

export interface ProgressMethod {
  name: string;
  label: { vi: string; en: string };
  /** Ratio bands: at or above `onTrack` is on track, at or above `atRisk` is at risk, else off track. */
  bands: { onTrack: number; atRisk: number };
  /** How the ratio reads: as a share of the required gain (62,5%) or as a ratio (R = 0,96). */
  ratioStyle: 'percent' | 'ratio';
  pace(input: PaceInput): PaceResult;
}

export function band(ratio: number, bands: ProgressMethod['bands']): Pace {
  if (ratio >= bands.onTrack) return 'on-track';
  if (ratio >= bands.atRisk) return 'at-risk';
  return 'off-track';
}
