/**
 * Library builds (run by scripts/build.mjs, not by hand):
 *
 * - default mode: unbundled ES modules, one output per source module (dist/core/schema.js for
 *   src/core/schema.ts), dependencies external, not minified: consumers bundle and minify.
 * - `--mode cdn`: the one self-contained, minified module dist/cdn/nghiquyet-widgets.js built from
 *   src/index.ts, for a page with no build step.
 *
 * The dev server (`npm start`, scripts/serve.mjs) does not read this file.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';

const ROOT = fileURLToPath(new URL('.', import.meta.url));
const SRC = join(ROOT, 'src');

/** Bare imports a consumer's bundler resolves once for the whole page, so the module build leaves them alone. */
const EXTERNAL = [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^d3-/, /^valibot(\/|$)/];

/** Every non-test .ts module under src/ except the CLI (bundled separately for Node by esbuild). */
function moduleEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const entry of readdirSync(SRC, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const rel = relative(SRC, file).split('\\').join('/');
    if (!rel.endsWith('.ts') || rel.endsWith('.d.ts') || /\.test\.ts$/.test(rel)) continue;
    if (rel.startsWith('cli/')) continue;
    entries[rel.slice(0, -'.ts'.length)] = file;
  }
  return entries;
}

const shared: UserConfig = {
  root: ROOT,
  publicDir: false,
  logLevel: 'warn',
};

const moduleBuild: UserConfig = {
  ...shared,
  build: {
    outDir: 'dist',
    emptyOutDir: false, // scripts/build.mjs cleans dist/ once, before all steps
    target: 'es2022',
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    lib: { entry: moduleEntries(), formats: ['es'] },
    rolldownOptions: {
      external: (id: string) => EXTERNAL.some((re) => re.test(id)),
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
};

const cdnBuild: UserConfig = {
  ...shared,
  // Lit and friends read NODE_ENV-free flags, but bundled dependencies may not: fix it for browsers.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    copyPublicDir: false,
    lib: {
      entry: join(SRC, 'index.ts'),
      formats: ['es'],
      fileName: () => 'nghiquyet-widgets.js',
    },
    rolldownOptions: {
      // Everything in one file: no externals, no split chunks. Vite keeps whitespace and comments
      // in an 'es' library build (to keep /* @__PURE__ */ for consumers' tree-shaking); nobody
      // tree-shakes this file, so rolldown minifies it fully.
      output: { codeSplitting: false, minify: true },
    },
  },
};

export default defineConfig(({ mode }) => (mode === 'cdn' ? cdnBuild : moduleBuild));
