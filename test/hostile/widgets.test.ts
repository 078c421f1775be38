/**
 * Every hostile document through every widget present in src/components/: a valid one must
 * render its payloads as text; a rejected one, set after a good one, must leave the good one
 * shown (beside the error). In both: no script runs, no payload is fetched, no handler attribute
 * or foreign element appears, links stay http(s), no prototype changes, and each case renders in
 * bounded time. The widgets take each case side by side, so the suite costs one frame per step.
 */
import { expect } from '@open-wc/testing';
import { GOOD_MARK, baseDocument } from './base.js';
import { CORPUS, memoBuild } from './corpus.js';
import {
  beaconRequests,
  installTripwire,
  prototypeChanges,
  prototypeSnapshot,
  resetWatch,
  tripwireCalls,
} from './tripwire.js';
import {
  createWidget,
  deepText,
  loadWidgets,
  safetyProblems,
  settle,
  stage,
  watchPageErrors,
  widgetTitle,
  type WidgetElement,
} from './widgets.js';

/** Rendering one case may take this long, beyond validating it. */
const RENDER_BUDGET_MS = 3000;

const widgets = await loadWidgets();
const present = widgets.filter((w) => w.present);
const build = memoBuild();
const errors = watchPageErrors();

interface Shown {
  el: WidgetElement;
  ms: number;
  errorEvent: boolean;
}

/** Sets `resolution` on each widget, waits for each to show it, and says how long each took and whether it reported an error. */
function show(elements: WidgetElement[], input: () => unknown): Promise<Shown[]> {
  return Promise.all(
    elements.map(async (el) => {
      let errorEvent = false;
      const onError = () => (errorEvent = true);
      el.addEventListener('nq-error', onError);
      const start = performance.now();
      el.resolution = input();
      await settle(el);
      const ms = performance.now() - start;
      el.removeEventListener('nq-error', onError);
      return { el, ms, errorEvent };
    }),
  );
}

function checkSafe(el: WidgetElement, before: ReturnType<typeof prototypeSnapshot>): void {
  const who = `<${el.localName}>`;
  expect(tripwireCalls(), `tripwire, ${who}`).to.deep.equal([]);
  expect(beaconRequests(), `payload requests, ${who}`).to.deep.equal([]);
  expect(safetyProblems(el), `rendered tree of ${who}`).to.deep.equal([]);
  expect(prototypeChanges(before), `prototypes, ${who}`).to.deep.equal([]);
  expect(errors, `uncaught errors, ${who}`).to.deep.equal([]);
}

describe('hostile corpus: widgets', () => {
  // A widget not written yet is named, with no test.
  for (const w of widgets.filter((x) => !x.present)) describe(widgetTitle('hostile corpus', w), () => {});
  if (present.length === 0) return;

  let host: HTMLElement;
  let elements: WidgetElement[];

  before(async () => {
    installTripwire();
    host = stage();
    elements = present.map((w) => createWidget(w));
    host.append(...elements);
    await Promise.all(elements.map((el) => settle(el)));
  });

  after(() => host.remove());

  const tags = present.map((w) => w.tag).join(', ');
  for (const c of CORPUS) {
    const budget = (c.budgetMs ?? 0) + RENDER_BUDGET_MS;
    const input = () => build(c);
    if (c.expect.outcome === 'renders-safely') {
      const shows = c.expect.shows;
      it(`shows ${c.name} safely (${tags})`, async function () {
        this.timeout(budget * 3 + 5000);
        resetWatch();
        const before = prototypeSnapshot();
        for (const { el, ms, errorEvent } of await show(elements, input)) {
          const who = `<${el.localName}>`;
          expect(errorEvent, `nq-error from ${who}`).to.equal(false);
          if (shows !== undefined) expect(deepText(el), `the payload, as text, in ${who}`).to.include(shows);
          checkSafe(el, before);
          expect(ms, `${who} rendered in ${ms.toFixed(0)} ms`).to.be.below(budget);
        }
      });
    } else {
      it(`keeps the last good document on ${c.name} (${tags})`, async function () {
        this.timeout(budget * 3 + 5000);
        for (const { el } of await show(elements, baseDocument)) {
          expect(deepText(el), `the good document in <${el.localName}>`).to.include(GOOD_MARK);
        }
        resetWatch();
        const before = prototypeSnapshot();
        for (const { el, ms, errorEvent } of await show(elements, input)) {
          const who = `<${el.localName}>`;
          expect(errorEvent, `nq-error from ${who}`).to.equal(true);
          expect(deepText(el), `the good document, still, in ${who}`).to.include(GOOD_MARK);
          checkSafe(el, before);
          expect(ms, `${who} rendered in ${ms.toFixed(0)} ms`).to.be.below(budget);
        }
      });
    }
  }

  it(`shows a good document again after the whole corpus (${tags})`, async () => {
    for (const { el, errorEvent } of await show(elements, baseDocument)) {
      expect(errorEvent).to.equal(false);
      expect(deepText(el)).to.include(GOOD_MARK);
      expect(safetyProblems(el)).to.deep.equal([]);
    }
  });
});
