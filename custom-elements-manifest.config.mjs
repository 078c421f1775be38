/**
 * The custom elements manifest (dist/custom-elements.json), written by `cem analyze` in
 * `npm run build`. Storybook's docs tables and docs/api.md (scripts/readme-api.mjs) are made
 * from it, so what it gets wrong, every reader sees. Two plugins correct what the analyzer's Lit
 * support gets wrong with our code:
 *
 * - Several JSDoc tags on one line (`@csspart goal @csspart milestones`) are read as one tag whose
 *   description holds the rest; they are split into one entry each, with a warning, so the class
 *   comment can be fixed (one tag per line).
 * - `defineElement('nq-x', NqX)` (src/components/shared/define.ts) is not the
 *   `customElements.define` call the analyzer looks for: without this plugin the module would not
 *   say which tag it defines.
 * - `this.dispatchEvent(new NqExplainEvent(detail))` is read as an event named after the
 *   argument (`detail`, `next`) or with no name; the real name is the class's static
 *   `eventName` in src/events/, so such entries are renamed (and merged with their `@fires`
 *   line, which gives the description while the class gives the type).
 *
 * It also drops private members, so that the manifest is the public API.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Event class name → event name, from `export class X extends Event { static readonly eventName = 'nq-…' }`. */
function eventNames(dir = 'src/events') {
  const names = new Map();
  let files = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  } catch {
    return names;
  }
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    const re = /export class (\w+) extends \w*Event\b[^{]*\{[^}]*?static (?:readonly )?eventName = '([^']+)'/g;
    for (const [, cls, name] of text.matchAll(re)) names.set(cls, name);
  }
  return names;
}

/** The manifest field each inline JSDoc tag belongs to. */
const TAG_FIELDS = {
  csspart: 'cssParts',
  cssprop: 'cssProperties',
  cssproperty: 'cssProperties',
  fires: 'events',
  event: 'events',
  slot: 'slots',
};
const INLINE_TAG = /(?:^|\s+)@(csspart|cssproperty|cssprop|fires|event|slot)\s+/;

/** "name - description" | "name description" | "name" */
function parseTagBody(body) {
  const m = /^(\S+)(?:\s+-\s+|\s+)?([\s\S]*)$/.exec(body.trim());
  if (!m) return undefined;
  const entry = { name: m[1] };
  if (m[2]?.trim()) entry.description = m[2].trim();
  return entry;
}

/** Splits entries whose description holds more tags; returns the names they were written after. */
function splitInlineTags(declaration) {
  const after = [];
  const warn = (name) => after.push(name);
  for (const field of new Set(Object.values(TAG_FIELDS))) {
    const list = declaration[field];
    if (!Array.isArray(list)) continue;
    for (const item of [...list]) {
      if (typeof item.description !== 'string' || !INLINE_TAG.test(item.description)) continue;
      const pieces = item.description.split(INLINE_TAG);
      // pieces: [own description, tag, body, tag, body, …]
      const own = pieces[0].trim();
      if (own) item.description = own;
      else delete item.description;
      for (let i = 1; i < pieces.length; i += 2) {
        const target = TAG_FIELDS[pieces[i]];
        const entry = parseTagBody(pieces[i + 1] ?? '');
        if (!entry) continue;
        declaration[target] ??= [];
        if (declaration[target].some((e) => e.name === entry.name)) continue;
        // keep the order of the class comment: right after the entry it was written next to
        const at = declaration[target].indexOf(item);
        if (at >= 0) declaration[target].splice(at + 1 + Math.floor((i - 1) / 2), 0, entry);
        else declaration[target].push(entry);
      }
      warn(item.name);
    }
  }
  return after;
}

function fixEvents(declaration, classes) {
  if (!Array.isArray(declaration.events)) return;
  const byName = new Map();
  for (const event of declaration.events) {
    const typeName = event.type?.text;
    const real = typeName && classes.get(typeName);
    const name = real ?? event.name;
    // An inferred entry whose class is unknown and that no @fires line documents is noise.
    if (!name || (!real && !event.description && typeName)) continue;
    const merged = { ...byName.get(name), ...event, name };
    if (byName.get(name)?.description && !event.description) merged.description = byName.get(name).description;
    if (byName.get(name)?.type && !event.type) merged.type = byName.get(name).type;
    byName.set(name, merged);
  }
  // Documented events whose class is known get their type too.
  const typeOf = new Map([...classes].map(([cls, name]) => [name, cls]));
  for (const event of byName.values()) {
    if (!event.type && typeOf.has(event.name)) event.type = { text: typeOf.get(event.name) };
  }
  declaration.events = [...byName.values()];
}

/** Records `defineElement('nq-x', NqX)` as the analyzer records `customElements.define`. */
function defineElementCalls() {
  return {
    name: 'nq-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, ctor] = node.arguments;
      if (!tag || !ctor || !ts.isStringLiteralLike(tag) || !ts.isIdentifier(ctor)) return;
      moduleDoc.exports ??= [];
      if (moduleDoc.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag.text)) return;
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: { name: ctor.text, module: moduleDoc.path },
      });
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const ex of moduleDoc.exports ?? []) {
        if (ex.kind !== 'custom-element-definition') continue;
        const declaration = moduleDoc.declarations?.find((d) => d.name === ex.declaration.name);
        if (!declaration) continue;
        declaration.customElement = true;
        declaration.tagName ??= ex.name;
      }
    },
  };
}

/**
 * The manifest documents the public API: `#private` and `private`/`protected` members (state,
 * controllers, handlers) are implementation, and would fill the docs tables with noise.
 */
const isPublic = (member) =>
  !member.name.startsWith('#') && !member.name.startsWith('_') && !['private', 'protected'].includes(member.privacy);

function nqManifestFixes() {
  return {
    name: 'nq-manifest-fixes',
    packageLinkPhase({ customElementsManifest }) {
      const classes = eventNames();
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.customElement) continue;
          const after = splitInlineTags(declaration);
          if (after.length) {
            console.warn(
              `custom-elements-manifest: <${declaration.tagName}> has several JSDoc tags on one line ` +
                `(after ${after.join(', ')}); split for the manifest, but write one tag per line.`,
            );
          }
          fixEvents(declaration, classes);
          declaration.members = declaration.members?.filter(isPublic);
        }
      }
    },
  };
}

/**
 * The analyzer reads src/ and so names `src/…/x.ts` as every module's path, a file a user does not
 * import. Tools read `path` and `module` as the JavaScript module to load, so they are rewritten to
 * the shipped `dist/…/x.js` (scripts/check-package.mjs checks each is in the tarball).
 */
export function shippedPath(value) {
  return typeof value === 'string' ? value.replace(/^\/?src\/(.*)\.ts$/, 'dist/$1.js') : value;
}

function shippedPaths() {
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = shippedPath(value);
        else walk(value);
      }
    }
  };
  return { name: 'nq-shipped-paths', packageLinkPhase: ({ customElementsManifest }) => walk(customElementsManifest) };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [defineElementCalls(), nqManifestFixes(), shippedPaths()],
};
