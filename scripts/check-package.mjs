// npm run test:package: the package as a user gets it. Packs the tarball, installs it into a
// scratch project OUTSIDE this repository (so nothing resolves from our own node_modules: a
// dependency missing from "dependencies" fails here), and then:
//
//   1. the manifest: every "exports" target is in the tarball, `types` first in every entry;
//      every module that defines an element (dist/ and src/) is listed in "sideEffects", and every
//      listed file exists
//   2. Node: every export subpath resolves through "exports"; the DOM-free ones (core/*, themes/*.js)
//      are imported for real; the JSON ones are read
//   3. TypeScript: every JS subpath resolves to its types, with "nodenext" and with "bundler"
//   4. Chromium: each element module, bundled alone by esbuild from the scratch project, defines its
//      elements and renders a seed resolution (this also proves "sideEffects" keeps them)
//   5. the CDN file alone, with one <script type="module"> and nothing else, renders every element,
//      also under a strict Content-Security-Policy with Trusted Types, with no violation
//   6. two copies on one page (a bundle, then the CDN file) warn and do not throw
//   7. the bin: `nghiquyet-widgets validate` exits 0 on a seed and 1 on samples/invalid.json
//
// Builds first if dist/ has no index.js. Prints one line per check, then "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Checks, assert, launch, open, serve, waitFor } from '../test/frameworks/browser.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PACK_DIR = join(ROOT, '.tmp', 'pack');
const SEED = join(ROOT, 'demo', 'data', 'nghe-an-khcn-2030.json');
const INVALID = join(ROOT, 'demo', 'data', 'samples', 'invalid.json');
const AS_OF = '2026-11-22';
const KEEP = process.argv.includes('--keep'); // keep the scratch project to look at it

const checks = new Checks();
const npm = (args, cwd) =>
  spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });

// ---- build and pack -------------------------------------------------------------------------------
if (!existsSync(join(ROOT, 'dist', 'index.js'))) {
  console.log('dist/index.js is missing: npm run build');
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    checks.fail('npm run build', `exit ${r.status}`);
    checks.finish();
    process.exit();
  }
}

mkdirSync(PACK_DIR, { recursive: true });
const packed = npm(['pack', '--pack-destination', PACK_DIR, '--json', '--ignore-scripts'], ROOT);
if (packed.status !== 0) {
  checks.fail('npm pack', packed.stderr.trim().split('\n').at(-1) ?? `exit ${packed.status}`);
  checks.finish();
  process.exit();
}
const [info] = JSON.parse(packed.stdout);
const tarball = join(PACK_DIR, info.filename);
const files = new Set(info.files.map((f) => f.path));
console.log(`packed ${relative(ROOT, tarball)}: ${info.entryCount} files, ${(info.size / 1024).toFixed(0)} KiB`);

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const strip = (p) => p.replace(/^\.\//, '');

/**
 * Every concrete subpath an "exports" entry allows, with its targets: a wildcard entry expands to
 * the tarball's files that match its `default` (or only) target.
 */
function expandExports() {
  const out = [];
  for (const [subpath, entry] of Object.entries(pkg.exports)) {
    const targets = typeof entry === 'string' ? { default: entry } : entry;
    if (!subpath.includes('*')) {
      out.push({ subpath, pattern: subpath, targets });
      continue;
    }
    const [before, after] = strip(targets.default).split('*');
    const matches = [...files].filter(
      (f) => f.startsWith(before) && f.endsWith(after) && f.length > before.length + after.length,
    );
    if (matches.length === 0) out.push({ subpath, pattern: subpath, targets, empty: true });
    for (const file of matches) {
      const star = file.slice(before.length, file.length - after.length);
      const concrete = Object.fromEntries(Object.entries(targets).map(([k, v]) => [k, v.replace('*', star)]));
      out.push({ subpath: subpath.replace('*', star), pattern: subpath, targets: concrete });
    }
  }
  return out;
}
const exported = expandExports();

// ---- 1. the manifest -----------------------------------------------------------------------------
for (const [subpath, entry] of Object.entries(pkg.exports)) {
  if (typeof entry === 'object') {
    await checks.run(`exports["${subpath}"]: "types" comes first`, () => {
      assert(Object.keys(entry)[0] === 'types', `the first condition is "${Object.keys(entry)[0]}"`);
    });
  }
}
for (const e of exported) {
  await checks.run(`exports["${e.subpath}"] is in the tarball`, () => {
    assert(!e.empty, `no file in the tarball matches ${e.targets.default}`);
    const missing = Object.entries(e.targets).filter(([, t]) => !files.has(strip(t)));
    assert(missing.length === 0, missing.map(([k, t]) => `${k}: ${t} is missing`).join('; '));
  });
}
for (const [name, file] of Object.entries(typeof pkg.bin === 'string' ? { [pkg.name]: pkg.bin } : (pkg.bin ?? {}))) {
  await checks.run(`bin "${name}" is in the tarball`, () => assert(files.has(strip(file)), `${file} is missing`));
}
for (const file of ['README.md', 'LICENSE', 'CHANGELOG.md', 'package.json']) {
  await checks.run(`${file} is in the tarball`, () => assert(files.has(file), 'missing'));
}

// Declaration maps send "go to definition" to the TypeScript source, so that source must ship.
await checks.run('every .d.ts.map names sources that are in the tarball', () => {
  const maps = [...files].filter((f) => f.endsWith('.d.ts.map'));
  assert(maps.length > 0, 'no .d.ts.map in the tarball');
  const missing = maps.flatMap((map) =>
    JSON.parse(readFileSync(join(ROOT, map), 'utf8'))
      .sources.map((source) => join(dirname(map), source).split(sep).join('/'))
      .filter((source) => !files.has(source)),
  );
  assert(missing.length === 0, `${missing.length} missing, such as ${missing.slice(0, 3).join(', ')}`);
});
// Tools load the modules custom-elements.json names: each must be a shipped JavaScript file.
await checks.run('every module custom-elements.json names is a .js file in the tarball', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'dist', 'custom-elements.json'), 'utf8'));
  const named = new Set();
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'path' || key === 'module') && typeof value === 'string') named.add(value.replace(/^\//, ''));
        else walk(value);
      }
    }
  };
  walk(manifest.modules);
  assert(named.size > 0, 'the manifest names no module');
  const bad = [...named].filter((m) => !m.endsWith('.js') || !files.has(m));
  assert(bad.length === 0, `${bad.length} not shipped as .js, such as ${bad.slice(0, 3).join(', ')}`);
});
await checks.run('"types", "main", "module" and "customElements" point into the tarball', () => {
  const bad = ['types', 'main', 'module', 'customElements'].filter((k) => !pkg[k] || !files.has(strip(pkg[k])));
  assert(bad.length === 0, bad.map((k) => `${k}: ${pkg[k] ?? '(not set)'}`).join('; '));
});

/** A sideEffects pattern as bundlers read it: `**` any folders, `*` any name within one. */
const globToRegExp = (glob) =>
  new RegExp(
    `^${strip(glob)
      .split('**')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'))
      .join('.*')}$`,
  );
const sideEffects = Array.isArray(pkg.sideEffects) ? pkg.sideEffects.map(globToRegExp) : [];
// The source files are listed too: Vite's production build (Storybook's) applies this list to the
// repository's own modules, and drops a story's `import '../src/components/x/x.js'` otherwise.
const sourceFiles = readdirSync(join(ROOT, 'src'), { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => relative(ROOT, join(e.parentPath, e.name)).split(sep).join('/'));
const defines = (f) =>
  /\.(js|ts)$/.test(f) &&
  !/\/shared\/define\.(js|ts)$/.test(f) &&
  !f.endsWith('.d.ts') &&
  /customElements\.define\(|defineElement\(/.test(readFileSync(join(ROOT, f), 'utf8'));
for (const [where, list] of [
  ['the tarball', [...files]],
  ['src/', sourceFiles],
]) {
  await checks.run(`"sideEffects" lists every module in ${where} that defines an element`, () => {
    assert(Array.isArray(pkg.sideEffects), '"sideEffects" is not a list');
    const defining = list.filter(defines);
    const unlisted = defining.filter((f) => !sideEffects.some((re) => re.test(f)));
    assert(unlisted.length === 0, `not listed: ${unlisted.join(', ')}`);
    return `${defining.length} modules`;
  });
}
for (const entry of pkg.sideEffects ?? []) {
  const inSource = strip(entry).startsWith('src/');
  await checks.run(`"sideEffects" entry ${entry} matches a file in ${inSource ? 'src/' : 'the tarball'}`, () => {
    const re = globToRegExp(entry);
    assert(
      (inSource ? sourceFiles : [...files]).some((f) => re.test(f)),
      'no file matches',
    );
  });
}

// ---- the scratch project -------------------------------------------------------------------------
// Outside the repository: Node and esbuild look for packages in every parent folder's
// node_modules, and ours has everything, which would hide a dependency the package forgets.
const scratch = mkdtempSync(join(tmpdir(), 'nghiquyet-widgets-pack-'));
writeFileSync(
  join(scratch, 'package.json'),
  JSON.stringify({ name: 'pack-test', private: true, type: 'module' }, null, 2),
);
// --prefer-offline: the dependencies come from npm's cache (warm after `npm ci`) and the registry
// only for what is not there. The tarball's own "dependencies" decide what gets installed.
const installed = npm(
  ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock'],
  scratch,
);
await checks.run('npm install <tarball> into a scratch project', () => {
  assert(installed.status === 0, installed.stderr.trim().split('\n').slice(-3).join(' | '));
  return relative(ROOT, scratch).startsWith('..') ? scratch : 'inside the repo!';
});
if (installed.status !== 0) finish();

const pkgDir = join(scratch, 'node_modules', pkg.name);
cpSync(SEED, join(scratch, 'seed.json'));

// ---- 2. Node --------------------------------------------------------------------------------------
const domFree = (e) => /^\.\/(core|themes)\//.test(e.subpath) && e.subpath.endsWith('.js');
const jsExports = exported.filter((e) => !e.empty && e.targets.default.endsWith('.js'));
const probe = `
const subpaths = ${JSON.stringify(exported.filter((e) => !e.empty).map((e) => ({ subpath: e.subpath, load: domFree(e) ? 'import' : e.subpath.endsWith('.json') ? 'json' : 'resolve' })))};
const out = [];
for (const { subpath, load } of subpaths) {
  const spec = ${JSON.stringify(pkg.name)} + subpath.slice(1);
  try {
    const url = import.meta.resolve(spec);
    let note = 'resolves';
    if (load === 'import') note = Object.keys(await import(spec)).length + ' exports';
    if (load === 'json') note = Object.keys((await import(spec, { with: { type: 'json' } })).default).length + ' keys';
    if (load === 'resolve') await (await import('node:fs/promises')).access(new URL(url));
    out.push({ subpath, ok: true, note });
  } catch (e) {
    out.push({ subpath, ok: false, note: String(e && e.message || e).split('\\n')[0] });
  }
}
console.log(JSON.stringify(out));`;
writeFileSync(join(scratch, 'probe.mjs'), probe);
const node = spawnSync(process.execPath, ['probe.mjs'], { cwd: scratch, encoding: 'utf8' });
let results = [];
try {
  results = JSON.parse(node.stdout.trim().split('\n').at(-1));
} catch {
  checks.fail('Node imports', node.stderr.trim().split('\n').slice(0, 3).join(' | '));
}
for (const r of results) {
  await checks.run(`node: ${pkg.name}${r.subpath.slice(1)}`, () => {
    assert(r.ok, r.note);
    return r.note;
  });
}

// ---- 3. TypeScript --------------------------------------------------------------------------------
const typed = jsExports.map(
  (e, i) => `import type * as m${i} from '${pkg.name}${e.subpath.slice(1)}';\nexport type T${i} = typeof m${i};`,
);
writeFileSync(join(scratch, 'types.ts'), `${typed.join('\n')}\n`);
for (const resolution of ['nodenext', 'bundler']) {
  const module = resolution === 'nodenext' ? 'nodenext' : 'esnext';
  const tsconfig = {
    compilerOptions: {
      module,
      moduleResolution: resolution,
      target: 'es2022',
      lib: ['es2023', 'dom', 'dom.iterable'],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    },
    files: ['types.ts'],
  };
  writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify(tsconfig));
  const tsc = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'],
    { cwd: scratch, encoding: 'utf8' },
  );
  await checks.run(`types: every JS subpath resolves with moduleResolution "${resolution}"`, () => {
    assert(tsc.status === 0, tsc.stdout.trim().split('\n').slice(0, 4).join(' | '));
    return `${jsExports.length} subpaths`;
  });
}

// ---- 4-6. Chromium --------------------------------------------------------------------------------
// Which tags each element module defines, from the package's own manifest.
const manifestFile = join(pkgDir, 'dist', 'custom-elements.json');
const manifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : { modules: [] };
const tagsOf = new Map();
for (const mod of manifest.modules ?? []) {
  for (const ex of mod.exports ?? []) {
    if (ex.kind !== 'custom-element-definition') continue;
    const dist = mod.path.replace(/^\//, '');
    tagsOf.set(dist, [...(tagsOf.get(dist) ?? []), ex.name]);
  }
}
const allTags = [...tagsOf.values()].flat().sort();
const elementExports = jsExports.filter((e) => !domFree(e));
const pageDir = join(scratch, 'page');
mkdirSync(pageDir, { recursive: true });

/** Bundles `code` (an entry module in the scratch project) with esbuild; esbuild's warnings fail it. */
async function bundle(name, code) {
  const entry = join(pageDir, `${name}.entry.js`);
  writeFileSync(entry, code);
  const result = await build({
    absWorkingDir: scratch,
    entryPoints: [entry],
    outfile: join(pageDir, `${name}.js`),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  });
  if (result.warnings.length) throw new Error(result.warnings.map((w) => w.text).join('; '));
}

/** In the page: create each tag with the seed resolution and wait for its shadow root to have text. */
const renderAll = async (page, tags) => {
  await page.evaluate(
    async ({ tags, asOf }) => {
      const seed = await (await fetch('/seed.json')).json();
      for (const tag of tags) {
        const el = document.createElement(tag);
        el.setAttribute('as-of', asOf);
        el.setAttribute('lang', 'en');
        if (tag === 'nq-kpi-gauge') el.setAttribute('target', 'pii-top-20');
        el.resolution = seed;
        document.body.append(el);
      }
    },
    { tags, asOf: AS_OF },
  );
  for (const tag of tags) {
    await waitFor(
      page,
      `<${tag}> to render`,
      (t) => (document.querySelector(t)?.shadowRoot?.textContent ?? '').trim().length > 0,
      tag,
    );
  }
};

// Module scripts run in document order, so one placed last runs when the others are done (or failed).
const LOADED = '<script type="module">window.__nqLoaded = true;</script>';

let browser;
let server;
try {
  browser = await launch();
  server = await serve(scratch);
  writeFileSync(
    join(pageDir, 'blank.html'),
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body></body></html>',
  );

  for (const e of elementExports) {
    const file = strip(e.targets.default);
    const tags = e.subpath === '.' ? allTags : (tagsOf.get(file) ?? []);
    const name = e.subpath === '.' ? 'root' : e.subpath.replace(/^\.\//, '').replace(/\.js$/, '');
    await checks.run(
      `chromium: import '${pkg.name}${e.subpath.slice(1)}' defines ${tags.map((t) => `<${t}>`).join(' ') || '(no tag in the manifest!)'} and renders`,
      async () => {
        assert(tags.length > 0, `custom-elements.json names no element defined in ${file}`);
        await bundle(name, `import '${pkg.name}${e.subpath.slice(1)}';\n`);
        writeFileSync(
          join(pageDir, `${name}.html`),
          `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="./${name}.js"></script>${LOADED}</head><body></body></html>`,
        );
        const { page, log, close } = await open(browser, `${server.url}page/${name}.html`);
        try {
          await waitFor(page, 'the module to run', () => window.__nqLoaded);
          const missing = await page.evaluate((t) => t.filter((x) => !customElements.get(x)), tags);
          assert(missing.length === 0, `not defined: ${missing.map((t) => `<${t}>`).join(', ')}`);
          await renderAll(page, tags);
          assert(log.errors.length === 0, `errors: ${log.errors.join(' | ')}`);
        } finally {
          await close();
        }
      },
    );
  }

  // 5. The CDN file, as a page with no build step uses it.
  const cdnFile = 'node_modules/nghiquyet-widgets/dist/cdn/nghiquyet-widgets.js';
  await checks.run('chromium: the CDN file alone, one <script type="module">, renders every element', async () => {
    assert(existsSync(join(scratch, cdnFile)), 'dist/cdn/nghiquyet-widgets.js is not in the package');
    const seed = readFileSync(SEED, 'utf8').replace(/<\//g, '<\\/');
    // Every element of the manifest, with its document by URL; the timeline's as an inline child.
    const markup = allTags.map((tag) => {
      const attrs = `as-of="${AS_OF}" lang="en"${tag === 'nq-kpi-gauge' ? ' target="pii-top-20"' : ''}`;
      return tag === 'nq-target-timeline'
        ? `<${tag} ${attrs}><script type="application/json">${seed}</script></${tag}>`
        : `<${tag} src="/seed.json" ${attrs}></${tag}>`;
    });
    const html = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>CDN</title></head>
<body>
  ${markup.join('\n  ')}
  <script type="module" src="/${cdnFile}"></script>
</body></html>`;
    writeFileSync(join(pageDir, 'cdn.html'), html);
    const { page, log, close } = await open(browser, `${server.url}page/cdn.html`);
    try {
      const tags = allTags;
      assert(tags.length > 0, 'custom-elements.json names no element');
      for (const tag of tags) {
        await waitFor(
          page,
          `<${tag}> to render`,
          (t) => (document.querySelector(t)?.shadowRoot?.textContent ?? '').trim().length > 0,
          tag,
        );
      }
      const scripts = log.requests.filter((u) => /\.m?js(\?|$)/.test(u));
      assert(scripts.length === 1, `the page loaded ${scripts.length} scripts: ${scripts.join(', ')}`);
      assert(log.errors.length === 0, `errors: ${log.errors.join(' | ')}`);
      return `${tags.length} elements, 1 script`;
    } finally {
      await close();
    }
  });

  // 5b. The same CDN page under the strictest policy docs/security.md names: no violation at all.
  await checks.run('chromium: the CDN file renders every element under a strict CSP with Trusted Types', async () => {
    const csp =
      "default-src 'self'; style-src 'self'; script-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
    writeFileSync(
      join(pageDir, 'watch.js'),
      `window.__violations = [];
addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.effectiveDirective + ' ' + e.blockedURI + ' ' + e.sample), true);`,
    );
    const html = readFileSync(join(pageDir, 'cdn.html'), 'utf8').replace(
      '<title>CDN</title>',
      '<title>CDN under CSP</title><script src="/page/watch.js"></script>',
    );
    const context = await browser.newContext({ timezoneId: 'Asia/Ho_Chi_Minh', locale: 'vi-VN' });
    try {
      await context.route('**/page/cdn-csp.html', (route) =>
        route.fulfill({
          body: html,
          headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp },
        }),
      );
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.url}page/cdn-csp.html`, { waitUntil: 'load' });
      const watching = await page.evaluate(() => Array.isArray(window.__violations));
      assert(watching, 'the violation listener did not run');
      for (const tag of allTags) {
        await waitFor(
          page,
          `<${tag}> to render`,
          (t) => (document.querySelector(t)?.shadowRoot?.textContent ?? '').trim().length > 0,
          tag,
        );
      }
      // Let the gauges, table and timeline finish their second render (sizes, lazy parts).
      await page.waitForTimeout(500);
      const violations = await page.evaluate(() => window.__violations);
      assert(violations.length === 0, `${violations.length} violations: ${violations.slice(0, 3).join(' | ')}`);
      assert(errors.length === 0, `errors: ${errors.join(' | ')}`);
      return `${allTags.length} elements, 0 violations`;
    } finally {
      await context.close();
    }
  });

  // 6. Two copies: a bundle of the package, then the CDN file.
  await checks.run(
    'chromium: a second copy on the page (bundle + CDN file) warns for each element and does not throw',
    async () => {
      await bundle('copy-a', `import '${pkg.name}';\n`);
      const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="./copy-a.js"></script>
<script type="module" src="/${cdnFile}"></script>${LOADED}</head><body></body></html>`;
      writeFileSync(join(pageDir, 'two-copies.html'), html);
      const { page, log, close } = await open(browser, `${server.url}page/two-copies.html`);
      try {
        await waitFor(page, 'both copies to run', () => window.__nqLoaded);
        const tags = await page.evaluate((t) => t.filter((x) => customElements.get(x)), allTags);
        assert(log.errors.length === 0, `errors: ${log.errors.join(' | ')}`);
        const silent = tags.filter((t) => !log.warnings.some((w) => w.includes(t)));
        assert(
          silent.length === 0,
          `no warning for ${silent.map((t) => `<${t}>`).join(', ')} (it skips silently: use defineElement() from components/shared/define.ts)`,
        );
        await renderAll(page, tags);
        return `${tags.length} elements, ${tags.length} warnings`;
      } finally {
        await close();
      }
    },
  );
} catch (error) {
  checks.fail('chromium', error instanceof Error ? error.message : String(error));
} finally {
  await browser?.close();
  await server?.close();
}

// ---- 7. the bin -----------------------------------------------------------------------------------
for (const [file, expected] of [
  [SEED, 0],
  [INVALID, 1],
]) {
  await checks.run(`npx ${pkg.name} validate ${relative(ROOT, file)} exits ${expected}`, () => {
    const r = spawnSync('npx', ['--no-install', pkg.name, 'validate', file, '--lang', 'en'], {
      cwd: scratch,
      encoding: 'utf8',
    });
    const said = `${r.stdout}${r.stderr}`.split('\n').filter((l) => l.trim() && !l.startsWith('npm warn'));
    assert(r.status === expected, `exit ${r.status}: ${said.slice(0, 2).join(' | ') || '(no output)'}`);
    // a bin that exits 0 without a word did not run at all (through the node_modules/.bin symlink)
    assert(
      r.stdout.includes(basename(file)),
      `no report on ${basename(file)}: ${said.slice(0, 2).join(' | ') || '(no output)'}`,
    );
    return said[0]?.replace(`${ROOT}/`, '');
  });
}

finish();

function finish() {
  if (!KEEP) rmSync(scratch, { recursive: true, force: true });
  else console.log(`kept ${scratch}`);
  checks.finish();
  process.exit();
}
