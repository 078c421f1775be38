/**
 * Numbers as a reader sees them: plain, percent, multiple of a baseline, yearly growth.
 *
 * Locales: `vi` formats as vi-VN (`1.234,5`), `en` as en-GB (`1,234.5`). British rather than
 * US English because its dates put the day first ("6 Mar 2013"), the same order as Vietnamese,
 * so the two versions of a page read the same way; its numbers are the same as en-US.
 *
 * Every `Intl` formatter comes from a cache keyed by locale and options: building one costs far
 * more than using it, and a table of 20,000 targets formats every cell on each render.
 */
import type { Locale } from './vocabulary.js';

/** The BCP 47 tag each locale formats with. */
export const INTL_LOCALES: Readonly<Record<Locale, string>> = { vi: 'vi-VN', en: 'en-GB' };

/** What a number that cannot be shown (NaN, ±Infinity, an invalid date) formats as. */
export const NO_VALUE = '—';

/** Default and limit of fraction digits: enough for "1,25%", few enough to stay readable. */
const DEFAULT_MAX_FRACTION_DIGITS = 2;
const MAX_FRACTION_DIGITS = 20;

/**
 * A stable cache key for an options object: the same options in another key order, or with a
 * key set to `undefined`, share one formatter.
 */
export function optionsKey(locale: string, options: object): string {
  // Called for every number shown, so no intermediate arrays or JSON: option values are strings,
  // numbers and booleans, and keys are sorted in place (there are one to four of them).
  const record = options as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let key = locale;
  for (const k of keys) {
    const value = record[k];
    if (value !== undefined) key += `|${k}=${JSON.stringify(value)}`;
  }
  return key;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * The shared `Intl.NumberFormat` for a locale and options; the same object on every call with
 * equal options. The cache is not bounded: callers use a handful of option sets.
 */
export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = optionsKey(locale, options);
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALES[locale], options);
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * Replaces the no-break spaces `Intl` puts inside some outputs (U+00A0 between the amount and
 * "₫" in vi-VN; U+202F, which ICU 72 and later use in several time and unit patterns) with plain
 * spaces, so that every string this module returns is the same in Node and in each browser
 * whatever its ICU version, and equal to the one written in a test.
 * A widget that must not wrap a value says so in CSS (`white-space: nowrap`).
 */
export function normalizeSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

/** Fraction digits for a call; a minimum above the maximum raises the maximum (Intl would throw). */
export interface NumberOptions {
  /** At most this many digits after the decimal sign; trailing zeros are dropped. Default 2. */
  maxFractionDigits?: number;
  /** At least this many digits after the decimal sign, padded with zeros. Default 0. */
  minFractionDigits?: number;
}

function digits(n: number | undefined, fallback: number): number {
  if (n === undefined || !Number.isFinite(n)) return fallback;
  return Math.min(MAX_FRACTION_DIGITS, Math.max(0, Math.trunc(n)));
}

/** The plain-number formatter for a call's options. */
function plainFormat(
  locale: Locale,
  options: NumberOptions,
  signDisplay: 'negative' | 'exceptZero',
): Intl.NumberFormat {
  const min = digits(options.minFractionDigits, 0);
  const max = Math.max(min, digits(options.maxFractionDigits, DEFAULT_MAX_FRACTION_DIGITS));
  // 'negative' (not 'auto') so that -0, and a value like -0.001 that rounds to zero, print "0".
  return numberFormat(locale, { minimumFractionDigits: min, maximumFractionDigits: max, signDisplay });
}

/**
 * A number with the locale's separators, rounded to at most 2 fraction digits by default
 * (half away from zero, on the decimal value: 0.1 + 0.2 is "0,3", 1.005 is "1,01").
 *
 * @example formatNumber(1234.5, 'vi') // "1.234,5"
 * @example formatNumber(1234.5, 'en') // "1,234.5"
 * @returns {@link NO_VALUE} for NaN and ±Infinity; "0" for -0.
 */
export function formatNumber(value: number, locale: Locale, options: NumberOptions = {}): string {
  if (!Number.isFinite(value)) return NO_VALUE;
  return normalizeSpaces(plainFormat(locale, options, 'negative').format(value));
}

/**
 * A percentage stated as the document states it: 35 means 35 %, not 3500 %.
 *
 * Built as the number followed by "%" rather than with `style: 'percent'`, which would need the
 * value divided by 100 first, and that division is not exact in binary (1.005 / 100 is
 * 0.010049999…), so the last digit could differ from {@link formatNumber}'s. vi-VN and en-GB both
 * write the sign right after the digits (CLDR `#,##0%`; checked in Node 20 with ICU 78 and in
 * Chromium 156), which is exactly what this returns, with no space, breaking or not.
 *
 * @example formatPercent(1.5, 'vi') // "1,5%"
 * @example formatPercent(1.5, 'en') // "1.5%"
 */
export function formatPercent(value: number, locale: Locale, options: NumberOptions = {}): string {
  if (!Number.isFinite(value)) return NO_VALUE;
  return `${formatNumber(value, locale, options)}%`;
}

/**
 * A multiple of a baseline: "×3" is three times the baseline value (U+00D7, no space).
 *
 * @example formatMultiple(1.5, 'vi') // "×1,5"
 * @example formatMultiple(1.5, 'en') // "×1.5"
 */
export function formatMultiple(k: number, locale: Locale, options: NumberOptions = {}): string {
  if (!Number.isFinite(k)) return NO_VALUE;
  return `×${formatNumber(k, locale, options)}`;
}

/** The growth-rate number alone, signed: "+20", "-3", "0". */
export function formatSignedNumber(value: number, locale: Locale, options: NumberOptions = {}): string {
  if (!Number.isFinite(value)) return NO_VALUE;
  // 'exceptZero' signs both ways and prints a value that rounds to zero as a bare "0".
  return normalizeSpaces(plainFormat(locale, options, 'exceptZero').format(value));
}

/** The "per year" suffix of a growth rate. */
export const PER_YEAR: Readonly<Record<Locale, string>> = { vi: '%/năm', en: '%/yr' };

/**
 * A yearly growth rate in percent per year, always signed so that growth and decline are told
 * apart without colour.
 *
 * @example formatGrowth(20, 'vi') // "+20%/năm"
 * @example formatGrowth(20, 'en') // "+20%/yr"
 */
export function formatGrowth(ratePercentPerYear: number, locale: Locale, options: NumberOptions = {}): string {
  if (!Number.isFinite(ratePercentPerYear)) return NO_VALUE;
  return `${formatSignedNumber(ratePercentPerYear, locale, options)}${PER_YEAR[locale]}`;
}
