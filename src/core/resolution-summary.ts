/**
 * What `<nq-resolution>` says about a document as a whole, as plain data: its header in the
 * reader's language (an unknown number or date said as unknown, never invented), the roll-up of
 * statuses as segments of a bar, and which targets to highlight.
 */
import type { RollUp } from './assess.js';
import { formatPartialDate, textOf } from './format.js';
import { DOCUMENT_KIND_LABELS, DOCUMENT_STATUS_LABELS, DOCUMENT_WORDS, RELATION_LABELS } from './messages/document.js';
import type { Resolution } from './schema.js';
import { STATUS_INFO } from './status.js';
import { STATUSES, type DocumentStatus, type Locale, type Status } from './vocabulary.js';

export interface ResolutionHeader {
  title: string;
  kind: string;
  /** The number, or the words for an unknown one. */
  number: string;
  numberKnown: boolean;
  issuer: string;
  adminUnit: string;
  date: string;
  dateKnown: boolean;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, for a `<time datetime>`; empty when unknown. */
  dateTime: string;
  status: DocumentStatus;
  statusLabel: string;
  /** "2021–2025, tầm nhìn đến 2030", or empty. */
  period: string;
  relations: string[];
}

export function resolutionHeader(doc: Resolution, locale: Locale): ResolutionHeader {
  const words = (w: { vi: string; en: string }) => w[locale];
  const span = doc.period ? `${doc.period.from}–${doc.period.to}` : '';
  const horizon = doc.horizon !== undefined ? `${words(DOCUMENT_WORDS.horizon)} ${doc.horizon}` : '';
  return {
    title: textOf(doc.title, locale),
    kind: words(DOCUMENT_KIND_LABELS[doc.kind]),
    number: doc.number ?? words(DOCUMENT_WORDS.numberUnknown),
    numberKnown: doc.number !== null,
    issuer: textOf(doc.issuer, locale),
    adminUnit: textOf(doc.adminUnit.name, locale),
    date: doc.date ? formatPartialDate(doc.date, locale) : words(DOCUMENT_WORDS.dateUnknown),
    dateKnown: doc.date !== null,
    dateTime: doc.date ?? '',
    status: doc.status,
    statusLabel: words(DOCUMENT_STATUS_LABELS[doc.status]),
    period: [span, horizon].filter(Boolean).join(', '),
    relations: (doc.relations ?? []).map((r) => {
      const what = [r.number ?? '', r.date ? formatPartialDate(r.date, locale) : ''].filter(Boolean).join(', ');
      const title = r.title ? ` (${textOf(r.title, locale)})` : '';
      return `${words(RELATION_LABELS[r.type])} ${what}${title}`;
    }),
  };
}

export interface RollUpSegment {
  status: Status;
  count: number;
  /** Share of all targets, 0 to 1. */
  share: number;
  label: string;
}

/** The statuses that occur, most urgent first, with their counts and shares. */
export function rollUpSegments(rollUp: RollUp, locale: Locale): RollUpSegment[] {
  const total = rollUp.total;
  return [...STATUSES]
    .sort((a, b) => STATUS_INFO[a].urgency - STATUS_INFO[b].urgency)
    .filter((s) => rollUp.byStatus[s] > 0)
    .map((status) => ({
      status,
      count: rollUp.byStatus[status],
      share: total === 0 ? 0 : rollUp.byStatus[status] / total,
      label: STATUS_INFO[status].label[locale],
    }));
}

/**
 * The ids of the targets to show as gauges: those named in `highlight` ("a,b,c") that exist, in
 * that order; by default the first `count` top-level targets that have a reported value, then
 * the first others if too few have one, in the document's order. A row of "no data" gauges at
 * the top of a page says less than the targets something can be said about.
 */
export function highlightedTargets(doc: Resolution, highlight: string | undefined, count = 3): string[] {
  const ids = new Set(doc.targets.map((t) => t.id));
  if (highlight !== undefined && highlight.trim() !== '') {
    return highlight
      .split(',')
      .map((s) => s.trim())
      .filter((id, i, all) => ids.has(id) && all.indexOf(id) === i);
  }
  const reported = new Set((doc.observations ?? []).map((o) => o.indicator));
  const top = doc.targets.filter((t) => t.parent === undefined);
  const first = [
    ...top.filter((t) => reported.has(t.indicator.code)),
    ...top.filter((t) => !reported.has(t.indicator.code)),
  ];
  const chosen = new Set(first.slice(0, Math.max(0, count)));
  return top.filter((t) => chosen.has(t)).map((t) => t.id);
}
