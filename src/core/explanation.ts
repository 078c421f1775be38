/**
 * Why a target has its status: the method, its inputs, the thresholds and the pace still needed,
 * kept as data by the engine, and turned into one sentence in vi or en by `explain()`.
 */
import type { StartPoint, TimedValue } from './assess-milestone.js';
import { formatNumber, formatPartialDate, formatPercent, formatValue, textOf } from './format.js';
import type { Goal } from './goal.js';
import { DECLINE_REASONS, EXPLANATION_MESSAGES, INTERVALS, type ExplanationWords } from './messages/explanation.js';
import { getMethod, type DeclineReason } from './methods/index.js';
import type { Observation, Target, Text } from './schema.js';
import { STATUS_INFO } from './status.js';
import type { Locale, Status } from './vocabulary.js';

export type ExplanationCode =
  | 'achieved'
  | 'met'
  | 'missed'
  | 'pace'
  | 'outside'
  | 'declined'
  | 'no-baseline'
  | 'no-baseline-value'
  | 'no-data'
  | 'no-data-deadline'
  | 'undated'
  | 'done'
  | 'not-done-yet'
  | 'not-done-late'
  | 'cadence'
  | 'recurring';

export interface Explanation {
  code: ExplanationCode;
  method: string;
  /** The milestone's deadline year. */
  year: number | null;
  goal?: Goal;
  latest?: TimedValue;
  start?: StartPoint;
  /** The required path's value at the latest value's time. */
  expected?: number;
  expectedNow?: number;
  ratio?: number;
  bands?: { onTrack: number; atRisk: number };
  /** The gain still needed each year, in the indicator's unit. */
  neededPerYear?: number;
  /** Percent per year, under a growth method. */
  observedRate?: number;
  requiredRate?: number;
  declined?: DeclineReason;
  position?: 'below' | 'inside' | 'above';
  yearsMet?: number;
  yearsReported?: number;
  intervalMonths?: number;
  gapYears?: number;
  override?: { status: Status; reason: Text; computed: Status };
}

/** When an observation holds, at its precision: "2024", "03/2013", "2021–2025". */
export function observationDate(o: Observation, locale: Locale): string {
  if (o.date !== undefined) return formatPartialDate(o.date, locale);
  if (o.period !== undefined) return `${o.period.from}–${o.period.to}`;
  return '';
}

function goalText(goal: Goal | undefined, target: Target, locale: Locale): string {
  if (!goal) return '';
  const unit = target.indicator.unit;
  const context = { outOf: target.outOf, scale: target.scale };
  if (goal.range) {
    const [a, b] = goal.range;
    return `${formatValue(a, unit, locale, context)} – ${formatValue(b, unit, locale, context)}`;
  }
  if (target.kind === 'growth') return formatValue(goal.value, unit, locale, { kind: 'growth' });
  const symbol = goal.comparator === '=' ? '' : `${goal.comparator.replace('>=', '≥').replace('<=', '≤')} `;
  return symbol + formatValue(goal.value, unit, locale, context);
}

function startDate(e: Explanation, target: Target, locale: Locale): string {
  if (e.start?.observation) return observationDate(e.start.observation, locale);
  const b = target.baseline;
  if (b?.period) return `${b.period.from}–${b.period.to}`;
  return b?.year === undefined ? '' : String(b.year);
}

/** A rank or a level is a whole step: the path's value between two steps is shown rounded. */
function stepped(n: number | undefined, target: Target): number | undefined {
  return n !== undefined && (target.kind === 'rank' || target.kind === 'level') ? Math.round(n) : n;
}

/** The gain still needed each year; a change in a percentage is in percentage points. */
function neededText(n: number | undefined, target: Target, locale: Locale): string {
  if (n === undefined || !Number.isFinite(n) || target.kind === 'rank' || target.kind === 'level') return '';
  const decreasing = target.direction === 'decrease';
  if (decreasing ? n >= 0 : n <= 0) return '';
  const size = Math.abs(n);
  const unit = target.indicator.unit;
  if (unit.type === 'percent')
    return `${formatNumber(size, locale)} ${locale === 'vi' ? 'điểm phần trăm' : 'percentage points'}`;
  return formatValue(size, unit, locale, { outOf: target.outOf, scale: target.scale });
}

/** Builds the words a sentence needs, all formatted for the locale. */
function wordsOf(e: Explanation, target: Target, locale: Locale): ExplanationWords {
  const unit = target.indicator.unit;
  const context = { outOf: target.outOf, scale: target.scale };
  const value = (n: number | undefined) => (n === undefined ? '' : formatValue(n, unit, locale, context));
  const rate = (n: number | undefined) => (n === undefined ? '' : formatValue(n, unit, locale, { kind: 'growth' }));
  const latest = e.latest;
  const method = getMethod(e.method);
  const evidence = latest?.observation.evidence;
  const ratioIsPercent = method.ratioStyle === 'percent';
  const share = (n: number) =>
    ratioIsPercent
      ? formatPercent(n * 100, locale, { maxFractionDigits: 1 })
      : formatNumber(n, locale, { maxFractionDigits: 2 });
  return {
    method: method.label[locale],
    year: e.year === null ? '' : String(e.year),
    goal: goalText(e.goal, target, locale),
    latest:
      latest === undefined
        ? ''
        : typeof latest.value === 'boolean'
          ? formatValue(latest.value, unit, locale)
          : value(latest.value),
    latestDate: latest ? observationDate(latest.observation, locale) : '',
    start: value(e.start?.value),
    startDate: startDate(e, target, locale),
    startIsObservation: e.start?.fromObservation ?? false,
    expected: value(stepped(e.expected, target)),
    expectedNow: value(stepped(e.expectedNow, target)),
    ratio: e.ratio === undefined ? '' : share(e.ratio),
    ratioIsPercent,
    movingAway: e.ratio !== undefined && e.ratio < 0,
    onTrack: e.bands ? share(e.bands.onTrack) : '',
    atRisk: e.bands ? share(e.bands.atRisk) : '',
    needed: neededText(e.neededPerYear, target, locale),
    decreasing: target.direction === 'decrease',
    observedRate: rate(e.observedRate),
    requiredRate: rate(e.requiredRate),
    position: e.position ?? '',
    yearsMet: String(e.yearsMet ?? 0),
    yearsReported: String(e.yearsReported ?? 0),
    interval: INTERVALS[e.intervalMonths ?? 12]?.[locale] ?? `${e.intervalMonths} tháng`,
    evidence: evidence ? textOf(evidence, locale) : '',
    declined: e.declined ? (DECLINE_REASONS[e.declined]?.[locale] ?? e.declined) : '',
    status: e.override ? STATUS_INFO[e.override.status].label[locale] : '',
    reason: e.override ? textOf(e.override.reason, locale) : '',
  };
}

/** The "why this status" sentence in the locale; with an override, the publisher's reason comes first. */
export function explain(e: Explanation, target: Target, locale: Locale): string {
  const words = wordsOf(e, target, locale);
  const sentence = EXPLANATION_MESSAGES[e.code]?.[locale](words) ?? '';
  if (!e.override) return sentence;
  return `${EXPLANATION_MESSAGES.override?.[locale](words) ?? ''} ${sentence}`.trim();
}
