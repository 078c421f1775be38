// npm run size:parts: what each layer of the library weighs, bundled alone from src/ with
// esbuild (minified, ESM, every dependency included) and compressed with brotli (quality 11) and
// gzip (level 9). It answers "where do a widget's bytes go?", which size-limit's one number per
// entry cannot: the layers every widget needs (Lit, the validator, the engine, the data layer)
// and then each widget on top of them. Prints a Markdown table.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const element = `import { LitElement, html } from 'lit';
customElements.define('x-part', class extends LitElement { render() { return html\`<p>x</p>\`; } });`;

const PARTS = [
  ['Lit (an element that renders)', element],
  ['the validator (valibot, rules, vi/en messages)', `export { validateResolution } from './src/core/validate.ts';`],
  [
    'the status engine and its explanations',
    `export { assessTarget } from './src/core/assess.ts'; export { explain } from './src/core/explanation.ts';`,
  ],
  [
    'the data layer (src, inline, polling, live; it validates)',
    `export { ResolutionController } from './src/data/resolution-controller.ts';`,
  ],
  [
    'all four above: what any widget needs',
    `${element}
export { validateResolution } from './src/core/validate.ts';
export { assessTarget } from './src/core/assess.ts';
export { explain } from './src/core/explanation.ts';
export { ResolutionController } from './src/data/resolution-controller.ts';`,
  ],
  ['<nq-kpi-gauge>', `import './src/components/kpi-gauge/kpi-gauge.ts';`],
  ['<nq-goal-table>', `import './src/components/goal-table/goal-table.ts';`],
  ['<nq-target-timeline>', `import './src/components/target-timeline/target-timeline.ts';`],
  ['<nq-resolution>', `import './src/components/resolution/resolution.ts';`],
  ['everything (src/index.ts)', `import './src/index.ts';`],
];

const kb = (n) => (n / 1024).toFixed(1);
const rows = [];
for (const [name, contents] of PARTS) {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts', sourcefile: 'part.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    tsconfig: join(ROOT, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  const code = Buffer.concat(result.outputFiles.map((f) => Buffer.from(f.contents)));
  const br = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const gz = gzipSync(code, { level: 9 }).length;
  rows.push(`| ${name} | ${kb(code.length)} | ${kb(gz)} | ${kb(br)} |`);
}
console.log('| part, bundled alone with what it imports | minified (KiB) | gzip (KiB) | brotli (KiB) |');
console.log('| --- | ---: | ---: | ---: |');
console.log(rows.join('\n'));
