/**
 * Retry delays: exponential back-off with jitter, and the server's own `Retry-After`. Pure, so
 * the scheduler's timing can be tested with plain numbers.
 */

export interface BackoffOptions {
  /** The delay after the first failure, before jitter (ms). */
  base: number;
  /** No delay grows past this (ms). */
  max: number;
}

/**
 * The delay before retry number `failures` (1 after the first failure): `base · 2^(failures-1)`,
 * capped at `max`, with "equal jitter": half of it fixed, half random, so that many pages that
 * failed together do not come back together, and none retries sooner than half the step.
 */
export function backoffDelay(failures: number, random: number, { base, max }: BackoffOptions): number {
  const step = Math.min(max, base * 2 ** Math.max(0, failures - 1));
  const r = Math.min(Math.max(random, 0), 1);
  return Math.round(step / 2 + (step / 2) * r);
}

/** A server may ask for at most this long a pause; beyond it we assume a misconfiguration. */
export const MAX_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * `Retry-After` as a delay in ms from `now`: either delay-seconds (`120`) or an HTTP-date
 * (`Wed, 21 Oct 2026 07:28:00 GMT`). Undefined when absent or unreadable; a date in the past is 0.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value == null) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, MAX_RETRY_AFTER_MS);
  // An HTTP-date starts with a day name; Date.parse alone would read "-5" or "1.5" as dates.
  if (!/^[A-Za-z]{3}/.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.min(Math.max(0, at - now), MAX_RETRY_AFTER_MS);
}
