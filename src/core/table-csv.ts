/**
 * CSV of exactly the rows and columns a goal table shows, for a spreadsheet: UTF-8 with a byte-order
 * mark (without it Excel reads the file as Windows-1252 and "Đắk Lắk" comes out as "Ä�áº¯k"),
 * CRLF line ends and RFC 4180 quoting. Numbers are written unformatted (`1234.5`, a decimal point,
 * no grouping), each with its unit in a column of its own; dates as the document gives them
 * (`2024`, `2013-03`, `2013-03-06`); the source of every value in a column beside it, and whether
 * it is sample data.
 */
import type { Milestone, Observation, Resolution, Target } from './schema.js';
import { STATUS_INFO } from './status.js';
import { documentLabel, groupLabel } from './table-cells.js';
import { COLUMN_LABELS, UI, type ColumnKey } from './table-messages.js';
import type { TableRow, TableView, ViewGroup } from './table-model.js';
import { textOf } from './format.js';
import type { Locale } from './vocabulary.js';

export const BOM = '\ufeff';

type Field = string | number | boolean | undefined;

interface CsvColumn {
  header: Record<Locale, string>;
  value(row: TableRow, locale: Locale): Field;
}

const WORDS = {
  label: { vi: 'Chỉ tiêu', en: 'Target' },
  indicator: { vi: 'Chỉ số', en: 'Indicator' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  baselineYear: { vi: 'Năm cơ sở', en: 'Baseline year' },
  targets: { vi: 'Các mục tiêu', en: 'Targets' },
  goal: { vi: 'Mục tiêu hiện hành', en: 'Current target' },
  deadline: { vi: 'Năm hạn', en: 'Deadline year' },
  latestDate: { vi: 'Thời điểm số liệu', en: 'Value date' },
  source: { vi: 'Nguồn số liệu', en: 'Value source' },
  sourceUrl: { vi: 'Địa chỉ nguồn', en: 'Source URL' },
  sample: { vi: 'Số liệu mẫu', en: 'Sample data' },
  progress: { vi: 'Tiến độ (%)', en: 'Progress (%)' },
  statusCode: { vi: 'Mã trạng thái', en: 'Status code' },
  yes: { vi: 'có', en: 'yes' },
} as const;

/** The unit a raw number is in, in words: "%", "doanh nghiệp", "hạng (trên 63)". */
export function unitText(target: Target, locale: Locale): string {
  const u = target.indicator.unit;
  const noun = u.noun ? textOf(u.noun, locale) : '';
  switch (u.type) {
    case 'percent':
      return u.of ? `% (${textOf(u.of, locale)})` : '%';
    case 'per-capita':
      return `${noun}/${u.per ?? 1} ${locale === 'vi' ? 'dân' : 'population'}`.trim();
    case 'rank':
      return target.outOf === undefined
        ? locale === 'vi'
          ? 'hạng'
          : 'rank'
        : locale === 'vi'
          ? `hạng (trên ${target.outOf})`
          : `rank (of ${target.outOf})`;
    case 'level':
      return target.scale?.max === undefined
        ? locale === 'vi'
          ? 'cấp độ'
          : 'level'
        : locale === 'vi'
          ? `cấp độ (trên ${target.scale.max})`
          : `level (of ${target.scale.max})`;
    case 'money':
      return noun || u.currency || '';
    default:
      return noun;
  }
}

/** A number as a spreadsheet reads it: no grouping, a decimal point, no binary noise (0.1 + 0.2 is 0.3). */
export function rawNumber(n: number | undefined): number | undefined {
  if (n === undefined || !Number.isFinite(n)) return undefined;
  return Number(n.toPrecision(12));
}

const COMPARATOR: Record<string, string> = { '>=': '>=', '>': '>', '<=': '<=', '<': '<', '=': '=' };

/** A milestone with raw numbers: ">=35 (2025)", "1.5-2 (2030)", "×2 (2030)". */
function rawMilestone(m: Milestone, target: Target): string {
  const when = m.date ?? (m.year === null ? '' : String(m.year));
  let what = '';
  if (m.range) what = `${rawNumber(m.range[0])}-${rawNumber(m.range[1])}`;
  else if (m.value !== undefined)
    what = `${target.kind === 'multiple' ? 'x' : (COMPARATOR[m.comparator ?? ''] ?? '')}${rawNumber(m.value)}`;
  else if (target.kind === 'qualitative' || target.kind === 'cadence') what = 'done';
  return when ? `${what} (${when})` : what;
}

function observationWhen(o: Observation): string {
  return o.date ?? (o.period ? `${o.period.from}-${o.period.to}` : '');
}

const latest = (row: TableRow) => row.assessment.latest;
const current = (row: TableRow) => row.target.milestones[row.assessment.current];

export const CSV_COLUMNS: Readonly<Record<ColumnKey, readonly CsvColumn[]>> = {
  document: [{ header: COLUMN_LABELS.document, value: (r, l) => documentLabel(r.doc, l) }],
  ref: [{ header: COLUMN_LABELS.ref, value: (r) => r.target.ref }],
  indicator: [
    { header: WORDS.label, value: (r, l) => textOf(r.target.label, l) },
    { header: WORDS.indicator, value: (r, l) => textOf(r.target.indicator.name, l) },
    { header: WORDS.unit, value: (r, l) => unitText(r.target, l) },
  ],
  baseline: [
    { header: COLUMN_LABELS.baseline, value: (r) => rawNumber(r.target.baseline?.value) },
    {
      header: WORDS.baselineYear,
      value: (r) => {
        const b = r.target.baseline;
        return b?.period ? `${b.period.from}-${b.period.to}` : b?.year;
      },
    },
  ],
  targets: [
    { header: WORDS.targets, value: (r) => r.target.milestones.map((m) => rawMilestone(m, r.target)).join('; ') },
    { header: WORDS.goal, value: (r) => rawNumber(r.assessment.milestones[r.assessment.current]?.goal?.value) },
    { header: WORDS.deadline, value: (r) => current(r)?.year ?? undefined },
  ],
  latest: [
    {
      header: COLUMN_LABELS.latest,
      value: (r) => (typeof latest(r)?.value === 'number' ? rawNumber(latest(r)?.value as number) : latest(r)?.value),
    },
    {
      header: WORDS.latestDate,
      value: (r) => {
        const o = latest(r)?.observation;
        return o ? observationWhen(o) : undefined;
      },
    },
    {
      header: WORDS.source,
      value: (r, l) => {
        const o = latest(r)?.observation;
        return o ? textOf(o.source.name, l) : undefined;
      },
    },
    { header: WORDS.sourceUrl, value: (r) => latest(r)?.observation.source.url },
    { header: WORDS.sample, value: (r, l) => (r.assessment.sample ? WORDS.yes[l] : undefined) },
  ],
  progress: [
    {
      header: WORDS.progress,
      value: (r) => {
        const p = r.assessment.progress;
        return p === undefined ? undefined : rawNumber(Math.round(p * 10000) / 100);
      },
    },
  ],
  status: [
    { header: COLUMN_LABELS.status, value: (r, l) => STATUS_INFO[r.assessment.status].label[l] },
    { header: WORDS.statusCode, value: (r) => r.assessment.status },
  ],
};

/**
 * One CSV field. A text that a spreadsheet would run as a formula (it starts with =, +, -, @, a
 * tab or a carriage return) gets a leading apostrophe, as OWASP advises for CSV injection; numbers
 * are written as numbers and never altered.
 */
export function csvField(value: Field): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(fields: readonly Field[]): string {
  return fields.map(csvField).join(',');
}

export interface CsvOptions {
  /** The columns the table shows, in order. */
  columns: readonly ColumnKey[];
  locale: Locale;
  /** The documents, for group names; a grouped view gets a first column naming each row's group. */
  docs: readonly Resolution[];
}

/** The CSV text of a view (byte-order mark, header line, one line per row shown, CRLF after each). */
export function tableCsv(view: TableView, options: CsvOptions): string {
  const { columns, locale, docs } = options;
  const grouped = view.groups.some((g) => g.kind !== 'none');
  const several = docs.length > 1;
  const specs = columns.flatMap((c) => CSV_COLUMNS[c]);
  const header = [...(grouped ? [UI.group[locale]] : []), ...specs.map((s) => s.header[locale])];
  const lines = [csvLine(header)];
  const groupName = (g: ViewGroup) => groupLabel(g, docs, locale, several);
  for (const g of view.groups) {
    const name = grouped ? [groupName(g)] : [];
    for (const vr of g.rows) lines.push(csvLine([...name, ...specs.map((s) => s.value(vr.row, locale))]));
  }
  return BOM + lines.map((l) => `${l}\r\n`).join('');
}

/** A file name for the download: the documents' ids, or "goal-table". */
export function csvFileName(docs: readonly { id: string }[]): string {
  const ids = docs.map((d) => d.id);
  return `${ids.length === 1 ? ids[0] : ids.length ? 'goal-table-' + ids.length + '-documents' : 'goal-table'}.csv`;
}
