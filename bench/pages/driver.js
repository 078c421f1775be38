// The in-page half of the harness, bundled into every page with one adapter (bench/pages/<widget>/<lib>.js).
// bench/run.mjs calls window.__bench.<workload>(params) through Playwright; every time is taken
// here, with performance.now() and requestAnimationFrame, and returned as plain numbers.
//
// An adapter is { mount(cell, item | data, data) → handle, ready?(handle), unmount(handle),
// check(handle, …) → true | 'what is wrong', … } plus the actions of its widget (update, sort,
// filter, scroller, zoom). Everything an adapter needs from the data is loaded before timing.

const stage = () => document.getElementById('stage');
const cache = new Map();

async function load(name) {
  if (!cache.has(name)) {
    const res = await fetch(`./data/${name}.json`);
    if (!res.ok) throw new Error(`data set ${name}: HTTP ${res.status}`);
    cache.set(name, await res.json());
  }
  return cache.get(name);
}

/**
 * Resolves after the next frame has been rendered: a task posted from rAF runs after that frame's
 * paint. The channel is closed once used, or Chromium keeps each port alive as a pending activity.
 */
export function nextFrame() {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        const t = performance.now();
        ch.port1.onmessage = null;
        ch.port1.close();
        resolve(t);
      };
      ch.port2.postMessage(0);
    }),
  );
}
const rafTick = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function settle(frames = 2) {
  for (let i = 0; i < frames; i++) await nextFrame();
}

function cells(n, className) {
  const s = stage();
  s.replaceChildren();
  const list = [];
  for (let i = 0; i < n; i++) {
    const c = document.createElement('div');
    c.className = className;
    s.append(c);
    list.push(c);
  }
  return list;
}

/** Records rAF timestamps until stopped; frame intervals over 1.5 × 16.7 ms count as dropped. */
function frameRecorder() {
  const stamps = [];
  let on = true;
  const loop = (t) => {
    stamps.push(t);
    if (on) requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  return () => {
    on = false;
    const gaps = stamps.slice(1).map((t, i) => t - stamps[i]);
    const sorted = [...gaps].sort((a, b) => a - b);
    const q = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
    return {
      frames: gaps.length,
      dropped: gaps.filter((g) => g > 25).length,
      missedVsyncs: gaps.reduce((n, g) => n + Math.max(0, Math.round(g / 16.667) - 1), 0),
      medianFrame: q(0.5),
      p95Frame: q(0.95),
      maxFrame: sorted[sorted.length - 1] ?? 0,
    };
  };
}

function firstError(results) {
  const bad = results.find((r) => r !== true);
  return bad === undefined ? undefined : String(bad);
}

/** Mounts `count` widgets at once, then times until they are rendered and until the next frame. */
async function mountMany(adapter, widget, { dataset, count }) {
  const d = await load(dataset);
  const items = widget === 'gauge' ? d.items.slice(0, count) : [d];
  await adapter.prepare?.(d);
  const slots = cells(items.length, `cell ${widget}`);
  await settle();
  const t0 = performance.now();
  const handles = items.map((item, i) => adapter.mount(slots[i], item, d));
  await Promise.all(handles.map((h) => adapter.ready?.(h)));
  const t1 = performance.now();
  const t2 = await nextFrame();
  await settle();
  const error = firstError(await Promise.all(handles.map((h, i) => adapter.check(h, items[i], d))));
  return { ok: !error, error, firstRender: t1 - t0, nextFrame: t2 - t0, handles, d };
}

/** Times one action (sort, filter, zoom) until it is done and until the next frame. */
async function timed(action) {
  await settle();
  const t0 = performance.now();
  await action();
  const t1 = performance.now();
  const t2 = await nextFrame();
  await settle();
  return { done: t1 - t0, nextFrame: t2 - t0 };
}

const strip = ({ handles: _h, d: _d, ...r }) => r;

let live;
/** The memory workload's live values, [round][0], set by memPrepare. */
let memValues = [];

/** Called by each page's entry: installs the adapter and the workloads on window. */
export function install(adapter, widget) {
  window.__benchAdapter = adapter;
  window.__benchWidget = widget;
  window.__bench = workloads;
}

const workloads = {
  ready: true,
  adapter: () => ({ name: window.__benchAdapter?.name }),

  /** Workload 2 (and the render part of 4 and 5): mount, first render, next frame, check. */
  async mount(params) {
    return strip(await mountMany(window.__benchAdapter, window.__benchWidget, params));
  },

  /** Workload 3, before timing: 100 gauges up, the rounds' values ready, the frame recorder off. */
  async livePrepare({ dataset, count, rounds }) {
    const a = window.__benchAdapter;
    const m = await mountMany(a, 'gauge', { dataset, count });
    if (!m.ok) return strip(m);
    const items = m.d.items.slice(0, count);
    const values = Array.from({ length: rounds }, (_, k) =>
      items.map((it, i) => Math.max(0, Math.min(100, it.value + ((k * 13 + i * 7) % 21) - 10))),
    );
    await a.prepareLive?.(m.d, values);
    await settle(3);
    live = { a, handles: m.handles, items, values, d: m.d };
    return { ok: true };
  },

  /** Workload 3, timed: one round per frame, every gauge gets its new value in a rAF callback. */
  async liveRun() {
    const { a, handles, items, values, d } = live;
    const stop = frameRecorder();
    const rounds = [];
    for (let k = 0; k < values.length; k++) {
      await rafTick();
      const t = performance.now();
      handles.forEach((h, i) => a.update(h, items[i], values[k][i], k, d));
      await Promise.all(handles.map((h) => a.ready?.(h)));
      rounds.push(performance.now() - t);
    }
    await nextFrame();
    const frames = stop();
    const last = values.length - 1;
    const error = firstError(
      await Promise.all(handles.map((h, i) => a.check(h, { ...items[i], value: values[last][i] }, d))),
    );
    const sorted = [...rounds].sort((x, y) => x - y);
    return {
      ok: !error,
      error,
      roundMedian: sorted[Math.floor(sorted.length / 2)],
      roundMean: rounds.reduce((s, x) => s + x, 0) / rounds.length,
      ...frames,
    };
  },

  /** Workload 4: render, sort by label, filter by a term, scroll frame times. */
  async table({ dataset, scrollFrames }) {
    const a = window.__benchAdapter;
    const m = await mountMany(a, 'table', { dataset, count: 1 });
    if (!m.ok) return strip(m);
    const [h] = m.handles;
    const before = await a.firstLabel(h);
    const sort = await timed(() => a.sort(h));
    const after = await a.firstLabel(h);
    if (after === before) return { ok: false, error: `sort did not change the first row (${before})` };
    const filter = await timed(() => a.filter(h, m.d.expect.filterTerm));
    const shown = await a.count(h);
    if (shown !== m.d.expect.filtered)
      return {
        ok: false,
        error: `filter "${m.d.expect.filterTerm}" shows ${shown} rows, expected ${m.d.expect.filtered}`,
      };
    await a.filter(h, '');
    await settle(3);
    const scroller = a.scroller(h);
    const step = Math.max(1, Math.floor((scroller.scrollHeight - scroller.clientHeight) / scrollFrames));
    const stop = frameRecorder();
    for (let i = 0; i < scrollFrames; i++) {
      await rafTick();
      scroller.scrollTop += Math.min(step, 400);
    }
    await nextFrame();
    const scroll = stop();
    return {
      ...strip(m),
      sortDone: sort.done,
      sort: sort.nextFrame,
      filter: filter.nextFrame,
      filterDone: filter.done,
      firstSorted: after,
      scroll,
    };
  },

  /** Workload 5: render, then zoom to the middle half of the time range. */
  async timeline({ dataset }) {
    const a = window.__benchAdapter;
    const m = await mountMany(a, 'timeline', { dataset, count: 1 });
    if (!m.ok) return strip(m);
    const zoom = await timed(() => a.zoom(m.handles[0], m.d));
    const error = firstError([(await a.checkZoom?.(m.handles[0], m.d)) ?? true]);
    return { ...strip(m), ok: !error, error, zoom: zoom.nextFrame, zoomDone: zoom.done };
  },

  /**
   * Workload 6, before the first heap reading: data loaded, the live values made (on pages whose
   * adapter has `update`: the gauges), and a few warm-up cycles.
   */
  async memPrepare({ dataset, warmup, updates = 0 }) {
    const a = window.__benchAdapter;
    const d = await load(dataset);
    await a.prepare?.(d);
    if (a.update && updates > 0) {
      const item = d.items[0];
      const values = Array.from({ length: updates }, (_, k) => [
        Math.max(item.min, Math.min(item.max, item.value + ((k * 13 + 7) % 21) - 10)),
      ]);
      await a.prepareLive?.(d, values);
      memValues = values;
    } else memValues = [];
    return this.memCycles({ dataset, cycles: warmup });
  },

  /**
   * Workload 6: mount one widget, give it its live updates where the page has them (one new value
   * at a time, each until rendered), unmount it; `cycles` times. A frame every 10 cycles lets
   * pending work run. The first cycle is checked to show the last value. An adapter's `lingerMs`
   * is how long its widget stays busy after an update by design; the cycles end that much later.
   */
  async memCycles({ dataset, cycles }) {
    const a = window.__benchAdapter;
    const widget = window.__benchWidget;
    const d = await load(dataset);
    const item = widget === 'gauge' ? d.items[0] : d;
    const values = memValues;
    const s = stage();
    s.replaceChildren();
    const t0 = performance.now();
    for (let i = 0; i < cycles; i++) {
      const cell = document.createElement('div');
      cell.className = `cell ${widget}`;
      s.append(cell);
      const h = a.mount(cell, item, d);
      await a.ready?.(h);
      void cell.offsetHeight;
      for (let k = 0; k < values.length; k++) {
        a.update(h, item, values[k][0], k, d);
        await a.ready?.(h);
      }
      if (i === 0) {
        await nextFrame();
        const shown = values.length ? { ...item, value: values[values.length - 1][0] } : item;
        const check = await a.check(h, shown, d);
        if (check !== true) return { ok: false, error: String(check) };
      }
      a.unmount(h);
      cell.remove();
      if (i % 10 === 9) await nextFrame();
    }
    await settle(3);
    const seconds = (performance.now() - t0) / 1000;
    // What a widget keeps running a while after an update by design (ours: its change flash)
    // holds it until it ends; the heap is read after that, not while it runs.
    if (values.length && a.lingerMs) await new Promise((resolve) => setTimeout(resolve, a.lingerMs + 100));
    return { ok: true, seconds };
  },
};
