// npm test: Node-side tests (test/**/*.node.test.{ts,mjs}, node:test through tsx), then browser
// tests (test/**/*.test.ts, web-test-runner in Chromium). Prints exactly one final line
// "N passed, N failed" summing both, and exits non-zero if a test failed, a runner crashed, or no
// test ran at all.
//
//   npm test                                    everything
//   npm test -- --unit-only                     Node-side tests only
//   npm test -- --files test/core/x.test.ts     the named files; *.node.test.* go to node, the
//                                               rest to web-test-runner; other flags go to wtr
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);

const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const RESULTS = 'test-results';
const NODE_SUMMARY = join(RESULTS, 'node-summary.json');
const WTR_SUMMARY = join(RESULTS, 'summary.json'); // written by passFailReporter in web-test-runner.config.js
const IS_NODE_TEST = /\.node\.test\.(ts|mjs)$/;
const IS_BROWSER_TEST = /\.test\.ts$/;

/** Files under dir (relative to ROOT, forward slashes) whose path matches re. */
function findFiles(dir, re) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = relative(ROOT, join(entry.parentPath ?? entry.path, entry.name))
      .split('\\')
      .join('/');
    if (re.test(path) && !path.includes('node_modules/')) out.push(path);
  }
  return out.sort();
}

// ---- arguments --------------------------------------------------------------------------------
let unitOnly = false;
let explicitFiles = null; // null: every test file; otherwise the --files values
const wtrArgs = [];
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i];
  if (arg === '--unit-only') unitOnly = true;
  else if (arg.startsWith('--files=')) (explicitFiles ??= []).push(arg.slice('--files='.length));
  else if (arg === '--files') {
    explicitFiles ??= [];
    while (i + 1 < argv.length && !argv[i + 1].startsWith('-')) explicitFiles.push(argv[++i]);
  } else wtrArgs.push(arg);
}

const nodeFiles = explicitFiles ? explicitFiles.filter((f) => IS_NODE_TEST.test(f)) : findFiles('test', IS_NODE_TEST);
const browserFiles = explicitFiles
  ? explicitFiles.filter((f) => !IS_NODE_TEST.test(f))
  : findFiles('test', IS_BROWSER_TEST).filter((f) => !IS_NODE_TEST.test(f));

mkdirSync(RESULTS, { recursive: true });

/** Reads {passed, failed, skipped} from file; null if the runner never wrote it. */
function readSummary(file) {
  try {
    const s = JSON.parse(readFileSync(file, 'utf8'));
    if (Number.isInteger(s.passed) && Number.isInteger(s.failed)) return { skipped: 0, ...s };
  } catch {
    /* missing or half-written: the runner crashed */
  }
  return null;
}

/** Runner exit status + summary -> counts; a crash or a non-zero exit with no failure counts as one failure. */
function settle(name, status, summary) {
  if (!summary) {
    console.error(`\n${name}: no result summary (exit status ${status}): counted as 1 failure.`);
    return { passed: 0, failed: 1, skipped: 0, ok: false };
  }
  if (status !== 0 && summary.failed === 0) {
    console.error(`\n${name} exited with status ${status} but reported no failed test: counted as 1 failure.`);
    return { ...summary, failed: 1, ok: false };
  }
  return { ...summary, ok: status === 0 && summary.failed === 0 };
}

const results = [];

// ---- (a) Node-side tests ----------------------------------------------------------------------
if (nodeFiles.length > 0) {
  console.log(`\nNode tests: ${nodeFiles.length} file(s), TZ=${TIME_ZONE}\n`);
  rmSync(NODE_SUMMARY, { force: true });
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=./scripts/count-reporter.mjs',
      `--test-reporter-destination=${NODE_SUMMARY}`,
      ...nodeFiles,
    ],
    { stdio: 'inherit', env: { ...process.env, TZ: TIME_ZONE } },
  );
  results.push(settle('node --test', r.status ?? 1, readSummary(NODE_SUMMARY)));
} else {
  console.log(`\nNode tests: ${explicitFiles ? 'none named in --files' : 'no test/**/*.node.test.{ts,mjs} file'}.`);
}

// ---- (b) browser tests ------------------------------------------------------------------------
if (unitOnly) {
  console.log('Browser tests: skipped (--unit-only).');
} else if (browserFiles.length > 0) {
  console.log(
    `\nBrowser tests: web-test-runner, ${explicitFiles ? browserFiles.join(' ') : `${browserFiles.length} file(s)`}\n`,
  );
  rmSync(WTR_SUMMARY, { force: true });
  const wtrBin = join(ROOT, 'node_modules', '@web', 'test-runner', 'dist', 'bin.js');
  const r = spawnSync(process.execPath, [wtrBin, ...(explicitFiles ? ['--files', ...browserFiles] : []), ...wtrArgs], {
    stdio: 'inherit',
    env: { ...process.env, TZ: TIME_ZONE },
  });
  results.push(settle('web-test-runner', r.status ?? 1, readSummary(WTR_SUMMARY)));
} else {
  console.log(`Browser tests: ${explicitFiles ? 'none named in --files' : 'no test/**/*.test.ts file'}.`);
}

// ---- one final line ---------------------------------------------------------------------------
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
const skipped = results.reduce((n, r) => n + r.skipped, 0);
const noTests = passed + failed === 0;
if (skipped > 0) console.log(`\n(${skipped} skipped)`);
if (noTests) console.error('\nNo test ran: that is a failure, not a pass.');
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || noTests || results.some((r) => !r.ok) ? 1 : 0);
