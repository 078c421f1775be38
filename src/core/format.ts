/**
 * Values in their unit, as a reader sees them: "≥ 35%", "3.000 đối tượng", "hạng 20/63",
 * "12 người/vạn dân", "từ 1,5–2% trở lên". {@link formatValue} and {@link formatMilestone} are
 * what widgets call; the other functions are their parts. Numbers and dates come from
 * format-number.ts and format-date.ts, re-exported here so that this is the one import.
 */
import {
  NO_VALUE,
  PER_YEAR,
  formatNumber,
  formatSignedNumber,
  normalizeSpaces,
  numberFormat,
} from './format-number.js';
import type { Milestone, Scale, Text, Unit } from './schema.js';
import type { Comparator, Locale, TargetKind } from './vocabulary.js';

export * from './format-number.js';
export * from './format-date.js';

/** A reader-facing string in the locale, or the Vietnamese one when there is no translation. */
export function textOf(text: Text, locale: Locale): string {
  return text[locale] ?? text.vi;
}

/** What a bare number needs beside its unit to be read right. */
export interface ValueContext {
  /**
   * The target's kind, when the number is a milestone's: a `multiple` milestone's value is k
   * (×k of the baseline) and a `growth` milestone's is percent per year, whatever the unit.
   * Leave it out for an observation, which is always in the indicator's unit.
   */
  kind?: TargetKind;
  /** For a rank: out of how many (63 provinces). */
  outOf?: number;
  /** For a level: the scale it is a step on. */
  scale?: Scale;
}

/** How the bounds of a value in one unit are written: `${prefix}${bound}${suffix}`. */
interface Measure {
  prefix: string;
  suffix: string;
  bound(n: number): string;
  /** Each bound is a word or carries its own sign or symbol: a range needs " – ", not "–". */
  spaced?: boolean;
  /** A growth rate: each bound is signed, and "+10–15" needs no second sign. */
  signed?: boolean;
}

const PER_CAPITA_VI: Readonly<Record<number, string>> = {
  1: 'người',
  100: 'trăm dân',
  1000: 'nghìn dân',
  10000: 'vạn dân',
};

/**
 * The "per …" of a per-capita rate: "/vạn dân" (vi, one vạn is 10,000), " per 10,000 population"
 * (en). `per` 1 or missing is per person: GRDP "triệu đồng/người".
 */
function perCapitaSuffix(unit: Unit, locale: Locale): string {
  const noun = unit.noun ? ` ${textOf(unit.noun, locale)}` : '';
  const per = unit.per ?? 1;
  if (locale === 'vi') return `${noun}/${PER_CAPITA_VI[per] ?? `${formatNumber(per, locale)} dân`}`;
  return `${noun} per ${per === 1 ? 'person' : `${formatNumber(per, locale)} population`}`;
}

function levelName(level: number, scale: Scale | undefined, locale: Locale): string | undefined {
  const name = Number.isInteger(level) ? scale?.levels?.[level - 1] : undefined;
  return name && textOf(name, locale);
}

function formatCurrency(value: number, currency: string, locale: Locale): string {
  return normalizeSpaces(numberFormat(locale, { style: 'currency', currency, signDisplay: 'negative' }).format(value));
}

function measureOf(unit: Unit, locale: Locale, context: ValueContext): Measure {
  const plain = (n: number) => formatNumber(n, locale);
  const { kind, outOf, scale } = context;
  if (kind === 'multiple') return { prefix: '×', suffix: '', bound: plain };
  if (kind === 'growth') {
    return { prefix: '', suffix: PER_YEAR[locale], bound: (n) => formatSignedNumber(n, locale), signed: true };
  }
  if (kind === 'rank' || unit.type === 'rank') {
    const of =
      outOf === undefined || !Number.isFinite(outOf)
        ? ''
        : locale === 'vi'
          ? `/${plain(outOf)}`
          : ` of ${plain(outOf)}`;
    return { prefix: locale === 'vi' ? 'hạng ' : 'rank ', suffix: of, bound: plain };
  }
  if (kind === 'level' || unit.type === 'level') {
    if (scale?.levels?.length) {
      return { prefix: '', suffix: '', bound: (n) => levelName(n, scale, locale) ?? plain(n), spaced: true };
    }
    return { prefix: '', suffix: scale?.max === undefined ? '' : `/${plain(scale.max)}`, bound: plain };
  }
  if (unit.type === 'percent') return { prefix: '', suffix: '%', bound: plain };
  if (unit.type === 'per-capita') return { prefix: '', suffix: perCapitaSuffix(unit, locale), bound: plain };
  if (unit.type === 'money' && unit.currency && !unit.noun) {
    // The currency's own digits and symbol: "1.234.500 ₫", "₫1,234,500", "US$1,234.50".
    const currency = unit.currency;
    const bound = (n: number) => formatCurrency(n, currency, locale);
    return { prefix: '', suffix: '', bound, spaced: true };
  }
  // count, index, ratio, none, and money given as a noun ("tỷ đồng"): the number, then the noun.
  return { prefix: '', suffix: unit.noun ? ` ${textOf(unit.noun, locale)}` : '', bound: plain };
}

const DONE: Readonly<Record<Locale, readonly [notDone: string, done: string]>> = {
  vi: ['chưa hoàn thành', 'đã hoàn thành'],
  en: ['not done', 'done'],
};

/**
 * A value in its unit: the one entry point for an observation or a milestone value. A boolean is
 * a qualitative value, done or not done. For an English noun, the data gives the plural
 * ("items"), which is used whatever the number.
 *
 * @example formatValue(35, { type: 'percent' }, 'vi') // "35%"
 * @example formatValue(3000, { type: 'count', noun: { vi: 'đối tượng', en: 'items' } }, 'en') // "3,000 items"
 * @example formatValue(20, { type: 'rank' }, 'vi', { outOf: 63 }) // "hạng 20/63"
 * @example formatValue(true, { type: 'none' }, 'vi') // "đã hoàn thành"
 * @returns {@link NO_VALUE} for NaN and ±Infinity.
 */
export function formatValue(value: number | boolean, unit: Unit, locale: Locale, context: ValueContext = {}): string {
  if (typeof value === 'boolean') return DONE[locale][value ? 1 : 0];
  if (!Number.isFinite(value)) return NO_VALUE;
  const m = measureOf(unit, locale, context);
  return `${m.prefix}${m.bound(value)}${m.suffix}`;
}

/** Options of {@link formatRange}: the value context, and whether one end of the band is open. */
export interface RangeOptions extends ValueContext {
  /** "từ 1,5 đến 2% trở lên": the band is a floor in practice. */
  openAbove?: boolean;
  /** "từ 1,5 đến 2% trở xuống": the band is a ceiling in practice. */
  openBelow?: boolean;
  /** "khoảng 1,5–2%". */
  approximate?: boolean;
}

const APPROXIMATE: Readonly<Record<Locale, string>> = { vi: 'khoảng', en: 'about' };

/**
 * A band with the unit written once, at the end: "1,5–2%", "3–5 doanh nghiệp", "hạng 10–20/63".
 * The dash is an en dash, unspaced between two plain numbers and spaced (" – ") when a bound is
 * negative, a word or has its own symbol, so that "-5 – -3" is not read as a subtraction.
 * An open end is said in words, not with ≥, because "≥ 1,5–2%" does not say which bound is the
 * floor: vi "từ 1,5–2% trở lên" / en "1.5–2% or more", and "trở xuống" / "or less" below. With
 * both ends open, neither is said. The bounds are shown in the order given.
 *
 * @example formatRange([1.5, 2], { type: 'percent' }, 'vi', { openAbove: true }) // "từ 1,5–2% trở lên"
 * @returns {@link NO_VALUE} when a bound is NaN or ±Infinity.
 */
export function formatRange(
  range: readonly [number, number],
  unit: Unit,
  locale: Locale,
  options: RangeOptions = {},
): string {
  const [low, high] = range;
  if (!Number.isFinite(low) || !Number.isFinite(high)) return NO_VALUE;
  const m = measureOf(unit, locale, options);
  let text: string;
  if (low === high) {
    text = `${m.prefix}${m.bound(low)}${m.suffix}`;
  } else {
    const spaced = m.spaced || low < 0 || high < 0;
    const upper = m.signed && low >= 0 ? formatNumber(high, locale) : m.bound(high);
    text = `${m.prefix}${m.bound(low)}${spaced ? ' – ' : '–'}${upper}${m.suffix}`;
  }
  if (options.approximate) text = `${APPROXIMATE[locale]} ${text}`;
  if (options.openAbove && !options.openBelow) return locale === 'vi' ? `từ ${text} trở lên` : `${text} or more`;
  if (options.openBelow && !options.openAbove) return locale === 'vi' ? `từ ${text} trở xuống` : `${text} or less`;
  return text;
}

/**
 * A position where 1 is best, out of how many when known.
 *
 * @example formatRank(20, 63, 'vi') // "hạng 20/63"
 * @example formatRank(20, 63, 'en') // "rank 20 of 63"
 */
export function formatRank(rank: number, outOf: number | undefined, locale: Locale): string {
  return formatValue(rank, { type: 'rank' }, locale, { outOf });
}

/**
 * A step on a scale. On a numbered scale the short form is "3/7" and the long form says what it
 * is: vi "cấp độ 3/7", en "level 3 of 7". On a scale of named levels (lowest first, level 1 is the
 * first name) both forms are the level's name in the locale. A level that is not on the scale is
 * shown as its number.
 *
 * @example formatLevel(3, { max: 7 }, 'vi') // "3/7"
 * @example formatLevel(3, { max: 7 }, 'en', { long: true }) // "level 3 of 7"
 */
export function formatLevel(
  level: number,
  scale: Scale | undefined,
  locale: Locale,
  options: { long?: boolean } = {},
): string {
  if (!Number.isFinite(level)) return NO_VALUE;
  const name = levelName(level, scale, locale);
  if (name !== undefined) return name;
  const n = formatNumber(level, locale);
  const max = scale?.max === undefined ? undefined : formatNumber(scale.max, locale);
  if (!options.long) return max === undefined ? n : `${n}/${max}`;
  if (locale === 'vi') return max === undefined ? `cấp độ ${n}` : `cấp độ ${n}/${max}`;
  return max === undefined ? `level ${n}` : `level ${n} of ${max}`;
}

/**
 * A rate per so many people: vi "12 người/vạn dân" (10,000 is "vạn dân", 1,000 "nghìn dân", 100
 * "trăm dân", another number "5.000 dân"), en "12 people per 10,000 population".
 */
export function formatPerCapita(value: number, unit: Unit, locale: Locale): string {
  return formatValue(value, { ...unit, type: 'per-capita' }, locale);
}

const COMPARATOR_TEXT: Readonly<Record<Comparator, Readonly<Record<Locale, string>>>> = {
  '>=': { vi: '≥', en: '≥' },
  '>': { vi: '>', en: '>' },
  '<=': { vi: '≤', en: '≤' },
  '<': { vi: '<', en: '<' },
  // A symbol "=" before a target reads as already equal; a word says it is to be reached.
  '=': { vi: 'đạt', en: 'reach' },
};

/** A comparator as it is read before a value: "≥", "<", and for "=" vi "đạt", en "reach". */
export function formatComparator(cmp: Comparator, locale: Locale): string {
  return COMPARATOR_TEXT[cmp][locale];
}

/** What {@link formatMilestone} needs of a target; a `Target` is one. */
export interface MilestoneContext extends ValueContext {
  indicator: { unit: Unit };
  kind: TargetKind;
}

const TO_BE_DONE: Readonly<Record<Locale, string>> = { vi: 'hoàn thành', en: 'done' };

/**
 * What a milestone asks for, in words: vi "≥ 35%", "đạt 3.000 đối tượng", "khoảng 30%",
 * "đạt khoảng 30%", "từ 1,5–2% trở lên", "≥ ×2", "+20%/năm"; en "≥ 35%", "reach 3,000 items",
 * "about 30%". A qualitative or cadence milestone with no value is vi "hoàn thành", en "done".
 *
 * @returns {@link NO_VALUE} for a numeric milestone that has neither a value nor a range.
 */
export function formatMilestone(milestone: Milestone, target: MilestoneContext, locale: Locale): string {
  const { unit } = target.indicator;
  const context: ValueContext = { kind: target.kind, outOf: target.outOf, scale: target.scale };
  const { range, value, comparator, approximate } = milestone;
  if (range) {
    return formatRange(range, unit, locale, {
      ...context,
      approximate,
      openAbove: milestone.openAbove,
      openBelow: milestone.openBelow,
    });
  }
  if (value !== undefined) {
    const words = [comparator && formatComparator(comparator, locale), approximate && APPROXIMATE[locale]];
    return [...words.filter(Boolean), formatValue(value, unit, locale, context)].join(' ');
  }
  if (target.kind === 'qualitative' || target.kind === 'cadence') return TO_BE_DONE[locale];
  return NO_VALUE;
}
