/**
 * The page of the forced-colors and reduced-motion screenshots (test/a11y/visual.node.test.ts),
 * bundled with the library: every widget on the base document, and a way to deliver a new value
 * the way a live update would, so that what moves on an update is on screen when it is checked.
 */
import '../../src/index.js';
import { baseDocument, copy, SHOWN_TARGET, type JsonObject } from '../hostile/base.js';

/** Each widget once; <nq-resolution> holds gauges, a table and a timeline of its own, so they are not repeated. */
const WIDGETS: [string, Record<string, string>][] = [
  ['nq-kpi-gauge', { target: SHOWN_TARGET }],
  ['nq-kpi-gauge', { target: 'counted', variant: 'bullet' }],
  ['nq-kpi-gauge', { target: 'ranked', variant: 'compact' }],
  ['nq-resolution', {}],
];
// without the composite, each part on its own
if (!customElements.get('nq-resolution')) WIDGETS.push(['nq-goal-table', {}], ['nq-target-timeline', {}]);

const elements: (HTMLElement & { resolution?: unknown; updateComplete: Promise<boolean> })[] = [];
WIDGETS.forEach(([tag, attrs], i) => {
  if (!customElements.get(tag)) return;
  const el = document.createElement(tag) as (typeof elements)[number];
  el.id = `w${i}`;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.resolution = baseDocument();
  document.body.append(el);
  elements.push(el);
});

let value = 30;
/** A new document with the TFP value moved, as a live update delivers it; resolves once drawn. */
async function update(): Promise<void> {
  value = value === 30 ? 33 : 30;
  const doc = copy(baseDocument()) as JsonObject & { observations: JsonObject[] };
  doc.observations[0]!.value = value;
  for (const el of elements) el.resolution = doc;
  await Promise.all(elements.map((el) => el.updateComplete));
}

Object.assign(window, { __nqUpdate: update, __nqIds: elements.map((e) => `${e.id} ${e.localName}`) });
await Promise.all(elements.map((el) => el.updateComplete));
await new Promise((r) => requestAnimationFrame(r));
document.documentElement.dataset.pageReady = 'true';
