/**
 * The rules that tie one field of a resolution to another, which JSON Schema cannot say: unique
 * ids, parents that exist and form no cycle, milestones in order and inside the document's span,
 * ranges with min ≤ max, and what each kind of target needs. Runs on a structurally valid document.
 */
import type { Milestone, Resolution, Target } from './schema.js';
import { makeIssue, type ValidationIssue } from './issues.js';
import { NUMERIC_KINDS, type TargetKind } from './vocabulary.js';

type Keys = (string | number)[];

/** The years a document covers: from its date or period start to its horizon or period end. */
export function documentSpan(doc: Resolution): { from: number; to: number } | undefined {
  const starts = [doc.period?.from, doc.date ? Number(doc.date.slice(0, 4)) : undefined].filter(
    (y): y is number => y !== undefined,
  );
  const ends = [doc.horizon, doc.period?.to].filter((y): y is number => y !== undefined);
  if (starts.length === 0 || ends.length === 0) return undefined;
  return { from: Math.min(...starts), to: Math.max(...ends) };
}

const isNumericKind = (kind: TargetKind): boolean => (NUMERIC_KINDS as readonly string[]).includes(kind);

function checkMilestone(t: Target, m: Milestone, keys: Keys, out: ValidationIssue[]): void {
  const need = (what: string) => out.push(makeIssue('needs-value', keys, { a: t.kind, b: what }));
  const forbid = (what: string) => out.push(makeIssue('unexpected-value', keys, { a: t.kind, b: what }));
  if (m.range) {
    const [min, max] = m.range;
    if (min > max) out.push(makeIssue('range-reversed', [...keys, 'range'], { a: String(min), b: String(max) }));
  }
  switch (t.kind) {
    case 'range':
      if (!m.range) need('"range": [min, max]');
      if (m.value !== undefined) forbid('"value" (use "range")');
      break;
    case 'qualitative':
    case 'cadence':
      if (m.value !== undefined) forbid('"value"');
      if (m.range) forbid('"range"');
      break;
    default:
      // A threshold may also be given as a range; every other numeric kind needs one value.
      if (m.value === undefined && !(t.kind === 'threshold' && m.range)) need('"value"');
  }
  if (t.kind === 'level' && m.value !== undefined && t.scale) {
    const top = t.scale.max ?? t.scale.levels?.length ?? 0;
    if (!Number.isInteger(m.value) || m.value < 1 || m.value > top) {
      out.push(makeIssue('level-out-of-scale', [...keys, 'value'], { a: String(m.value), b: String(top) }));
    }
  }
  if (t.kind === 'rank' && m.value !== undefined) {
    const top = t.outOf ?? Number.MAX_SAFE_INTEGER;
    if (!Number.isInteger(m.value) || m.value < 1 || m.value > top) {
      out.push(makeIssue('rank-out-of-range', [...keys, 'value'], { a: String(m.value), b: String(t.outOf ?? '∞') }));
    }
  }
  if (t.kind === 'multiple' && m.value !== undefined && m.value <= 0) {
    out.push(makeIssue('too-small', [...keys, 'value'], { expected: '> 0', received: String(m.value) }));
  }
  const unit = t.indicator.unit.type;
  if ((unit === 'count' || unit === 'percent' || unit === 'per-capita') && t.kind !== 'growth') {
    for (const n of [m.value, ...(m.range ?? [])]) {
      if (n !== undefined && n < 0) out.push(makeIssue('negative', keys, { a: String(n), b: unit }));
    }
  }
}

function checkTarget(doc: Resolution, t: Target, i: number, out: ValidationIssue[]): void {
  const keys: Keys = ['targets', i];
  if (isNumericKind(t.kind) && !t.direction) out.push(makeIssue('needs-direction', keys, { a: t.kind }));
  const needs = (field: string, present: unknown) => {
    if (present === undefined) out.push(makeIssue('needs-field', keys, { a: t.kind, b: field }));
  };
  if (t.kind === 'multiple') needs('baseline', t.baseline);
  if (t.kind === 'level') needs('scale', t.scale);
  if (t.kind === 'ratio') needs('relation', t.relation);
  if (t.kind === 'cadence') needs('recurrence', t.recurrence);
  if (t.kind === 'growth') needs('recurrence', t.recurrence);
  if (t.scale && t.scale.max === undefined && t.scale.levels === undefined) {
    out.push(makeIssue('needs-field', [...keys, 'scale'], { a: 'level', b: 'max | levels' }));
  }
  if (t.baseline) {
    const b = t.baseline;
    if ((b.year === undefined) === (b.period === undefined))
      out.push(makeIssue('baseline-needs-time', [...keys, 'baseline']));
    if (b.period && b.period.from > b.period.to) {
      out.push(
        makeIssue('period-reversed', [...keys, 'baseline', 'period'], {
          a: String(b.period.from),
          b: String(b.period.to),
        }),
      );
    }
    const first = t.milestones.find((m) => m.year !== null)?.year;
    const baseYear = b.year ?? b.period?.to;
    if (first !== undefined && first !== null && baseYear !== undefined && baseYear >= first) {
      out.push(makeIssue('baseline-after-milestone', [...keys, 'baseline'], { a: String(baseYear), b: String(first) }));
    }
  }
  if (t.section !== undefined && doc.sections && !doc.sections.some((s) => s.ref === t.section)) {
    out.push(makeIssue('section-missing', [...keys, 'section'], { a: t.section }));
  }
  const span = documentSpan(doc);
  let previous: number | undefined;
  t.milestones.forEach((m, j) => {
    const mKeys: Keys = [...keys, 'milestones', j];
    checkMilestone(t, m, mKeys, out);
    if (m.year === null) return;
    if (previous !== undefined && m.year <= previous) {
      out.push(makeIssue('milestones-order', [...mKeys, 'year'], { a: String(m.year), b: String(previous) }));
    }
    previous = m.year;
    if (span && (m.year < span.from || m.year > span.to)) {
      out.push(
        makeIssue('milestone-outside-period', [...mKeys, 'year'], { a: String(m.year), b: `${span.from}–${span.to}` }),
      );
    }
  });
}

/** How many ids a cycle's message names before it says how many more there are. */
const CYCLE_IDS_NAMED = 8;

/**
 * Follows the parent links once for all targets (each target is walked at most once, so a chain
 * of 20,000 takes linear time) and reports each cycle once, at the member where it was found.
 */
function checkParents(doc: Resolution, byId: Map<string, number>, out: ValidationIssue[]): void {
  const finished = new Set<string>();
  doc.targets.forEach((t, i) => {
    if (t.parent !== undefined && !byId.has(t.parent))
      out.push(makeIssue('parent-missing', ['targets', i, 'parent'], { a: t.parent }));
  });
  doc.targets.forEach((start, i) => {
    if (finished.has(start.id)) return;
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let cur: string | undefined = start.id;
    while (cur !== undefined && !finished.has(cur)) {
      const seenAt = onPath.get(cur);
      if (seenAt !== undefined) {
        const cycle = [...path.slice(seenAt), cur];
        const named =
          cycle.length > CYCLE_IDS_NAMED + 1 ? [...cycle.slice(0, CYCLE_IDS_NAMED), `… (${cycle.length - 1})`] : cycle;
        const at = byId.get(path[seenAt] as string) ?? i;
        out.push(makeIssue('parent-cycle', ['targets', at, 'parent'], { a: named.join(' → ') }));
        break;
      }
      onPath.set(cur, path.length);
      path.push(cur);
      const index = byId.get(cur);
      cur = index === undefined ? undefined : doc.targets[index]?.parent;
    }
    for (const id of path) finished.add(id);
  });
}

/** Units whose values cannot be below zero. */
const NON_NEGATIVE_UNITS = new Set(['count', 'percent', 'per-capita']);

function checkObservations(doc: Resolution, out: ValidationIssue[]): void {
  const qualitative = new Map<string, boolean>();
  const unitOf = new Map<string, string>();
  for (const t of doc.targets) {
    qualitative.set(t.indicator.code, t.kind === 'qualitative' || t.kind === 'cadence');
    unitOf.set(t.indicator.code, t.indicator.unit.type);
  }
  (doc.observations ?? []).forEach((o, i) => {
    const keys: Keys = ['observations', i];
    if ((o.date === undefined) === (o.period === undefined)) out.push(makeIssue('observation-needs-time', keys));
    if (o.period && o.period.from > o.period.to) {
      out.push(makeIssue('period-reversed', [...keys, 'period'], { a: String(o.period.from), b: String(o.period.to) }));
    }
    const isQualitative = qualitative.get(o.indicator);
    if (isQualitative === false && typeof o.value === 'boolean') {
      out.push(makeIssue('observation-boolean', [...keys, 'value'], { a: o.indicator }));
    }
    if (isQualitative === true && typeof o.value === 'number') {
      out.push(makeIssue('observation-number', [...keys, 'value'], { a: o.indicator }));
    }
    const unit = unitOf.get(o.indicator);
    if (typeof o.value === 'number' && o.value < 0 && unit !== undefined && NON_NEGATIVE_UNITS.has(unit)) {
      out.push(makeIssue('negative', [...keys, 'value'], { a: String(o.value), b: unit }));
    }
  });
}

/** Every rule between fields; an empty array when the document is consistent. */
export function checkRules(doc: Resolution): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (doc.period && doc.period.from > doc.period.to) {
    out.push(makeIssue('period-reversed', ['period'], { a: String(doc.period.from), b: String(doc.period.to) }));
  }
  if (doc.period && doc.horizon !== undefined && doc.horizon < doc.period.to) {
    out.push(makeIssue('horizon-before-period', ['horizon'], { a: String(doc.horizon), b: String(doc.period.to) }));
  }
  const byId = new Map<string, number>();
  const units = new Map<string, string>();
  doc.targets.forEach((t, i) => {
    const first = byId.get(t.id);
    if (first !== undefined)
      out.push(makeIssue('duplicate-id', ['targets', i, 'id'], { a: t.id, b: `$.targets[${first}]` }));
    else byId.set(t.id, i);
    const unit = JSON.stringify(t.indicator.unit);
    const known = units.get(t.indicator.code);
    if (known !== undefined && known !== unit) {
      out.push(makeIssue('indicator-conflict', ['targets', i, 'indicator', 'unit'], { a: t.indicator.code }));
    } else units.set(t.indicator.code, unit);
    checkTarget(doc, t, i, out);
  });
  checkParents(doc, byId, out);
  checkObservations(doc, out);
  return out;
}
