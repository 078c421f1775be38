// npm run build: everything that goes into dist/, in order.
//
//   1. ES modules, one per source module (vite.config.ts, default mode)
//   2. the theme stylesheets, copied; .d.ts next to the modules (tsc -p tsconfig.build.json --emitDeclarationOnly)
//   3. dist/resolution.schema.json (scripts/build-schema.ts), if that script exists
//   4. dist/cli.js, the `validate` command bundled for Node with all its dependencies, if src/cli/cli.ts exists
//   5. dist/cdn/nghiquyet-widgets.js, one minified module for pages with no build step, if src/index.ts exists
//   6. dist/custom-elements.json, if src/components/ has any .ts file
//   7. a size table (raw / gzip / brotli)
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);
const DIST = join(ROOT, 'dist');
const bin = (pkg, file) => join(ROOT, 'node_modules', pkg, file);

/** Runs one build step, printing its duration; any failure ends the build with exit status 1. */
async function step(name, fn) {
  const start = performance.now();
  process.stdout.write(`\n▶ ${name}\n`);
  try {
    const note = await fn();
    const secs = ((performance.now() - start) / 1000).toFixed(1);
    console.log(`✔ ${name} (${secs} s)${note ? `: ${note}` : ''}`);
  } catch (error) {
    console.error(`✖ ${name} failed`);
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  }
}

/** Runs a node script with inherited output; throws on a non-zero exit. */
function runNode(args) {
  const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited with status ${r.status ?? r.signal}`);
}

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

await step('clean dist/', () => rmSync(DIST, { recursive: true, force: true }));

await step('ES modules (vite)', async () => {
  await viteBuild({ configFile: join(ROOT, 'vite.config.ts'), mode: 'production' });
  return `${filesUnder(DIST).filter((f) => f.endsWith('.js')).length} modules`;
});

await step('theme stylesheets (src/themes/*.css → dist/themes/)', () => {
  // The .ts themes are compiled with the modules; the plain .css files are shipped as they are,
  // for a page that links a theme without JavaScript.
  const css = filesUnder(join(ROOT, 'src', 'themes')).filter((f) => f.endsWith('.css'));
  mkdirSync(join(DIST, 'themes'), { recursive: true });
  for (const file of css) copyFileSync(file, join(DIST, 'themes', relative(join(ROOT, 'src', 'themes'), file)));
  return `${css.length} files`;
});

await step('type declarations (tsc)', () => {
  runNode([bin('typescript', 'bin/tsc'), '-p', 'tsconfig.build.json', '--emitDeclarationOnly']);
});

if (existsSync('scripts/build-schema.ts')) {
  await step('JSON Schema (scripts/build-schema.ts)', () => {
    runNode([bin('tsx', 'dist/cli.mjs'), 'scripts/build-schema.ts']);
  });
} else {
  console.log('\n- JSON Schema: skipped, scripts/build-schema.ts does not exist yet');
}

if (existsSync('src/cli/cli.ts')) {
  await step('CLI (esbuild → dist/cli.js)', async () => {
    await esbuild({
      entryPoints: ['src/cli/cli.ts'],
      outfile: 'dist/cli.js',
      bundle: true, // valibot and everything else inside: the bin needs no dev dependency
      platform: 'node',
      format: 'esm',
      target: 'node20',
      tsconfig: 'tsconfig.json',
      legalComments: 'eof',
      logLevel: 'warning',
      // a CommonJS dependency bundled into ESM still calls require(): give it one
      banner: {
        js: [
          '#!/usr/bin/env node',
          "import { createRequire as __nqCreateRequire } from 'node:module';",
          'const require = __nqCreateRequire(import.meta.url);',
        ].join('\n'),
      },
    });
    chmodSync('dist/cli.js', 0o755);
  });
} else {
  console.log('\n- CLI: skipped, src/cli/cli.ts does not exist yet');
}

if (existsSync('src/index.ts')) {
  await step('CDN bundle (vite --mode cdn)', async () => {
    await viteBuild({ configFile: join(ROOT, 'vite.config.ts'), mode: 'cdn' });
    const text = readFileSync('dist/cdn/nghiquyet-widgets.js', 'utf8');
    if (text.includes('Lit is in dev mode')) throw new Error('the CDN bundle contains the Lit development build');
  });
} else {
  console.log('\n- CDN bundle: skipped, src/index.ts does not exist yet');
}

if (filesUnder('src/components').some((f) => f.endsWith('.ts'))) {
  await step('custom elements manifest (cem → dist/custom-elements.json)', () => {
    const r = spawnSync(
      'npx',
      ['--no-install', 'cem', 'analyze', '--litelement', '--globs', 'src/components/**/*.ts', '--outdir', 'dist'],
      { stdio: 'inherit' },
    );
    if (r.status !== 0) throw new Error(`cem analyze exited with status ${r.status ?? r.signal}`);
  });
} else {
  console.log('\n- custom elements manifest: skipped, no src/components/**/*.ts yet');
}

// ---- size table ---------------------------------------------------------------------------------
// Files at the top of dist/ and in dist/cdn/ get a row each; the module build gets one row per
// folder, so the table stays short however many modules there are.
const rows = new Map();
for (const file of filesUnder(DIST)) {
  if (!/\.(js|json)$/.test(file)) continue;
  const rel = relative(DIST, file).split(sep).join('/');
  const parts = rel.split('/');
  const key = parts.length === 1 || parts[0] === 'cdn' ? rel : `${parts[0]}/**`;
  const data = readFileSync(file);
  const row = rows.get(key) ?? { files: 0, raw: 0, gzip: 0, brotli: 0 };
  row.files++;
  row.raw += data.length;
  row.gzip += gzipSync(data, { level: 9 }).length;
  row.brotli += brotliCompressSync(data, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;
  rows.set(key, row);
}
const kib = (n) => (n / 1024).toFixed(1);
const width = Math.max(12, ...[...rows.keys()].map((k) => k.length + 8));
console.log(`\n${'dist/'.padEnd(width)} ${'raw KiB'.padStart(9)} ${'gzip'.padStart(8)} ${'brotli'.padStart(8)}`);
for (const [key, r] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
  const label = r.files > 1 ? `${key} (${r.files})` : key;
  console.log(
    `${label.padEnd(width)} ${kib(r.raw).padStart(9)} ${kib(r.gzip).padStart(8)} ${kib(r.brotli).padStart(8)}`,
  );
}
const dts = filesUnder(DIST).filter((f) => f.endsWith('.d.ts')).length;
console.log(`(+ ${dts} .d.ts files; gzip and brotli are summed per file, as a browser fetches them)`);
if (!statSync(DIST).isDirectory()) process.exit(1);
