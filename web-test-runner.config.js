// Web Test Runner: browser tests (test/**/*.test.ts, except *.node.test.ts) in Debian's Chromium,
// headless, with the time zone pinned, and an honest pass/fail count in test-results/summary.json
// (read by scripts/test.mjs). See shared/TOOLCHAIN.md for why each Chromium flag is here.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_PATH, PUPPETEER_ARGS } from './scripts/chromium.mjs';

const ROOT = dirname(fileURLToPath(import.meta.url));

/** Tests assume this zone (UTC+7, no DST): dates are formatted and bucketed as a Vietnamese reader sees them. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/**
 * Writes test-results/summary.json = {passed, failed, skipped}. Unlike the default reporter's
 * "N passed, N failed" line, this also counts a test FILE that failed to load (import error,
 * uncaught error, timeout) as one failure.
 */
export function passFailReporter({ outputPath = join(ROOT, 'test-results', 'summary.json') } = {}) {
  return {
    stop({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const t of suite.tests) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        suite.suites.forEach(walk);
      };
      for (const s of sessions) {
        const before = failed;
        if (s.testResults) walk(s.testResults);
        // a file that errored outside any test counts as one failure
        if (s.passed === false && failed === before) failed++;
      }
      mkdirSync(dirname(outputPath), { recursive: true });
      writeFileSync(outputPath, JSON.stringify({ passed, failed, skipped }) + '\n');
    },
  };
}

/**
 * Koa-style middleware from test/server/middleware.js, when that file exists (it serves fixtures
 * to the data-layer tests). It may export default one middleware function or an array of them.
 */
async function loadTestMiddleware() {
  const file = join(ROOT, 'test', 'server', 'middleware.js');
  if (!existsSync(file)) return [];
  const mod = await import(pathToFileURL(file).href);
  const exported = mod.default ?? mod.middleware;
  const list = Array.isArray(exported) ? exported : [exported];
  for (const fn of list) {
    if (typeof fn !== 'function') {
      throw new TypeError(`${file} must export default a middleware function or an array of them`);
    }
  }
  return list;
}

export default {
  rootDir: ROOT,
  files: ['test/**/*.test.ts', '!test/**/*.node.test.ts'],
  // 'development' export condition (WTR's default): Lit's dev build and its warnings
  nodeResolve: true,
  // TypeScript (incl. legacy decorators from tsconfig.json) is transpiled per request by esbuild;
  // no type-check here (npm run typecheck does that)
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: join(ROOT, 'tsconfig.json') })],
  middleware: await loadTestMiddleware(),
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROME_PATH,
        headless: true,
        args: [...PUPPETEER_ARGS],
        env: { ...process.env, TZ: TIME_ZONE },
      },
    }),
  ],
  // One file at a time: headless Chromium hides every tab but the front one, and a hidden tab gets no
  // animation frames or intersection reports, so widget tests that wait for a frame hang (seen with 2).
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
  // Only Lit's one-line dev-mode notice is dropped; every other warning stays visible.
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').startsWith('Lit is in dev mode'),
  // no progress bar redrawn into CI logs or piped output; an interactive terminal keeps the live view
  staticLogging: Boolean(process.env.CI) || !process.stdout.isTTY,
  reporters: [defaultReporter(), passFailReporter()],
};
