/**
 * `linear`, the default: the pro-rata path from the baseline to the target (through any earlier
 * milestones). The ratio is the gain achieved over the gain the path required by the time of the
 * latest value: baseline 40 (2020), target 120 (2030), value 55 in 2023 → 15 of the 24 required
 * → 0.625. Bands: ≥ 0.95 on track, ≥ 0.60 at risk, below off track (the Open SDG bands, so that
 * the two methods read alike). A level moves in whole steps: the path is floored to a step.
 */
import { band, type PaceInput, type PaceResult, type ProgressMethod } from './types.js';

const BANDS = { onTrack: 0.95, atRisk: 0.6 };

function levelPace(input: PaceInput): PaceResult {
  const { start, latest, goal } = input;
  const raw = input.path(latest.t);
  // A level is reached in whole steps: by now the path asks for the last whole step it has passed.
  const expected = goal.value >= start.value ? Math.floor(raw + 1e-9) : Math.ceil(raw - 1e-9);
  const gained = Math.abs(latest.value - start.value);
  const needed = Math.abs(expected - start.value);
  const ratio = needed === 0 ? (gained >= 0 ? 1 : 0) : gained / needed;
  const behind = goal.value >= start.value ? expected - latest.value : latest.value - expected;
  const pace = behind <= 0 ? 'on-track' : behind <= 1 ? 'at-risk' : 'off-track';
  return { ok: true, ratio, pace, expected };
}

export const linear: ProgressMethod = {
  name: 'linear',
  label: { vi: 'tuyến tính', en: 'linear' },
  bands: BANDS,
  ratioStyle: 'percent',
  pace(input) {
    const { start, latest } = input;
    if (input.kind === 'level') return levelPace(input);
    if (input.kind === 'growth') {
      const rate = input.requiredRate ?? 0;
      if (latest.t <= start.t) return { ok: false, reason: 'no-time-elapsed' };
      const expected = start.value * Math.pow(1 + rate / 100, latest.t - start.t);
      const needed = expected - start.value;
      if (needed === 0) return { ok: false, reason: 'no-change-required' };
      const ratio = (latest.value - start.value) / needed;
      return { ok: true, ratio, pace: band(ratio, BANDS), expected, requiredRate: rate };
    }
    if (latest.t <= start.t) return { ok: false, reason: 'no-time-elapsed' };
    const expected = input.path(latest.t);
    const needed = expected - start.value;
    if (needed === 0) return { ok: false, reason: 'no-change-required' };
    const ratio = (latest.value - start.value) / needed;
    return { ok: true, ratio, pace: band(ratio, BANDS), expected };
  },
};
