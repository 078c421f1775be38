/**
 * What each status means to a reader: its label in vi and en, an icon name, and its place in a
 * sort by urgency. No widget shows a status by colour alone: it shows the icon and the label.
 */
import { STATUSES, type Status } from './vocabulary.js';

export interface StatusInfo {
  label: { vi: string; en: string };
  /** An icon name drawn by the widgets' shared icon set (src/components/shared). */
  icon: 'check' | 'arrow-up' | 'alert' | 'arrow-down' | 'cross' | 'dash' | 'question';
  /** 0 is the most urgent: a sort by status puts missed and off-track targets first. */
  urgency: number;
}

export const STATUS_INFO: Record<Status, StatusInfo> = {
  missed: { label: { vi: 'Không đạt', en: 'Missed' }, icon: 'cross', urgency: 0 },
  'off-track': { label: { vi: 'Chậm tiến độ', en: 'Off track' }, icon: 'arrow-down', urgency: 1 },
  'at-risk': { label: { vi: 'Có nguy cơ', en: 'At risk' }, icon: 'alert', urgency: 2 },
  'on-track': { label: { vi: 'Đúng tiến độ', en: 'On track' }, icon: 'arrow-up', urgency: 3 },
  achieved: { label: { vi: 'Đã đạt', en: 'Achieved' }, icon: 'check', urgency: 4 },
  'no-data': { label: { vi: 'Chưa có số liệu', en: 'No data' }, icon: 'dash', urgency: 5 },
  'not-assessable': { label: { vi: 'Chưa đánh giá được', en: 'Not assessable' }, icon: 'question', urgency: 6 },
};

export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

/** Compares two statuses by urgency, for sorting. */
export function compareStatus(a: Status, b: Status): number {
  return STATUS_INFO[a].urgency - STATUS_INFO[b].urgency;
}
