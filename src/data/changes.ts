/**
 * What changed between two versions of a document, in words a screen reader can say: "Đã cập
 * nhật: Tỷ lệ chi cho KH&CN: 2,1%." Only observations are compared: they are what moves.
 */
import { formatValue, textOf } from '../core/format.js';
import type { Observation, Resolution, Text, Unit } from '../core/schema.js';
import type { Locale } from '../core/vocabulary.js';
import { observationKey } from './merge.js';

export interface ValueChange {
  indicator: string;
  label: Text;
  unit: Unit | undefined;
  before: Observation['value'] | undefined;
  after: Observation['value'];
}

/** The observations of `next` that are new or carry another value than in `previous`. */
export function changedValues(previous: Resolution, next: Resolution): ValueChange[] {
  const before = new Map<string, Observation>();
  for (const o of previous.observations ?? []) before.set(observationKey(o), o);
  const out: ValueChange[] = [];
  for (const o of next.observations ?? []) {
    const old = before.get(observationKey(o));
    if (old && old.value === o.value) continue;
    const target = next.targets.find((t) => t.indicator.code === o.indicator);
    out.push({
      indicator: o.indicator,
      label: target?.label ?? { vi: o.indicator },
      unit: target?.indicator.unit,
      before: old?.value,
      after: o.value,
    });
  }
  return out;
}

/** How many changes an announcement names; the rest are counted. */
export const CHANGES_NAMED = 3;

function valueText(change: ValueChange, locale: Locale): string {
  if (typeof change.after === 'boolean') {
    const done = { vi: ['chưa đạt', 'đã đạt'], en: ['not done', 'done'] }[locale];
    return done[change.after ? 1 : 0] ?? '';
  }
  return change.unit ? formatValue(change.after, change.unit, locale) : String(change.after);
}

/**
 * Announcements already made, by the pair of documents: every widget on one source (or given one
 * validated object) announces the same change, and a hundred of them should not diff it a hundred times.
 */
const described = new WeakMap<Resolution, WeakMap<Resolution, { vi: string; en: string }>>();

/** The announcement for new data, in both languages. */
export function describeChanges(previous: Resolution, next: Resolution): { vi: string; en: string } {
  let byNext = described.get(previous);
  if (!byNext) described.set(previous, (byNext = new WeakMap()));
  let message = byNext.get(next);
  if (!message) byNext.set(next, (message = describe(previous, next)));
  return message;
}

function describe(previous: Resolution, next: Resolution): { vi: string; en: string } {
  const changes = changedValues(previous, next);
  if (changes.length === 0) return { vi: 'Dữ liệu đã được cập nhật.', en: 'The data was updated.' };
  const named = changes.slice(0, CHANGES_NAMED);
  const more = changes.length - named.length;
  const list = (locale: Locale) => named.map((c) => `${textOf(c.label, locale)}: ${valueText(c, locale)}`).join('; ');
  return {
    vi: `Đã cập nhật: ${list('vi')}${more > 0 ? `; và ${more} giá trị khác` : ''}.`,
    en: `Updated: ${list('en')}${more > 0 ? `; and ${more} more` : ''}.`,
  };
}
