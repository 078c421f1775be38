/**
 * `opensdg`: the method of Open SDG and Eurostat's SDG progress assessment. R is the observed
 * compound annual growth rate over the required one, both from the baseline:
 *   CAGR_observed = (x_t / x_0)^(1 / (t − t_0)) − 1,  CAGR_required = (x* / x_0)^(1 / (T − t_0)) − 1.
 * Bands at 0.95, 0.60 and 0: R ≥ 0.95 substantial progress (on track), ≥ 0.60 moderate (at risk),
 * ≥ 0 limited, below 0 moving away (both off track; the explanation tells them apart).
 * Growth needs positive values, so ranks, levels and ratios are declined: a rank is not a growth rate.
 */
import { band, type PaceResult, type ProgressMethod } from './types.js';

const BANDS = { onTrack: 0.95, atRisk: 0.6 };

const SUPPORTED = new Set(['threshold', 'range', 'multiple', 'growth']);

export const opensdg: ProgressMethod = {
  name: 'opensdg',
  label: { vi: 'Open SDG (tăng trưởng kép)', en: 'Open SDG (compound growth)' },
  bands: BANDS,
  ratioStyle: 'ratio',
  pace(input): PaceResult {
    const { start, goal, latest, kind } = input;
    if (!SUPPORTED.has(kind)) return { ok: false, reason: 'kind-not-supported' };
    if (latest.t <= start.t) return { ok: false, reason: 'no-time-elapsed' };
    if (start.value <= 0 || latest.value <= 0 || (kind !== 'growth' && goal.value <= 0)) {
      return { ok: false, reason: 'non-positive-values' };
    }
    const observedRate = Math.pow(latest.value / start.value, 1 / (latest.t - start.t)) - 1;
    const requiredRate =
      kind === 'growth'
        ? (input.requiredRate ?? 0) / 100
        : Math.pow(goal.value / start.value, 1 / (goal.t - start.t)) - 1;
    if (requiredRate === 0 || !Number.isFinite(requiredRate)) return { ok: false, reason: 'no-change-required' };
    const ratio = observedRate / requiredRate;
    const expected = start.value * Math.pow(1 + requiredRate, latest.t - start.t);
    return {
      ok: true,
      ratio,
      pace: band(ratio, BANDS),
      expected,
      observedRate: observedRate * 100,
      requiredRate: requiredRate * 100,
    };
  },
};
