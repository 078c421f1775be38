/**
 * Observations sent on their own (a live stream's `observations` event) and merged into a
 * document: one observation per indicator and time (its date, or its period), the newer one wins.
 */
import type { Observation, Resolution } from '../core/schema.js';

/** What identifies an observation: its indicator and when it holds. */
export function observationKey(o: Pick<Observation, 'indicator' | 'date' | 'period'>): string {
  const when = o.date ?? (o.period ? `${o.period.from}/${o.period.to}` : '');
  return `${o.indicator} ${when}`;
}

/** `base` with `incoming` laid over it: a same-key observation is replaced in place, a new one appended. */
export function mergeObservations(base: readonly Observation[], incoming: readonly Observation[]): Observation[] {
  const out = [...base];
  const index = new Map<string, number>();
  out.forEach((o, i) => index.set(observationKey(o), i));
  for (const o of incoming) {
    const key = observationKey(o);
    const at = index.get(key);
    if (at === undefined) {
      index.set(key, out.length);
      out.push(o);
    } else {
      out[at] = o;
    }
  }
  return out;
}

/** The document with the observations merged in; unvalidated, since a patch can break a rule. */
export function applyObservations(doc: Resolution, patches: readonly Observation[]): Resolution {
  if (patches.length === 0) return doc;
  return { ...doc, observations: mergeObservations(doc.observations ?? [], patches) };
}

/** A loose check that a stream's payload is a list of observations; the validator does the rest. */
export function asObservationList(value: unknown): Observation[] | undefined {
  const list: unknown = Array.isArray(value)
    ? value
    : value !== null && typeof value === 'object'
      ? (value as { observations?: unknown }).observations
      : undefined;
  if (!Array.isArray(list)) return undefined;
  const ok = list.every(
    (o: unknown) => o !== null && typeof o === 'object' && typeof (o as { indicator?: unknown }).indicator === 'string',
  );
  return ok ? (list as Observation[]) : undefined;
}
