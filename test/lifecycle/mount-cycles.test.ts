/**
 * Mount and unmount every widget again and again with `src`, `refresh` and `live` on, against
 * the scripted test server (test/server/middleware.js): afterwards nothing may be left open —
 * no timer, interval or frame, no observed element, no listener on the window, the document or a
 * media query, no data-layer entry or subscription, no open stream on the server. 100 cycles per
 * widget here, 1,000 under `npm run test:long`.
 */
import { expect } from '@open-wc/testing';
import { activeResources } from '../../src/data/resources.js';
import { createWidget, deepText, loadWidgets, stage, widgetTitle, type WidgetElement } from '../hostile/widgets.js';
import { spyOnThePage } from './page-spy.js';
import { scale } from './scale.js';

const CYCLES = scale(100, 1000);
/** One cycle in this many waits until the document is drawn; the others leave mid-load. */
const SHOWN_EVERY = 10;
/** Text of the test server's fixture, drawn by every widget. */
const FIXTURE_MARK = 'Chi cho R&D';

const widgets = await loadWidgets();
/** The server ids of every test, checked together at the end. */
const ids: string[] = [];

let counter = 0;
const uniqueId = (name: string) => `${name}-${Date.now().toString(36)}-${(counter++).toString(36)}`;
const docUrl = (id: string) => new URL(`/nq-test/doc/${id}`, location.href).href;
const sseUrl = (id: string) => new URL(`/nq-test/sse/${id}`, location.href).href;

/**
 * Scripts the test server: the document, then a stream that sends it and, later, a new value,
 * and ends, asking for a reconnection a minute later (a timer each widget must clear when it
 * leaves). A stream held open instead would, once aborted, keep its socket for 5 s while Chromium
 * drains it, and a hundred of them would starve the six connections a page gets per host.
 */
async function scriptServer(id: string): Promise<void> {
  const update = [{ indicator: 'rd-spending', date: '2024', value: 1.5, source: { name: { vi: 'Cục Thống kê' } } }];
  const stream = [
    {
      events: [
        { event: 'resolution', id: '1', data: { fixture: 'resolution' } },
        { event: 'observations', id: '2', data: update, delay: 30 },
        { retry: 60_000 },
      ],
      close: 'end',
    },
  ];
  const r = await fetch(`/nq-test/script/${id}`, { method: 'POST', body: JSON.stringify({ steps: [{}], stream }) });
  if (!r.ok) throw new Error(`could not script ${id}`);
}

async function openStreams(id: string): Promise<number> {
  const r = await fetch(`/nq-test/log/${id}`, { cache: 'no-store' });
  return ((await r.json()) as { open: number }).open;
}

/** Polls (with the page's own timers: the spy is not installed yet or already restored) until `ok`. */
async function eventually(ok: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    if (await ok()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return ok();
}

for (const w of widgets) {
  describe(widgetTitle('mount/unmount cycles', w), () => {
    if (!w.present) return;

    it(`${CYCLES} cycles with src, refresh="1" and live leave no timer, observer, listener or connection`, async function () {
      this.timeout(CYCLES * 200 + 20_000);
      const id = uniqueId(w.tag);
      ids.push(id);
      await scriptServer(id);
      const host = stage();
      const resourcesBefore = activeResources();
      const spy = spyOnThePage();
      let before: Record<string, number> = {};
      let after: Record<string, number> = {};
      let liveListeners: string[] = [];
      let drawn = 0;
      let mounted: Record<string, number> = {};
      try {
        before = spy.snapshot();
        for (let i = 0; i < CYCLES; i++) {
          const el: WidgetElement = createWidget(w, {
            src: docUrl(id),
            refresh: '1',
            live: sseUrl(id),
            ...(w.tag === 'nq-kpi-gauge' ? { target: 'rd-spending' } : {}),
          });
          host.append(el);
          await el.updateComplete;
          if (i % SHOWN_EVERY === 0) {
            const end = performance.now() + 3000;
            while (!deepText(el).includes(FIXTURE_MARK) && performance.now() < end)
              await new Promise((r) => setTimeout(r, 5));
            if (deepText(el).includes(FIXTURE_MARK)) drawn++;
            if (i === 0) mounted = spy.snapshot();
          }
          el.remove();
        }
        // What a widget schedules on its way out (a last flash, a revoked URL) may still run once.
        await eventually(() => {
          after = spy.snapshot();
          return Object.keys(before).every((k) => after[k]! <= before[k]!);
        }, 3000);
        liveListeners = spy.liveListeners();
      } finally {
        spy.restore();
        host.remove();
      }
      expect(drawn, 'cycles in which the document was drawn').to.equal(Math.ceil(CYCLES / SHOWN_EVERY));
      // the spy does see what a mounted widget holds: its data controller's MutationObserver at least
      expect(mounted.mutationObservers, 'observers while mounted').to.be.above(before.mutationObservers!);
      for (const key of Object.keys(before)) {
        expect(after[key], `${key} left open (listeners: ${liveListeners.join(', ')})`).to.be.at.most(before[key]!);
      }
      expect(activeResources(), 'the data layer').to.deep.equal(resourcesBefore);
    });
  });
}

describe('mount/unmount cycles: the server side', () => {
  // Chromium drains an aborted response for up to 5 s before it closes the socket
  // (HttpResponseBodyDrainer), so a stream can look open that long after its widget left.
  it('sees every stream of every widget closed', async function () {
    this.timeout(15_000);
    const open = async () => (await Promise.all(ids.map(openStreams))).reduce((a, b) => a + b, 0);
    expect(await eventually(async () => (await open()) === 0, 10_000), `open streams: ${await open()}`).to.equal(true);
  });
});
