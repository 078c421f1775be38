/**
 * The page of the heap test (test/lifecycle/heap.node.test.ts), bundled with the library: it
 * mounts and unmounts every widget with `src`, `refresh` and `live` on, as many times as asked.
 */
import '../../src/index.js';
import { SHOWN_TARGET } from '../hostile/base.js';

const TAGS = ['nq-kpi-gauge', 'nq-goal-table', 'nq-target-timeline', 'nq-resolution'].filter((t) =>
  customElements.get(t),
);

function text(node: Node): string {
  let out = node.nodeType === Node.TEXT_NODE ? (node.nodeValue ?? '') : '';
  if (node instanceof Element && node.shadowRoot) out += text(node.shadowRoot);
  node.childNodes.forEach((c) => (out += text(c)));
  return out;
}

/** Mounts and unmounts each widget `n` times; one time in ten it waits until the document is drawn. */
async function cycle(n: number): Promise<number> {
  const host = document.createElement('div');
  host.style.width = '720px';
  document.body.append(host);
  let drawn = 0;
  for (let i = 0; i < n; i++) {
    for (const tag of TAGS) {
      const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
      el.setAttribute('src', '/doc.json');
      el.setAttribute('refresh', '1');
      el.setAttribute('live', '/live');
      if (tag === 'nq-kpi-gauge') el.setAttribute('target', SHOWN_TARGET);
      host.append(el);
      await el.updateComplete;
      if (i % 10 === 0) {
        const end = performance.now() + 3000;
        while (!text(el).includes('GOODMARK') && performance.now() < end) await new Promise((r) => setTimeout(r, 5));
        if (text(el).includes('GOODMARK')) drawn++;
      }
      el.remove();
    }
  }
  host.remove();
  return drawn;
}

Object.assign(window, { __nqCycle: cycle, __nqTags: TAGS });
document.documentElement.dataset.pageReady = 'true';
