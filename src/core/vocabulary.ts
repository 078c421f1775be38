/**
 * The fixed value sets of the resolution schema, each an `as const` array with the union type
 * derived from it. The schema, the engine, the formatter and the widgets all read them from here.
 */

/** The schema version this build reads and writes. Bumped only for a breaking change. */
export const SCHEMA_VERSION = 1;

/** Where the JSON Schema is published; `$schema` in a resolution file may point here. */
export const SCHEMA_ID = 'https://unpkg.com/nghiquyet-widgets@0/resolution.schema.json';

export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Kinds of document: nghị quyết, chương trình hành động, kế hoạch, kết luận, or another kind. */
export const DOCUMENT_KINDS = ['nghi-quyet', 'chuong-trinh-hanh-dong', 'ke-hoach', 'ket-luan', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_STATUSES = ['draft', 'issued', 'superseded', 'expired'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** How this document stands to another one. */
export const RELATION_TYPES = ['implements', 'follows', 'supersedes', 'refers-to'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/**
 * What a target asks for. Count, percent and per-capita rate are *measures*: they live in the
 * indicator's `unit`, and any numeric kind can take them (≥ 3 projects, ≥ 35 %, 12 per 10,000).
 */
export const TARGET_KINDS = [
  'threshold', // ≥ > ≤ < = a value
  'range', // [min, max], possibly open above or below
  'multiple', // ×k of a baseline year or period
  'growth', // a yearly growth rate, in percent per year
  'rank', // a position where 1 is best, out of N
  'level', // a step on a scale: k of n, or a named ordered level
  'ratio', // this indicator against another one (enterprise spending = budget spending)
  'qualitative', // done or not done
  'cadence', // something done at a regular interval (report every 6 months)
] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** Kinds whose milestones carry numbers, and so need a direction. */
export const NUMERIC_KINDS = [
  'threshold',
  'range',
  'multiple',
  'growth',
  'rank',
  'level',
  'ratio',
] as const satisfies readonly TargetKind[];
export type NumericKind = (typeof NUMERIC_KINDS)[number];

export const COMPARATORS = ['>=', '>', '<=', '<', '='] as const;
export type Comparator = (typeof COMPARATORS)[number];

/** Which way is good. `maintain` means keep the value where it is (or inside its band). */
export const DIRECTIONS = ['increase', 'decrease', 'maintain'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const RECURRENCES = ['yearly', 'half-yearly', 'quarterly'] as const;
export type Recurrence = (typeof RECURRENCES)[number];

/** Months in one period of each recurrence. */
export const RECURRENCE_MONTHS: Record<Recurrence, number> = { yearly: 12, 'half-yearly': 6, quarterly: 3 };

export const UNIT_TYPES = [
  'percent',
  'count',
  'per-capita',
  'rank',
  'level',
  'ratio',
  'index',
  'money',
  'none',
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

/**
 * The statuses a target or milestone can have. Each has a label in vi and en and an icon name
 * (see `STATUS_INFO` in status.ts), so that no widget shows a status by colour alone.
 */
export const STATUSES = [
  'achieved',
  'on-track',
  'at-risk',
  'off-track',
  'missed',
  'no-data',
  'not-assessable',
] as const;
export type Status = (typeof STATUSES)[number];

/** A verdict exists only once a milestone's deadline has passed. */
export const VERDICTS = ['met', 'missed'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const METHOD_NAMES = ['linear', 'opensdg'] as const;
export type MethodName = (typeof METHOD_NAMES)[number];
