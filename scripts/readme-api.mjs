// Writes docs/api.md, the API reference the README links to, from dist/custom-elements.json (made
// by `npm run build`, or `npx cem analyze`): per element, its attributes and properties, methods,
// events, slots, CSS parts and CSS custom properties, as the class comments describe them.
//
//   node scripts/readme-api.mjs           write docs/api.md
//   node scripts/readme-api.mjs --check   exit 1 if docs/api.md is not what the manifest gives
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const MANIFEST = join(ROOT, 'dist', 'custom-elements.json');
const OUT = join(ROOT, 'docs', 'api.md');

if (!existsSync(MANIFEST)) {
  console.error('dist/custom-elements.json is missing: run `npm run build` (or `npx cem analyze`) first.');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** Table cell text: one line, pipes escaped. */
const cell = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');

function table(headers, rows) {
  if (rows.length === 0) return '';
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The package subpath that loads a manifest module: dist/components/x/x.js → nghiquyet-widgets/x.js. */
function importPath(modulePath) {
  const dist = `./${modulePath.replace(/^\//, '')}`;
  for (const [subpath, entry] of Object.entries(pkg.exports ?? {})) {
    const target = typeof entry === 'string' ? entry : entry.default;
    if (target === dist) return subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
  }
  return undefined;
}

function section(title, body, none) {
  return `### ${title}\n\n${body || none}\n`;
}

function element(mod, d) {
  const out = [];
  const fields = (d.members ?? []).filter((m) => m.kind === 'field' && !m.static);
  const attributes = d.attributes ?? [];
  const byField = new Map(attributes.filter((a) => a.fieldName).map((a) => [a.fieldName, a]));
  const from = importPath(mod.path);

  out.push(`## \`<${d.tagName}>\``, '');
  if (d.summary) out.push(`**${d.summary.trim()}**`, '');
  if (d.description) out.push(d.description.trim(), '');
  if (from) out.push(`\`\`\`js\nimport '${from}'; // defines <${d.tagName}>; the class is ${d.name}\n\`\`\``, '');

  const rows = fields.map((f) => {
    const a = byField.get(f.name);
    return [
      a ? code(a.name) : '(property only)',
      code(f.name),
      code(f.type?.text),
      code(f.default),
      cell([f.description, f.reflects ? '(reflected to the attribute)' : ''].filter(Boolean).join(' ')),
    ];
  });
  // attributes with no property of their own
  for (const a of attributes.filter((x) => !x.fieldName || !fields.some((f) => f.name === x.fieldName))) {
    rows.push([code(a.name), '', code(a.type?.text), code(a.default), cell(a.description)]);
  }
  out.push(
    section(
      'Attributes and properties',
      table(['attribute', 'property', 'type', 'default', 'description'], rows),
      'None.',
    ),
  );

  const methods = (d.members ?? []).filter((m) => m.kind === 'method' && !m.static);
  const signature = (m) =>
    `${m.name}(${(m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}${p.type ? `: ${p.type.text}` : ''}`).join(', ')})` +
    (m.return?.type?.text ? `: ${m.return.type.text}` : '');
  out.push(
    section(
      'Methods',
      table(
        ['method', 'description'],
        methods.map((m) => [code(signature(m)), cell(m.description)]),
      ),
      'None.',
    ),
  );

  out.push(
    section(
      'Events',
      table(
        ['event', 'type', 'description'],
        (d.events ?? []).map((e) => [code(e.name), code(e.type?.text), cell(e.description)]),
      ),
      'None.',
    ),
  );
  out.push(
    section(
      'Slots',
      table(
        ['slot', 'description'],
        (d.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
      ),
      'None: the elements take their data from properties, attributes or an inline `<script type="application/json">` child.',
    ),
  );
  out.push(
    section(
      'CSS parts',
      table(
        ['part', 'description'],
        (d.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
      ),
      'None.',
    ),
  );
  out.push(
    section(
      'CSS custom properties',
      table(
        ['property', 'default', 'description'],
        (d.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]),
      ),
      'None.',
    ),
  );
  return out.join('\n');
}

const elements = manifest.modules
  .flatMap((mod) => (mod.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => [mod, d]))
  .sort(([, a], [, b]) => a.tagName.localeCompare(b.tagName));

const text = [
  '# API reference / Tài liệu API',
  '',
  '<!-- Generated by `node scripts/readme-api.mjs` from dist/custom-elements.json: edit the class comments in src/components/, not this file. -->',
  '',
  `${elements.length} elements: ${elements.map(([, d]) => `[\`<${d.tagName}>\`](#${d.tagName})`).join(' · ')}.`,
  '',
  'Set an object, such as `resolution`, as a property; a string or number as an attribute or a property. ' +
    'Events bubble and cross shadow roots (`composed`). Style the inside through the CSS parts ' +
    '(`nq-kpi-gauge::part(indicator) { … }`) and the custom properties; the global tokens are in ' +
    '`nghiquyet-widgets/themes/light.css` and `dark.css`.',
  '',
  ...elements.map(([mod, d]) => element(mod, d)),
].join('\n');

const config = (await prettier.resolveConfig(OUT)) ?? {};
const formatted = await prettier.format(text, { ...config, parser: 'markdown' });

if (process.argv.includes('--check')) {
  const current = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
  if (current !== formatted) {
    console.error('docs/api.md is out of date: run `node scripts/readme-api.mjs` and commit it.');
    process.exit(1);
  }
  console.log(`docs/api.md is up to date (${elements.length} elements).`);
} else {
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, formatted);
  console.log(`wrote docs/api.md: ${elements.map(([, d]) => `<${d.tagName}>`).join(', ')}`);
}
