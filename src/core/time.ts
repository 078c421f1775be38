/**
 * Time as the engine sees it: a decimal year. A year-only date is that year's point (2023 → 2023),
 * so a baseline in 2020, a value in 2023 and a target in 2030 sit at 0 %, 30 % and 100 % of the way.
 * A month or a day adds its fraction of the year. Everything is in UTC: an "as of" date is a
 * calendar day, not an instant, so the host's time zone never moves a status.
 */
import type { Observation, PartialDate } from './schema.js';

const DAY_MS = 86_400_000;

function fractionOfYear(year: number, month: number, day: number): number {
  const start = Date.UTC(year, 0, 1);
  const length = Date.UTC(year + 1, 0, 1) - start;
  return (Date.UTC(year, month - 1, day) - start) / length;
}

/** `2023` → 2023; `2024-07` → 2024.496…; `2026-11-22` → 2026.89… */
export function timeOf(date: PartialDate): number {
  const [y, m, d] = date.split('-').map(Number);
  const year = y ?? NaN;
  if (m === undefined) return year;
  return year + fractionOfYear(year, m, d ?? 1);
}

/** The year an observation belongs to, and its time: a period counts at its end. */
export function observationTime(o: Observation): number {
  if (o.date !== undefined) return timeOf(o.date);
  if (o.period !== undefined) return o.period.to;
  return NaN;
}

export function observationYear(o: Observation): number {
  return Math.floor(observationTime(o));
}

/**
 * An "as of" date as `YYYY-MM-DD`. A string is taken as the calendar day it names; a Date is
 * read in UTC. Invalid input falls back to today, so a bad attribute never blanks a widget.
 */
export function asOfDay(asOf: Date | string | undefined, now: () => Date = () => new Date()): string {
  if (typeof asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    const t = Date.parse(`${asOf}T00:00:00Z`);
    if (!Number.isNaN(t) && new Date(t).toISOString().startsWith(asOf)) return asOf;
  }
  const date = asOf instanceof Date && !Number.isNaN(asOf.getTime()) ? asOf : now();
  return new Date(Math.floor(date.getTime() / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

/** True once the whole of the deadline (a year, or a more precise date) lies before `now`. */
export function deadlinePassed(year: number, date: PartialDate | undefined, now: number): boolean {
  if (date === undefined || date.length === 4) return now >= year + 1;
  const [y, m, d] = date.split('-').map(Number);
  if (d === undefined)
    return now >= (m === 12 ? (y ?? year) + 1 : timeOf(`${y}-${String((m ?? 1) + 1).padStart(2, '0')}`));
  return now > timeOf(date);
}
