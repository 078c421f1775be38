/**
 * What scripts/check-frameworks.mjs and scripts/check-package.mjs share: a static file server on
 * 127.0.0.1, Chromium through playwright-core (Debian's /usr/bin/chromium or CHROME_PATH; no
 * browser is downloaded), and a list of named checks that prints one line each and ends with
 * "N passed, N failed".
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_PATH, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Serves `root` on 127.0.0.1 (a free port). Resolves to { url, requests, close() }. */
export function serve(root) {
  const requests = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(normalize(root + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({ url: `http://127.0.0.1:${port}/`, requests, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

export function launch() {
  const executablePath = CHROME_PATH;
  if (!existsSync(executablePath)) {
    throw new Error(`no Chromium at ${executablePath}: apt-get install -y chromium, or set CHROME_PATH`);
  }
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS] });
}

/**
 * Opens `url` in a new page of `browser` and records what a check needs: uncaught errors,
 * console messages by type, and the URLs requested. Time zone and locale are pinned.
 */
export async function open(browser, url) {
  const context = await browser.newContext({ timezoneId: 'Asia/Ho_Chi_Minh', locale: 'vi-VN' });
  const page = await context.newPage();
  const log = { errors: [], warnings: [], messages: [], requests: [] };
  page.on('pageerror', (e) => log.errors.push(e.message));
  page.on('console', (m) => {
    const text = m.text();
    log.messages.push(`${m.type()}: ${text}`);
    if (m.type() === 'error') log.errors.push(text);
    if (m.type() === 'warning') log.warnings.push(text);
  });
  page.on('request', (r) => log.requests.push(r.url()));
  await page.goto(url, { waitUntil: 'load' });
  return { page, log, close: () => context.close() };
}

/** Named checks: `await checks.run(name, fn)` prints "✔ name" or "✖ name: reason". */
export class Checks {
  passed = 0;
  failed = 0;

  async run(name, fn) {
    try {
      const note = await fn();
      this.passed++;
      console.log(`✔ ${name}${note ? ` (${note})` : ''}`);
    } catch (error) {
      this.failed++;
      console.log(`✖ ${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** A check that failed before it could run (a missing file, a failed step). */
  fail(name, reason) {
    this.failed++;
    console.log(`✖ ${name}: ${reason}`);
  }

  finish() {
    console.log(`${this.passed} passed, ${this.failed} failed`);
    process.exitCode = this.failed > 0 ? 1 : 0;
  }
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Waits in the page for `fn(arg)` to return truthy; fails with `what` after `timeout` ms. */
export async function waitFor(page, what, fn, arg, timeout = 5000) {
  try {
    await page.waitForFunction(fn, arg, { timeout, polling: 50 });
  } catch {
    throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
  }
}
