/**
 * What each cell of a goal-table row says, formatted for a locale. Computed once per row and
 * locale and kept (a row object is rebuilt whenever its document or "as of" date changes), so a
 * virtualized table formats only the rows that scroll into view, and formats each one once; what
 * only the row's details show, when they are first opened.
 */
import type { TimedValue } from './assess.js';
import { explain, observationDate } from './explanation.js';
import { formatMilestone, formatNumber, formatPartialDate, formatValue, textOf } from './format.js';
import type { Resolution, Target } from './schema.js';
import { STATUS_INFO } from './status.js';
import { AREA_LABELS, UI } from './table-messages.js';
import type { TableRow, ViewGroup } from './table-model.js';
import type { Locale, Status, Verdict } from './vocabulary.js';

export interface ValueCell {
  value: string;
  date: string;
  source: string;
  url?: string;
  note?: string;
  evidence?: string;
  sample: boolean;
}

export interface MilestoneCell {
  deadline: string;
  goal: string;
  ref?: string;
  wording?: string;
  status: Status;
  statusLabel: string;
  verdict?: Verdict;
  /** "Đạt", "Không đạt", or "Chưa đến hạn". */
  verdictLabel: string;
  /** The milestone the row's status is about. */
  current: boolean;
}

export interface RowCells {
  document: string;
  ref: string;
  label: string;
  indicator: string;
  baseline: string;
  baselineSource?: string;
  milestones: MilestoneCell[];
  latest?: ValueCell;
  /** Every reported value, newest first. */
  readonly history: ValueCell[];
  /** Progress in percent of the way from the baseline to the goal (not clamped). */
  progress?: number;
  progressText: string;
  status: Status;
  statusLabel: string;
  /** The publisher's reason, when the status is set by hand. */
  override?: string;
  readonly explanation: string;
  wording: string;
  note?: string;
  sample: boolean;
}

/**
 * How a document is named in a table of several: "Tỉnh Cao Bằng · 34-CTr/TU"; a document with no
 * number by its year ("Tỉnh Nghệ An · 2030" for one with only a horizon), so that two documents of
 * one province stay apart.
 */
export function documentLabel(doc: Resolution, locale: Locale): string {
  const unit = textOf(doc.adminUnit.name, locale);
  const year = doc.date?.slice(0, 4) ?? (doc.period ? `${doc.period.from}–${doc.period.to}` : doc.horizon?.toString());
  const which = doc.number ?? year;
  return which ? `${unit} · ${which}` : unit;
}

export function areaLabel(area: string, locale: Locale): string {
  if (area === '') return UI.noArea[locale];
  return AREA_LABELS[area]?.[locale] ?? area;
}

/** A group header: the section's ref and title, the area's name, or the document's name. */
export function groupLabel(group: ViewGroup, docs: readonly Resolution[], locale: Locale, several: boolean): string {
  const doc = docs[group.docIndex];
  if (group.kind === 'area') return areaLabel(group.value, locale);
  if (group.kind === 'document')
    return doc ? `${documentLabel(doc, locale)} — ${textOf(doc.title, locale)}` : group.value;
  if (group.kind === 'none') return '';
  const prefix = several && doc ? `${documentLabel(doc, locale)} — ` : '';
  if (group.value === '') return prefix + UI.noSection[locale];
  const section = doc?.sections?.find((s) => s.ref === group.value);
  return prefix + (section ? `${group.value}. ${textOf(section.title, locale)}` : group.value);
}

function valueContext(target: Target, outOf?: number) {
  return { outOf: outOf ?? target.outOf, scale: target.scale };
}

function valueCell(v: TimedValue, target: Target, locale: Locale, docSample: boolean): ValueCell {
  const o = v.observation;
  const cell: ValueCell = {
    value: formatValue(v.value, target.indicator.unit, locale, valueContext(target, o.outOf)),
    date: observationDate(o, locale),
    source: textOf(o.source.name, locale),
    sample: docSample || o.sample === true,
  };
  if (o.source.url !== undefined) cell.url = o.source.url;
  if (o.note) cell.note = textOf(o.note, locale);
  if (o.evidence) cell.evidence = textOf(o.evidence, locale);
  return cell;
}

function baselineText(target: Target, locale: Locale): string {
  const b = target.baseline;
  if (!b) return '';
  const when = b.period ? `${b.period.from}–${b.period.to}` : b.year !== undefined ? String(b.year) : '';
  const value = b.value === undefined ? '' : formatValue(b.value, target.indicator.unit, locale, valueContext(target));
  if (value && when) return `${value} (${when})`;
  return value || when;
}

/** The progress as a percentage, for a progress bar's label: "42%". */
export function progressPercent(progress: number | undefined): number | undefined {
  return progress === undefined || !Number.isFinite(progress) ? undefined : progress * 100;
}

function computeCells(row: TableRow, locale: Locale): RowCells {
  const { target: t, assessment: a, doc } = row;
  const docSample = doc.sample === true;
  const milestones = a.milestones.map((m, i): MilestoneCell => {
    const source = t.milestones[i];
    const date = source?.date;
    const cell: MilestoneCell = {
      deadline:
        date !== undefined ? formatPartialDate(date, locale) : m.year === null ? UI.noDeadline[locale] : String(m.year),
      goal: source ? formatMilestone(source, t, locale) : '',
      status: m.status,
      statusLabel: STATUS_INFO[m.status].label[locale],
      verdictLabel: m.verdict
        ? UI[m.verdict][locale]
        : m.passed
          ? STATUS_INFO[m.status].label[locale]
          : UI.notYetDue[locale],
      current: i === a.current,
    };
    if (m.verdict) cell.verdict = m.verdict;
    if (source?.ref) cell.ref = source.ref;
    if (source?.wording) cell.wording = source.wording;
    return cell;
  });
  const progress = progressPercent(a.progress);
  // Only a row's open details show its history and why: formatted when first read, not per row shown.
  let history: ValueCell[] | undefined;
  let explanation: string | undefined;
  const cells: RowCells = {
    document: documentLabel(doc, locale),
    ref: t.ref,
    label: textOf(t.label, locale),
    indicator: textOf(t.indicator.name, locale),
    baseline: baselineText(t, locale),
    milestones,
    get history() {
      return (history ??= a.values.map((v) => valueCell(v, t, locale, docSample)).reverse());
    },
    progress,
    progressText: progress === undefined ? '' : `${formatNumber(progress, locale, { maxFractionDigits: 0 })}%`,
    status: a.status,
    statusLabel: STATUS_INFO[a.status].label[locale],
    get explanation() {
      return (explanation ??= explain(a.explanation, t, locale));
    },
    wording: t.wording,
    sample: a.sample,
  };
  if (a.latest) cells.latest = valueCell(a.latest, t, locale, docSample);
  if (t.baseline?.source) cells.baselineSource = textOf(t.baseline.source.name, locale);
  if (t.statusOverride) cells.override = textOf(t.statusOverride.reason, locale);
  if (t.note) cells.note = textOf(t.note, locale);
  return cells;
}

const memo = new WeakMap<TableRow, Partial<Record<Locale, RowCells>>>();

/** The cells of a row in a locale, formatted on first use and kept with the row. */
export function rowCells(row: TableRow, locale: Locale): RowCells {
  let byLocale = memo.get(row);
  if (!byLocale) memo.set(row, (byLocale = {}));
  return (byLocale[locale] ??= computeCells(row, locale));
}
