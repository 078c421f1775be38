/**
 * Screenshots under `forced-colors: active` and `prefers-reduced-motion: reduce` (issue #9),
 * checked for missing marks: for every kind of mark of every widget (the gauge's track,
 * indicator and markers, the timeline's milestones, points and lines, the table's progress, the
 * roll-up bar, every status icon), the page is shot with that kind of mark shown and hidden, and
 * each mark that changes pixels inside its own box with no preference set must still do so under
 * each mode (a mark covered by another, or text for screen readers only, changes none in any
 * mode). A mark drawn in a colour that forced colors throws away, or drawn only at the end of an
 * animation, changes none. Under reduced motion an update must also start no animation.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { bundlePage, launchChromium, removeBundle, serve, type Server } from '../csp/harness.js';

/** The parts that are marks: what a reader must see for the chart to say anything. */
const MARK_SELECTOR = [
  'track',
  'indicator',
  'band',
  'target-marker',
  'baseline-marker',
  'expected-marker',
  'milestone',
  'value-point',
  'value-line',
  'required-path',
  'issue-marker',
  'progress-fill',
  'icon',
]
  .map((p) => `[part~="${p}"]`)
  .concat('[part~="bar"] > *')
  .join(', ');

interface Mark {
  /** `<widget id> <tag> <part>` */
  category: string;
  part: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** In-page: every mark with its box (page coordinates), its category "<widget id> <tag> <part>". */
const FIND_MARKS = `(() => {
  const out = [];
  window.__nqMarks = [];
  const walk = (root, host) => {
    for (const el of root.querySelectorAll('*')) {
      // a mark that is not rendered at all (display: none, a layout not in use) is not checked
      if (el.matches(${JSON.stringify(MARK_SELECTOR)}) && el.getClientRects().length > 0) {
        const r = el.getBoundingClientRect();
        // an SVG shape's box leaves out its stroke: add half the stroke's width on each side
        const ctm = el.getScreenCTM ? el.getScreenCTM() : null;
        const pad = ctm ? ((parseFloat(getComputedStyle(el).strokeWidth) || 0) * Math.hypot(ctm.a, ctm.b)) / 2 : 0;
        const part = (el.getAttribute('part') || 'bar-segment').split(/\\s+/)[0];
        out.push({ category: host.id + ' ' + host.localName + ' ' + part, part, x: r.x + scrollX - pad, y: r.y + scrollY - pad, width: r.width + 2 * pad, height: r.height + 2 * pad });
        window.__nqMarks.push(el);
      }
      if (el.shadowRoot) walk(el.shadowRoot, host.id ? host : el);
    }
  };
  for (const el of document.body.children) if (el.shadowRoot) walk(el.shadowRoot, el);
  return out;
})()`;

/** In-page: every animation, in the document and every shadow root. */
const ALL_ANIMATIONS = `(() => {
  const all = [...document.getAnimations()];
  const walk = (root) => { for (const el of root.querySelectorAll('*')) if (el.shadowRoot) { all.push(...el.shadowRoot.getAnimations()); walk(el.shadowRoot); } };
  walk(document);
  return all;
})()`;

/** In-page: how many animations are running. */
const ANIMATIONS = `${ALL_ANIMATIONS}.length`;

/** In-page: how many times each running animation repeats, and for how long it runs once. */
const ANIMATION_TIMING = `${ALL_ANIMATIONS}.map((a) => {
  const t = a.effect.getComputedTiming();
  return { iterations: t.iterations, duration: Number(t.duration) };
})`;

/** In-page: how many pixels differ between two PNGs inside each box (coordinates relative to the shots). */
const DIFF = `async ([a, b, boxes]) => {
  const load = async (b64) => { const img = new Image(); img.src = 'data:image/png;base64,' + b64; await img.decode(); return img; };
  const [ia, ib] = await Promise.all([load(a), load(b)]);
  const pixels = (img) => { const c = document.createElement('canvas'); c.width = img.width; c.height = img.height; const g = c.getContext('2d'); g.drawImage(img, 0, 0); return g.getImageData(0, 0, img.width, img.height).data; };
  const pa = pixels(ia), pb = pixels(ib), w = ia.width;
  return boxes.map((r) => {
    let n = 0;
    for (let y = Math.max(0, Math.floor(r.y)); y < Math.min(ia.height, Math.ceil(r.y + r.height)); y++)
      for (let x = Math.max(0, Math.floor(r.x)); x < Math.min(w, Math.ceil(r.x + r.width)); x++) {
        const i = (y * w + x) * 4;
        if (Math.abs(pa[i] - pb[i]) + Math.abs(pa[i + 1] - pb[i + 1]) + Math.abs(pa[i + 2] - pb[i + 2]) > 30) n++;
      }
    return n;
  });
}`;

const MODES = [
  {
    name: 'forced-colors: active',
    media: { forcedColors: 'active', colorScheme: 'dark', reducedMotion: 'no-preference' },
  },
  { name: 'prefers-reduced-motion: reduce', media: { forcedColors: 'none', reducedMotion: 'reduce' } },
] as const;

/**
 * How many pixels each mark changes when it is hidden, by `<category> #<index>`. One full-page
 * shot with everything shown, then one per kind of mark with that kind hidden.
 */
async function markInk(page: Page): Promise<Map<string, number>> {
  const marks = await page.evaluate<Mark[]>(FIND_MARKS);
  // PNG, not JPEG: a JPEG's artefacts can differ between two shots around a mark that draws nothing
  const shot = async () => (await page.screenshot({ fullPage: true, animations: 'allow' })).toString('base64');
  const shown = await shot();
  const ink = new Map<string, number>();
  const seen = new Map<string, number>();
  const keys = marks.map((m) => {
    const k = seen.get(m.category) ?? 0;
    seen.set(m.category, k + 1);
    return `${m.category} #${k}`;
  });
  for (const part of new Set(marks.map((m) => m.part))) {
    const indexes = marks.flatMap((m, i) => (m.part === part ? [i] : []));
    const set = (v: string) =>
      page.evaluate(`${JSON.stringify(indexes)}.forEach((i) => (window.__nqMarks[i].style.visibility = '${v}'))`);
    await set('hidden');
    const hidden = await shot();
    await set('');
    // 2 px around each box: a vertical line's box is 0 px wide, its stroke is not
    const boxes = indexes.map((i) => ({
      x: marks[i]!.x - 2,
      y: marks[i]!.y - 2,
      width: marks[i]!.width + 4,
      height: marks[i]!.height + 4,
    }));
    // a string is evaluated as an expression (tsx's helpers do not exist in the page): the
    // function is called from the string, its arguments inlined as JSON
    const counts = await page.evaluate<number[]>(`(${DIFF})(${JSON.stringify([shown, hidden, boxes])})`);
    counts.forEach((n, j) => ink.set(keys[indexes[j]!]!, n));
  }
  return ink;
}

describe('marks under forced colors and reduced motion', () => {
  let browser: Browser;
  let server: Server;
  let bundle: string;
  let page: Page;

  before(async () => {
    bundle = await bundlePage('test/a11y/visual-page.ts');
    server = await serve(bundle, {
      '/': {
        body: '<!doctype html><html lang="vi"><meta charset="utf-8"><body style="margin:0;width:900px"><script type="module" src="/page.js"></script>',
      },
      '/favicon.ico': { status: 204, body: '' },
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 900, height: 900 }, deviceScaleFactor: 1 });
    await page.goto(server.origin + '/');
    await page.waitForFunction('document.documentElement.dataset.pageReady === "true"');
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (bundle) removeBundle(bundle);
  });

  /** Marks that show with no preference set: a mark covered by another, or text for screen readers only, does not count. */
  let baseline: Map<string, number>;

  it('finds the marks of every widget with no preference set', { timeout: 60_000 }, async (t) => {
    await page.emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference', colorScheme: 'light' });
    // the steady state: every animation of the first render has finished
    await page.evaluate(`Promise.all(${ALL_ANIMATIONS}.map((a) => a.finished.catch(() => undefined)))`);
    baseline = await markInk(page);
    const shown = [...baseline.values()].filter((n) => n > 0).length;
    const kinds = new Set([...baseline.keys()].map((k) => k.split(' ')[2]));
    t.diagnostic(`${shown} of ${baseline.size} marks draw pixels; kinds: ${[...kinds].join(', ')}`);
    assert.ok(kinds.size >= 5, `kinds of marks: ${kinds.size}`);
    assert.ok(shown >= baseline.size / 2, 'most marks draw pixels');
  });

  for (const mode of MODES) {
    it(`draws every mark of every widget under ${mode.name}`, { timeout: 60_000 }, async (t) => {
      assert.ok(baseline, 'the baseline ran');
      await page.emulateMedia(mode.media);
      // an update, as a live one arrives: what it animates must be on screen at once
      await page.evaluate('window.__nqUpdate()');
      const animations = await page.evaluate<number>(ANIMATIONS);
      const ink = await markInk(page);
      t.diagnostic(`${animations} animations after an update`);
      // drawn: 3 pixels or more with no preference set (an anti-aliased edge peeking out from under
      // another mark is not a mark a reader sees)
      const missing = [...baseline].filter(([key, n]) => n >= 3 && !(ink.get(key)! > 0)).map(([key]) => key);
      assert.deepEqual(missing, [], 'marks drawn with no preference set and missing here');
      if (mode.media.reducedMotion === 'reduce') assert.equal(animations, 0, 'animations after an update');
    });
  }

  it('starts an animation on an update without reduced motion (so the check above can fail), each played once', async () => {
    await page.emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none' });
    await page.evaluate('window.__nqUpdate()');
    const animations = await page.evaluate<number>(ANIMATIONS);
    assert.ok(animations > 0, 'animations after an update');
    // Chartability "visual presents seizure risk": nothing flashes more than once per update
    const timing = await page.evaluate<{ iterations: number; duration: number }[]>(ANIMATION_TIMING);
    assert.deepEqual(
      timing.filter((a) => !(a.iterations <= 1) || a.duration < 333),
      [],
      'animations that repeat, or run faster than three times a second',
    );
  });
});
