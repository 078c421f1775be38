/**
 * What a KPI gauge shows for one assessed target, as numbers and strings in the reader's locale:
 * the axis that suits the target's kind, the latest value along it, the band, a marker for each
 * milestone (with its verdict), the expected-now and baseline markers, the headline, and the
 * sentence a screen reader hears. Built once per change in the widget's `willUpdate()`; the
 * template only maps it. Pure: no DOM.
 */
import type { TargetAssessment, TimedValue } from './assess.js';
import { explain, observationDate } from './explanation.js';
import {
  formatLevel,
  formatMilestone,
  formatNumber,
  formatPartialDate,
  formatSignedNumber,
  formatValue,
  textOf,
} from './format.js';
import type { Goal } from './goal.js';
import { baselineTime, rangePosition } from './goal.js';
import { GAUGE_WORDS, type GaugeWords } from './gauge-words.js';
import { levelScale, linearScale, positionOf, rankScale, scaleTicks, type GaugeScale } from './gauge-scale.js';
import type { Target } from './schema.js';
import { STATUS_INFO } from './status.js';
import type { Locale, Status, TargetKind, Verdict } from './vocabulary.js';

export const MARKER_ROLES = ['target', 'expected', 'baseline'] as const;
export type MarkerRole = (typeof MARKER_ROLES)[number];

export interface GaugeMarker {
  role: MarkerRole;
  /** Position along the track, 0 to 1. */
  at: number;
  /** The short label beside the marker: "≥ 50%", "2025 ✓", "2020". */
  label: string;
  /** The full description, for a tooltip and the list under the gauge. */
  title: string;
  verdict?: Verdict;
  /** The milestone the status is about. */
  current?: boolean;
}

export interface GaugeTick {
  at: number;
  label: string;
}

/** A meter's numbers, kept inside min and max; absent when there is no value to measure. */
export interface GaugeMeter {
  now: number;
  min: number;
  max: number;
}

export interface GaugeModel {
  /** `scale`: a value on an axis; `done`: done or not; `empty`: no value reported. */
  mode: 'scale' | 'done' | 'empty';
  kind: TargetKind;
  scale?: GaugeScale;
  ticks: GaugeTick[];
  /** The filled part of the track, as positions; absent with no value. */
  indicator?: { from: number; to: number };
  /** A range target's band (or the good side of an open one), as positions. */
  band?: { from: number; to: number };
  markers: GaugeMarker[];
  /** The headline: the latest value in its unit, "Đã hoàn thành", or "Chưa có số liệu". */
  value: string;
  /** Under the headline: "×1,5 so với 2020", the level a growth rate is of. */
  note: string;
  label: string;
  status?: Status;
  statusLabel: string;
  /** What the current milestone asks, and by when: "≥ 50%", "2030". */
  goal: string;
  deadline: string;
  /** The value the required path asks for now, in words ("Cần đạt hiện nay: 23%"), or ''. */
  expected: string;
  /** Every milestone, in words, with its verdict: "2025: ≥ 30% · Đạt". */
  milestones: string[];
  latestDate: string;
  source?: { name: string; url?: string };
  evidence: string;
  meter?: GaugeMeter;
  /** The whole reading in one sentence, for `aria-valuetext` (or the label of an image). */
  sentence: string;
  /** Why this status, in one sentence; empty when there is no status to explain. */
  explanation: string;
  sample: boolean;
}

const VERDICT_GLYPH: Record<Verdict, string> = { met: '✓', missed: '✗' };

const SYMBOL: Record<string, string> = { '>=': '≥ ', '<=': '≤ ', '>': '> ', '<': '< ', '=': '' };

/**
 * A goal as short as a marker's label can be: the comparator and the number, with "%" for a
 * percent ("≥ 50%", "≤ 20", "×3", "+10%"); the unit's noun is in the sentence under the gauge.
 */
export function shortGoal(goal: Goal, target: Target, multiple: number | undefined, locale: Locale): string {
  const n = (x: number) => formatNumber(x, locale);
  if (target.kind === 'multiple' && multiple !== undefined) return `×${n(multiple)}`;
  if (target.kind === 'growth') return `${formatSignedNumber(goal.value, locale)}%`;
  if (target.kind === 'level') return formatLevel(goal.value, target.scale, locale);
  const percent = target.indicator.unit.type === 'percent' ? '%' : '';
  return `${SYMBOL[goal.comparator] ?? ''}${n(goal.value)}${percent}`;
}

const numericLatest = (a: TargetAssessment): (TimedValue & { value: number }) | undefined =>
  typeof a.latest?.value === 'number' ? (a.latest as TimedValue & { value: number }) : undefined;

/** The observed compound growth rate (percent per year) from the baseline, or the first value, to the latest. */
export function observedGrowth(target: Target, values: readonly TimedValue[]): number | undefined {
  const series = values.filter((v): v is TimedValue & { value: number } => typeof v.value === 'number');
  const last = series[series.length - 1];
  const bt = baselineTime(target);
  const bv = target.baseline?.value;
  const start = bv !== undefined && bt !== undefined ? { t: bt, value: bv } : series[0];
  if (!start || !last || last.t <= start.t || start.value <= 0 || last.value <= 0) return undefined;
  return (Math.pow(last.value / start.value, 1 / (last.t - start.t)) - 1) * 100;
}

/** The axis for a kind: inverted for a rank, stepped for a level, linear for the rest. */
function scaleFor(a: TargetAssessment, numbers: number[], growth: boolean): GaugeScale {
  const { target } = a;
  if (target.kind === 'rank') {
    const outOf = target.outOf ?? a.latest?.observation.outOf;
    return rankScale(outOf ?? Math.max(2, ...numbers.map((n) => Math.ceil(n * 1.2))));
  }
  if (target.kind === 'level') {
    const steps = target.scale?.max ?? target.scale?.levels?.length ?? Math.max(2, ...numbers.map(Math.ceil));
    return levelScale(steps);
  }
  return linearScale(numbers, growth ? 'none' : target.indicator.unit.type);
}

function ticksFor(scale: GaugeScale, count: number, a: TargetAssessment, locale: Locale): GaugeTick[] {
  if (count <= 0) return [];
  if (scale.kind === 'stepped') {
    const n = scale.steps ?? scale.max;
    const shown = count >= n ? Array.from({ length: n }, (_, i) => i + 1) : [1, n];
    // A level's label sits in the middle of its step.
    return shown.map((k) => ({ at: (k - 0.5) / n, label: formatNumber(k, locale) }));
  }
  const integer = a.target.indicator.unit.type === 'count' || scale.kind === 'inverted';
  return scaleTicks(scale, count, integer).map((v) => ({ at: positionOf(scale, v), label: formatNumber(v, locale) }));
}

export interface GaugeModelOptions {
  locale: Locale;
  /** How many ticks the layout has room for (0: none). */
  ticks?: number;
}

/** The gauge for an assessed target. */
export function gaugeModel(a: TargetAssessment, options: GaugeModelOptions): GaugeModel {
  const { locale } = options;
  const w: GaugeWords = GAUGE_WORDS[locale];
  const { target } = a;
  const unit = target.indicator.unit;
  const context = { outOf: target.outOf, scale: target.scale };
  const growth = target.kind === 'growth';
  const fmt = (n: number) =>
    growth ? formatValue(n, unit, locale, { kind: 'growth' }) : formatValue(n, unit, locale, context);
  const latest = numericLatest(a);
  const current = target.milestones[a.current];
  const goal = current ? formatMilestone(current, target, locale) : '';
  const deadlineOf = (m: typeof current) =>
    m?.date ? formatPartialDate(m.date, locale) : m?.year == null ? '' : String(m.year);
  const deadline = deadlineOf(current);
  const milestones = target.milestones.map((m, i) => {
    const verdict = a.milestones[i]?.verdict;
    const when = deadlineOf(m) || w.undated;
    return `${when}: ${formatMilestone(m, target, locale)}${verdict ? ` · ${w[verdict]}` : ''}`;
  });
  const source = a.latest?.observation.source;
  const base = {
    kind: target.kind,
    label: textOf(target.label, locale),
    status: a.status,
    statusLabel: STATUS_INFO[a.status].label[locale],
    goal,
    deadline,
    milestones,
    latestDate: a.latest ? observationDate(a.latest.observation, locale) : '',
    ...(source ? { source: { name: textOf(source.name, locale), ...(source.url ? { url: source.url } : {}) } } : {}),
    evidence: a.latest?.observation.evidence ? textOf(a.latest.observation.evidence, locale) : '',
    explanation: explain(a.explanation, target, locale),
    sample: a.sample,
    ticks: [] as GaugeTick[],
    markers: [] as GaugeMarker[],
    note: '',
    expected: '',
  };
  const sentenceOf = (value: string) =>
    [
      `${value}${base.latestDate ? ` (${base.latestDate})` : ''}; ${base.statusLabel}.`,
      goal && w.goal(goal, deadline),
      a.sample ? `${w.sample}.` : '',
    ]
      .filter(Boolean)
      .join(' ');

  // Done or not done: a milestone with no number, or something done at an interval.
  if (target.kind === 'qualitative' || target.kind === 'cadence') {
    if (!a.latest) return { ...base, mode: 'empty', value: w.noData, sentence: sentenceOf(w.noData) };
    const done = target.kind === 'cadence' ? a.status === 'on-track' : a.values.some((v) => v.value === true);
    const value = target.kind === 'cadence' ? w.lastDone(base.latestDate) : formatValue(done, unit, locale);
    const headline = value.charAt(0).toUpperCase() + value.slice(1);
    const indicator = done ? { from: 0, to: 1 } : undefined;
    const meter = target.kind === 'qualitative' ? { now: done ? 1 : 0, min: 0, max: 1 } : undefined;
    return {
      ...base,
      mode: 'done',
      value: headline,
      ...(indicator ? { indicator } : {}),
      ...(meter ? { meter } : {}),
      sentence: sentenceOf(headline),
    };
  }

  const goals = a.milestones.map((m) => m.goal);
  const observed = growth ? observedGrowth(target, a.values) : undefined;
  const shown = growth ? observed : latest?.value;
  const baseline = target.baseline?.value;
  const numbers = [
    ...goals.flatMap((g) => (g ? (g.range ? [...g.range] : [g.value]) : [])),
    ...(shown === undefined ? [] : [shown]),
    ...(!growth && baseline !== undefined ? [baseline] : []),
    ...(!growth && a.expectedNow !== undefined ? [a.expectedNow] : []),
  ];
  const scale = scaleFor(a, numbers, growth);
  const at = (n: number) => positionOf(scale, n);
  const markers: GaugeMarker[] = [];
  const several = goals.filter(Boolean).length > 1;
  a.milestones.forEach((m, i) => {
    const g = m.goal;
    const milestone = target.milestones[i];
    if (!g || !milestone || (g.range && i === a.current)) return;
    const text = formatMilestone(milestone, target, locale);
    const when = deadlineOf(milestone);
    const glyph = m.verdict ? ` ${VERDICT_GLYPH[m.verdict]}` : '';
    markers.push({
      role: 'target',
      at: at(g.value),
      label: several ? `${when}${glyph}` : shortGoal(g, target, milestone.value, locale),
      title: `${w.target} ${text}${when ? ` (${when})` : ''}${m.verdict ? ` · ${w[m.verdict]}` : ''}`,
      ...(m.verdict ? { verdict: m.verdict } : {}),
      current: i === a.current,
    });
  });
  if (!growth && baseline !== undefined && (target.kind === 'multiple' || target.kind === 'threshold')) {
    const year = target.baseline?.year ?? target.baseline?.period?.to;
    const text = `${fmt(baseline)}${year ? ` (${year})` : ''}`;
    markers.push({
      role: 'baseline',
      at: at(baseline),
      label: year ? String(year) : w.baseline,
      title: `${w.baseline} ${text}`,
    });
  }
  if (a.expectedNow !== undefined && !growth && a.milestones[a.current]?.passed === false) {
    const expected = target.kind === 'rank' || target.kind === 'level' ? Math.round(a.expectedNow) : a.expectedNow;
    markers.push({ role: 'expected', at: at(expected), label: '', title: `${w.expected}: ${fmt(expected)}` });
  }
  const expectedText = markers.find((m) => m.role === 'expected')?.title ?? '';
  const g = a.milestones[a.current]?.goal;
  const band = g?.range ? { from: g.openBelow ? 0 : at(g.range[0]), to: g.openAbove ? 1 : at(g.range[1]) } : undefined;
  if (g?.range) {
    // The band's closed ends are the target: each gets a marker; a narrow band labels its lower end only.
    const percent = unit.type === 'percent' ? '%' : '';
    const ends = [g.openBelow ? undefined : g.range[0], g.openAbove ? undefined : g.range[1]];
    const apart = Math.abs(at(g.range[1]) - at(g.range[0])) > 0.12;
    ends.forEach((v, i) => {
      if (v === undefined) return;
      const label = i === 0 || apart || g.openBelow ? `${formatNumber(v, locale)}${percent}` : '';
      markers.push({
        role: 'target',
        at: at(v),
        label,
        title: `${w.target} ${goal}${deadline ? ` (${deadline})` : ''}`,
        current: true,
      });
    });
  }
  const common = {
    ...base,
    expected: expectedText,
    mode: 'scale' as const,
    scale,
    ticks: ticksFor(scale, options.ticks ?? 0, a, locale),
    markers,
    ...(band ? { band } : {}),
  };

  if (shown === undefined) {
    // A growth target with a value but no start has a level and no rate: the level is shown, not a zero.
    const value = latest ? formatValue(latest.value, unit, locale, context) : w.noData;
    return { ...common, mode: latest ? 'scale' : 'empty', value, sentence: sentenceOf(value) };
  }
  const origin = scale.kind === 'linear' ? at(Math.min(Math.max(0, scale.min), scale.max)) : 0;
  const p = at(shown);
  let value = fmt(shown);
  if (target.kind === 'rank')
    value = formatValue(shown, unit, locale, { outOf: a.latest?.observation.outOf ?? target.outOf });
  if (target.kind === 'level') value = formatLevel(shown, target.scale, locale);
  let note = '';
  if (growth && latest) note = `${formatValue(latest.value, unit, locale, context)} (${base.latestDate})`;
  if (target.kind === 'multiple' && baseline) {
    note = w.times(
      formatNumber(shown / baseline, locale, { maxFractionDigits: 1 }),
      String(target.baseline?.year ?? target.baseline?.period?.to ?? ''),
    );
  }
  // Inside, below and above a band read differently: said beside the value, not by colour alone.
  if (g?.range) note = w.position[rangePosition(shown, g.range)];
  const lo = Math.min(scale.min, scale.max);
  const hi = Math.max(scale.min, scale.max);
  const meter = { now: Math.min(hi, Math.max(lo, shown)), min: lo, max: hi };
  return {
    ...common,
    indicator: { from: Math.min(origin, p), to: Math.max(origin, p) },
    value,
    note,
    meter,
    // The note of a band or a multiple is part of the reading; a growth rate's is the level it is of.
    sentence: sentenceOf(note && !growth ? `${value}, ${note}` : value),
  };
}

/** The gauge before a document arrives, or when there is nothing to show: the track alone, and a word. */
export function placeholderModel(label: string, value: string): GaugeModel {
  return {
    mode: 'empty',
    kind: 'threshold',
    ticks: [],
    markers: [],
    value,
    note: '',
    expected: '',
    label,
    statusLabel: '',
    goal: '',
    deadline: '',
    milestones: [],
    latestDate: '',
    evidence: '',
    sentence: value,
    explanation: '',
    sample: false,
  };
}
