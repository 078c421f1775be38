/**
 * The words of the KPI gauge in vi and en: everything it says that is not from the document or
 * the engine's explanation. Kept in core, beside the model that uses them, so that the sentence a
 * screen reader hears is tested with plain strings.
 */
import type { Locale } from './vocabulary.js';

export interface GaugeWords {
  noData: string;
  target: string;
  baseline: string;
  expected: string;
  undated: string;
  met: string;
  missed: string;
  sample: string;
  why: string;
  latest: string;
  source: string;
  goal: (goal: string, deadline: string) => string;
  times: (k: string, year: string) => string;
  lastDone: (date: string) => string;
  /** Where a value stands against a range target's band. */
  position: Record<'below' | 'inside' | 'above', string>;
}

export const GAUGE_WORDS: Record<Locale, GaugeWords> = {
  vi: {
    noData: 'Chưa có số liệu',
    target: 'Mục tiêu',
    baseline: 'Mốc cơ sở',
    expected: 'Cần đạt hiện nay',
    undated: 'Không nêu hạn',
    met: 'Đạt',
    missed: 'Không đạt',
    sample: 'Số liệu minh hoạ',
    why: 'Vì sao?',
    latest: 'Số liệu',
    source: 'Nguồn',
    goal: (goal, deadline) => `Mục tiêu: ${goal}${deadline ? `, hạn ${deadline}` : ''}.`,
    times: (k, year) => `×${k} so với ${year}`,
    lastDone: (date) => `lần gần nhất ${date}`,
    position: { below: 'dưới khoảng mục tiêu', inside: 'trong khoảng mục tiêu', above: 'trên khoảng mục tiêu' },
  },
  en: {
    noData: 'No data',
    target: 'Target',
    baseline: 'Baseline',
    expected: 'Expected now',
    undated: 'No deadline',
    met: 'Met',
    missed: 'Missed',
    sample: 'Sample data',
    why: 'Why?',
    latest: 'Value',
    source: 'Source',
    goal: (goal, deadline) => `Target: ${goal}${deadline ? ` by ${deadline}` : ''}.`,
    times: (k, year) => `×${k} of ${year}`,
    lastDone: (date) => `last done ${date}`,
    position: { below: 'below the target band', inside: 'inside the target band', above: 'above the target band' },
  },
};
