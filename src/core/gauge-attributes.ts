/**
 * A gauge from attributes alone, for a page that has a number and a target but no resolution
 * document: `value="42.5" target="≥50" unit="%" label="…"`. There is no deadline, baseline or
 * method here, so no pace: the status is "achieved" when the value meets the target, and there
 * is none otherwise (a value short of a target with no deadline is not "off track").
 */
import { formatComparator, formatLevel, formatRange, formatValue } from './format.js';
import { satisfies, type Goal } from './goal.js';
import type { GaugeMarker, GaugeModel } from './gauge-model.js';
import { levelScale, linearScale, positionOf, rankScale, scaleTicks } from './gauge-scale.js';
import { GAUGE_WORDS } from './gauge-words.js';
import { formatNumber } from './format-number.js';
import type { Unit } from './schema.js';
import { STATUS_INFO } from './status.js';
import { COMPARATORS, UNIT_TYPES, type Comparator, type Locale, type UnitType } from './vocabulary.js';

export const ATTRIBUTE_KINDS = ['threshold', 'range', 'rank', 'level'] as const;
export type AttributeKind = (typeof ATTRIBUTE_KINDS)[number];

export interface GaugeAttributes {
  value: number;
  /** "50", "≥50", "<= 5", "1.5..2", "1.5–2". */
  target?: string | undefined;
  min?: number | undefined;
  max?: number | undefined;
  /** "%", a unit type ("count", "rank"…), or any other word, taken as what is counted. */
  unit?: string | undefined;
  label?: string | undefined;
  kind?: string | undefined;
}

/** A unit attribute as a unit: "%" is percent, a unit type is itself, another word is a noun. */
export function parseUnit(text: string | undefined): Unit {
  const t = (text ?? '').trim();
  if (t === '') return { type: 'none' };
  if (t === '%') return { type: 'percent' };
  if ((UNIT_TYPES as readonly string[]).includes(t)) return { type: t as UnitType };
  return { type: 'count', noun: { vi: t, en: t } };
}

const SYMBOLS: Record<string, Comparator> = { '≥': '>=', '≤': '<=' };

/** A target attribute as a goal: a comparator and a number, or a band "a..b" / "a–b". Undefined if unreadable. */
export function parseTarget(text: string | undefined): Goal | undefined {
  const t = (text ?? '').trim().replace(/^[≥≤]/, (s) => SYMBOLS[s] ?? s);
  const band = /^(-?[\d.]+)\s*(?:\.\.|–|—)\s*(-?[\d.]+)$/.exec(t);
  if (band) {
    const lo = Number(band[1]);
    const hi = Number(band[2]);
    if (!Number.isFinite(lo) || !Number.isFinite(hi)) return undefined;
    return { value: Math.min(lo, hi), comparator: '=', range: [Math.min(lo, hi), Math.max(lo, hi)] };
  }
  const m = /^(>=|<=|>|<|=)?\s*(-?[\d.]+)$/.exec(t);
  const n = m ? Number(m[2]) : NaN;
  if (!m || !Number.isFinite(n)) return undefined;
  const comparator = (COMPARATORS as readonly string[]).includes(m[1] ?? '') ? (m[1] as Comparator) : '>=';
  return { value: n, comparator };
}

/** The gauge for attributes alone. */
export function attributeModel(attrs: GaugeAttributes, locale: Locale, ticks = 0): GaugeModel {
  const w = GAUGE_WORDS[locale];
  const kind: AttributeKind = (ATTRIBUTE_KINDS as readonly string[]).includes(attrs.kind ?? '')
    ? (attrs.kind as AttributeKind)
    : 'threshold';
  const unit = kind === 'rank' ? { type: 'rank' as const } : parseUnit(attrs.unit);
  const parsed = parseTarget(attrs.target);
  // A rank is better when smaller: "top 20" is ≤ 20, whatever comparator is written.
  const goal =
    parsed && kind === 'rank' && parsed.comparator === '>=' ? { ...parsed, comparator: '<=' as const } : parsed;
  const { value } = attrs;
  const outOf =
    kind === 'rank' ? (attrs.max ?? Math.max(2, Math.ceil(Math.max(value, goal?.value ?? 0) * 1.2))) : undefined;
  const steps = kind === 'level' ? (attrs.max ?? Math.max(2, Math.ceil(Math.max(value, goal?.value ?? 0)))) : 0;
  const scale =
    kind === 'rank'
      ? rankScale(outOf as number)
      : kind === 'level'
        ? levelScale(steps)
        : attrs.min !== undefined && attrs.max !== undefined && attrs.max > attrs.min
          ? { kind: 'linear' as const, min: attrs.min, max: attrs.max }
          : linearScale([value, ...(goal?.range ?? (goal ? [goal.value] : []))], unit.type);
  const context = { outOf, scale: kind === 'level' ? { max: steps } : undefined };
  const fmt = (n: number) =>
    kind === 'level' ? formatLevel(n, { max: steps }, locale) : formatValue(n, unit, locale, context);
  const goalText = !goal
    ? ''
    : goal.range
      ? formatRange(goal.range, unit, locale, context)
      : `${formatComparator(goal.comparator, locale)} ${fmt(goal.value)}`;
  // The marker's label is the comparator and the number: the unit's noun is in the sentence below.
  const short = (g: Goal) =>
    kind === 'level'
      ? fmt(g.value)
      : `${g.comparator === '=' ? '' : `${formatComparator(g.comparator, locale)} `}${formatNumber(g.value, locale)}${unit.type === 'percent' ? '%' : ''}`;
  const direction = kind === 'rank' || goal?.comparator === '<' || goal?.comparator === '<=' ? 'decrease' : 'increase';
  const met = goal !== undefined && Number.isFinite(value) && satisfies(value, goal, direction);
  const status = met ? ('achieved' as const) : undefined;
  const statusLabel = status ? STATUS_INFO[status].label[locale] : '';
  const lo = Math.min(scale.min, scale.max);
  const hi = Math.max(scale.min, scale.max);
  const at = (n: number) => positionOf(scale, n);
  const markers: GaugeMarker[] =
    goal && !goal.range
      ? [{ role: 'target', at: at(goal.value), label: short(goal), title: `${w.target} ${goalText}`, current: true }]
      : [];
  const origin = scale.kind === 'linear' ? at(Math.min(Math.max(0, lo), hi)) : 0;
  const p = at(value);
  const shown = Number.isFinite(value) ? fmt(value) : w.noData;
  const integer = unit.type === 'count' || kind === 'rank';
  const tickList =
    ticks <= 0
      ? []
      : kind === 'level'
        ? [1, steps].map((k) => ({ at: (k - 0.5) / steps, label: formatNumber(k, locale) }))
        : scaleTicks(scale, ticks, integer).map((v) => ({ at: at(v), label: formatNumber(v, locale) }));
  const sentence = [`${shown}${statusLabel ? `; ${statusLabel}` : ''}.`, goalText && w.goal(goalText, '')]
    .filter(Boolean)
    .join(' ');
  return {
    mode: Number.isFinite(value) ? 'scale' : 'empty',
    kind,
    scale,
    ticks: tickList,
    ...(Number.isFinite(value) ? { indicator: { from: Math.min(origin, p), to: Math.max(origin, p) } } : {}),
    ...(goal?.range ? { band: { from: at(goal.range[0]), to: at(goal.range[1]) } } : {}),
    markers,
    value: shown,
    note: '',
    expected: '',
    label: attrs.label ?? '',
    ...(status ? { status } : {}),
    statusLabel,
    goal: goalText,
    deadline: '',
    milestones: [],
    latestDate: '',
    evidence: '',
    ...(Number.isFinite(value) ? { meter: { now: Math.min(hi, Math.max(lo, value)), min: lo, max: hi } } : {}),
    sentence,
    explanation: '',
    sample: false,
  };
}
