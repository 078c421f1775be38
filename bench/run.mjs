// npm run bench [-- --quick] [-- --only=mount,live,table,timeline,memory,lighthouse]
//
// Builds the pages (bench/build.mjs), serves them on 127.0.0.1, and drives Debian's Chromium with
// playwright-core through workloads 2–7, ours and every peer and the floor alternating within
// each repetition, a fresh browser context (so a fresh renderer) per measurement. Each library's
// first run of a workload is a check that it rendered the same data, and is not timed; a page that
// fails a check is reported as failed. Writes bench/results.json and bench/RESULTS.md.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildAll } from './build.mjs';
import { WIDGETS, versions } from './lib/libraries.mjs';
import { pretty, report } from './report.mjs';
import { serve } from './server.mjs';
import { CHROME_PATH, CHROMIUM_ARGS as QUIET_ARGS } from '../scripts/chromium.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = join(BENCH, '..');
const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const ONLY = args
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');

// Quick is a quick look, under two minutes on 2 cores: every workload, every peer and the floor,
// but one repetition, shorter runs, and the big table at 2,000 rows (10,000 rows of Grid.js alone
// take about a minute). Full is the run RESULTS.md records.
export const CONFIG = QUICK
  ? {
      mode: 'quick',
      reps: 1,
      liveReps: 1,
      bigTable: 2000,
      bigTableReps: 1,
      rounds: 10,
      memCycles: 10,
      memWarmup: 2,
      memUpdates: 3,
      scrollFrames: 20,
      lighthouseRuns: 1,
    }
  : {
      mode: 'full',
      reps: 3,
      liveReps: 2,
      bigTable: 10000,
      bigTableReps: 1,
      rounds: 60,
      memCycles: 1000,
      memWarmup: 10,
      memUpdates: 3,
      scrollFrames: 60,
      lighthouseRuns: 3,
    };

// The closed-network flags (scripts/chromium.mjs, which says why --disable-features is left out
// for Playwright), with the garbage collector exposed for the memory workload.
export const CHROMIUM_ARGS = [...QUIET_ARGS, '--js-flags=--expose-gc'];
const log = (...a) => console.log(...a);
const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return undefined;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function withTimeout(promise, ms, what) {
  let t;
  return Promise.race([
    promise,
    new Promise(
      (_, reject) => (t = setTimeout(() => reject(new Error(`${what}: timed out after ${ms / 1000} s`)), ms)),
    ),
  ]).finally(() => clearTimeout(t));
}

let browser;
let base;

/** One measurement: a fresh context and page, the page loaded, `fn(page, cdp)` run, the context closed. */
async function onPage(name, fn, timeout = 180000) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  try {
    await page.goto(`${base}bench/.out/${name}.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench?.ready && window.__benchAdapter, null, { timeout: 30000 });
    const cdp = await context.newCDPSession(page);
    const result = await withTimeout(fn(page, cdp), timeout, name);
    if (result && result.ok === false && errors.length)
      result.error = `${result.error}; page errors: ${errors.slice(0, 2).join(' | ')}`;
    return result;
  } catch (e) {
    const why = String(e.message ?? e).split('\n')[0];
    return { ok: false, error: errors.length ? `${why}; page errors: ${errors.slice(0, 2).join(' | ')}` : why };
  } finally {
    await context.close().catch(() => {});
  }
}

const call = (page, fn, params) => page.evaluate(([f, p]) => window.__bench[f](p), [fn, params]);

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/**
 * The heap after garbage collection. A widget that just left may still be held for a moment (a
 * timer about to fire, a task queued), so garbage is collected (3 times) and read every 100 ms
 * until neither the DOM nodes, the listeners nor the heap fall any more (at most 1 s).
 */
async function heap(cdp) {
  await cdp.send('Performance.enable');
  let last;
  for (let i = 0; i < 10; i++) {
    for (let j = 0; j < 3; j++) await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const m = await metrics(cdp);
    const now = { used: usedSize, nodes: m.Nodes, listeners: m.JSEventListeners };
    if (last && now.nodes >= last.nodes && now.listeners >= last.listeners && now.used >= last.used - 16384) return now;
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return last;
}

/**
 * Before any timing, each page renders its widget once and is checked to show the same data as
 * the others (the values, rows, lanes and points of the data set); a page that fails is reported
 * as failed and never timed. Every timed run checks its result again and is dropped if it fails.
 * Nothing is timed here, so the pages are checked CHECKS_AT_ONCE at a time, each in its own context.
 */
const CHECKS_AT_ONCE = 4;
async function verify(pages, widgets) {
  const checks = {
    gauge: ['mount', { dataset: 'gauge-100', count: 100 }],
    table: ['mount', { dataset: 'table-1000', count: 1 }],
    timeline: ['mount', { dataset: 'timeline-20x50', count: 1 }],
  };
  const todo = Object.entries(WIDGETS)
    .filter(([widget]) => widgets.has(widget))
    .flatMap(([widget, libs]) => libs.filter((lib) => pages[`${widget}-${lib}`]?.ok).map((lib) => [widget, lib]));
  const worker = async () => {
    for (let next = todo.shift(); next; next = todo.shift()) {
      const [widget, lib] = next;
      const [fn, params] = checks[widget];
      const t0 = performance.now();
      const r = await onPage(`${widget}-${lib}`, (page) => call(page, fn, params), 300000);
      pages[`${widget}-${lib}`].check = r.ok ? true : r.error;
      const s = ((performance.now() - t0) / 1000).toFixed(1);
      log(`  check ${`${widget}-${lib}`.padEnd(24)} ${r.ok ? 'ok' : `FAILED: ${r.error}`} (${s} s)`);
    }
  };
  await Promise.all(Array.from({ length: CHECKS_AT_ONCE }, worker));
}

/**
 * Runs `measure(lib)` for every library of `widget` that built and passed its check, `reps` times
 * alternating libraries. Returns per library its samples, medians and
 * failure, if any.
 */
async function alternate(widget, pages, reps, measure, label) {
  const libs = {};
  for (const lib of WIDGETS[widget]) {
    const p = pages[`${widget}-${lib}`];
    libs[lib] = p?.ok ? { samples: [] } : { failed: p?.reason ?? 'no page' };
    if (p?.ok && p.check !== true) libs[lib] = { failed: `check failed: ${p.check}` };
  }
  const live = () => Object.keys(libs).filter((l) => !libs[l].failed);
  for (let rep = 0; rep < reps; rep++) {
    const took = [];
    for (const lib of live()) {
      const t0 = performance.now();
      const r = await measure(lib);
      took.push(`${lib} ${((performance.now() - t0) / 1000).toFixed(1)}`);
      if (r.ok) libs[lib].samples.push(r);
      else libs[lib].errors = [...(libs[lib].errors ?? []), r.error];
    }
    log(`  ${label} repetition ${rep + 1}/${reps} done (s: ${took.join(', ')})`);
  }
  for (const lib of Object.keys(libs)) {
    const s = libs[lib].samples;
    if (!s?.length) {
      if (!libs[lib].failed) libs[lib].failed = `every timed run failed: ${libs[lib].errors?.[0]}`;
      continue;
    }
    const keys = new Set(s.flatMap((x) => Object.keys(flat(x))));
    libs[lib].median = Object.fromEntries(
      [...keys].map((k) => [k, median(s.map((x) => flat(x)[k]))]).filter(([, v]) => v !== undefined),
    );
  }
  return libs;
}

/** { scroll: { p95Frame } } → { 'scroll.p95Frame' }, numbers only. */
function flat(o, prefix = '') {
  const out = {};
  for (const [k, v] of Object.entries(o)) {
    if (typeof v === 'number') out[prefix + k] = v;
    else if (v && typeof v === 'object') Object.assign(out, flat(v, `${prefix}${k}.`));
  }
  return out;
}

const WORKLOADS = {
  async mount(pages) {
    const out = {};
    for (const count of [1, 100]) {
      const dataset = count === 1 ? 'gauge-1' : 'gauge-100';
      out[`gauges-${count}`] = await alternate(
        'gauge',
        pages,
        CONFIG.reps,
        (lib) => onPage(`gauge-${lib}`, (page) => call(page, 'mount', { dataset, count })),
        `mount ${count}`,
      );
    }
    return out;
  },

  async live(pages) {
    const measure = (lib) =>
      onPage(`gauge-${lib}`, async (page, cdp) => {
        const prep = await call(page, 'livePrepare', { dataset: 'gauge-100', count: 100, rounds: CONFIG.rounds });
        if (!prep.ok) return prep;
        await cdp.send('Performance.enable');
        const m0 = await metrics(cdp);
        const r = await call(page, 'liveRun', {});
        const m1 = await metrics(cdp);
        const per = (k) => ((m1[k] - m0[k]) * 1000) / CONFIG.rounds;
        return {
          ...r,
          scriptPerRound: per('ScriptDuration'),
          layoutPerRound: per('LayoutDuration'),
          stylePerRound: per('RecalcStyleDuration'),
          taskPerRound: per('TaskDuration'),
        };
      });
    return { 'gauges-100': await alternate('gauge', pages, CONFIG.liveReps, measure, 'live') };
  },

  async table(pages) {
    const out = {};
    for (const [rows, reps] of [
      [1000, CONFIG.reps],
      [CONFIG.bigTable, CONFIG.bigTableReps],
    ]) {
      const dataset = `table-${rows}`;
      out[`rows-${rows}`] = await alternate(
        'table',
        pages,
        reps,
        (lib) =>
          onPage(`table-${lib}`, (page) => call(page, 'table', { dataset, scrollFrames: CONFIG.scrollFrames }), 300000),
        `table ${rows}`,
      );
    }
    return out;
  },

  async timeline(pages) {
    return {
      '20x50': await alternate(
        'timeline',
        pages,
        CONFIG.reps,
        (lib) => onPage(`timeline-${lib}`, (page) => call(page, 'timeline', { dataset: 'timeline-20x50' })),
        'timeline',
      ),
    };
  },

  async memory(pages) {
    const out = {};
    const datasets = { gauge: 'gauge-1', table: 'table-23', timeline: 'timeline-5x10' };
    for (const widget of Object.keys(WIDGETS)) {
      const dataset = datasets[widget];
      const measure = (lib) =>
        onPage(
          `${widget}-${lib}`,
          async (page, cdp) => {
            const prep = await call(page, 'memPrepare', {
              dataset,
              warmup: CONFIG.memWarmup,
              updates: CONFIG.memUpdates,
            });
            if (!prep.ok) return prep;
            const before = await heap(cdp);
            const r = await call(page, 'memCycles', { dataset, cycles: CONFIG.memCycles });
            if (!r.ok) return r;
            const after = await heap(cdp);
            return {
              ok: true,
              heapGrowth: after.used - before.used,
              nodesLeft: after.nodes - before.nodes,
              listenersLeft: after.listeners - before.listeners,
              heapBefore: before.used,
              seconds: r.seconds,
            };
          },
          600000,
        );
      // One timed run per library (plus the check): 1,000 cycles are themselves the repetition.
      out[widget] = await alternate(widget, pages, 1, measure, `memory ${widget}`);
    }
    return out;
  },

  async lighthouse(pages, build) {
    if (!build.lighthouse.ok) return { failed: build.lighthouse.reason };
    // As every other page, checked before it is measured: its 20 widgets are on it, with no error.
    const check = await lighthouseCheck(`${base}bench/.out/lighthouse-demo.html`);
    log(`  check lighthouse-demo             ${check.ok ? 'ok' : `FAILED: ${check.error}`}`);
    if (!check.ok) return { failed: `check failed: ${check.error}` };
    const runs = [];
    for (let i = 0; i < CONFIG.lighthouseRuns; i++) {
      const r = await lighthouseOnce(`${base}bench/.out/lighthouse-demo.html`, i);
      runs.push(r);
      log(
        `  lighthouse run ${i + 1}/${CONFIG.lighthouseRuns}: ${r.ok ? `score ${r.score}, TBT ${r.tbt} ms, CLS ${r.cls}` : `FAILED ${r.error}`}`,
      );
    }
    const ok = runs.filter((r) => r.ok);
    if (!ok.length) return { failed: runs[0]?.error, runs };
    const keys = ['score', 'tbt', 'cls', 'fcp', 'lcp', 'si', 'tti'];
    return {
      widgets: build.lighthouse.widgets,
      runs,
      median: Object.fromEntries(keys.map((k) => [k, median(ok.map((r) => r[k]))])),
    };
  },
};

/** Workload 7's page shows its widgets (html[data-widgets] is 20, each drawn) and throws nothing. */
async function lighthouseCheck(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page
      .waitForFunction(
        () =>
          document.documentElement.dataset.widgets === '20' &&
          [...document.querySelectorAll('#demo *')]
            .filter((el) => el.localName.startsWith('nq-'))
            .every((el) => el.shadowRoot?.childElementCount > 0),
        null,
        { timeout: 30000 },
      )
      .catch(() => {});
    const shown = await page.evaluate(() => document.documentElement.dataset.widgets);
    if (errors.length) return { ok: false, error: `page error: ${errors[0]}` };
    return shown === '20' ? { ok: true } : { ok: false, error: `${shown ?? 'no'} widgets on the page, expected 20` };
  } finally {
    await context.close().catch(() => {});
  }
}

/** The Lighthouse CLI with the flags of shared/TOOLCHAIN.md (there chrome-launcher owns --disable-features). */
function lighthouseOnce(url, i) {
  const dir = join(BENCH, '.out', 'lighthouse');
  mkdirSync(dir, { recursive: true });
  const out = join(dir, `report-${i}.json`);
  const flags = [
    ...CHROMIUM_ARGS.filter((a) => !a.startsWith('--js-flags')),
    '--headless=new',
    '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,CalculateNativeWinOcclusion,InterestFeedContentSuggestions,CertificateTransparencyComponentUpdater,AutofillServerCommunication,PrivacySandboxSettings4,RenderDocument,NetworkTimeServiceQuerying',
  ];
  const cli = join(ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js');
  const argv = [
    cli,
    url,
    '--quiet',
    `--chrome-flags=${flags.join(' ')}`,
    '--output=json',
    `--output-path=${out}`,
    '--only-categories=performance',
    // The full-page screenshot is a picture for the HTML report, which is not written; it scores
    // nothing and took about 1.8 s of each run here.
    '--disable-full-page-screenshot',
  ];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, argv, {
      env: { ...process.env, CHROME_PATH },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 180000);
    child.on('close', (code) => {
      clearTimeout(timer);
      try {
        const lhr = JSON.parse(readFileSync(out, 'utf8'));
        const a = (id) => lhr.audits[id]?.numericValue;
        if (lhr.runtimeError) return resolve({ ok: false, error: lhr.runtimeError.message });
        resolve({
          ok: true,
          score: Math.round((lhr.categories.performance.score ?? 0) * 100),
          tbt: a('total-blocking-time'),
          cls: a('cumulative-layout-shift'),
          fcp: a('first-contentful-paint'),
          lcp: a('largest-contentful-paint'),
          si: a('speed-index'),
          tti: a('interactive'),
          formFactor: lhr.configSettings.formFactor,
          throttling: lhr.configSettings.throttlingMethod,
        });
      } catch {
        resolve({ ok: false, error: `lighthouse exited ${code}: ${err.trim().split('\n').slice(-2).join(' ')}` });
      }
    });
  });
}

function machine() {
  const cpus = os.cpus();
  return {
    os: `${os.type()} ${os.release()} (${os.platform()} ${os.arch()})`,
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
  };
}

async function main() {
  const started = new Date();
  const t0 = performance.now();
  const load = [os.loadavg()[0]];
  log(
    `bench: ${CONFIG.mode} mode${ONLY ? `, only ${ONLY.join(', ')}` : ''}; load average ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  const build = await buildAll({ log });
  const server = await serve(ROOT);
  base = server.url;
  browser = await chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROMIUM_ARGS });
  const chromiumVersion = browser.version();
  const workloads = {};
  try {
    const c0 = performance.now();
    // The widgets the selected workloads use (memory uses all three, Lighthouse its own page).
    const uses = {
      mount: ['gauge'],
      live: ['gauge'],
      table: ['table'],
      timeline: ['timeline'],
      memory: ['gauge', 'table', 'timeline'],
    };
    const widgets = new Set(
      Object.keys(WORKLOADS)
        .filter((w) => !ONLY || ONLY.includes(w))
        .flatMap((w) => uses[w] ?? []),
    );
    if (QUICK) {
      // Quick skips the separate pass: every timed run checks what it rendered anyway and is
      // dropped if it fails, so a failing page is reported failed all the same, after one try.
      log('bench: quick mode: no separate check pass (every timed run is checked)');
      for (const p of Object.values(build.pages)) if (p.ok) p.check = true;
    } else {
      log('bench: checking that every page renders the same data');
      await verify(build.pages, widgets);
    }
    const checkSeconds = Math.round((performance.now() - c0) / 100) / 10;
    workloads.checks = {
      seconds: checkSeconds,
      separate: !QUICK,
      pages: Object.fromEntries(
        Object.entries(build.pages)
          .filter(([k]) => widgets.has(k.split('-')[0]))
          .map(([k, v]) => [k, v.ok ? (QUICK ? 'checked in each timed run' : v.check) : v.reason]),
      ),
    };
    for (const [name, run] of Object.entries(WORKLOADS)) {
      if (ONLY && !ONLY.includes(name)) continue;
      log(`bench: workload ${name}`);
      const w0 = performance.now();
      workloads[name] = await run(build.pages, build);
      workloads[name].seconds = Math.round((performance.now() - w0) / 100) / 10;
      load.push(os.loadavg()[0]);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const results = {
    date: started.toISOString(),
    mode: CONFIG.mode,
    config: CONFIG,
    only: ONLY,
    seconds: Math.round((performance.now() - t0) / 100) / 10,
    machine: {
      ...machine(),
      chromium: chromiumVersion,
      chromiumPath: CHROME_PATH,
      loadAverage1m: load.map((x) => Math.round(x * 100) / 100),
    },
    versions: versions(ROOT),
    bytes: {
      pages: Object.fromEntries(Object.entries(build.pages).map(([k, v]) => [k, v.ok ? v.size : { failed: v.reason }])),
      library: build.library,
    },
    workloads,
  };
  const suffix = QUICK || ONLY ? '.quick' : '';
  // A quick or partial run writes beside the committed full results, never over them.
  const json = join(BENCH, `results${suffix}.json`);
  const md = join(BENCH, `RESULTS${suffix}.md`);
  writeFileSync(json, await pretty(JSON.stringify(results), json));
  writeFileSync(md, await pretty(report(results), md));
  log(`bench: wrote bench/results${suffix}.json and bench/RESULTS${suffix}.md in ${results.seconds} s`);
}

await main();
