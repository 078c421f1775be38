/**
 * The resolution schema v1: the one source of truth for the types (`Resolution`, `Target`, …),
 * the runtime validation (`validateResolution` in validate.ts) and the JSON Schema
 * (`resolution.schema.json`, generated from `ResolutionSchema` by scripts/build-schema.ts).
 *
 * Structure lives here; rules that tie one field to another (a parent that exists, a milestone
 * inside the period, a range with min ≤ max) live in rules.ts, because JSON Schema cannot say them.
 * A custom check's message is a code (`@date-impossible`) that messages.ts turns into vi and en.
 */
import * as v from 'valibot';
import {
  COMPARATORS,
  DIRECTIONS,
  DOCUMENT_KINDS,
  DOCUMENT_STATUSES,
  METHOD_NAMES,
  RECURRENCES,
  RELATION_TYPES,
  SCHEMA_VERSION,
  STATUSES,
  TARGET_KINDS,
  UNIT_TYPES,
} from './vocabulary.js';

/** The longest each top-level list may be; validate.ts checks these lengths before any item. */
export const ARRAY_LIMITS = { targets: 20000, observations: 200000, relations: 100, sections: 500 } as const;

/** Years a resolution, its baselines and its milestones may name. */
export const MIN_YEAR = 1945;
export const MAX_YEAR = 2100;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for `2025`, `2013-03`, `2013-03-06` that name a real day; false for `2024-02-30`. */
export function isRealPartialDate(text: string): boolean {
  const m = PARTIAL_DATE.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}

const id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/, '@id-format'),
  v.description('A stable identifier: lower-case letters, digits and hyphens, up to 80 characters.'),
);

const year = v.pipe(v.number(), v.integer(), v.minValue(MIN_YEAR), v.maxValue(MAX_YEAR));

/** A finite number. JSON has no NaN or Infinity, but a `resolution` property set from script can. */
const finite = v.pipe(v.number(), v.finite());

const text = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));

/** A string a reader sees, in Vietnamese (required) and English. */
export const TextSchema = v.pipe(
  v.strictObject({
    vi: text(4000),
    en: v.optional(text(4000)),
  }),
  v.description('A string shown to readers: `vi` is required, `en` is the English version.'),
);

/** A date known to the day, the month or the year only: `2013-03-06`, `2013-03`, `2021`. */
export const PartialDateSchema = v.pipe(
  v.string(),
  v.regex(PARTIAL_DATE, '@date-format'),
  v.check(isRealPartialDate, '@date-impossible'),
  v.description('A date at the precision it is known: YYYY, YYYY-MM or YYYY-MM-DD.'),
);

/** A URL a browser can parse, with no control character hidden in it. */
function isParsableUrl(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(text)) return false;
  try {
    return /^https?:$/.test(new URL(text).protocol);
  } catch {
    return false;
  }
}

const httpUrl = v.pipe(
  v.string(),
  v.maxLength(2000),
  v.regex(/^https?:\/\/[^\s/$.?#][^\s]*$/i, '@url-scheme'),
  v.check(isParsableUrl, '@url-scheme'),
  v.description('An absolute http or https URL.'),
);

export const PeriodSchema = v.strictObject({ from: year, to: year });

export const SourceSchema = v.strictObject({
  name: TextSchema,
  url: v.optional(httpUrl),
  date: v.optional(PartialDateSchema),
});

export const UnitSchema = v.pipe(
  v.strictObject({
    type: v.picklist(UNIT_TYPES),
    /** What a percent is a share of: GRDP, total budget spending, all enterprises. */
    of: v.optional(TextSchema),
    /** What is counted: doanh nghiệp, đề tài; for a per-capita rate, who (người). */
    noun: v.optional(TextSchema),
    /** For a per-capita rate: per how many people (10000 for "một vạn dân"). */
    per: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
    /** For money: an ISO 4217 code. */
    currency: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/))),
  }),
  v.description('The measure of an indicator: percent (of what), count (of what), per-capita rate, rank, level…'),
);

export const IndicatorSchema = v.strictObject({
  /** Stable across documents, so one indicator can be compared across provinces. */
  code: id,
  name: TextSchema,
  unit: UnitSchema,
  /** The indicator's area, for grouping (`innovation`, `budget`, `enterprises`, …). */
  area: v.optional(id),
});

export const MilestoneSchema = v.strictObject({
  /** The deadline year; `null` when the document sets none. */
  year: v.nullable(year),
  /** A deadline more precise than the year, when the document gives one. */
  date: v.optional(PartialDateSchema),
  comparator: v.optional(v.picklist(COMPARATORS)),
  value: v.optional(finite),
  range: v.optional(v.strictTuple([finite, finite])),
  /** "từ 1,5 đến 2 % trở lên": a range with no upper bound in practice. */
  openAbove: v.optional(v.boolean()),
  openBelow: v.optional(v.boolean()),
  /** "khoảng 30 %". */
  approximate: v.optional(v.boolean()),
  /** The clause of this milestone when it differs from the target's (II.2.2 · II.2.3). */
  ref: v.optional(text(40)),
  /** The document's own words for this milestone. */
  wording: v.optional(text(10000)),
});

export const BaselineSchema = v.strictObject({
  year: v.optional(year),
  /** A baseline that is a whole period ("so với giai đoạn 2021-2025"). */
  period: v.optional(PeriodSchema),
  value: v.optional(finite),
  source: v.optional(SourceSchema),
  note: v.optional(TextSchema),
});

export const ScaleSchema = v.strictObject({
  /** A numbered scale: levels 1 to `max` (the startup ecosystem's 7 levels). */
  max: v.optional(v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(100))),
  /** Named levels, lowest first ("trung bình", "khá", …). */
  levels: v.optional(v.pipe(v.array(TextSchema), v.minLength(1), v.maxLength(100))),
  /** The scale's publisher or definition. */
  name: v.optional(TextSchema),
});

export const TargetSchema = v.strictObject({
  id,
  /** The clause the target comes from, as the document numbers it: `II.2.2(1)`. */
  ref: text(40),
  /** The `ref` of the section it belongs to, if the document lists sections. */
  section: v.optional(text(40)),
  /** The original Vietnamese wording, quoted from the document. */
  wording: text(10000),
  label: TextSchema,
  indicator: IndicatorSchema,
  kind: v.picklist(TARGET_KINDS),
  /** Which way is good; required for every numeric kind. */
  direction: v.optional(v.picklist(DIRECTIONS)),
  milestones: v.pipe(v.array(MilestoneSchema), v.minLength(1), v.maxLength(100)),
  baseline: v.optional(BaselineSchema),
  /** The commitment repeats: every year, every 6 months. */
  recurrence: v.optional(v.picklist(RECURRENCES)),
  /** The `id` of the target this one is nested in ("trong đó"). */
  parent: v.optional(id),
  /** For a ratio: the indicator this one is measured against. */
  relation: v.optional(v.strictObject({ indicator: id, label: v.optional(TextSchema) })),
  /** For a rank: out of how many (63 provinces). */
  outOf: v.optional(v.pipe(v.number(), v.integer(), v.minValue(2))),
  /** For a level. */
  scale: v.optional(ScaleSchema),
  method: v.optional(v.picklist(METHOD_NAMES)),
  /** A status the publisher sets by hand, with the reason shown beside the computed one. */
  statusOverride: v.optional(v.strictObject({ status: v.picklist(STATUSES), reason: TextSchema })),
  note: v.optional(TextSchema),
});

export const ObservationSchema = v.strictObject({
  /** The indicator code this value is of. */
  indicator: id,
  /** When the value holds: a year, a month or a day. Give `date` or `period`. */
  date: v.optional(PartialDateSchema),
  period: v.optional(PeriodSchema),
  /** A number in the indicator's unit; `true`/`false` for a qualitative milestone (done or not). */
  value: v.union([finite, v.boolean()]),
  /** For a rank: out of how many at that time (63 before July 2025, 34 after). */
  outOf: v.optional(v.pipe(v.number(), v.integer(), v.minValue(2))),
  source: SourceSchema,
  note: v.optional(TextSchema),
  /** For a done milestone: what shows it is done. */
  evidence: v.optional(TextSchema),
  /** An illustrative value, not a reported one. Widgets mark it as sample data. */
  sample: v.optional(v.boolean()),
});

export const DocumentRelationSchema = v.strictObject({
  type: v.picklist(RELATION_TYPES),
  number: v.nullable(text(80)),
  title: v.optional(TextSchema),
  date: v.optional(PartialDateSchema),
  issuer: v.optional(TextSchema),
});

export const ResolutionSchema = v.pipe(
  v.strictObject({
    $schema: v.optional(v.pipe(v.string(), v.maxLength(2000))),
    schemaVersion: v.literal(SCHEMA_VERSION),
    id,
    /** The document's number (`34-CTr/TU`); `null` when it is blank or not in the text. */
    number: v.nullable(text(80)),
    kind: v.picklist(DOCUMENT_KINDS),
    status: v.picklist(DOCUMENT_STATUSES),
    issuer: TextSchema,
    /** The administrative unit as it was when the document was issued. */
    adminUnit: v.strictObject({
      name: TextSchema,
      /** The statistics office's code for the unit (`04` for Cao Bằng). */
      code: v.optional(v.pipe(v.string(), v.regex(/^\d{2,5}$/))),
    }),
    /** The issue date at the precision the document gives; `null` when it gives none. */
    date: v.nullable(PartialDateSchema),
    title: TextSchema,
    period: v.optional(PeriodSchema),
    horizon: v.optional(year),
    relations: v.optional(v.pipe(v.array(DocumentRelationSchema), v.maxLength(ARRAY_LIMITS.relations))),
    sections: v.optional(
      v.pipe(v.array(v.strictObject({ ref: text(40), title: TextSchema })), v.maxLength(ARRAY_LIMITS.sections)),
    ),
    signatory: v.optional(v.strictObject({ name: v.nullable(text(200)), title: TextSchema })),
    /** The default progress method for the document's targets. */
    method: v.optional(v.picklist(METHOD_NAMES)),
    /** Where the text of the document can be read. */
    source: v.optional(SourceSchema),
    targets: v.pipe(v.array(TargetSchema), v.maxLength(ARRAY_LIMITS.targets)),
    observations: v.optional(v.pipe(v.array(ObservationSchema), v.maxLength(ARRAY_LIMITS.observations))),
    /** The whole document is illustrative (a made-up example): every number in it is sample data. */
    sample: v.optional(v.boolean()),
    note: v.optional(TextSchema),
  }),
  v.title('Nghị quyết: a resolution, its targets and the values reported against them'),
);

export type Text = v.InferOutput<typeof TextSchema>;
export type PartialDate = string;
export type Period = v.InferOutput<typeof PeriodSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Unit = v.InferOutput<typeof UnitSchema>;
export type Indicator = v.InferOutput<typeof IndicatorSchema>;
export type Milestone = v.InferOutput<typeof MilestoneSchema>;
export type Baseline = v.InferOutput<typeof BaselineSchema>;
export type Scale = v.InferOutput<typeof ScaleSchema>;
export type Target = v.InferOutput<typeof TargetSchema>;
export type Observation = v.InferOutput<typeof ObservationSchema>;
export type DocumentRelation = v.InferOutput<typeof DocumentRelationSchema>;
export type Resolution = v.InferOutput<typeof ResolutionSchema>;
