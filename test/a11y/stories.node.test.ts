/**
 * axe on every story (issue #9): every CSF3 story in stories/*.stories.ts, rendered as Storybook
 * renders it (test/a11y/stories-runner.ts: args, loaders, render, decorators, the preview's
 * language and theme wrapper), in Chromium, and checked by axe-core with its default rules. The
 * stories are bundled by esbuild (they import JSON, which the browser test runner does not) and
 * served with the seed documents at /data, as Storybook serves them.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ROOT, bundlePage, launchChromium, removeBundle, serve, type Route, type Server } from '../csp/harness.js';
import { LONG } from '../lifecycle/scale.js';

/** Light in Vietnamese here; dark in English too under `npm run test:long`. */
const LOOKS: [theme: string, lang: string][] = LONG
  ? [
      ['light', 'vi'],
      ['dark', 'en'],
    ]
  : [['light', 'vi']];

const STORY_FILES = readdirSync(join(ROOT, 'stories'))
  .filter((f) => f.endsWith('.stories.ts'))
  .sort();

/** The theme files as .storybook/preview.ts loads them: each applies to its class only. */
function themesCss(): string {
  return readdirSync(join(ROOT, 'src', 'themes'))
    .filter((f) => f.endsWith('.css'))
    .map((f) => readFileSync(join(ROOT, 'src', 'themes', f), 'utf8').replace(/:root\s*,\s*:host\s*,\s*/g, ''))
    .join('\n')
    .concat(
      '\n.nq-story { padding: 1rem; background: var(--nq-color-surface, #fff); color: var(--nq-color-text, #1f2328); }',
    );
}

/** The seed documents, at /data/…, as Storybook's staticDirs serves them. */
function dataRoutes(): Record<string, Route> {
  const routes: Record<string, Route> = {};
  const dir = join(ROOT, 'demo', 'data');
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
    const file = join(entry.parentPath, entry.name);
    routes[
      `/data/${file
        .slice(dir.length + 1)
        .split('\\')
        .join('/')}`
    ] = { body: readFileSync(file) };
  }
  return routes;
}

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: unknown[] }[];
}

describe('axe on every story', () => {
  let browser: Browser;
  let server: Server;
  let bundle: string;
  /** Two pages take every other story: the machines have two cores. */
  let pages: Page[] = [];
  let stories: string[] = [];

  before(async () => {
    const imports = STORY_FILES.map((f, i) => `import * as s${i} from './stories/${f}';`).join('\n');
    const files = STORY_FILES.map((f, i) => `${JSON.stringify(f)}: s${i}`).join(', ');
    bundle = await bundlePage({
      contents: `${imports}\nimport { runStories } from './test/a11y/stories-runner.ts';\nrunStories({ ${files} });\n`,
    });
    server = await serve(bundle, {
      '/': {
        body: '<!doctype html><html><meta charset="utf-8"><link rel="stylesheet" href="/themes.css"><title>Stories</title><body><main id="story"></main><script src="/axe.js"></script><script type="module" src="/page.js"></script>',
      },
      '/favicon.ico': { status: 204, body: '' },
      '/themes.css': { body: themesCss() },
      '/axe.js': { body: readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js')) },
      ...dataRoutes(),
    });
    browser = await launchChromium();
    pages = await Promise.all(
      [0, 1].map(async () => {
        const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
        await page.goto(server.origin + '/');
        await page.waitForFunction('document.documentElement.dataset.pageReady === "true"');
        return page;
      }),
    );
    stories = await pages[0]!.evaluate<string[]>('window.__nqStories');
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (bundle) removeBundle(bundle);
  });

  it(`finds the stories of ${STORY_FILES.join(', ')}`, () => {
    assert.ok(stories.length >= STORY_FILES.length, `${stories.length} stories`);
  });

  it('sees inside shadow roots (a nameless button in one is a violation)', async () => {
    const page = pages[0]!;
    await page.evaluate(`window.__nqShowStory(0, 'light', 'vi')`);
    const ids = await page.evaluate<string[]>(`(() => {
      const host = document.createElement('div');
      host.attachShadow({ mode: 'open' }).innerHTML = '<button></button>';
      document.getElementById('story').append(host);
      return axe.run(document.getElementById('story'), { resultTypes: ['violations'] }).then((r) => { host.remove(); return r.violations.map((v) => v.id); });
    })()`);
    assert.ok(ids.includes('button-name'), ids.join(', '));
  });

  for (const [theme, lang] of LOOKS) {
    it(`finds no axe violation in any story, theme ${theme}, lang ${lang}`, { timeout: 120_000 }, async (t) => {
      const failures: string[] = [];
      await Promise.all(
        pages.map(async (page, p) => {
          for (let i = p; i < stories.length; i += pages.length) {
            await page.evaluate(`window.__nqShowStory(${i}, '${theme}', '${lang}')`);
            const violations = await page.evaluate<AxeViolation[]>(
              `axe.run(document.getElementById('story'), { resultTypes: ['violations'] }).then((r) => r.violations)`,
            );
            for (const v of violations) {
              const where = v.nodes
                .slice(0, 3)
                .map((n) => JSON.stringify(n.target))
                .join(' ');
              failures.push(`${stories[i]}: ${v.id} (${v.impact}) ${v.help} — ${where}`);
            }
          }
        }),
      );
      t.diagnostic(`${stories.length} stories checked`);
      assert.deepEqual(failures.sort(), []);
    });
  }
});
