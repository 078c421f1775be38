import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { Resolution } from '../../src/core/schema.js';

/**
 * Chartability's "small text" heuristic: no visible text under 12 px, SVG text included at the
 * size it is drawn (its font size times the SVG's scale on screen).
 */
function textsUnder12px(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) found.push(...textsUnder12px(el.shadowRoot));
    const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
    if (!own) continue;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    if (style.display === 'none' || style.visibility === 'hidden' || box.width === 0 || box.height === 0) continue;
    let size = parseFloat(style.fontSize);
    if (el instanceof SVGGraphicsElement && el.ownerSVGElement) {
      const m = el.getScreenCTM();
      if (m) size *= Math.hypot(m.a, m.b);
    }
    if (size < 11.95)
      found.push(
        `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> ${size.toFixed(1)}px "${el.textContent?.trim().slice(0, 30)}"`,
      );
  }
  return found;
}

const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(() => r(null)));
};

describe('text size (Chartability: small text)', () => {
  let doc: Resolution;
  before(async () => {
    doc = (await (await fetch('/demo/data/samples/all-kinds.json')).json()) as Resolution;
  });

  for (const width of [320, 900]) {
    it(`no text under 12 px in any widget at ${width} px`, async () => {
      const el = await fixture<HTMLElement>(html`
        <div style="width:${width}px">
          <nq-resolution
            .resolution=${doc}
            as-of="2026-11-22"
            highlight="threshold-achieved,range-inside,rank-top-20"
          ></nq-resolution>
          <nq-kpi-gauge .resolution=${doc} target="multiple-x3" variant="bullet" as-of="2026-11-22"></nq-kpi-gauge>
          <p>
            Inline:
            <nq-kpi-gauge .resolution=${doc} target="multiple-x3" variant="compact" as-of="2026-11-22"></nq-kpi-gauge>
          </p>
          <nq-target-timeline .resolution=${doc} targets="multiple-x3" as-of="2026-11-22"></nq-target-timeline>
        </div>
      `);
      await frames(6);
      expect(textsUnder12px(el)).to.deep.equal([]);
    });
  }
});
