/**
 * What `<nq-target-timeline>` draws, as data: for each document on the axis and each target
 * shown, its milestones placed in time with their goals and assessments, its reported values,
 * the required path from the start through the milestones, and the projected path where the
 * method gives one. Times are decimal years (time.ts); values are in the indicator's unit.
 * Pure: the "as of" date is injected, nothing here knows about pixels or the DOM.
 */
import { assessTarget, type MilestoneAssessment, type TargetAssessment } from './assess.js';
import { baselineTime, resolveGoal, type Goal } from './goal.js';
import type { Point } from './methods/index.js';
import { clampToScale, projectedPath, requiredPoints } from './timeline-paths.js';
import type { Milestone, Observation, Resolution, Target } from './schema.js';
import { asOfDay, timeOf } from './time.js';
import { NUMERIC_KINDS, type TargetKind } from './vocabulary.js';

export interface TimelineOptions {
  /** `YYYY-MM-DD` or a Date; today when not given. */
  asOf?: Date | string;
  /** A method name that overrides the documents' and the targets'. */
  method?: string;
  /**
   * The targets to show, by `id` (in any document) or `documentId:targetId`; every target of
   * every document when empty or not given.
   */
  targets?: readonly string[];
}

export interface TimelineMilestone {
  index: number;
  milestone: Milestone;
  assessment: MilestoneAssessment;
  /** The deadline as a decimal year; undefined when the document sets none. */
  t?: number;
  /** Where the goal sits on the value axis; undefined when it has no number there. */
  y?: number;
  goal?: Goal;
}

export interface TimelineValue {
  t: number;
  value: number | boolean;
  observation: Observation;
  /** Illustrative, not reported: the observation or its whole document is sample data. */
  sample: boolean;
}

/** A target band ("từ 1,5 đến 2%") held from `from` to the milestone's deadline `to`. */
export interface TimelineBand {
  from: number;
  to: number;
  range: [number, number];
  openAbove?: boolean;
  openBelow?: boolean;
}

export interface TimelineStart extends Point {
  /** No baseline value: the first reported value stands in for it, as in the engine. */
  fromObservation: boolean;
  observation?: Observation;
}

export interface TimelineLane {
  /** `documentId:targetId`, unique across documents. */
  key: string;
  document: Resolution;
  target: Target;
  assessment: TargetAssessment;
  milestones: TimelineMilestone[];
  values: TimelineValue[];
  start?: TimelineStart;
  /** Vertices of the required path, oldest first; empty when there is no start or no goal. */
  required: Point[];
  /** From the latest value to the current deadline; empty when the method gives none. */
  projected: Point[];
  bands: TimelineBand[];
  /** The target's milestones carry numbers, so a value axis means something. */
  numeric: boolean;
}

export interface TimelineDocument {
  resolution: Resolution;
  /** The issue date as a decimal year, when the document gives one. */
  issued?: number;
  /**
   * Where the document's lanes begin: its issue date, else the start of its period, else its
   * earliest baseline or value; undefined when it gives none of them (a document with no date).
   */
  start?: number;
  lanes: TimelineLane[];
}

export interface TimelineModel {
  asOf: string;
  /** The "as of" date as a decimal year. */
  now: number;
  /** Whole years from the earliest issue date, baseline or value to the furthest horizon. */
  domain: [number, number];
  documents: TimelineDocument[];
  lanes: TimelineLane[];
  /** Every deadline year and period end, for zoom periods. */
  years: number[];
}

const isNumericKind = (kind: TargetKind): boolean => (NUMERIC_KINDS as readonly string[]).includes(kind);

/** A milestone's deadline: its date when the document gives one, else its year's point. */
export function milestoneTime(m: Milestone): number | undefined {
  if (m.year === null) return undefined;
  return m.date !== undefined ? timeOf(m.date) : m.year;
}

/**
 * The start of the required path, as the engine takes it: the baseline with its value, or the
 * first reported value standing in for it when a later one exists.
 */
export function timelineStart(target: Target, values: readonly TimelineValue[]): TimelineStart | undefined {
  const bt = baselineTime(target);
  const bv = target.baseline?.value;
  if (bt !== undefined && bv !== undefined) return { t: bt, value: bv, fromObservation: false };
  const numbers = values.filter((v) => typeof v.value === 'number');
  const first = numbers[0];
  const last = numbers[numbers.length - 1];
  if (first && last && first.t < last.t)
    return { t: first.t, value: first.value as number, fromObservation: true, observation: first.observation };
  return undefined;
}

/**
 * Identical reports (the same time, value and source) are one fact, drawn and listed once: a
 * document that repeats one observation 100,000 times draws one point, not 100,000.
 */
export function distinctValues(values: readonly TimelineValue[]): TimelineValue[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = `${v.t}\u0000${String(v.value)}\u0000${v.sample}\u0000${JSON.stringify(v.observation.source)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function laneOf(doc: Resolution, target: Target, options: TimelineOptions, now: number): TimelineLane {
  const assessment = assessTarget(doc, target, options);
  const docSample = doc.sample === true;
  const values = distinctValues(
    assessment.values.map((v) => ({
      t: v.t,
      value: v.value,
      observation: v.observation,
      sample: docSample || v.observation.sample === true,
    })),
  );
  const milestones: TimelineMilestone[] = target.milestones.map((milestone, index) => {
    const goal = resolveGoal(target, milestone);
    return {
      index,
      milestone,
      assessment: assessment.milestones[index] as MilestoneAssessment,
      t: milestoneTime(milestone),
      goal: typeof goal === 'object' ? goal : undefined,
    };
  });
  const numeric = isNumericKind(target.kind);
  const start = numeric ? timelineStart(target, values) : undefined;
  const required = numeric ? requiredPoints(target, milestones, start) : [];
  const bands: TimelineBand[] = [];
  for (const m of milestones) {
    if (m.t === undefined || !m.goal?.range) continue;
    const from = start?.t ?? (doc.date ? timeOf(doc.date) : (doc.period?.from ?? m.t));
    bands.push({
      from: Math.min(from, m.t),
      to: m.t,
      range: m.goal.range,
      openAbove: m.goal.openAbove,
      openBelow: m.goal.openBelow,
    });
  }
  let projected: Point[] = [];
  const current = milestones[assessment.current];
  const latest = [...values].reverse().find((v) => typeof v.value === 'number');
  if (numeric && start && latest && current?.t !== undefined && !current.assessment.passed && current.t > now) {
    projected = projectedPath(
      assessment.method,
      target.kind,
      start,
      { t: latest.t, value: latest.value as number },
      current.t,
    );
    projected = clampToScale(target, projected);
  }
  return {
    key: `${doc.id}:${target.id}`,
    document: doc,
    target,
    assessment,
    milestones,
    values,
    start,
    required,
    projected,
    bands,
    numeric,
  };
}

/** The `targets` attribute as a list: ids separated by commas or white space; `all` or empty is every target. */
export function parseTargets(text: string | null | undefined): string[] {
  return (text ?? '').split(/[\s,]+/).filter(Boolean);
}

/** Does the `targets` list pick this target of this document? */
function picked(list: readonly string[] | undefined, doc: Resolution, target: Target): boolean {
  if (!list || list.length === 0 || list.includes('all')) return true;
  return list.includes(target.id) || list.includes(`${doc.id}:${target.id}`);
}

/** Every number the axis must reach, low and high; undefined entries are skipped. */
function extent(times: (number | undefined)[]): [number, number] | undefined {
  const finite = times.filter((t): t is number => t !== undefined && Number.isFinite(t));
  return finite.length ? [Math.min(...finite), Math.max(...finite)] : undefined;
}

/**
 * The whole timeline of one or more documents: lanes in document order, then target order.
 * The axis starts at the earliest issue date, baseline, path start or reported value, and ends at
 * the furthest horizon, period end, deadline or "as of" date, in whole years.
 */
export function timelineModel(docs: readonly Resolution[], options: TimelineOptions = {}): TimelineModel {
  const asOf = asOfDay(options.asOf);
  const now = timeOf(asOf);
  const opts = { ...options, asOf };
  const documents: TimelineDocument[] = [];
  for (const resolution of docs) {
    const lanes = resolution.targets
      .filter((t) => picked(options.targets, resolution, t))
      .map((t) => laneOf(resolution, t, opts, now));
    if (lanes.length === 0) continue;
    const issued = resolution.date ? timeOf(resolution.date) : undefined;
    const known = lanes.flatMap((l) => [baselineTime(l.target), l.start?.t, l.values[0]?.t]);
    const start = issued ?? resolution.period?.from ?? extent(known)?.[0];
    documents.push({ resolution, issued, start, lanes });
  }
  const lanes = documents.flatMap((d) => d.lanes);
  const starts: (number | undefined)[] = [];
  const ends: (number | undefined)[] = [now];
  const years = new Set<number>();
  for (const d of documents) {
    const r = d.resolution;
    starts.push(d.issued, r.period?.from);
    ends.push(r.horizon, r.period?.to);
    if (r.period) years.add(r.period.from).add(r.period.to);
    for (const lane of d.lanes) {
      starts.push(
        baselineTime(lane.target),
        lane.start?.t,
        ...lane.values.map((v) => v.t),
        ...lane.bands.map((b) => b.from),
      );
      for (const m of lane.milestones) {
        ends.push(m.t);
        if (m.milestone.year !== null) years.add(m.milestone.year);
      }
      ends.push(...lane.values.map((v) => v.t), ...lane.projected.map((p) => p.t));
    }
  }
  const low = extent(starts)?.[0] ?? extent(ends)?.[0] ?? now;
  const high = extent(ends)?.[1] ?? now;
  const domain: [number, number] = [Math.floor(Math.min(low, high)), Math.ceil(Math.max(low, high))];
  if (domain[1] === domain[0]) domain[1] += 1;
  return { asOf, now, domain, documents, lanes, years: [...years].sort((a, b) => a - b) };
}
