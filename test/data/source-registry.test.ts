import { expect } from '@open-wc/testing';
import { activeResources } from '../../src/data/resources.js';
import type { SourceRegistry, SourceSnapshot } from '../../src/data/source-registry.js';
import {
  FakeIntersectionObserver,
  ManualClock,
  docUrl,
  nextTask,
  script,
  serverLog,
  setTabHidden,
  testRegistry,
  uniqueId,
  until,
} from './helpers.js';

/** Requests the server has received for an id. */
const count = async (id: string) => (await serverLog(id)).requests.length;

/** Waits a little real time and checks that no request went out meanwhile. */
async function noNewRequest(id: string, expected: number): Promise<void> {
  await new Promise((r) => setTimeout(r, 60));
  expect(await count(id)).to.equal(expected);
}

describe('SourceRegistry', () => {
  let clock: ManualClock;
  let registry: SourceRegistry;
  const closers: (() => void)[] = [];

  function follow(url: string, options: { interval?: number; element?: Element; paused?: boolean } = {}) {
    const seen: SourceSnapshot[] = [];
    const sub = registry.subscribe(url, (s) => seen.push(s), options);
    closers.push(() => sub.close());
    return { sub, seen };
  }

  beforeEach(() => {
    clock = new ManualClock();
    registry = testRegistry(clock);
  });

  afterEach(() => {
    closers.splice(0).forEach((close) => close());
    setTabHidden(false);
    expect(registry.stats()).to.deep.equal({ entries: 0, subscriptions: 0, requesting: 0 });
  });

  it('subscribe() by 20 subscribers makes 1 request per refresh', async () => {
    const id = uniqueId('twenty');
    await script(id, [{}]);
    const subs = Array.from({ length: 20 }, () => follow(docUrl(id), { interval: 60_000 }));
    await until(() => subs.every((s) => s.sub.snapshot.resolution !== undefined), 'all loaded');
    expect(await count(id)).to.equal(1);
    for (let refresh = 2; refresh <= 4; refresh++) {
      clock.advance(60_000);
      await until(async () => (await count(id)) === refresh, `refresh ${refresh}`);
      await noNewRequest(id, refresh);
    }
    // Unchanged (304) documents notify nobody: each subscriber heard of the first load only.
    expect(subs.every((s) => s.seen.length === 1)).to.be.true;
    expect((await serverLog(id)).requests.map((r) => r.status)).to.deep.equal([200, 304, 304, 304]);
  });

  it('subscribe() polls at the shortest interval any subscriber asked for', async () => {
    const id = uniqueId('shortest');
    await script(id, [{}]);
    const slow = follow(docUrl(id), { interval: 60_000 });
    const fast = follow(docUrl(id), { interval: 10_000 });
    await until(() => slow.sub.snapshot.resolution !== undefined, 'loaded');
    clock.advance(10_000);
    await until(async () => (await count(id)) === 2, 'fast refresh');
    fast.sub.close();
    clock.advance(10_000);
    await noNewRequest(id, 2);
    // 60 s after the last request, not after the fast subscriber left
    clock.advance(39_999);
    await noNewRequest(id, 2);
    clock.advance(10_001);
    await until(async () => (await count(id)) === 3, 'slow refresh');
  });

  it('subscribe() makes 0 requests while the tab is hidden, and catches up at once when it shows', async () => {
    const id = uniqueId('hidden');
    await script(id, [{}]);
    const { sub } = follow(docUrl(id), { interval: 5_000 });
    await until(() => sub.snapshot.resolution !== undefined, 'loaded');
    setTabHidden(true);
    clock.advance(10 * 60_000);
    await noNewRequest(id, 1);
    expect(clock.pending).to.equal(0);
    setTabHidden(false);
    await until(async () => (await count(id)) === 2, 'caught up');
  });

  it('subscribe() pauses while no subscriber element is on screen, and catches up on return', async () => {
    const id = uniqueId('offscreen');
    await script(id, [{}]);
    const a = document.createElement('div');
    const b = document.createElement('div');
    const first = follow(docUrl(id), { interval: 5_000, element: a });
    follow(docUrl(id), { interval: 5_000, element: b });
    await until(() => first.sub.snapshot.resolution !== undefined, 'loaded');
    FakeIntersectionObserver.setOnScreen(a, false);
    clock.advance(5_000);
    // b is still on screen: the entry polls
    await until(async () => (await count(id)) === 2, 'polled for b');
    FakeIntersectionObserver.setOnScreen(b, false);
    clock.advance(60_000);
    await noNewRequest(id, 2);
    expect(clock.pending).to.equal(0);
    FakeIntersectionObserver.setOnScreen(a, true);
    await until(async () => (await count(id)) === 3, 'caught up on screen');
  });

  it('subscribe() does not poll for a paused subscriber, and resumes when unpaused', async () => {
    const id = uniqueId('paused');
    await script(id, [{}]);
    const { sub } = follow(docUrl(id), { interval: 5_000 });
    await until(() => sub.snapshot.resolution !== undefined, 'loaded');
    sub.set({ paused: true });
    clock.advance(60_000);
    await noNewRequest(id, 1);
    sub.set({ paused: false });
    await until(async () => (await count(id)) === 2, 'caught up');
  });

  it('subscribe() backs off exponentially with jitter after failures', async () => {
    const id = uniqueId('backoff');
    await script(id, [{}, { status: 500 }, { status: 500 }, { status: 500 }, {}]);
    const { sub } = follow(docUrl(id), { interval: 1_000 });
    await until(() => sub.snapshot.resolution !== undefined, 'loaded');
    clock.advance(1_000); // 2nd: 500
    await until(() => sub.snapshot.error?.status === 500, 'first failure');
    // random 0.5: delay = max(interval, 3/4 of base·2^(n-1)) = 1000, 1500, 3000
    for (const [wait, expected] of [
      [999, 2],
      [1, 3],
      [1_499, 3],
      [1, 4],
      [2_999, 4],
      [1, 5],
    ] as const) {
      clock.advance(wait);
      if (wait === 1) await until(async () => (await count(id)) === expected, `request ${expected}`);
      else await noNewRequest(id, expected);
    }
    await until(() => sub.snapshot.error === undefined, 'recovered');
  });

  it('subscribe() honours Retry-After over a shorter back-off', async () => {
    const id = uniqueId('retry-after');
    await script(id, [{}, { status: 429, headers: { 'Retry-After': '30' } }, {}]);
    const { sub } = follow(docUrl(id), { interval: 1_000 });
    await until(() => sub.snapshot.resolution !== undefined, 'loaded');
    clock.advance(1_000);
    await until(() => sub.snapshot.error?.status === 429, '429');
    clock.advance(29_000);
    await noNewRequest(id, 2);
    clock.advance(1_000);
    await until(async () => (await count(id)) === 3, 'after Retry-After');
  });

  for (const status of [404, 410]) {
    it(`subscribe() stops polling after ${status}, keeping the last good document`, async () => {
      const id = uniqueId(`stop-${status}`);
      await script(id, [{}, { status }]);
      const { sub } = follow(docUrl(id), { interval: 1_000 });
      await until(() => sub.snapshot.resolution !== undefined, 'loaded');
      clock.advance(1_000);
      await until(() => sub.snapshot.error?.status === status, `${status}`);
      expect(sub.snapshot.resolution?.id).to.equal('test-khcn-2030');
      clock.advance(60 * 60_000);
      await noNewRequest(id, 2);
      expect(clock.pending).to.equal(0);
    });
  }

  it('subscribe() times out a slow response with the injected clock', async () => {
    const id = uniqueId('timeout');
    await script(id, [{ delay: 3000 }]);
    const { sub } = follow(docUrl(id));
    await until(async () => (await count(id)) === 1, 'request sent');
    clock.advance(2_000);
    await until(() => sub.snapshot.error !== undefined, 'timed out');
    expect(sub.snapshot.error?.code).to.equal('timeout');
  });

  it('close() by one subscriber never cancels a request that others wait for', async () => {
    const id = uniqueId('shared');
    await script(id, [{ delay: 200 }]);
    const a = follow(docUrl(id));
    const b = follow(docUrl(id));
    await until(async () => (await count(id)) === 1, 'request sent');
    a.sub.close();
    await until(() => b.sub.snapshot.resolution !== undefined, 'b loaded');
    expect(await count(id)).to.equal(1);
  });

  it('close() by the last subscriber aborts the request and leaves nothing behind', async () => {
    const id = uniqueId('last');
    await script(id, [{ delay: 1000 }]);
    const before = activeResources();
    const { sub } = follow(docUrl(id), { interval: 1_000 });
    await until(async () => (await count(id)) === 1, 'request sent');
    expect(registry.stats().requesting).to.equal(1);
    sub.close();
    await nextTask();
    expect(activeResources()).to.deep.equal(before);
    expect(clock.pending).to.equal(0);
  });

  it('retry() tries again at once, even after 404', async () => {
    const id = uniqueId('retry');
    await script(id, [{ status: 404 }, {}]);
    const { sub } = follow(docUrl(id));
    await until(() => sub.snapshot.error?.code === 'not-found', '404');
    sub.retry();
    await until(() => sub.snapshot.resolution !== undefined && sub.snapshot.error === undefined, 'loaded');
  });
});
