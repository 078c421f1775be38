import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { activeResources } from '../../src/data/resources.js';
import { ManualClock, docUrl, script, serverLog, sseUrl, testRegistry, uniqueId, until, type TestDataHost } from './helpers.js';

/**
 * Counts, independently of the data layer's own counters, what is open in the page: observed
 * elements of every IntersectionObserver, observing MutationObservers, document listeners.
 */
function spyOnThePage() {
  const observed = new Set<Element>();
  const mutationObservers = new Set<MutationObserver>();
  const listeners = new Map<string, number>();
  const io = IntersectionObserver.prototype;
  const mo = MutationObserver.prototype;
  const { observe: ioObserve, unobserve: ioUnobserve, disconnect: ioDisconnect } = io;
  const { observe: moObserve, disconnect: moDisconnect } = mo;
  const { addEventListener: add, removeEventListener: remove } = document;
  const ioTargets = new WeakMap<IntersectionObserver, Set<Element>>();
  io.observe = function (this: IntersectionObserver, target: Element): void {
    observed.add(target);
    if (!ioTargets.has(this)) ioTargets.set(this, new Set());
    ioTargets.get(this)!.add(target);
    return ioObserve.call(this, target);
  };
  io.unobserve = function (this: IntersectionObserver, target: Element) {
    observed.delete(target);
    ioTargets.get(this)?.delete(target);
    return ioUnobserve.call(this, target);
  };
  io.disconnect = function (this: IntersectionObserver) {
    ioTargets.get(this)?.forEach((t) => observed.delete(t));
    return ioDisconnect.call(this);
  };
  mo.observe = function (this: MutationObserver, target: Node, options?: MutationObserverInit) {
    mutationObservers.add(this);
    return moObserve.call(this, target, options);
  };
  mo.disconnect = function (this: MutationObserver) {
    mutationObservers.delete(this);
    return moDisconnect.call(this);
  };
  document.addEventListener = function (this: Document, type: string, ...rest: unknown[]) {
    listeners.set(type, (listeners.get(type) ?? 0) + 1);
    return (add as (...a: unknown[]) => void).call(this, type, ...rest);
  } as typeof document.addEventListener;
  document.removeEventListener = function (this: Document, type: string, ...rest: unknown[]) {
    listeners.set(type, (listeners.get(type) ?? 0) - 1);
    return (remove as (...a: unknown[]) => void).call(this, type, ...rest);
  } as typeof document.removeEventListener;
  return {
    observed,
    mutationObservers,
    listeners: (type: string) => listeners.get(type) ?? 0,
    restore() {
      Object.assign(io, { observe: ioObserve, unobserve: ioUnobserve, disconnect: ioDisconnect });
      Object.assign(mo, { observe: moObserve, disconnect: moDisconnect });
      document.addEventListener = add;
      document.removeEventListener = remove;
    },
  };
}

describe('teardown', () => {
  let clock: ManualClock;
  let spy: ReturnType<typeof spyOnThePage>;

  beforeEach(() => {
    clock = new ManualClock();
    spy = spyOnThePage();
  });

  afterEach(() => spy.restore());

  it('after removal no timer, observer, listener or open connection remains', async () => {
    // the browser's own IntersectionObserver, spied on
    const registry = testRegistry(clock, { env: { IntersectionObserver: window.IntersectionObserver } });
    const before = activeResources();
    const id = uniqueId('teardown');
    await script(id, [{}], [{ events: [{ event: 'resolution', id: '1', data: { fixture: 'resolution' } }] }]);
    const box = document.createElement('div');
    render(
      html`<test-data-host src=${docUrl(id)} refresh="5"></test-data-host>
        <test-data-host src=${docUrl(id)} refresh="60" live=${sseUrl(id)}></test-data-host>`,
      box,
    );
    document.body.append(box);
    const hosts = [...box.querySelectorAll('test-data-host')];
    await until(() => hosts.every((h) => h.data.state.phase === 'ready'), 'ready');
    // While shown: a poll timer, an observer, listeners, a stream.
    expect(clock.pending).to.be.greaterThan(0);
    expect(spy.observed.size).to.equal(2);
    expect(spy.mutationObservers.size).to.equal(2);
    expect(spy.listeners('visibilitychange')).to.equal(1);
    expect(spy.listeners('securitypolicyviolation')).to.equal(1);
    expect((await serverLog(id)).open).to.equal(1);
    box.remove();
    expect(clock.pending).to.equal(0);
    expect(spy.observed.size).to.equal(0);
    expect(spy.mutationObservers.size).to.equal(0);
    expect(spy.listeners('visibilitychange')).to.equal(0);
    expect(spy.listeners('securitypolicyviolation')).to.equal(0);
    expect(activeResources()).to.deep.equal(before);
    expect(registry.stats()).to.deep.equal({ entries: 0, subscriptions: 0, requesting: 0 });
    await until(async () => (await serverLog(id)).open === 0, 'the server saw the stream close');
  });

  it('1,000 mount/unmount cycles leave no growth in active subscriptions', async () => {
    const registry = testRegistry(clock, { env: { IntersectionObserver: window.IntersectionObserver } });
    const before = activeResources();
    const id = uniqueId('cycles');
    await script(id, [{ delay: 5000 }]);
    const url = docUrl(id);
    const keep = await fixture<TestDataHost>(html`<test-data-host src=${url} refresh="1"></test-data-host>`);
    const baseline = activeResources();
    for (let i = 0; i < 1000; i++) {
      const el = document.createElement('test-data-host');
      el.src = url;
      el.refresh = '1';
      document.body.append(el);
      await el.updateComplete;
      if (i === 0) expect(registry.stats().subscriptions).to.equal(2);
      el.remove();
      if (i % 100 === 99) expect(activeResources()).to.deep.equal(baseline);
    }
    expect(registry.stats()).to.deep.include({ entries: 1, subscriptions: 1 });
    keep.remove();
    expect(activeResources()).to.deep.equal(before);
    expect(clock.pending).to.equal(0);
    expect(spy.observed.size).to.equal(0);
    expect(spy.mutationObservers.size).to.equal(0);
  });

  it('1,000 cycles with each its own URL open and close an entry each time, with no growth', async () => {
    const registry = testRegistry(clock, {
      // a fetch that never answers until aborted: no 1,000 requests on the wire
      env: {
        fetch: (_input, init) =>
          new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
      },
    });
    const before = activeResources();
    for (let i = 0; i < 1000; i++) {
      const el = document.createElement('test-data-host');
      el.src = `/never/${i}.json`;
      document.body.append(el);
      await el.updateComplete;
      el.remove();
    }
    expect(activeResources()).to.deep.equal(before);
    expect(registry.stats()).to.deep.equal({ entries: 0, subscriptions: 0, requesting: 0 });
  });
});
