/** Words about a document as a whole, in vi and en: its kind, its status, what is unknown. */
import type { DocumentKind, DocumentStatus, RelationType } from '../vocabulary.js';

type Words = { vi: string; en: string };

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, Words> = {
  'nghi-quyet': { vi: 'Nghị quyết', en: 'Resolution' },
  'chuong-trinh-hanh-dong': { vi: 'Chương trình hành động', en: 'Action programme' },
  'ke-hoach': { vi: 'Kế hoạch', en: 'Plan' },
  'ket-luan': { vi: 'Kết luận', en: 'Conclusion' },
  other: { vi: 'Văn bản', en: 'Document' },
};

export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, Words> = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  issued: { vi: 'Đã ban hành', en: 'Issued' },
  superseded: { vi: 'Đã được thay thế', en: 'Superseded' },
  expired: { vi: 'Hết hiệu lực', en: 'Expired' },
};

export const RELATION_LABELS: Record<RelationType, Words> = {
  implements: { vi: 'Thực hiện', en: 'Implements' },
  follows: { vi: 'Kế tiếp', en: 'Follows' },
  supersedes: { vi: 'Thay thế', en: 'Supersedes' },
  'refers-to': { vi: 'Căn cứ', en: 'Refers to' },
};

export const DOCUMENT_WORDS = {
  number: { vi: 'Số', en: 'No.' },
  numberUnknown: { vi: 'chưa có số', en: 'number not given' },
  date: { vi: 'Ngày', en: 'Date' },
  dateUnknown: { vi: 'chưa rõ ngày', en: 'date not given' },
  issuer: { vi: 'Cơ quan ban hành', en: 'Issued by' },
  period: { vi: 'Giai đoạn', en: 'Period' },
  horizon: { vi: 'tầm nhìn đến', en: 'horizon' },
  targets: { vi: 'chỉ tiêu', en: 'targets' },
  summary: { vi: 'Tình hình thực hiện', en: 'Progress summary' },
  highlights: { vi: 'Chỉ tiêu nổi bật', en: 'Highlighted targets' },
  table: { vi: 'Tất cả chỉ tiêu', en: 'All targets' },
  timeline: { vi: 'Lộ trình', en: 'Timeline' },
  asOf: { vi: 'Tính đến ngày', en: 'As of' },
  draftNote: {
    vi: 'Đây là dự thảo: các chỉ tiêu có thể thay đổi khi văn bản được ban hành.',
    en: 'This is a draft: its targets may change when it is issued.',
  },
  sampleNote: {
    vi: 'Tài liệu minh họa: mọi con số trong đó là dữ liệu minh họa.',
    en: 'An illustrative document: every number in it is sample data.',
  },
} as const;
