/**
 * Dates as a reader sees them: a document date at the precision it is known ("2025", "03/2013",
 * "06/03/2013"), and the time a page was last updated.
 *
 * The strings are assembled from `formatToParts` rather than taken whole from `format`, because
 * the whole patterns are not what we want and change between CLDR versions (vi-VN writes a month
 * as "tháng 03, 2013"; it puts the time before the date with no comma), while the parts do not.
 */
import { INTL_LOCALES, NO_VALUE, normalizeSpaces, optionsKey } from './format-number.js';
import type { PartialDate } from './schema.js';
import type { Locale } from './vocabulary.js';

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The shared `Intl.DateTimeFormat` for a locale and options; the same object on every call with
 * equal options. Without `timeZone` it formats in the runtime's zone as it was on first use.
 *
 * @throws RangeError for a time zone the runtime does not know.
 */
export function dateTimeFormat(locale: Locale, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  const key = optionsKey(locale, options);
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALES[locale], options);
    dateTimeFormats.set(key, format);
  }
  return format;
}

type Parts = Partial<Record<Intl.DateTimeFormatPartTypes, string>>;

function partsOf(format: Intl.DateTimeFormat, time: number): Parts {
  const parts: Parts = {};
  for (const { type, value } of format.formatToParts(time)) parts[type] = normalizeSpaces(value);
  return parts;
}

/**
 * en-GB's short September is "Sept" since CLDR 38 and "Sep" before it, so the output would
 * depend on the browser's ICU; "Sep" is the same everywhere and keeps every month three letters.
 */
function shortMonth(month: string | undefined): string {
  return month === 'Sept' ? 'Sep' : (month ?? '');
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A parsed partial date: the UTC midnight of its first day, its year as written, its precision. */
interface ParsedDate {
  time: number;
  year: string;
  precision: 'year' | 'month' | 'day';
}

/**
 * Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` by hand, as UTC, because `new Date('2013-03')` is UTC
 * but `new Date('2013-03-06T00:00')` is local, and a local midnight shown in UTC can be the day
 * before. Returns undefined for a string that is not one of the forms or names no real day.
 */
function parsePartialDate(text: string): ParsedDate | undefined {
  const m = PARTIAL_DATE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCMonth() !== month - 1) return undefined; // 2024-02-30 rolled over into March
  const precision = m[3] !== undefined ? 'day' : m[2] !== undefined ? 'month' : 'year';
  return { time: date.getTime(), year: m[1] ?? '', precision };
}

const PARTIAL_DATE_OPTIONS: Record<Locale, Record<'month' | 'day', Intl.DateTimeFormatOptions>> = {
  vi: {
    month: { month: '2-digit', year: 'numeric', timeZone: 'UTC' },
    day: { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' },
  },
  en: {
    month: { month: 'short', year: 'numeric', timeZone: 'UTC' },
    day: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  },
};

/**
 * A date at the precision it is known: a year alone, a month and year, or a day.
 * vi uses the numeric form of Vietnamese official documents; en the British "6 Mar 2013".
 *
 * @example formatPartialDate('2013-03', 'vi') // "03/2013"
 * @example formatPartialDate('2013-03', 'en') // "Mar 2013"
 * @example formatPartialDate('2013-03-06', 'vi') // "06/03/2013"
 * @example formatPartialDate('2013-03-06', 'en') // "6 Mar 2013"
 * @returns {@link NO_VALUE} for a string that is not a real `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 */
export function formatPartialDate(partialDate: PartialDate, locale: Locale): string {
  const parsed = parsePartialDate(partialDate);
  if (!parsed) return NO_VALUE;
  // The year as written: four digits, where Intl would shorten a year before 1000.
  const { year, precision } = parsed;
  if (precision === 'year') return year;
  const p = partsOf(dateTimeFormat(locale, PARTIAL_DATE_OPTIONS[locale][precision]), parsed.time);
  if (locale === 'vi') {
    return precision === 'month' ? `${p.month}/${year}` : `${p.day}/${p.month}/${year}`;
  }
  const month = shortMonth(p.month);
  return precision === 'month' ? `${month} ${year}` : `${p.day} ${month} ${year}`;
}

function dateTimeOptions(locale: Locale, timeZone: string | undefined): Intl.DateTimeFormatOptions {
  return {
    // h23, not hour12: false, which some engines render as "24:05" after midnight.
    hourCycle: 'h23',
    hour: '2-digit',
    minute: '2-digit',
    day: locale === 'vi' ? '2-digit' : 'numeric',
    month: locale === 'vi' ? '2-digit' : 'short',
    year: 'numeric',
    timeZone,
  };
}

/**
 * A moment to the minute, time first, 24-hour in both locales, as in "Cập nhật lúc 10:32,
 * 22/11/2026". Formats in `timeZone` (an IANA name such as 'Asia/Ho_Chi_Minh') when given,
 * otherwise in the runtime's zone.
 *
 * @example formatDateTime(date, 'vi', 'Asia/Ho_Chi_Minh') // "10:32, 22/11/2026"
 * @example formatDateTime(date, 'en', 'Asia/Ho_Chi_Minh') // "10:32, 22 Nov 2026"
 * @returns {@link NO_VALUE} for an invalid Date.
 * @throws RangeError for a time zone the runtime does not know.
 */
export function formatDateTime(date: Date, locale: Locale, timeZone?: string): string {
  const time = date.getTime();
  if (!Number.isFinite(time)) return NO_VALUE;
  const p = partsOf(dateTimeFormat(locale, dateTimeOptions(locale, timeZone)), time);
  const day = locale === 'vi' ? `${p.day}/${p.month}/${p.year}` : `${p.day} ${shortMonth(p.month)} ${p.year}`;
  return `${p.hour}:${p.minute}, ${day}`;
}
