// Builds everything the benchmark pages need into bench/.out/ and measures workload 1 (bytes).
//
//   bench/.out/data/*.json          the documents and what peers and floors are handed (lib/data.mjs)
//   bench/.out/<widget>-<lib>.html  one page per (widget × library): the adapter + the in-page driver
//   bench/.out/size/<widget>-<lib>.js  the adapter alone, minified: the bytes to show that widget
//   bench/.out/lighthouse-demo.html 20 of our widgets on one page (workload 7)
//   bench/.out/build.json           sizes, and which pages exist and why not
//   bench/.out/keep/sizes.json      compressed sizes by content hash, kept across rebuilds
//
// Every bundle: esbuild, minified, ESM, browser, es2022, legal comments dropped for everyone alike.
// Run by bench/run.mjs; `node bench/build.mjs` alone also works.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { build } from 'esbuild';
import { makeData } from './lib/data.mjs';
import { COMPONENTS, WIDGETS, available, isOurs } from './lib/libraries.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = join(BENCH, '..');
const OUT = join(BENCH, '.out');

/** Every file a bundle or the data read, for the cache (bench/.out/cache.json). */
const inputs = new Set();
const collect = (result) => {
  for (const f of Object.keys(result.metafile?.inputs ?? {}))
    if (!f.startsWith('<')) inputs.add(f.replace(/^.*?node_modules\//, 'node_modules/'));
};

const common = {
  metafile: true,
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  legalComments: 'none',
  logLevel: 'silent',
  tsconfig: join(ROOT, 'tsconfig.json'),
  define: { 'process.env.NODE_ENV': '"production"' },
  absWorkingDir: ROOT,
};

// gzip -9 and brotli -11 of every bundle take most of a build (brotli -11 runs at about 1 MB/s),
// and most bundles (the peers') are byte for byte the same from one build to the next. So each
// buffer's sizes are kept by its SHA-256 in bench/.out/keep/sizes.json, which survives a rebuild,
// and what must be compressed is compressed on libuv's thread pool, all at once.
const KEEP = join(OUT, 'keep');
const SIZES_FILE = join(KEEP, 'sizes.json');
let known;
const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

function knownSizes() {
  if (!known) {
    try {
      known = new Map(Object.entries(JSON.parse(readFileSync(SIZES_FILE, 'utf8'))));
    } catch {
      known = new Map();
    }
  }
  return known;
}

function saveSizes() {
  mkdirSync(KEEP, { recursive: true });
  writeFileSync(SIZES_FILE, JSON.stringify(Object.fromEntries(knownSizes())));
}

async function compressed(buffer) {
  const key = createHash('sha256').update(buffer).digest('hex');
  const memo = knownSizes();
  if (!memo.has(key)) {
    const [gz, br] = await Promise.all([
      gzipAsync(buffer, { level: 9 }),
      brotliAsync(buffer, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }),
    ]);
    memo.set(key, { gzip: gz.length, brotli: br.length });
  }
  return memo.get(key);
}

/** Raw, gzip -9 and brotli -11 bytes of `buffers`, each compressed alone, summed. */
export async function sizes(buffers) {
  const present = buffers.filter(Boolean);
  const each = await Promise.all(present.map(compressed));
  return {
    raw: present.reduce((n, b) => n + b.length, 0),
    gzip: each.reduce((n, x) => n + x.gzip, 0),
    brotli: each.reduce((n, x) => n + x.brotli, 0),
  };
}

const read = (f) => (existsSync(f) ? readFileSync(f) : undefined);

const firstError = (e) => {
  const first = e.errors?.[0];
  return first
    ? `${first.text} (${first.location?.file}:${first.location?.line})`
    : String(e.message ?? e).split('\n')[0];
};

/** Bundles every entry file into `outdir` (one self-contained bundle each); returns the names that failed, with why. */
async function bundleMany(entries, outdir) {
  const failed = new Map();
  const name = (f) => f.split('/').pop().replace(/\.js$/, '');
  try {
    collect(await build({ ...common, entryPoints: entries, outdir, entryNames: '[name]' }));
  } catch {
    for (const f of entries) {
      try {
        collect(await build({ ...common, entryPoints: [f], outdir, entryNames: '[name]' }));
      } catch (e) {
        failed.set(name(f), firstError(e));
      }
    }
  }
  return failed;
}

/**
 * Bundles `contents` (resolved from bench/pages) to `outfile`; returns the sizes of its .js and .css.
 * The entry is named `<name>.entry.js`: named `<name>.js` it was bench/pages/lighthouse-demo.js
 * itself, so its import of that file resolved to the entry, and renderDemo became `undefined`. An
 * import esbuild can only make undefined is an error here, not a silent warning.
 */
async function bundle(contents, outfile, name) {
  const result = await build({
    ...common,
    stdin: { contents, resolveDir: join(BENCH, 'pages'), sourcefile: `${name}.entry.js` },
    outfile,
  });
  const undefinedImport = result.warnings.find((w) => w.id === 'import-is-undefined');
  if (undefinedImport) throw new Error(`${name}: ${undefinedImport.text}`);
  collect(result);
  const js = read(outfile);
  const css = read(outfile.replace(/\.js$/, '.css'));
  const [jsSizes, cssSizes, total] = await Promise.all([sizes([js]), css && sizes([css]), sizes([js, css])]);
  return { js: jsSizes, css: cssSizes || undefined, total };
}

function page(name, title, css) {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
${css ? `<link rel="stylesheet" href="./${name}.css">` : ''}
<style>
  body { margin: 8px; font: 14px/1.4 system-ui, sans-serif; }
  .cell.gauge { display: inline-block; vertical-align: top; width: 240px; margin: 0 4px 4px 0; }
  .cell.table { width: 1200px; }
  .cell.timeline { width: 1000px; }
  .floor-gauge .label, .cell .label { font-size: 11px; height: 2.8em; overflow: hidden; }
  .cell .value { font-size: 22px; text-align: center; }
  .floor-table { border-collapse: collapse; width: 100%; }
  .floor-table td, .floor-table th { border-bottom: 1px solid #ddd; padding: 4px; text-align: left; }
</style>
</head>
<body><div id="stage"></div><script type="module" src="./${name}.js"></script></body>
</html>
`;
}

async function buildCore() {
  const outfile = join(OUT, 'node', 'core.mjs');
  collect(
    await build({
      ...common,
      entryPoints: [join(BENCH, 'lib', 'core-entry.js')],
      outfile,
      platform: 'node',
      minify: false,
    }),
  );
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

async function wholeLibrary() {
  const cdn = join(ROOT, 'dist', 'cdn', 'nghiquyet-widgets.js');
  let note;
  if (!existsSync(cdn)) {
    // The same step as `npm run build`'s CDN bundle (vite.config.ts, mode cdn), alone: it writes
    // only dist/cdn/ and takes a second, where the whole build cleans dist/ and type-checks.
    if (existsSync(join(ROOT, 'src', 'index.ts'))) {
      console.log('bench: dist/cdn/nghiquyet-widgets.js is missing: building it (vite build --mode cdn)');
      const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
      const r = spawnSync(process.execPath, [vite, 'build', '--mode', 'cdn', '--logLevel', 'warn'], {
        cwd: ROOT,
        stdio: 'inherit',
      });
      if (r.status !== 0) note = `vite build --mode cdn failed (status ${r.status})`;
    } else note = 'absent: src/index.ts does not exist yet, so the build makes no CDN bundle';
  }
  const cdnSizes = existsSync(cdn) ? await sizes([readFileSync(cdn)]) : undefined;
  const present = Object.entries(COMPONENTS).filter(([, f]) => existsSync(join(ROOT, f)));
  let components;
  if (present.length) {
    const contents = present.map(([, f]) => `import '../../${f}';`).join('\n');
    try {
      components = {
        ...(await bundle(contents, join(OUT, 'size', 'all-components.js'), 'all-components')),
        which: present.map(([w]) => w),
      };
    } catch (e) {
      components = { error: String(e.message ?? e).split('\n')[0] };
    }
  }
  return {
    cdn: cdnSizes
      ? { file: 'dist/cdn/nghiquyet-widgets.js', ...cdnSizes }
      : { file: 'dist/cdn/nghiquyet-widgets.js', note },
    components,
  };
}

async function lighthouseDemo(pages) {
  const have = Object.keys(COMPONENTS).filter((w) => pages[`${w}-ours`]?.ok);
  const contents = [
    ...have.map((w) => `import '../../${COMPONENTS[w]}';`),
    `import doc from '../../demo/data/samples/all-kinds.json';`,
    `import { renderDemo } from './lighthouse-demo.js';`,
    `renderDemo(doc, ${JSON.stringify(have)});`,
  ].join('\n');
  try {
    await bundle(contents, join(OUT, 'lighthouse-demo.js'), 'lighthouse-demo');
    writeFileSync(join(OUT, 'lighthouse-demo.html'), readFileSync(join(BENCH, 'pages', 'lighthouse-demo.html')));
    return { ok: true, widgets: have };
  } catch (e) {
    return { ok: false, reason: String(e.message ?? e).split('\n')[0] };
  }
}

/** size:mtime of each file, 'missing' for one that is not there (a component that appears later). */
function fingerprint(files) {
  return Object.fromEntries(
    [...files].sort().map((f) => {
      try {
        const st = statSync(join(ROOT, f));
        return [f, `${st.size}:${st.mtimeMs}`];
      } catch {
        return [f, 'missing'];
      }
    }),
  );
}

/** Files that decide the build besides the bundles' own inputs. */
function fixedInputs() {
  const own = [
    'bench/build.mjs',
    'bench/pages/lighthouse-demo.html',
    'package.json',
    'demo/data/samples/all-kinds.json',
    'tsconfig.json',
  ];
  const lib = readdirSync(join(BENCH, 'lib')).map((f) => `bench/lib/${f}`);
  return [...own, ...lib, ...Object.values(COMPONENTS), 'src/index.ts'];
}

/** The previous build, when none of the files it read has changed since (`--fresh` ignores it). */
function cached(log) {
  const file = join(OUT, 'cache.json');
  if (process.argv.includes('--fresh') || !existsSync(file)) return undefined;
  try {
    const c = JSON.parse(readFileSync(file, 'utf8'));
    const now = fingerprint(Object.keys(c.inputs));
    const changed = Object.keys(c.inputs).filter((f) => now[f] !== c.inputs[f]);
    if (changed.length) {
      log(`bench: rebuilding: ${changed.length} input(s) changed, e.g. ${changed.slice(0, 3).join(', ')}`);
      return undefined;
    }
    log('bench: pages and data are up to date (bench/.out/cache.json; --fresh rebuilds)');
    return c.result;
  } catch {
    return undefined;
  }
}

export async function buildAll({ log = console.log } = {}) {
  const t0 = performance.now();
  const previous = cached(log);
  // The library's bundle is measured afresh every run: dist/ belongs to `npm run build`.
  if (previous) {
    const library = await wholeLibrary();
    saveSizes();
    return { ...previous, library };
  }
  inputs.clear();
  // Everything but the kept sizes is built again.
  if (existsSync(OUT))
    for (const f of readdirSync(OUT)) if (f !== 'keep') rmSync(join(OUT, f), { recursive: true, force: true });
  mkdirSync(join(OUT, 'data'), { recursive: true });
  const core = await buildCore();
  const data = makeData(ROOT, core);
  for (const [name, value] of Object.entries(data))
    writeFileSync(join(OUT, 'data', `${name}.json`), JSON.stringify(value));
  log(`bench: data sets ${Object.keys(data).join(', ')}`);

  // Every page in two esbuild calls (sizes, then pages), each with all entries at once: esbuild
  // parses a shared file once. When a call fails, each entry is built alone to find which.
  const pages = {};
  const todo = [];
  for (const [widget, libs] of Object.entries(WIDGETS)) {
    for (const lib of libs) {
      const name = `${widget}-${lib}`;
      const can = available(ROOT, widget, lib);
      if (can.ok) todo.push({ name, widget, lib });
      else pages[name] = { ok: false, reason: can.reason };
    }
  }
  mkdirSync(join(OUT, 'entries', 'size'), { recursive: true });
  for (const { name, widget, lib } of todo) {
    const adapter = `../../pages/${widget}/${lib}.js`;
    writeFileSync(join(OUT, 'entries', 'size', `${name}.js`), `export { default } from '../${adapter}';\n`);
    writeFileSync(
      join(OUT, 'entries', `${name}.js`),
      `import adapter from '${adapter}';\nimport { install } from '../../pages/driver.js';\ninstall(adapter, '${widget}');\n`,
    );
  }
  const failed = await bundleMany(
    todo.map((t) => join(OUT, 'entries', 'size', `${t.name}.js`)),
    join(OUT, 'size'),
  );
  const failedPages = await bundleMany(
    todo.map((t) => join(OUT, 'entries', `${t.name}.js`)),
    OUT,
  );
  await Promise.all(
    todo.map(async ({ name, lib }) => {
      const reason = failed.get(name) ?? failedPages.get(name);
      if (reason) return (pages[name] = { ok: false, reason: `build failed: ${reason}` });
      const css = existsSync(join(OUT, `${name}.css`));
      writeFileSync(join(OUT, `${name}.html`), page(name, name, css));
      const js = read(join(OUT, 'size', `${name}.js`));
      const cssBytes = read(join(OUT, 'size', `${name}.css`));
      const [jsSizes, cssSizes, total] = await Promise.all([
        sizes([js]),
        cssBytes && sizes([cssBytes]),
        sizes([js, cssBytes]),
      ]);
      const size = { js: jsSizes, css: cssSizes || undefined, total };
      pages[name] = { ok: true, size: lib === 'floor' ? undefined : size };
    }),
  );
  for (const { name } of todo) log(`bench: ${name.padEnd(24)} ${pages[name].ok ? 'built' : pages[name].reason}`);

  // The floors' bytes are the markup itself: the least a page must send to show the picture.
  const floorBytes = {
    gauge: await sizes([Buffer.from(data['gauge-1'].floor[0])]),
    table: await sizes([Buffer.from(data['table-23'].floor.html)]),
    timeline: await sizes([Buffer.from(data['timeline-20x50'].floor.svg)]),
  };
  for (const w of Object.keys(floorBytes))
    if (pages[`${w}-floor`]) pages[`${w}-floor`].size = { total: floorBytes[w], js: floorBytes[w] };

  const library = await wholeLibrary();
  const lighthouse = await lighthouseDemo(pages);
  saveSizes();
  const result = {
    pages,
    library,
    lighthouse,
    oursLibs: Object.keys(pages).filter((p) => isOurs(p.split('-').slice(1).join('-'))),
  };
  writeFileSync(join(OUT, 'build.json'), JSON.stringify(result, null, 2));
  writeFileSync(
    join(OUT, 'cache.json'),
    JSON.stringify({ inputs: fingerprint(new Set([...inputs, ...fixedInputs()])), result }),
  );
  log(`bench: built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildAll();
