/**
 * The words of `<nq-target-timeline>` in vi and en: what each point announces when it takes the
 * keyboard focus (its date, value, verdict and source), the lines of the text view, axis tick
 * labels and the fixed UI strings. Built from the same model the chart is drawn from, so the
 * text and the picture cannot disagree. Every number goes through format.ts.
 */
import { observationDate } from './explanation.js';
import {
  formatLevel,
  formatMilestone,
  formatNumber,
  formatPartialDate,
  formatPercent,
  formatValue,
  textOf,
} from './format.js';
import type { Resolution } from './schema.js';
import { STATUS_INFO } from './status.js';
import type { TimelineLane, TimelineMilestone, TimelineStart, TimelineValue } from './timeline-model.js';
import type { Locale, Verdict } from './vocabulary.js';

export const TIMELINE_WORDS = {
  chart: { vi: 'Biểu đồ mốc thời gian các chỉ tiêu', en: 'Timeline of the targets' },
  keys: {
    vi: 'Dùng phím mũi tên để đi qua các mốc và số liệu.',
    en: 'Use the arrow keys to move between milestones and values.',
  },
  asOf: { vi: 'Đến', en: 'As of' },
  issued: { vi: 'Ban hành', en: 'Issued' },
  milestone: { vi: 'Mốc', en: 'Milestone' },
  noDeadline: { vi: 'không thời hạn', en: 'no deadline' },
  undatedShort: { vi: 'Không hạn', en: 'No deadline' },
  asOfLegend: { vi: 'Ngày đánh giá', en: 'As-of date' },
  value: { vi: 'Số liệu', en: 'Value' },
  baseline: { vi: 'Mốc cơ sở', en: 'Baseline' },
  firstValue: { vi: 'Số liệu đầu tiên (thay mốc cơ sở)', en: 'First value (standing in for a baseline)' },
  source: { vi: 'Nguồn', en: 'Source' },
  sample: { vi: 'dữ liệu mẫu', en: 'sample data' },
  sampleBadge: { vi: 'Dữ liệu mẫu, không phải số liệu báo cáo', en: 'Sample data, not reported values' },
  required: { vi: 'Lộ trình yêu cầu', en: 'Required path' },
  projected: { vi: 'Xu hướng dự báo', en: 'Projected path' },
  reported: { vi: 'Số liệu báo cáo', en: 'Reported values' },
  band: { vi: 'Khoảng mục tiêu', en: 'Target band' },
  textView: { vi: 'Xem dạng văn bản', en: 'Show as text' },
  zoom: { vi: 'Giai đoạn', en: 'Period' },
  all: { vi: 'Toàn bộ', en: 'All' },
  noTargets: { vi: 'Không có chỉ tiêu nào để hiển thị.', en: 'There is no target to show.' },
  noValues: { vi: 'chưa có số liệu', en: 'no values reported' },
  rankNote: { vi: 'hạng 1 là cao nhất', en: 'rank 1 is best' },
  status: { vi: 'Trạng thái', en: 'Status' },
  loading: { vi: 'Đang tải dữ liệu…', en: 'Loading data…' },
} as const satisfies Record<string, Record<Locale, string>>;

export type TimelineWord = keyof typeof TIMELINE_WORDS;

export function word(key: TimelineWord, locale: Locale): string {
  return TIMELINE_WORDS[key][locale];
}

const VERDICT_WORDS: Record<Verdict, Record<Locale, string>> = {
  met: { vi: 'đạt đúng hạn', en: 'met by the deadline' },
  missed: { vi: 'không đạt khi hết hạn', en: 'missed at the deadline' },
};

export function verdictText(verdict: Verdict, locale: Locale): string {
  return VERDICT_WORDS[verdict][locale];
}

/** The deadline as the document gives it: "2025", "31/12/2025", or "không thời hạn". */
export function deadlineText(m: TimelineMilestone, locale: Locale): string {
  const { milestone } = m;
  if (milestone.year === null) return word('noDeadline', locale);
  return milestone.date !== undefined ? formatPartialDate(milestone.date, locale) : String(milestone.year);
}

/** What the milestone asks for: "≥ 35%", "từ 1,5–2% trở lên", "hoàn thành". */
export function milestoneGoalText(lane: TimelineLane, m: TimelineMilestone, locale: Locale): string {
  return formatMilestone(m.milestone, lane.target, locale);
}

/** A value in the target's unit, a rank out of the number of its own time. */
export function valueText(lane: TimelineLane, v: TimelineValue, locale: Locale): string {
  const { target } = lane;
  const outOf = v.observation.outOf ?? target.outOf;
  return formatValue(v.value, target.indicator.unit, locale, { outOf, scale: target.scale });
}

/** "Mốc 2025: ≥ 35% · Không đạt · không đạt khi hết hạn"; "Mốc (không thời hạn): hoàn thành · …". */
export function describeMilestone(lane: TimelineLane, m: TimelineMilestone, locale: Locale): string {
  const when = m.milestone.year === null ? `(${deadlineText(m, locale)})` : deadlineText(m, locale);
  const parts = [
    `${word('milestone', locale)} ${when}: ${milestoneGoalText(lane, m, locale)}`,
    STATUS_INFO[m.assessment.status].label[locale],
  ];
  if (m.assessment.verdict) parts.push(verdictText(m.assessment.verdict, locale));
  return parts.join(' · ');
}

/** "Số liệu 2024: hạng 37/63 · Nguồn: Bộ KH&CN · dữ liệu mẫu". */
export function describeValue(lane: TimelineLane, v: TimelineValue, locale: Locale): string {
  const parts = [
    `${word('value', locale)} ${observationDate(v.observation, locale)}: ${valueText(lane, v, locale)}`,
    `${word('source', locale)}: ${textOf(v.observation.source.name, locale)}`,
  ];
  if (v.sample) parts.push(word('sample', locale));
  return parts.join(' · ');
}

/** "Mốc cơ sở 2020: 40%". */
export function describeStart(lane: TimelineLane, start: TimelineStart, locale: Locale): string {
  const { target } = lane;
  const b = target.baseline;
  const when = start.observation
    ? observationDate(start.observation, locale)
    : b?.period && b.year === undefined
      ? `${b.period.from}–${b.period.to}`
      : String(start.t);
  const value = formatValue(start.value, target.indicator.unit, locale, { outOf: target.outOf, scale: target.scale });
  const source = start.observation?.source ?? b?.source;
  const from = source ? ` · ${word('source', locale)}: ${textOf(source.name, locale)}` : '';
  return `${word(start.fromObservation ? 'firstValue' : 'baseline', locale)} ${when}: ${value}${from}`;
}

/** "34-CTr/TU" or the start of the title when the document has no number. */
export function documentName(doc: Resolution, locale: Locale): string {
  return doc.number ?? textOf(doc.title, locale);
}

/** "Ban hành 06/03/2013"; the document's name goes beside it. */
export function describeIssue(doc: Resolution, locale: Locale): string {
  return doc.date ? `${word('issued', locale)} ${formatPartialDate(doc.date, locale)}` : '';
}

/** The label of the "as of" line: "Đến 22/11/2026". */
export function asOfText(asOf: string, locale: Locale): string {
  return `${word('asOf', locale)} ${formatPartialDate(asOf, locale)}`;
}

/** A tick on the value axis, short: "35%", "20", "3/7" or a level's name. */
export function tickText(lane: TimelineLane, n: number, locale: Locale): string {
  const { target } = lane;
  const unit = target.indicator.unit;
  if (target.kind === 'level' || unit.type === 'level') return formatLevel(n, target.scale, locale);
  if (unit.type === 'percent' && target.kind !== 'multiple') return formatPercent(n, locale);
  return formatNumber(n, locale);
}

/** The value axis's title: the indicator, and for a rank which way is up. */
export function axisTitle(lane: TimelineLane, locale: Locale): string {
  const name = textOf(lane.target.indicator.name, locale);
  return lane.target.kind === 'rank' || lane.target.indicator.unit.type === 'rank'
    ? `${name} (${word('rankNote', locale)})`
    : name;
}

/** The target's status in words, with its label: "Tỷ lệ … — Đúng tiến độ". */
export function statusText(lane: TimelineLane, locale: Locale): string {
  return STATUS_INFO[lane.assessment.status].label[locale];
}
