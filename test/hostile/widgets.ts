/**
 * The widgets the hostile, lifecycle, fuzz and accessibility tests run through, found at run
 * time: a widget whose module is not in src/components/ yet is reported as absent (the suites
 * name it in a `describe` title and register no test for it), so these suites grow with the
 * library without an edit. A module that exists but fails to load fails the suite.
 */
import type { LitElement } from 'lit';
import { SHOWN_TARGET } from './base.js';

export interface WidgetSpec {
  tag: string;
  /** Under src/components/. */
  module: string;
  /** Attributes that make it show the base document (test/hostile/base.ts). */
  attributes: Record<string, string>;
}

export const WIDGETS: readonly WidgetSpec[] = [
  { tag: 'nq-kpi-gauge', module: 'kpi-gauge/kpi-gauge.ts', attributes: { target: SHOWN_TARGET } },
  { tag: 'nq-goal-table', module: 'goal-table/goal-table.ts', attributes: {} },
  { tag: 'nq-target-timeline', module: 'target-timeline/target-timeline.ts', attributes: {} },
  { tag: 'nq-resolution', module: 'resolution/resolution.ts', attributes: {} },
];

export interface Widget extends WidgetSpec {
  present: boolean;
}

let loaded: Promise<Widget[]> | undefined;

/** Every widget, each loaded (and so defined) if its module exists. */
export function loadWidgets(): Promise<Widget[]> {
  loaded ??= Promise.all(
    WIDGETS.map(async (spec) => {
      const url = new URL(`../../src/components/${spec.module}`, import.meta.url).href;
      const head = await fetch(url, { method: 'HEAD', cache: 'no-store' });
      if (head.status === 404) return { ...spec, present: false };
      await import(url);
      return { ...spec, present: customElements.get(spec.tag) !== undefined };
    }),
  );
  return loaded;
}

/** The suite title for a widget: absent ones say so, and get no tests. */
export function widgetTitle(suite: string, w: Widget): string {
  return w.present ? `${suite}: <${w.tag}>` : `${suite}: <${w.tag}> (component not yet present)`;
}

export type WidgetElement = LitElement & { resolution?: unknown };

/** A new, unattached widget with its attributes set. */
export function createWidget(w: WidgetSpec, extra: Record<string, string> = {}): WidgetElement {
  const el = document.createElement(w.tag) as WidgetElement;
  for (const [k, v] of Object.entries({ ...w.attributes, ...extra })) el.setAttribute(k, v);
  return el;
}

/** A visible container of a fixed size, so that ResizeObserver-driven layouts settle. */
export function stage(width = 720): HTMLElement {
  const div = document.createElement('div');
  div.style.width = `${width}px`;
  document.body.append(div);
  return div;
}

// ---- the rendered tree -------------------------------------------------------------------------------

/** Every element under `root`, through open shadow roots, depth first. */
export function* deepElements(root: Element | ShadowRoot): Generator<Element> {
  const children = root instanceof Element && root.shadowRoot ? [root.shadowRoot, root] : [root];
  for (const container of children) {
    for (const child of Array.from(container.children)) {
      yield child;
      yield* deepElements(child);
    }
  }
}

/** Lit elements anywhere inside, the widget itself first. */
function litElements(el: Element): WidgetElement[] {
  return [el, ...deepElements(el)].filter((e): e is WidgetElement => 'updateComplete' in e);
}

/**
 * One rendering step, so that ResizeObserver-driven layouts settle; at most 50 ms, because a page
 * that web-test-runner runs beside another one may be in the background, where frames stop.
 */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 50);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Waits until the widget and every Lit element in it have rendered, and one frame more. */
export async function settle(el: Element, frames = 1): Promise<void> {
  for (let round = 0; round < 2; round++) {
    for (const e of litElements(el)) await e.updateComplete;
    for (let i = 0; i < frames && round === 0; i++) await nextFrame();
  }
}

/** The text a reader gets: every text node through shadow roots, outside <style> and <script>. */
export function deepText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node instanceof Element) {
      if (node.localName === 'style' || node.localName === 'script') return;
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.nodeValue ?? '');
    node.childNodes.forEach(walk);
  };
  walk(el);
  return parts.join('');
}

// ---- what no document may cause -------------------------------------------------------------------

/** Elements a widget never draws itself, and that markup payloads would create. */
const FOREIGN_TAGS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'meta',
  'base',
  'img',
  'math',
  'mglyph',
  'link',
  'form',
]);
/** Attributes whose value a browser loads or runs: document text must never reach them unchecked. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcdoc',
  'action',
  'formaction',
  'data',
  'xlink:href',
  'poster',
  'background',
]);
const PAYLOAD_MARK = /nq-beacon|__nqTripwire|javascript:|vbscript:|data:text|expression\(|@import/i;

/** The scheme of a URL attribute as a browser resolves it: tabs, newlines and leading controls removed. */
function schemeOf(value: string): string {
  try {
    return new URL(value, location.href).protocol;
  } catch {
    return 'unparsable:';
  }
}

/**
 * Everything in the widget's rendered tree that a hostile document could have put there: event
 * handler attributes, foreign elements, URLs that are not http(s), payloads in style attributes,
 * <style> elements with payload text. Empty when the widget is safe.
 */
export function safetyProblems(el: Element): string[] {
  const problems: string[] = [];
  for (const node of [el, ...deepElements(el)]) {
    const where = `<${node.localName}> in <${el.localName}>`;
    if (FOREIGN_TAGS.has(node.localName)) problems.push(`${where}: a foreign element`);
    if (node.localName === 'style' && PAYLOAD_MARK.test(node.textContent ?? ''))
      problems.push(`${where}: payload in a <style>`);
    for (const attr of Array.from(node.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`${where}: event handler attribute ${name}`);
      if (name === 'style' && (PAYLOAD_MARK.test(attr.value) || /url\(/i.test(attr.value))) {
        problems.push(`${where}: payload in style="${attr.value.slice(0, 80)}"`);
      }
      if (name === 'href' || name === 'xlink:href') {
        // Payload text in an http(s) URL's path is inert; only the scheme matters. A URL the
        // browser cannot parse (http://999.999.999.999/) goes nowhere when clicked.
        const scheme = schemeOf(attr.value);
        const inert = scheme === 'unparsable:' && /^https?:\/\//i.test(attr.value);
        if (!['http:', 'https:'].includes(scheme) && !inert && !attr.value.startsWith('#')) {
          problems.push(`${where}: a link that is not http(s): ${JSON.stringify(attr.value.slice(0, 80))}`);
        }
      } else if (URL_ATTRIBUTES.has(name) && PAYLOAD_MARK.test(attr.value)) {
        problems.push(`${where}: payload in ${name}="${attr.value.slice(0, 80)}"`);
      }
    }
  }
  return problems;
}

/** Links drawn from a document, with what the reader sees of them. */
export function documentLinks(el: Element): { href: string; rel: string; text: string; target: string }[] {
  return [...deepElements(el)]
    .filter(
      (e): e is HTMLAnchorElement =>
        e.localName === 'a' && e.hasAttribute('href') && !e.getAttribute('href')!.startsWith('#'),
    )
    .map((a) => ({
      href: a.getAttribute('href') ?? '',
      rel: a.getAttribute('rel') ?? '',
      target: a.getAttribute('target') ?? '',
      text: deepText(a),
    }));
}

// ---- page errors ---------------------------------------------------------------------------------------

const pageErrors: string[] = [];
let watching = false;

/** Starts collecting uncaught errors and unhandled rejections (once per page); returns the list. */
export function watchPageErrors(): string[] {
  if (!watching) {
    watching = true;
    window.addEventListener('error', (e) => pageErrors.push(`error: ${e.message}`));
    window.addEventListener('unhandledrejection', (e) => pageErrors.push(`unhandled rejection: ${String(e.reason)}`));
  }
  return pageErrors;
}
