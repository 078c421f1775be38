// npm run test:frameworks: the elements used from React 19, Vue 3 and a plain page, each rendered
// in Chromium. The examples in test/frameworks/{react,vue,html}/ import `nghiquyet-widgets/…`
// exactly as an application does; esbuild bundles each one, resolving those imports through
// package.json "exports" to the TypeScript sources (src/…), so no build is needed first (the
// built package is npm run test:package's job).
//
// For each framework: the document reached the element as a property (not an attribute), the
// attributes reached it, the widget rendered in its shadow root, a user event (nq-explain) and
// nq-error reached the framework's handler, an inline JSON child was read, a re-render with
// another language updated the elements, and nothing was logged as an error or a warning.
// Prints one line per check, then "N passed, N failed".
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Checks, assert, launch, open, serve, waitFor } from '../test/frameworks/browser.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLES = join(ROOT, 'test', 'frameworks');
const OUT = join(ROOT, '.tmp', 'frameworks');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const seed = JSON.parse(readFileSync(join(ROOT, 'demo', 'data', 'nghe-an-khcn-2030.json'), 'utf8'));
const label = (id, lang) => seed.targets.find((t) => t.id === id).label[lang];

const FRAMEWORKS = [
  { name: 'react', entry: 'app.jsx', title: 'React 19' },
  { name: 'vue', entry: 'app.js', title: 'Vue 3' },
  { name: 'html', entry: 'app.js', title: 'plain HTML' },
];

/**
 * `nghiquyet-widgets` and its subpaths → the source module its "exports" entry is built from
 * (./dist/components/kpi-gauge/kpi-gauge.js → src/components/kpi-gauge/kpi-gauge.ts).
 */
const ownPackage = {
  name: 'nghiquyet-widgets-from-source',
  setup(b) {
    const filter = new RegExp(`^${pkg.name}(/.*)?$`);
    b.onResolve({ filter }, (args) => {
      const subpath = args.path === pkg.name ? '.' : `.${args.path.slice(pkg.name.length)}`;
      const entry = pkg.exports?.[subpath];
      const target = typeof entry === 'string' ? entry : entry?.default;
      if (!target) return { errors: [{ text: `"${subpath}" is not in package.json "exports"` }] };
      const source = join(ROOT, target.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts'));
      if (!existsSync(source)) return { errors: [{ text: `${args.path}: no source at ${source}` }] };
      return { path: source };
    });
  },
};

const checks = new Checks();
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
cpSync(join(ROOT, 'demo', 'data'), join(OUT, 'data'), { recursive: true });

// Slots: an element that declares one must be used with it from every framework here.
const manifestFile = join(ROOT, 'dist', 'custom-elements.json');
if (existsSync(manifestFile)) {
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const slotted = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.slots?.length)
    .map((d) => `<${d.tagName}> (${d.slots.map((s) => s.name || 'default').join(', ')})`);
  await checks.run('slots: no element declares one (custom-elements.json), so the examples use none', () => {
    assert(slotted.length === 0, `declared: ${slotted.join('; ')}; add them to test/frameworks/*`);
  });
} else {
  console.log('- slots: dist/custom-elements.json is missing (npm run build): not checked');
}

for (const fw of FRAMEWORKS) {
  const dir = join(OUT, fw.name);
  mkdirSync(dir, { recursive: true });
  cpSync(join(EXAMPLES, fw.name, 'index.html'), join(dir, 'index.html'));
  await checks.run(`${fw.title}: bundles with esbuild`, async () => {
    await build({
      entryPoints: [join(EXAMPLES, fw.name, fw.entry)],
      outfile: join(dir, 'app.js'),
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      jsx: 'automatic',
      tsconfig: join(ROOT, 'tsconfig.json'), // legacy decorators, as the library build compiles them
      // development builds of React and Vue: their warnings are failures below
      define: { 'process.env.NODE_ENV': '"development"' },
      alias: { vue: 'vue/dist/vue.esm-browser.js' }, // the full build: it compiles templates
      plugins: [ownPackage],
      logLevel: 'silent',
    });
  });
}

const browser = await launch();
const server = await serve(OUT);
try {
  for (const fw of FRAMEWORKS) {
    if (!existsSync(join(OUT, fw.name, 'app.js'))) continue;
    const { page, log, close } = await open(browser, `${server.url}${fw.name}/index.html`);
    const t = fw.title;
    const text = (sel) => page.evaluate((s) => document.querySelector(s)?.shadowRoot?.textContent ?? '', sel);
    const shows = (what, sel, words) =>
      waitFor(page, what, ([s, w]) => (document.querySelector(s)?.shadowRoot?.textContent ?? '').includes(w), [
        sel,
        words,
      ]);
    try {
      await checks.run(`${t}: <nq-kpi-gauge> rendered the target in English`, async () => {
        await shows('the gauge to show its label', '#gauge', label('pii-top-20', 'en'));
      });
      await checks.run(`${t}: resolution reached the element as a property, not an attribute`, async () => {
        const r = await page.evaluate(() => {
          const g = document.querySelector('#gauge');
          return { type: typeof g.resolution, id: g.resolution?.id, attr: g.getAttribute('resolution') };
        });
        assert(r.type === 'object' && r.id === seed.id, `gauge.resolution is ${r.type} (${r.id})`);
        assert(r.attr === null, `an attribute resolution="${String(r.attr).slice(0, 40)}" was set`);
      });
      await checks.run(`${t}: attributes reached the element (target, lang, as-of)`, async () => {
        const r = await page.evaluate(() => {
          const g = document.querySelector('#gauge');
          return { target: g.target, lang: g.lang, asOf: g.asOf };
        });
        assert(r.target === 'pii-top-20' && r.lang === 'en' && r.asOf === '2026-11-22', JSON.stringify(r));
      });
      await checks.run(`${t}: opening the explanation ran the nq-explain handler`, async () => {
        await page.locator('#gauge [part~="status"]').first().click({ timeout: 3000 });
        await waitFor(
          page,
          '#explained to say "open pii-top-20"',
          () => document.querySelector('#explained')?.textContent === 'open pii-top-20',
        );
      });
      await checks.run(`${t}: an invalid document ran the nq-error handler`, async () => {
        await waitFor(
          page,
          '#error to say "invalid"',
          () => document.querySelector('#error')?.textContent === 'invalid',
        );
      });
      await checks.run(
        `${t}: <nq-target-timeline> rendered its document (${fw.name === 'html' ? 'src' : 'inline JSON child'})`,
        async () => {
          await waitFor(page, 'the timeline to draw', () => {
            const root = document.querySelector('#timeline')?.shadowRoot;
            return Boolean(root?.querySelector('svg') && root.textContent.trim());
          });
        },
      );
      await checks.run(
        `${t}: <nq-resolution> rendered the document's title and its gauge, table and timeline`,
        async () => {
          await shows('the resolution to show its title', '#resolution', seed.title.en);
          await waitFor(page, 'its parts to render', () => {
            const root = document.querySelector('#resolution')?.shadowRoot;
            const parts = ['nq-kpi-gauge', 'nq-goal-table', 'nq-target-timeline'].map((tag) =>
              root?.querySelector(tag),
            );
            return parts.every((p) => p?.shadowRoot?.textContent?.trim());
          });
        },
      );
      await checks.run(`${t}: switching to Vietnamese re-rendered the elements`, async () => {
        await page.click('#lang');
        await shows('the gauge to show its Vietnamese label', '#gauge', label('pii-top-20', 'vi'));
        await shows('the resolution to show its Vietnamese title', '#resolution', seed.title.vi);
        const r = await page.evaluate(() => document.querySelector('#gauge').lang);
        assert(r === 'vi', `gauge.lang is ${r}`);
        assert((await text('#gauge')).length > 0, 'the gauge is empty');
      });
      await checks.run(`${t}: no error or warning in the console`, () => {
        const noise = [...log.errors, ...log.warnings];
        assert(noise.length === 0, noise.slice(0, 3).join(' | '));
      });
    } finally {
      await close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

checks.finish();
