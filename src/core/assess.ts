/**
 * The status engine: for each target of a resolution and each of its milestones, as of a given
 * date and by a named method, the status, the verdict once a deadline has passed, the expected
 * value now, the progress, and why. Pure: no DOM, no Lit; the date is injected.
 */
import { assessMilestone, type MilestoneAssessment, type TimedValue } from './assess-milestone.js';
import type { Explanation } from './explanation.js';
import { getMethod } from './methods/index.js';
import type { Observation, Resolution, Target } from './schema.js';
import { asOfDay, observationTime, observationYear, timeOf } from './time.js';
import { STATUSES, type Status } from './vocabulary.js';

export type { MilestoneAssessment, TimedValue } from './assess-milestone.js';

export interface AssessOptions {
  /** The date to assess as of (`YYYY-MM-DD` or a Date); today when not given. */
  asOf?: Date | string;
  /** A method name that overrides the document's and the target's. */
  method?: string;
}

export interface TargetAssessment {
  target: Target;
  /** `YYYY-MM-DD`. */
  asOf: string;
  method: string;
  /** The status shown: the publisher's override when there is one, else the computed one. */
  status: Status;
  computedStatus: Status;
  /** The milestone the status is about: the first whose deadline has not passed, else the last. */
  current: number;
  milestones: MilestoneAssessment[];
  /** Reported values up to the "as of" date, oldest first. */
  values: TimedValue[];
  latest?: TimedValue;
  progress?: number;
  expectedNow?: number;
  explanation: Explanation;
  /** A value this assessment uses is illustrative (`sample: true`, or a sample document). */
  sample: boolean;
}

export interface RollUp {
  total: number;
  byStatus: Record<Status, number>;
  bySection: { section: string; total: number; byStatus: Record<Status, number> }[];
}

export interface ResolutionAssessment {
  asOf: string;
  targets: TargetAssessment[];
  rollUp: RollUp;
}

const emptyCounts = (): Record<Status, number> =>
  Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;

/** Observations by indicator code, built once per document object: a lookup per target, not a scan. */
const observationIndex = new WeakMap<Resolution, Map<string, Observation[]>>();

export function observationsByIndicator(doc: Resolution): Map<string, Observation[]> {
  let index = observationIndex.get(doc);
  if (!index) {
    index = new Map();
    for (const o of doc.observations ?? []) {
      const list = index.get(o.indicator);
      if (list) list.push(o);
      else index.set(o.indicator, [o]);
    }
    observationIndex.set(doc, index);
  }
  return index;
}

/** Reported values of the target's indicator up to `now`, oldest first; a ratio divides by its related indicator. */
export function valuesFor(doc: Resolution, target: Target, now: number): TimedValue[] {
  const index = observationsByIndicator(doc);
  const own = index.get(target.indicator.code) ?? [];
  const timed = (o: Observation, value: number | boolean): TimedValue => ({ t: observationTime(o), value, observation: o });
  let values: TimedValue[];
  if (target.kind === 'ratio' && target.relation) {
    const related = new Map<number, Observation>();
    for (const o of index.get(target.relation.indicator) ?? []) related.set(observationYear(o), o);
    values = [];
    for (const o of own) {
      const other = related.get(observationYear(o));
      if (typeof o.value === 'number' && typeof other?.value === 'number' && other.value !== 0) {
        values.push(timed(o, o.value / other.value));
      }
    }
  } else {
    values = own.map((o) => timed(o, o.value));
  }
  return values.filter((v) => Number.isFinite(v.t) && v.t <= now).sort((a, b) => a.t - b.t);
}

function currentIndex(milestones: MilestoneAssessment[]): number {
  const pending = milestones.findIndex((m) => m.year !== null && !m.passed);
  if (pending >= 0) return pending;
  for (let i = milestones.length - 1; i >= 0; i--) if (milestones[i]?.year !== null) return i;
  return 0;
}

export function assessTarget(doc: Resolution, target: Target, options: AssessOptions = {}): TargetAssessment {
  const asOf = asOfDay(options.asOf);
  return assessAt(doc, target, asOf, timeOf(asOf), options.method);
}

/**
 * Assesses one target of `doc` at a time, each exactly as {@link assessTarget} would, with the
 * "as of" day read once: for a view that assesses the targets it shows first and the rest later.
 */
export function targetAssessor(doc: Resolution, options: AssessOptions = {}): (target: Target) => TargetAssessment {
  const asOf = asOfDay(options.asOf);
  const now = timeOf(asOf);
  return (target) => assessAt(doc, target, asOf, now, options.method);
}

/** One target as of a day already read (`asOf`, and `now` its decimal year): a resolution reads it once. */
function assessAt(doc: Resolution, target: Target, asOf: string, now: number, methodName?: string): TargetAssessment {
  const method = getMethod(methodName ?? target.method ?? doc.method);
  const values = valuesFor(doc, target, now);
  const milestones = target.milestones.map((m, i) => assessMilestone({ target, method, now, values }, m, i));
  const current = currentIndex(milestones);
  const focus = milestones[current] as MilestoneAssessment;
  const override = target.statusOverride;
  const explanation: Explanation = override
    ? { ...focus.explanation, override: { status: override.status, reason: override.reason, computed: focus.status } }
    : focus.explanation;
  const latest = values[values.length - 1];
  return {
    target,
    asOf,
    method: method.name,
    status: override?.status ?? focus.status,
    computedStatus: focus.status,
    current,
    milestones,
    values,
    latest,
    progress: focus.progress,
    expectedNow: focus.expectedNow,
    explanation,
    sample: doc.sample === true || values.some((v) => v.observation.sample === true),
  };
}

export function rollUp(assessments: TargetAssessment[]): RollUp {
  const byStatus = emptyCounts();
  const sections = new Map<string, { section: string; total: number; byStatus: Record<Status, number> }>();
  for (const a of assessments) {
    byStatus[a.status]++;
    const key = a.target.section ?? '';
    let entry = sections.get(key);
    if (!entry) sections.set(key, (entry = { section: key, total: 0, byStatus: emptyCounts() }));
    entry.total++;
    entry.byStatus[a.status]++;
  }
  return { total: assessments.length, byStatus, bySection: [...sections.values()] };
}

/** Every target of a document, and the roll-up of their statuses overall and per section. */
export function assessResolution(doc: Resolution, options: AssessOptions = {}): ResolutionAssessment {
  const asOf = asOfDay(options.asOf);
  const now = timeOf(asOf);
  const targets = doc.targets.map((t) => assessAt(doc, t, asOf, now, options.method));
  return { asOf, targets, rollUp: rollUp(targets) };
}
