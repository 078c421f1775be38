// The documents every workload shows, and what each peer and floor page is handed for the same
// picture. Written to bench/.out/data/*.json by bench/build.mjs.
//
// Realistic targets come from demo/data/samples/all-kinds.json; the larger documents are generated
// here from them (every generated value is marked `sample: true` and so is each generated
// document) and validated with the library's own validateResolution before they are used.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gaugeFloor, tableFloor, timelineFloor } from './floor.mjs';

/** Statuses are computed as of this day in every page, so every run shows the same thing. */
export const AS_OF = '2026-06-30';
/** The table's filter workload searches for this; it occurs in one template target's text only. */
export const FILTER_TERM = 'chữ ký số';
const SAMPLE_SOURCE = { name: { vi: 'Số liệu minh họa (bench)', en: 'Sample data (bench)' } };

/** A small deterministic PRNG (mulberry32), so generated documents are the same on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n, w = 3) => String(n).padStart(w, '0');

function baseDoc(allKinds, id, title) {
  const { targets: _t, observations: _o, $schema: _s, ...rest } = allKinds;
  return { ...rest, id, title: { vi: title, en: title }, sample: true };
}

/** A percent threshold like all-kinds' `threshold-on-track`, numbered. */
function thresholdTarget(template, code, n, goal, baseline) {
  return {
    ...template,
    id: `${code}`,
    ref: `B.${n}`,
    label: { vi: `Chỉ tiêu minh họa ${pad(n)}: ít nhất ${goal}%`, en: `Sample target ${pad(n)}: at least ${goal}%` },
    indicator: {
      ...template.indicator,
      code,
      name: { vi: `Chỉ số minh họa ${pad(n)}`, en: `Sample indicator ${pad(n)}` },
    },
    milestones: [{ year: 2030, comparator: '>=', value: goal }],
    baseline: { year: 2020, value: baseline },
  };
}

const obs = (indicator, date, value) => ({ indicator, date, value, source: SAMPLE_SOURCE, sample: true });

/** 100 percent targets, each with a baseline (2020) and one reported value (2025). */
function gaugeDoc(allKinds, count) {
  const template = allKinds.targets.find((t) => t.id === 'threshold-on-track');
  const rnd = random(7);
  const doc = baseDoc(allKinds, 'bench-gauges', `Bench: ${count} chỉ tiêu (minh họa)`);
  doc.targets = [];
  doc.observations = [];
  for (let i = 1; i <= count; i++) {
    const goal = 40 + ((i * 7) % 50);
    const baseline = 5 + (i % 15);
    const value = Math.round(baseline + rnd() * (goal + 5 - baseline));
    const code = `bench-gauge-${pad(i)}`;
    doc.targets.push(thresholdTarget(template, code, i, goal, baseline));
    doc.observations.push(obs(code, '2020', baseline), obs(code, '2025', value));
  }
  return doc;
}

/** `count` targets: all-kinds' 23 targets again and again, each copy with its own ids and values. */
function tableDoc(allKinds, count) {
  const doc = baseDoc(allKinds, `bench-table-${count}`, `Bench: ${count} chỉ tiêu (minh họa)`);
  const templates = allKinds.targets;
  const byIndicator = new Map();
  for (const o of allKinds.observations) byIndicator.set(o.indicator, [...(byIndicator.get(o.indicator) ?? []), o]);
  doc.targets = [];
  doc.observations = [];
  const copied = new Set();
  for (let n = 0; n < count; n++) {
    const copy = Math.floor(n / templates.length);
    const t = structuredClone(templates[n % templates.length]);
    const suffix = `-c${copy}`;
    const codes = [t.indicator.code, t.relation?.indicator].filter(Boolean);
    t.id += suffix;
    t.label = { vi: `${t.label.vi} · ${n + 1}`, en: `${t.label.en ?? t.label.vi} · ${n + 1}` };
    t.indicator.code += suffix;
    if (t.relation) t.relation.indicator += suffix;
    if (t.parent) t.parent += suffix;
    doc.targets.push(t);
    for (const code of codes) {
      if (copied.has(code + suffix)) continue; // two targets of one copy may share an indicator
      copied.add(code + suffix);
      for (const o of byIndicator.get(code) ?? [])
        doc.observations.push({ ...structuredClone(o), indicator: code + suffix, sample: true });
    }
  }
  return doc;
}

/** `lanes` percent targets, each with `points` monthly reported values from January 2021. */
function timelineDoc(allKinds, lanes, points) {
  const template = allKinds.targets.find((t) => t.id === 'threshold-on-track');
  const rnd = random(11);
  const doc = baseDoc(allKinds, `bench-timeline-${lanes}x${points}`, `Bench: ${lanes} × ${points} (minh họa)`);
  doc.targets = [];
  doc.observations = [];
  for (let i = 1; i <= lanes; i++) {
    const goal = 50 + (i % 5) * 10;
    const baseline = 10 + (i % 7);
    const code = `bench-lane-${pad(i)}`;
    doc.targets.push(thresholdTarget(template, code, i, goal, baseline));
    let v = baseline;
    for (let p = 0; p < points; p++) {
      v = Math.min(100, Math.round((v + rnd() * 1.6) * 10) / 10);
      const month = 2021 * 12 + p;
      doc.observations.push(obs(code, `${Math.floor(month / 12)}-${pad((month % 12) + 1, 2)}`, v));
    }
  }
  return doc;
}

function check(core, name, doc) {
  const r = core.validateResolution(doc);
  if (!r.ok) {
    const first = r.issues.slice(0, 3).map((i) => `${i.path ?? ''} ${i.message?.en ?? JSON.stringify(i)}`);
    throw new Error(`generated document ${name} is not valid: ${first.join('; ')}`);
  }
  return r.resolution;
}

/** What a gauge shows, for peers and floors: the target's label, its latest value and its goal. */
function gaugeItems(core, doc, ids) {
  return ids.map((id) => {
    const a = core.assessTarget(
      doc,
      doc.targets.find((t) => t.id === id),
      { asOf: AS_OF },
    );
    const value = typeof a.latest?.value === 'number' ? a.latest.value : 0;
    const goal = a.target.milestones[a.current]?.value ?? 100;
    return { id, label: a.target.label.vi, value, goal, min: 0, max: 100, status: a.status, unit: '%' };
  });
}

/** What a table row shows, for peers and floors, from the library's own table cells. */
function tableRows(core, doc) {
  const assessment = core.assessForTable(doc, { asOf: AS_OF });
  const rows = core.buildRows([{ resolution: doc, assessment }]);
  return rows.map((row) => {
    const c = core.rowCells(row, 'vi');
    const m = c.milestones.find((x) => x.current) ?? c.milestones[0];
    return {
      ref: c.ref,
      label: c.label,
      status: c.statusLabel,
      latest: c.latest?.value ?? '',
      goal: m?.goal ?? '',
      deadline: m?.deadline ?? '',
      progress: c.progressText,
    };
  });
}

function tableExpectations(core, doc, rows) {
  const assessment = core.assessForTable(doc, { asOf: AS_OF });
  const built = core.buildRows([{ resolution: doc, assessment }]);
  const view = core.queryRows(built, { ...core.DEFAULT_QUERY, search: FILTER_TERM }, 'vi');
  const byLabel = rows.filter((r) => r.label.toLocaleLowerCase('vi').includes(FILTER_TERM)).length;
  if (view.matched !== byLabel)
    throw new Error(`filter term "${FILTER_TERM}" matches ${view.matched} targets in our search but ${byLabel} labels`);
  return { filterTerm: FILTER_TERM, filtered: byLabel, total: rows.length };
}

function timelineLanes(doc) {
  return doc.targets.map((t) => ({
    id: t.id,
    label: t.label.vi,
    goal: t.milestones[0].value,
    points: doc.observations
      .filter((o) => o.indicator === t.indicator.code)
      .map((o) => ({ date: o.date, value: o.value })),
  }));
}

/** Every data set, keyed by the file name it is written to in bench/.out/data/. */
export function makeData(root, core) {
  const allKinds = JSON.parse(readFileSync(join(root, 'demo/data/samples/all-kinds.json'), 'utf8'));
  check(core, 'all-kinds', allKinds);
  const out = {};

  const g100 = check(core, 'gauges-100', gaugeDoc(allKinds, 100));
  const one = gaugeItems(core, allKinds, ['threshold-on-track']);
  out['gauge-1'] = { asOf: AS_OF, doc: allKinds, items: one, floor: one.map(gaugeFloor) };
  const hundred = gaugeItems(
    core,
    g100,
    g100.targets.map((t) => t.id),
  );
  out['gauge-100'] = { asOf: AS_OF, doc: g100, items: hundred, floor: hundred.map(gaugeFloor) };

  for (const [name, doc] of [
    ['table-23', allKinds],
    ['table-1000', check(core, 'table-1000', tableDoc(allKinds, 1000))],
    ['table-2000', check(core, 'table-2000', tableDoc(allKinds, 2000))], // the big table of a quick run
    ['table-10000', check(core, 'table-10000', tableDoc(allKinds, 10000))],
  ]) {
    const rows = tableRows(core, doc);
    const expect = tableExpectations(core, doc, rows);
    out[name] = { asOf: AS_OF, doc, rows, expect, floor: tableFloor(rows, expect) };
  }

  for (const [name, lanes, points] of [
    ['timeline-20x50', 20, 50],
    ['timeline-5x10', 5, 10],
  ]) {
    const doc = check(core, name, timelineDoc(allKinds, lanes, points));
    const data = timelineLanes(doc);
    out[name] = {
      asOf: AS_OF,
      doc,
      lanes: data,
      expect: { lanes, points: lanes * points },
      floor: timelineFloor(data),
    };
  }
  return out;
}
