/**
 * A page harness for Node-side tests that need a real page and real headers: bundles a page
 * script with esbuild (Lit's production build, as a site would ship it), serves it from
 * 127.0.0.1 with the headers a test asks for, and drives Debian's Chromium with playwright-core.
 * Used by the CSP test, the forced-colors and reduced-motion screenshots and the heap test.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { CHROME_PATH, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Bundles `entry` (a path, or module text resolved from the repository root) and the library it
 * imports into a fresh folder, as page.js; returns the folder.
 */
export async function bundlePage(
  entry: string | { contents: string },
  options: { development?: boolean } = {},
): Promise<string> {
  const outdir = mkdtempSync(join(tmpdir(), 'nq-page-'));
  await build({
    ...(typeof entry === 'string'
      ? { entryPoints: { page: join(ROOT, entry) } }
      : {
          stdin: { contents: entry.contents, resolveDir: ROOT, loader: 'ts', sourcefile: 'page.ts' },
          entryNames: 'page',
        }),
    outdir,
    bundle: true,
    splitting: true, // the library loads some parts on demand (the bullet gauge, the virtualizer, CSV)
    format: 'esm',
    target: 'es2022',
    tsconfig: join(ROOT, 'tsconfig.json'),
    conditions: options.development ? ['development'] : [],
    define: { 'process.env.NODE_ENV': JSON.stringify(options.development ? 'development' : 'production') },
    logLevel: 'error',
  });
  return outdir;
}

export interface Route {
  status?: number;
  headers?: Record<string, string>;
  body: string | Buffer;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** A route that answers itself: a stream, or anything a static body cannot say. */
export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface Server {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves `routes` (exact paths), then files of `dir`; anything else is a 404. Every response
 * carries `headers(path)`, so a test sets the page's CSP once.
 */
export async function serve(
  dir: string,
  routes: Record<string, Route | (() => Route) | { handle: Handler }>,
  headers: (path: string) => Record<string, string> = () => ({}),
): Promise<Server> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    for (const [k, v] of Object.entries(headers(path))) res.setHeader(k, v);
    res.setHeader('Cache-Control', 'no-store');
    const found = routes[path];
    if (found && 'handle' in found) {
      found.handle(req, res);
      return;
    }
    let route: Route | undefined = typeof found === 'function' ? found() : found;
    if (!route && !path.includes('..')) {
      try {
        route = { body: readFileSync(join(dir, path)) };
      } catch {
        route = undefined;
      }
    }
    if (!route) {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    res.statusCode = route.status ?? 200;
    res.setHeader('Content-Type', TYPES[extname(path)] ?? TYPES['.html']!);
    for (const [k, v] of Object.entries(route.headers ?? {})) res.setHeader(k, v);
    res.end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function removeBundle(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Debian's Chromium, headless, with the project's quiet flags. */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

/** Every tag of the library that src/components/ holds a module for. */
export const WIDGET_MODULES: Record<string, string> = {
  'nq-kpi-gauge': 'src/components/kpi-gauge/kpi-gauge.ts',
  'nq-goal-table': 'src/components/goal-table/goal-table.ts',
  'nq-target-timeline': 'src/components/target-timeline/target-timeline.ts',
  'nq-resolution': 'src/components/resolution/resolution.ts',
};
