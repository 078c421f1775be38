// results.json → RESULTS.md: one table per workload, medians, and the ratios ours ÷ best peer and
// ours ÷ floor checked against the goals of issue #8. Nothing here rounds a miss into a pass.
import { LIBS, SETUP, WIDGETS, isOurs } from './lib/libraries.mjs';

export const GOALS = { peer: 0.5, floor: 1.5, heapBytes: 1024 * 1024, cls: 0 };

const fmt = (v, unit) => {
  if (v === undefined || v === null || Number.isNaN(v)) return '—';
  if (unit === 'KiB') return (v / 1024).toFixed(1);
  if (unit === 'MB') return (v / 1e6).toFixed(2);
  if (unit === 'count') return String(Math.round(v));
  return v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
};
const peersOf = (widget) => WIDGETS[widget].filter((l) => !isOurs(l) && l !== 'floor');
const label = (lib) => (isOurs(lib) ? `**${LIBS[lib].label}**` : LIBS[lib].label);

const finite = (v) => typeof v === 'number' && Number.isFinite(v);

/**
 * ours ÷ other, with a mark against `goal`; a zero denominator is said in words. A ratio says "how
 * many times" only between two amounts that are not negative: a negative reading (a heap that fell
 * between two readings, noise around zero) would turn any ratio into a pass, so it gets no ratio and
 * no mark, only the two values.
 */
function ratio(ours, other, goal, unit) {
  if (!finite(ours) || !finite(other)) return { text: '—', pass: undefined };
  if (ours < 0 || other < 0)
    return { text: `n/a (${fmt(ours, unit)} vs ${fmt(other, unit)}${unit === 'MB' ? ' MB' : ''})`, pass: undefined };
  if (other === 0)
    return ours === 0 ? { text: '= (both 0) ✅', pass: true } : { text: `∞ (${fmt(ours, unit)} vs 0) ❌`, pass: false };
  const r = ours / other;
  const pass = r <= goal;
  return { text: `${r.toFixed(2)} ${pass ? '✅' : '❌'}`, pass, value: r };
}

/** Collects every ratio so the summary can count them. */
const tally = [];

/**
 * A table: one row per library with its medians, then per ours-variant a row of ratios to the best
 * peer (named) and one to the floor. `metrics`: [{ key, label, unit }], lower is better for all.
 */
function table(widget, libs, metrics, title) {
  const head = `| library | ${metrics.map((m) => `${m.label}${m.unit && m.unit !== 'count' ? ` (${m.unit})` : ''}`).join(' | ')} |`;
  const rows = [head, `|---|${metrics.map(() => '---:').join('|')}|`];
  for (const lib of WIDGETS[widget]) {
    const r = libs[lib];
    if (!r) continue;
    if (r.failed)
      rows.push(
        `| ${label(lib)} | ${r.failed.replace(/\|/g, '\\|')} ${metrics
          .slice(1)
          .map(() => '|')
          .join(' ')} |`,
      );
    else rows.push(`| ${label(lib)} | ${metrics.map((m) => fmt(r.median?.[m.key], m.unit)).join(' | ')} |`);
  }
  for (const ours of WIDGETS[widget].filter(isOurs)) {
    const o = libs[ours];
    if (!o || o.failed) continue;
    const best = metrics.map((m) => {
      const cands = peersOf(widget).filter((p) => libs[p]?.median?.[m.key] !== undefined);
      return cands.sort((a, b) => libs[a].median[m.key] - libs[b].median[m.key])[0];
    });
    const vsPeer = metrics.map((m, i) => {
      if (m.goal === false) return 'n/a';
      const r = ratio(o.median?.[m.key], best[i] && libs[best[i]].median[m.key], GOALS.peer, m.unit);
      if (r.pass !== undefined)
        tally.push({ where: `${title}: ${m.label}, ${LIBS[ours].label} ÷ best peer (${LIBS[best[i]].label})`, ...r });
      return r.text === '—' ? '—' : `${r.text} (${LIBS[best[i]].label})`;
    });
    rows.push(`| ${LIBS[ours].label} ÷ best peer | ${vsPeer.join(' | ')} |`);
    const floor = libs.floor;
    if (floor?.median) {
      const vsFloor = metrics.map((m) => {
        if (m.goal === false) return 'n/a';
        const r = ratio(o.median?.[m.key], floor.median[m.key], GOALS.floor, m.unit);
        if (r.pass !== undefined) tally.push({ where: `${title}: ${m.label}, ${LIBS[ours].label} ÷ floor`, ...r });
        return r.text;
      });
      rows.push(`| ${LIBS[ours].label} ÷ floor | ${vsFloor.join(' | ')} |`);
    }
  }
  return rows.join('\n');
}

function bytesSection(results) {
  const out = [];
  for (const widget of Object.keys(WIDGETS)) {
    const libs = {};
    for (const lib of WIDGETS[widget]) {
      const s = results.bytes.pages[`${widget}-${lib}`];
      if (lib === 'ours-value') continue;
      libs[lib] =
        !s || s.failed
          ? { failed: s?.failed ?? 'no page' }
          : { median: { raw: s.total.raw, gzip: s.total.gzip, brotli: s.total.brotli, css: s.css?.gzip ?? 0 } };
    }
    out.push(`### ${widget}\n`);
    const metrics = [
      { key: 'raw', label: 'minified', unit: 'KiB' },
      { key: 'gzip', label: 'gzip', unit: 'KiB' },
      { key: 'brotli', label: 'brotli', unit: 'KiB' },
    ];
    out.push(table(widget, libs, metrics, `1 bytes, ${widget}`));
    const css = WIDGETS[widget]
      .filter((l) => libs[l]?.median?.css)
      .map((l) => `${LIBS[l].label} ${fmt(libs[l].median.css, 'KiB')} KiB`);
    if (css.length) out.push(`\nIncluded above, CSS (gzip): ${css.join(', ')}.`);
    out.push('');
  }
  const lib = results.bytes.library;
  out.push('### the whole library\n');
  out.push('| bundle | minified (KiB) | gzip (KiB) | brotli (KiB) |\n|---|---:|---:|---:|');
  if (lib.cdn.raw)
    out.push(
      `| \`${lib.cdn.file}\` (npm run build) | ${fmt(lib.cdn.raw, 'KiB')} | ${fmt(lib.cdn.gzip, 'KiB')} | ${fmt(lib.cdn.brotli, 'KiB')} |`,
    );
  else out.push(`| \`${lib.cdn.file}\` | ${lib.cdn.note} | | |`);
  if (lib.components?.total)
    out.push(
      `| every component present (${lib.components.which.join(', ')}), one esbuild bundle | ${fmt(lib.components.total.raw, 'KiB')} | ${fmt(lib.components.total.gzip, 'KiB')} | ${fmt(lib.components.total.brotli, 'KiB')} |`,
    );
  return out.join('\n');
}

const TIME = 'ms';
const SECTIONS = [
  [
    'mount',
    '2. Mount gauges',
    'gauge',
    {
      'gauges-1': [
        { key: 'firstRender', label: '1 gauge: first render', unit: TIME },
        { key: 'nextFrame', label: '1 gauge: next frame', unit: TIME },
      ],
      'gauges-100': [
        { key: 'firstRender', label: '100 gauges: first render', unit: TIME },
        { key: 'nextFrame', label: '100 gauges: next frame', unit: TIME },
      ],
    },
  ],
  [
    'live',
    '3. Live: 100 gauges, a new value each per round',
    'gauge',
    {
      'gauges-100': [
        { key: 'roundMedian', label: 'script per round: update → rendered (in page)', unit: TIME },
        { key: 'taskPerRound', label: 'main-thread time per round (CDP TaskDuration)', unit: TIME },
        { key: 'dropped', label: 'dropped frames (>25 ms)', unit: 'count' },
        { key: 'stylePerRound', label: 'style per round', unit: TIME, goal: false },
        { key: 'layoutPerRound', label: 'layout per round', unit: TIME, goal: false },
        { key: 'p95Frame', label: 'p95 frame', unit: TIME, goal: false },
      ],
    },
  ],
  [
    'table',
    '4. Goal table',
    'table',
    {
      'rows-1000': [
        { key: 'nextFrame', label: 'render', unit: TIME },
        { key: 'sort', label: 'sort', unit: TIME },
        { key: 'filter', label: 'filter', unit: TIME },
        { key: 'scroll.p95Frame', label: 'scroll p95 frame', unit: TIME },
        { key: 'scroll.dropped', label: 'scroll dropped frames', unit: 'count' },
      ],
      'rows-big': [
        { key: 'nextFrame', label: 'render', unit: TIME },
        { key: 'sort', label: 'sort', unit: TIME },
        { key: 'filter', label: 'filter', unit: TIME },
        { key: 'scroll.p95Frame', label: 'scroll p95 frame', unit: TIME },
        { key: 'scroll.dropped', label: 'scroll dropped frames', unit: 'count' },
      ],
    },
  ],
  [
    'timeline',
    '5. Timeline, 20 lanes × 50 points',
    'timeline',
    {
      '20x50': [
        { key: 'nextFrame', label: 'render', unit: TIME },
        { key: 'zoom', label: 'zoom', unit: TIME },
      ],
    },
  ],
];

function memorySection(w, cycles) {
  const out = [];
  for (const widget of Object.keys(WIDGETS)) {
    const libs = w[widget];
    if (!libs) continue;
    out.push(`### ${widget}\n`);
    out.push(
      table(
        widget,
        libs,
        [
          { key: 'heapGrowth', label: `heap growth after ${cycles} cycles`, unit: 'MB' },
          { key: 'nodesLeft', label: 'DOM nodes left', unit: 'count', goal: false },
          { key: 'listenersLeft', label: 'listeners left', unit: 'count', goal: false },
          { key: 'seconds', label: `${cycles} cycles took`, unit: 's', goal: false },
        ],
        `6 memory, ${widget}`,
      ),
    );
    for (const ours of WIDGETS[widget].filter(isOurs)) {
      const g = libs[ours]?.median?.heapGrowth;
      if (!finite(g)) {
        if (libs[ours])
          out.push(`\nGoal, heap growth under 1 MB after ${cycles} cycles (${LIBS[ours].label}): not measured`);
        continue;
      }
      // The goal is on the growth itself. A heap that fell a little is no growth (noise around
      // zero); one that fell by 1 MB or more means the reading before was not settled, which is a
      // failed measurement, not a pass.
      const pass = Math.abs(g) < GOALS.heapBytes;
      const text =
        g < 0
          ? `${fmt(g, 'MB')} MB: the heap fell, ${pass ? 'no growth (noise around zero) ✅' : 'so the first reading was not settled: not measured ❌'}`
          : `${fmt(g, 'MB')} MB ${pass ? '✅' : '❌'}`;
      tally.push({ where: `6 memory, ${widget}: ${LIBS[ours].label} heap growth < 1 MB`, pass, text });
      out.push(`\nGoal, heap growth under 1 MB after ${cycles} cycles (${LIBS[ours].label}): ${text}`);
    }
    out.push('');
  }
  return out.join('\n');
}

function lighthouseSection(lh) {
  if (!lh) return 'Not run.';
  if (lh.failed) return `Failed: ${lh.failed}`;
  const m = lh.median;
  const r0 = lh.runs.find((r) => r.ok);
  // No CLS reported is no measurement: neither a pass nor a miss.
  const clsPass = finite(m.cls) ? m.cls <= GOALS.cls : undefined;
  const clsMark = clsPass === undefined ? '' : clsPass ? ' ✅' : ' ❌';
  tally.push({
    where: '7 Lighthouse: cumulative layout shift = 0',
    pass: clsPass,
    text: finite(m.cls) ? `${m.cls}${clsMark}` : 'not reported',
  });
  return [
    `Page: \`bench/pages/lighthouse-demo.html\` with ${lh.widgets.join(', ')} widgets, 20 in all (the repository's demo page does not yet hold 20 widgets, so this page is the demo for this workload). Lighthouse defaults: ${r0.formFactor} form factor, ${r0.throttling} throttling; median of ${lh.runs.length} run(s).`,
    '',
    '| performance score | total blocking time (ms) | cumulative layout shift | FCP (ms) | LCP (ms) | speed index (ms) |',
    '|---:|---:|---:|---:|---:|---:|',
    `| ${m.score ?? '—'} | ${fmt(m.tbt)} | ${finite(m.cls) ? m.cls.toFixed(3) : '—'}${clsMark} | ${fmt(m.fcp)} | ${fmt(m.lcp)} | ${fmt(m.si)} |`,
  ].join('\n');
}

/** Formats a generated file with the project's Prettier settings, so `npm run format:check` passes. */
export async function pretty(text, file) {
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...options, filepath: file });
}

/** `node bench/report.mjs [results.json]`: writes the Markdown again from saved raw numbers. */
export async function rewrite(file = 'results.json') {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const { dirname, join } = await import('node:path');
  const { fileURLToPath } = await import('node:url');
  const here = dirname(fileURLToPath(import.meta.url));
  const results = JSON.parse(readFileSync(join(here, file), 'utf8'));
  const out = join(here, file.replace(/^results/, 'RESULTS').replace(/\.json$/, '.md'));
  writeFileSync(out, await pretty(report(results), out));
  console.log(`bench: wrote ${out}`);
}

export function report(results) {
  tally.length = 0;
  const c = results.config;
  const m = results.machine;
  const parts = [];
  // A quick or partial run is written beside the full results (run.mjs), with its own raw file.
  const raw = results.mode === 'quick' || results.only ? 'results.quick.json' : 'results.json';
  parts.push('# Benchmark results\n');
  parts.push(
    `${results.mode === 'quick' ? 'A **quick** run' : 'A **full** run'} of \`npm run bench${results.mode === 'quick' ? ' -- --quick' : ''}\` on ${results.date.slice(0, 10)} (${results.date}), ${results.seconds} s in all. How to run it and what each number means: [README.md](README.md). Raw numbers: [${raw}](${raw}).\n`,
  );
  parts.push(
    `Repetitions: ${c.reps} per library (live: ${c.liveReps}; ${(c.bigTable ?? 10000).toLocaleString('en')}-row table: ${c.bigTableReps}), alternating libraries within each repetition; medians shown. ${results.workloads.checks?.separate === false ? 'Every timed run was checked to show the same data and dropped if it did not (quick: no separate check pass).' : 'Before any timing each page rendered once and was checked to show the same data.'} Live: ${c.rounds} rounds. Memory: ${c.memCycles} mount/unmount cycles. Lighthouse: ${c.lighthouseRuns} run(s). Time per workload (s): ${Object.entries(
      results.workloads,
    )
      .map(([k, v]) => `${k} ${v.seconds}`)
      .join(', ')}.\n`,
  );
  parts.push('## Machine and versions\n');
  parts.push(
    `| | |\n|---|---|\n| OS | ${m.os} |\n| CPU | ${m.cpu}, ${m.cores} cores |\n| memory | ${m.memoryGiB} GiB |\n| Node | ${m.node} |\n| Chromium | ${m.chromium} (\`${m.chromiumPath}\`, headless, via playwright-core) |\n| 1-minute load average (start, after each workload) | ${m.loadAverage1m.join(', ')} |`,
  );
  const busy = Math.max(...m.loadAverage1m) > m.cores;
  if (busy)
    parts.push(
      `\n**The machine was busy**: the load average went above its ${m.cores} cores, other processes competing for the CPU during the run. Every library suffers it alike, since they alternate, but the absolute times are noisier than on an idle machine.`,
    );
  parts.push(
    '\n| package | version |\n|---|---|\n' +
      Object.entries(results.versions)
        .map(([k, v]) => `| ${k} | ${v} |`)
        .join('\n'),
  );
  parts.push('\n## How each library is set up\n');
  for (const [widget, libs] of Object.entries(SETUP))
    parts.push(
      `- **${widget}**: ${Object.entries(libs)
        .map(([l, s]) => `${LIBS[l].label}: ${s}`)
        .join('; ')}.`,
    );
  parts.push(
    '\nGoals (issue #8): every ratio ours ÷ best peer ≤ 0.5, every ratio ours ÷ floor ≤ 1.5, cumulative layout shift 0, heap growth after 1,000 cycles under 1 MB. All times in ms, lower is better; ✅ meets the goal, ❌ does not.\n',
  );
  const body = [];
  body.push('## 1. Bytes to show one widget\n');
  body.push(
    'The adapter module of each page bundled alone (esbuild, minified, ESM), plus the CSS the library needs; gzip -9 and brotli -11. The floor is the markup of the picture itself.\n',
  );
  body.push(bytesSection(results));
  for (const [key, title, widget, groups] of SECTIONS) {
    body.push(`\n## ${title}\n`);
    const w = results.workloads[key];
    if (!w) {
      body.push('Not run in this run.');
      continue;
    }
    for (const [key, metrics] of Object.entries(groups)) {
      // The big table is 10,000 rows in a full run and fewer in a quick one (config.bigTable).
      const group = key === 'rows-big' ? `rows-${c.bigTable ?? 10000}` : key;
      if (!w[group]) continue;
      if (Object.keys(groups).length > 1) body.push(`### ${group}\n`);
      body.push(table(widget, w[group], metrics, `${title.split('.')[0]} ${group}`));
      body.push('');
    }
  }
  body.push('\n## 6. Memory: mount and unmount, garbage collected before each reading\n');
  body.push(results.workloads.memory ? memorySection(results.workloads.memory, c.memCycles) : 'Not run in this run.');
  body.push('\n## 7. Lighthouse: 20 widgets on one page\n');
  body.push(lighthouseSection(results.workloads.lighthouse));
  const checked = tally.filter((t) => t.pass !== undefined);
  const misses = checked.filter((t) => t.pass === false);
  parts.push(
    `## Summary\n\n${checked.length - misses.length} of ${checked.length} goal checks met, **${misses.length} missed**.${misses.length ? ' Where we fall short:\n' : ''}`,
  );
  if (misses.length) parts.push(misses.map((t) => `- ${t.where}: ${t.text}`).join('\n'));
  const notYet = Object.entries(results.bytes.pages)
    .filter(([, v]) => v.failed)
    .map(([k, v]) => `- ${k}: ${v.failed}`);
  if (notYet.length) parts.push(`\nPages not measured:\n\n${notYet.join('\n')}`);
  return `${parts.join('\n')}\n\n${body.join('\n')}\n`;
}

if (process.argv[1] && (await import('node:url')).fileURLToPath(import.meta.url) === process.argv[1])
  await rewrite(process.argv[2]);
