/**
 * The goal table's own words, in vi and en: column headers, controls, group names, counts. A
 * document's strings never come from here; they are the document's own.
 */
import type { GroupKey, SortKey } from './table-model.js';
import type { Locale } from './vocabulary.js';

/** The columns a goal table can show, in their order. */
export const COLUMN_KEYS = [
  'document',
  'ref',
  'indicator',
  'baseline',
  'targets',
  'latest',
  'progress',
  'status',
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

type Words = Readonly<Record<Locale, string>>;

export const COLUMN_LABELS: Readonly<Record<ColumnKey, Words>> = {
  document: { vi: 'Văn bản', en: 'Document' },
  ref: { vi: 'Mục', en: 'Clause' },
  indicator: { vi: 'Chỉ tiêu', en: 'Indicator' },
  baseline: { vi: 'Mốc cơ sở', en: 'Baseline' },
  targets: { vi: 'Mục tiêu và thời hạn', en: 'Targets and deadlines' },
  latest: { vi: 'Số liệu mới nhất', en: 'Latest value' },
  progress: { vi: 'Tiến độ', en: 'Progress' },
  status: { vi: 'Trạng thái', en: 'Status' },
};

/** Which column each sort key belongs to. */
export const SORT_COLUMNS: Readonly<Partial<Record<ColumnKey, SortKey>>> = {
  indicator: 'name',
  targets: 'deadline',
  progress: 'progress',
  status: 'status',
};

export const SORT_LABELS: Readonly<Record<SortKey, Words>> = {
  order: { vi: 'Thứ tự trong văn bản', en: 'Document order' },
  status: { vi: 'Trạng thái', en: 'Status' },
  progress: { vi: 'Tiến độ', en: 'Progress' },
  deadline: { vi: 'Thời hạn', en: 'Deadline' },
  name: { vi: 'Tên chỉ tiêu', en: 'Name' },
};

export const GROUP_LABELS: Readonly<Record<GroupKey, Words>> = {
  section: { vi: 'Theo mục của văn bản', en: 'By section' },
  area: { vi: 'Theo lĩnh vực', en: 'By area' },
  document: { vi: 'Theo văn bản', en: 'By document' },
  none: { vi: 'Không nhóm', en: 'No grouping' },
};

/** Indicator areas the seed documents use; an area not listed here is shown by its id. */
export const AREA_LABELS: Readonly<Record<string, Words>> = {
  administration: { vi: 'Cải cách hành chính', en: 'Administration' },
  agriculture: { vi: 'Nông nghiệp', en: 'Agriculture' },
  budget: { vi: 'Ngân sách', en: 'Budget' },
  digital: { vi: 'Chuyển đổi số', en: 'Digital transformation' },
  enterprises: { vi: 'Doanh nghiệp', en: 'Enterprises' },
  governance: { vi: 'Quản trị', en: 'Governance' },
  'human-resources': { vi: 'Nhân lực', en: 'Human resources' },
  infrastructure: { vi: 'Hạ tầng', en: 'Infrastructure' },
  innovation: { vi: 'Đổi mới sáng tạo', en: 'Innovation' },
  'intellectual-property': { vi: 'Sở hữu trí tuệ', en: 'Intellectual property' },
};

export const UI = {
  search: { vi: 'Tìm chỉ tiêu', en: 'Search targets' },
  searchHint: { vi: 'Gõ có dấu hoặc không dấu', en: 'With or without Vietnamese diacritics' },
  filters: { vi: 'Lọc', en: 'Filter' },
  all: { vi: 'Tất cả', en: 'All' },
  status: { vi: 'Trạng thái', en: 'Status' },
  area: { vi: 'Lĩnh vực', en: 'Area' },
  year: { vi: 'Năm hạn', en: 'Deadline year' },
  document: { vi: 'Văn bản', en: 'Document' },
  group: { vi: 'Nhóm', en: 'Group' },
  sort: { vi: 'Sắp xếp', en: 'Sort' },
  export: { vi: 'Tải CSV', en: 'Download CSV' },
  expandAll: { vi: 'Mở tất cả', en: 'Expand all' },
  collapseAll: { vi: 'Thu gọn tất cả', en: 'Collapse all' },
  details: { vi: 'Chi tiết', en: 'Details' },
  noSection: { vi: 'Không thuộc mục nào', en: 'No section' },
  noArea: { vi: 'Chưa xếp lĩnh vực', en: 'No area' },
  noDeadline: { vi: 'Không thời hạn', en: 'No deadline' },
  wording: { vi: 'Nguyên văn', en: 'Original wording (Vietnamese)' },
  milestones: { vi: 'Các mốc', en: 'Milestones' },
  history: { vi: 'Số liệu đã báo cáo', en: 'Reported values' },
  why: { vi: 'Vì sao có trạng thái này', en: 'Why this status' },
  source: { vi: 'Nguồn', en: 'Source' },
  date: { vi: 'Thời điểm', en: 'Date' },
  value: { vi: 'Giá trị', en: 'Value' },
  goal: { vi: 'Mục tiêu', en: 'Target' },
  deadline: { vi: 'Thời hạn', en: 'Deadline' },
  verdict: { vi: 'Kết quả', en: 'Verdict' },
  notYetDue: { vi: 'Chưa đến hạn', en: 'Not yet due' },
  met: { vi: 'Đạt', en: 'Met' },
  missed: { vi: 'Không đạt', en: 'Missed' },
  noValues: { vi: 'Chưa có số liệu nào được báo cáo.', en: 'No value has been reported.' },
  sample: { vi: 'Số liệu mẫu', en: 'Sample data' },
  sampleDoc: { vi: 'Văn bản mẫu: mọi con số là số liệu minh hoạ', en: 'Sample document: every number is illustrative' },
  context: {
    vi: 'Hiện để giữ chỉ tiêu con đúng chỗ; không khớp bộ lọc',
    en: 'Shown to keep a nested target in place; does not match the filter',
  },
  nestedIn: { vi: 'Trong đó', en: 'Of which' },
  empty: { vi: 'Văn bản không có chỉ tiêu nào.', en: 'The document has no targets.' },
  noMatch: { vi: 'Không có chỉ tiêu nào khớp bộ lọc.', en: 'No target matches the filter.' },
  clear: { vi: 'Bỏ lọc', en: 'Clear filters' },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  noteLabel: { vi: 'Ghi chú', en: 'Note' },
  override: { vi: 'Trạng thái do đơn vị công bố đặt', en: 'Status set by the publisher' },
} as const satisfies Record<string, Words>;

/** "Hiển thị 12/40 chỉ tiêu" / "Showing 12 of 40 targets". */
export function countText(matched: number, total: number, locale: Locale, format: (n: number) => string): string {
  if (locale === 'vi')
    return matched === total ? `${format(total)} chỉ tiêu` : `Hiển thị ${format(matched)}/${format(total)} chỉ tiêu`;
  const noun = total === 1 ? 'target' : 'targets';
  return matched === total ? `${format(total)} ${noun}` : `Showing ${format(matched)} of ${format(total)} ${noun}`;
}

/** The sort button's accessible description: what a press will do. */
export function sortHint(label: string, next: 'ascending' | 'descending', locale: Locale): string {
  if (locale === 'vi') return `Sắp xếp theo ${label.toLowerCase()}, ${next === 'ascending' ? 'tăng dần' : 'giảm dần'}`;
  return `Sort by ${label.toLowerCase()}, ${next}`;
}
