// npm run bench:large [-- N]: each widget given a valid document with N observations (default
// 100,000), then switched back to the small seed, in Debian's Chromium. Two shapes of document:
// "copies" repeats one observation N times; "distinct" has N observations of distinct dates.
// Prints a Markdown table of milliseconds: time to draw the large document, and time to switch
// back (which is where removing a huge DOM shows). One run each; the figures are for finding
// pathologies (seconds, minutes), not for comparing milliseconds.
import { readFileSync } from 'node:fs';
import type { Observation, Resolution } from '../src/core/schema.js';
import { bundlePage, launchChromium, removeBundle, serve } from '../test/csp/harness.js';

const N = Number(process.argv[2] ?? 100_000);
const TAGS = ['nq-kpi-gauge', 'nq-goal-table', 'nq-target-timeline', 'nq-resolution'];
const seed = JSON.parse(readFileSync('demo/data/nghe-an-khcn-2030.json', 'utf8')) as Resolution;
const first = seed.observations![0]!;
const day = (i: number) => new Date(Date.UTC(1950, 0, 1 + (i % 50_000))).toISOString().slice(0, 10);
const shapes: Record<string, Observation[]> = {
  copies: Array.from({ length: N }, () => ({ ...first })),
  distinct: Array.from({ length: N }, (_, i) => ({ ...first, date: day(i), value: 1 + (i % 63) })),
};
const routes: Record<string, { body: string }> = {
  '/seed.json': { body: JSON.stringify(seed) },
  '/index.html': {
    body: '<!doctype html><html lang="vi"><body><script type="module" src="/page.js"></script></body></html>',
  },
};
for (const [name, observations] of Object.entries(shapes))
  routes[`/${name}.json`] = { body: JSON.stringify({ ...seed, observations }) };

const dir = await bundlePage({ contents: `import './src/index.ts';` });
const server = await serve(dir, routes);
const browser = await launchChromium();
const rows: string[] = [];
try {
  for (const shape of Object.keys(shapes)) {
    for (const tag of TAGS) {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/index.html`);
      const r = await page.evaluate(
        // One function with no inner named functions: tsx would wrap those in a helper the page lacks.
        async ({ tag, shape }) => {
          const [big, small] = (await Promise.all(
            [`/${shape}.json`, '/seed.json'].map((u) => fetch(u).then((x) => x.json())),
          )) as unknown[];
          const el = document.createElement(tag) as HTMLElement & {
            resolution: unknown;
            updateComplete: Promise<boolean>;
          };
          if (tag === 'nq-kpi-gauge') el.setAttribute('target', 'pii-top-20');
          el.setAttribute('as-of', '2026-11-22');
          document.body.append(el);
          const times: number[] = [];
          for (const doc of [big, small]) {
            const t = performance.now();
            el.resolution = doc;
            await el.updateComplete;
            await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
            await el.updateComplete;
            times.push(performance.now() - t);
          }
          return times;
        },
        { tag, shape },
      );
      rows.push(`| ${shape} | <${tag}> | ${r.map((ms) => ms.toFixed(0)).join(' | ')} |`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
  removeBundle(dir);
}
console.log(`\n${N.toLocaleString('en')} observations, ${new Date().toISOString()}\n`);
console.log('| document | widget | draw the large document (ms) | switch back to the seed (ms) |');
console.log('| --- | --- | ---: | ---: |');
console.log(rows.join('\n'));
