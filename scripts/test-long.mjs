// npm run test:long: the lifecycle and fuzz suites at the full size of issue #9, which CI runs
// smaller: 1,000 mount/unmount cycles of every widget (page spy, data layer, server streams),
// heap growth over 1,000 cycles of every widget, and 10,000 fuzzed inputs into the validator
// and into every widget, and axe on every story in the dark theme in English as well as the
// light one in Vietnamese. Takes several minutes. Prints one final line "N passed, N failed".
//
//   npm run test:long
//   npm run test:long -- --only fuzz        one suite: fuzz, cycles, heap or stories
//
// The suites read their size from test/lifecycle/scale.ts: in Node from NQ_LONG=1, which this
// script sets; in the browser from GET /__nq/long, which only the middleware added here answers
// (the ordinary test runner answers 404, so `npm test` keeps the CI sizes).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestRunner } from '@web/test-runner';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);

const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const SUITES = {
  cycles: { browser: ['test/lifecycle/mount-cycles.test.ts'] },
  heap: { node: ['test/lifecycle/heap.node.test.ts'] },
  fuzz: { browser: ['test/hostile/fuzz.test.ts'] },
  stories: { node: ['test/a11y/stories.node.test.ts'] },
};
const LONG_PATH = '/__nq/long'; // test/lifecycle/scale.ts reads it

const argv = process.argv.slice(2);
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
if (only !== undefined && !(only in SUITES)) {
  console.error(`--only takes one of: ${Object.keys(SUITES).join(', ')}`);
  process.exit(2);
}
const chosen = only ? [SUITES[only]] : Object.values(SUITES);
const nodeFiles = chosen.flatMap((s) => s.node ?? []);
const browserFiles = chosen.flatMap((s) => s.browser ?? []);

mkdirSync('test-results', { recursive: true });
const NODE_SUMMARY = join('test-results', 'long-node-summary.json');
const WTR_SUMMARY = join('test-results', 'summary.json'); // written by web-test-runner.config.js's reporter

function readSummary(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null; // the runner crashed before writing it
  }
}

const results = [];

// ---- Node-side suites ---------------------------------------------------------------------------
if (nodeFiles.length > 0) {
  console.log(`\nNode (long): ${nodeFiles.join(' ')}\n`);
  rmSync(NODE_SUMMARY, { force: true });
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      '--test-timeout=3600000',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=./scripts/count-reporter.mjs',
      `--test-reporter-destination=${NODE_SUMMARY}`,
      ...nodeFiles,
    ],
    { stdio: 'inherit', env: { ...process.env, TZ: TIME_ZONE, NQ_LONG: '1' } },
  );
  const s = readSummary(NODE_SUMMARY) ?? { passed: 0, failed: 1 };
  results.push({ passed: s.passed, failed: r.status !== 0 && s.failed === 0 ? 1 : s.failed });
}

// ---- browser suites -------------------------------------------------------------------------------
/** Koa middleware: tells the browser suites to run at full size. */
async function longSize(ctx, next) {
  if (ctx.path !== LONG_PATH) return next();
  ctx.type = 'application/json';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = '{"long":true}';
}

async function runBrowser(files) {
  rmSync(WTR_SUMMARY, { force: true });
  console.log(`\nBrowser (long): ${files.join(' ')}\n`);
  const runner = await startTestRunner({
    // merged before web-test-runner.config.js: its middleware, browsers and reporters stay
    config: { middleware: [longSize], testsFinishTimeout: 3 * 60 * 60 * 1000 },
    argv: ['node', 'web-test-runner', '--files', ...files],
    autoExitProcess: false,
  });
  if (!runner) return { passed: 0, failed: 1 };
  const passed = await new Promise((resolve) => runner.on('stopped', resolve));
  const s = readSummary(WTR_SUMMARY) ?? { passed: 0, failed: 1 };
  return { passed: s.passed, failed: !passed && s.failed === 0 ? 1 : s.failed };
}

if (browserFiles.length > 0) results.push(await runBrowser(browserFiles));

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
