/**
 * One milestone, as of one date: its status, its verdict once the deadline has passed, the
 * expected value now, the progress, and the explanation the reader sees.
 */
import { requiredPath, resolveGoal, rangePosition, satisfies, baselineTime, type Goal } from './goal.js';
import type { Point, ProgressMethod } from './methods/index.js';
import type { Milestone, Observation, Target } from './schema.js';
import { deadlinePassed } from './time.js';
import { RECURRENCE_MONTHS, type Status, type Verdict } from './vocabulary.js';
import type { Explanation } from './explanation.js';

/** A reported value placed in time; for a ratio target, the ratio to its related indicator. */
export interface TimedValue {
  t: number;
  value: number | boolean;
  observation: Observation;
}

/** Where the required path starts: the baseline, or the first reported value standing in for it. */
export type StartPoint = Point & { fromObservation: boolean; observation?: Observation };

export interface MilestoneAssessment {
  index: number;
  year: number | null;
  goal?: Goal;
  status: Status;
  verdict?: Verdict;
  /** The deadline has passed as of the assessment date. */
  passed: boolean;
  /** The required path's value at the "as of" date. */
  expectedNow?: number;
  /** The share of the way from the baseline to the goal: 0 at the baseline, 1 at the goal. */
  progress?: number;
  explanation: Explanation;
}

export interface MilestoneContext {
  target: Target;
  method: ProgressMethod;
  /** The "as of" date, as a decimal year. */
  now: number;
  /** Reported values up to the "as of" date, oldest first. */
  values: TimedValue[];
}

const numeric = (values: TimedValue[]): (TimedValue & { value: number })[] =>
  values.filter((v): v is TimedValue & { value: number } => typeof v.value === 'number');

const done = (
  index: number,
  year: number | null,
  passed: boolean,
  status: Status,
  explanation: Explanation,
  extra: Partial<MilestoneAssessment> = {},
): MilestoneAssessment => ({ index, year, passed, status, explanation, ...extra });

function assessQualitative(ctx: MilestoneContext, m: Milestone, index: number): MilestoneAssessment {
  const passed = m.year !== null && deadlinePassed(m.year, m.date, ctx.now);
  const doneAt = ctx.values.find((v) => v.value === true);
  const latest = ctx.values[ctx.values.length - 1];
  const base = { method: ctx.method.name, year: m.year };
  if (doneAt) {
    const verdict: Verdict | undefined =
      passed && m.year !== null ? (Math.floor(doneAt.t) <= m.year ? 'met' : 'missed') : undefined;
    return done(
      index,
      m.year,
      passed,
      'achieved',
      { ...base, code: 'done', latest: doneAt },
      verdict ? { verdict } : {},
    );
  }
  if (m.year === null)
    return done(index, null, false, latest ? 'not-assessable' : 'no-data', { ...base, code: 'undated', latest });
  if (passed) {
    if (latest)
      return done(index, m.year, true, 'missed', { ...base, code: 'not-done-late', latest }, { verdict: 'missed' });
    return done(index, m.year, true, 'no-data', { ...base, code: 'no-data-deadline' });
  }
  if (latest) return done(index, m.year, false, 'not-assessable', { ...base, code: 'not-done-yet', latest });
  return done(index, m.year, false, 'no-data', { ...base, code: 'no-data' });
}

function assessCadence(ctx: MilestoneContext, m: Milestone, index: number): MilestoneAssessment {
  const months = RECURRENCE_MONTHS[ctx.target.recurrence ?? 'yearly'];
  const interval = months / 12;
  const reports = ctx.values.filter((v) => v.value !== false);
  const last = reports[reports.length - 1];
  const base = { method: ctx.method.name, year: m.year, intervalMonths: months };
  if (!last) return done(index, m.year, false, 'no-data', { ...base, code: 'no-data' });
  const gap = ctx.now - last.t;
  const status: Status = gap <= interval ? 'on-track' : gap <= 2 * interval ? 'at-risk' : 'off-track';
  return done(index, m.year, false, status, { ...base, code: 'cadence', latest: last, gapYears: gap });
}

/** A commitment that repeats every year: how many reported years met it, and the latest one. */
function assessRecurring(ctx: MilestoneContext, m: Milestone, index: number, goal: Goal): MilestoneAssessment {
  const direction = ctx.target.direction ?? 'increase';
  const byYear = new Map<number, TimedValue & { value: number }>();
  for (const v of numeric(ctx.values)) byYear.set(Math.floor(v.t), v);
  const years = [...byYear.values()];
  const latest = years[years.length - 1];
  const passed = m.year !== null && deadlinePassed(m.year, m.date, ctx.now);
  const base = { method: ctx.method.name, year: m.year, goal };
  if (!latest) return done(index, m.year, passed, 'no-data', { ...base, code: 'no-data' }, { goal });
  const met = years.filter((v) => satisfies(v.value, goal, direction)).length;
  const latestMet = satisfies(latest.value, goal, direction);
  const status: Status = !latestMet ? 'off-track' : met === years.length ? 'on-track' : 'at-risk';
  const explanation: Explanation = { ...base, code: 'recurring', latest, yearsMet: met, yearsReported: years.length };
  return done(index, m.year, passed, status, explanation, { goal });
}

/** The start of the required path: the baseline, or the first reported value standing in for it. */
function startPoint(ctx: MilestoneContext, series: (TimedValue & { value: number })[]): StartPoint | undefined {
  const b = ctx.target.baseline;
  const bt = baselineTime(ctx.target);
  if (b?.value !== undefined && bt !== undefined) return { t: bt, value: b.value, fromObservation: false };
  const first = series[0];
  const last = series[series.length - 1];
  if (first && last && first.t < last.t)
    return { t: first.t, value: first.value, fromObservation: true, observation: first.observation };
  return undefined;
}

function earlierGoals(ctx: MilestoneContext, index: number, after: number): Point[] {
  const points: Point[] = [];
  ctx.target.milestones.slice(0, index).forEach((m) => {
    const g = resolveGoal(ctx.target, m);
    if (typeof g === 'object' && m.year !== null && m.year > after) points.push({ t: m.year, value: g.value });
  });
  return points;
}

function assessNumeric(ctx: MilestoneContext, m: Milestone, index: number, goal: Goal): MilestoneAssessment {
  const { target, method, now } = ctx;
  const direction = target.direction ?? 'increase';
  const series = numeric(ctx.values);
  const base = { method: method.name, year: m.year, goal };
  const position = (x: number) => (goal.range ? { position: rangePosition(x, goal.range) } : {});
  if (m.year === null) return done(index, null, false, 'not-assessable', { ...base, code: 'undated' }, { goal });
  const passed = deadlinePassed(m.year, m.date, now);
  const latest = series[series.length - 1];
  if (!latest)
    return done(index, m.year, passed, 'no-data', { ...base, code: passed ? 'no-data-deadline' : 'no-data' }, { goal });
  const start = startPoint(ctx, series);
  const path = start
    ? requiredPath([start, ...earlierGoals(ctx, index, start.t), { t: m.year, value: goal.value }])
    : undefined;
  const progressOf = (x: number) =>
    start && goal.value !== start.value ? (x - start.value) / (goal.value - start.value) : undefined;
  const growthMet = (x: TimedValue & { value: number }) =>
    start !== undefined &&
    x.t > start.t &&
    (Math.pow(x.value / start.value, 1 / (x.t - start.t)) - 1) * 100 >= goal.value;
  const meets = (x: TimedValue & { value: number }) =>
    target.kind === 'growth' ? growthMet(x) : satisfies(x.value, goal, direction);
  if (passed) {
    const byDeadline = series.filter((v) => Math.floor(v.t) <= (m.year as number));
    const last = byDeadline[byDeadline.length - 1];
    const common = { goal, progress: last ? progressOf(last.value) : undefined };
    if (last && meets(last))
      return done(
        index,
        m.year,
        true,
        'achieved',
        { ...base, code: 'met', latest: last, ...position(last.value) },
        { ...common, verdict: 'met' },
      );
    if (last && Math.floor(last.t) === m.year) {
      return done(
        index,
        m.year,
        true,
        'missed',
        { ...base, code: 'missed', latest: last, ...position(last.value) },
        { ...common, verdict: 'missed' },
      );
    }
    return done(index, m.year, true, 'no-data', { ...base, code: 'no-data-deadline', latest: last }, common);
  }
  const expectedNow = path ? path(now) : undefined;
  const progress = progressOf(latest.value);
  const common = { goal, expectedNow, progress };
  if (target.kind !== 'growth' && meets(latest)) {
    return done(
      index,
      m.year,
      false,
      'achieved',
      { ...base, code: 'achieved', latest, ...position(latest.value) },
      common,
    );
  }
  if (direction === 'maintain') {
    // Keeping a value has no pace to measure: outside what must be kept is off track.
    return done(
      index,
      m.year,
      false,
      'off-track',
      { ...base, code: 'outside', latest, ...position(latest.value) },
      common,
    );
  }
  if (!start || !path)
    return done(index, m.year, false, 'not-assessable', { ...base, code: 'no-baseline', latest }, common);
  const result = method.pace({
    kind: target.kind,
    direction,
    start,
    goal: { t: m.year, value: goal.value },
    latest,
    path,
    requiredRate: target.kind === 'growth' ? goal.value : undefined,
  });
  const yearsLeft = m.year - latest.t;
  const neededPerYear = target.kind !== 'growth' && yearsLeft > 0 ? (goal.value - latest.value) / yearsLeft : undefined;
  const explained = {
    ...base,
    latest,
    start,
    expectedNow,
    neededPerYear,
    bands: method.bands,
    ...position(latest.value),
  };
  if (!result.ok)
    return done(
      index,
      m.year,
      false,
      'not-assessable',
      { ...explained, code: 'declined', declined: result.reason },
      common,
    );
  return done(
    index,
    m.year,
    false,
    result.pace,
    {
      ...explained,
      code: 'pace',
      ratio: result.ratio,
      expected: result.expected,
      observedRate: result.observedRate,
      requiredRate: result.requiredRate,
    },
    common,
  );
}

export function assessMilestone(ctx: MilestoneContext, m: Milestone, index: number): MilestoneAssessment {
  const { target } = ctx;
  if (target.kind === 'qualitative') return assessQualitative(ctx, m, index);
  if (target.kind === 'cadence') return assessCadence(ctx, m, index);
  const goal = resolveGoal(target, m);
  const base = { method: ctx.method.name, year: m.year };
  if (goal === 'no-baseline-value') {
    const passed = m.year !== null && deadlinePassed(m.year, m.date, ctx.now);
    return done(index, m.year, passed, 'not-assessable', { ...base, code: 'no-baseline-value' });
  }
  if (goal === 'no-number') return done(index, m.year, false, 'not-assessable', { ...base, code: 'undated' });
  if (target.recurrence && target.kind !== 'growth') return assessRecurring(ctx, m, index, goal);
  return assessNumeric(ctx, m, index, goal);
}
