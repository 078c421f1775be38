import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { NqDataEvent } from '../../src/events/nq-data.js';
import type { NqErrorEvent } from '../../src/events/nq-error.js';
import {
  ManualClock,
  docUrl,
  script,
  serverLog,
  setTabHidden,
  shadowText,
  testRegistry,
  uniqueId,
  until,
  type Step,
  type TestDataHost,
} from './helpers.js';
import './helpers.js';

async function loadFixture(): Promise<unknown> {
  const r = await fetch('/test/server/fixtures/resolution.json');
  return r.json();
}

describe('updates', () => {
  let clock: ManualClock;

  beforeEach(() => {
    clock = new ManualClock();
    testRegistry(clock);
  });

  it('20 widgets on one URL make 1 request per refresh; a hidden tab makes 0', async () => {
    const id = uniqueId('widgets20');
    await script(id, [{}]);
    const box = document.createElement('div');
    for (let i = 0; i < 20; i++) {
      const el = document.createElement('test-data-host');
      el.src = docUrl(id);
      el.refresh = '30';
      box.append(el);
    }
    document.body.append(box);
    try {
      const hosts = [...box.querySelectorAll('test-data-host')];
      await until(() => hosts.every((h) => h.data.state.phase === 'ready'), 'all ready');
      const requests = async () => (await serverLog(id)).requests.length;
      expect(await requests()).to.equal(1);
      clock.advance(30_000);
      await until(async () => (await requests()) === 2, 'one refresh');
      await new Promise((r) => setTimeout(r, 50));
      expect(await requests()).to.equal(2);
      setTabHidden(true);
      clock.advance(10 * 30_000);
      await new Promise((r) => setTimeout(r, 50));
      expect(await requests()).to.equal(2);
      setTabHidden(false);
      await until(async () => (await requests()) === 3, 'caught up');
    } finally {
      setTabHidden(false);
      box.remove();
    }
  });

  describe('after each fault the last good data is still shown and the error is visible and announced', () => {
    const faults: [string, Step, string][] = [
      ['a 500', { status: 500 }, 'http'],
      ['a 429 with Retry-After', { status: 429, headers: { 'Retry-After': '120' } }, 'http'],
      ['a slow response', { delay: 3000 }, 'timeout'],
      ['malformed JSON', { fixture: 'malformed' }, 'parse'],
      ['a truncated body', { truncate: true, value: 1.9 }, 'truncated'],
      ['a body that ends mid-document', { cut: true, value: 1.9 }, 'truncated'],
      ['a valid-JSON-but-invalid document', { fixture: 'invalid' }, 'invalid'],
      ['a 404', { status: 404 }, 'not-found'],
      ['a 410', { status: 410 }, 'gone'],
    ];
    for (const [name, step, code] of faults) {
      it(`${name}`, async () => {
        const id = uniqueId('fault');
        await script(id, [{}, step]);
        const el = await fixture<TestDataHost>(html`<test-data-host src=${docUrl(id)} refresh="10"></test-data-host>`);
        await until(() => el.data.state.phase === 'ready', 'ready');
        const errored = oneEvent<NqErrorEvent>(el, 'nq-error');
        clock.advance(10_000);
        if (step.delay) {
          await until(async () => (await serverLog(id)).requests.length === 2, 'request sent');
          clock.advance(2_000);
        }
        const event = await errored;
        expect(event.detail.code).to.equal(code);
        await el.updateComplete;
        expect(el.data.state).to.include({ phase: 'ready', stale: true });
        expect(shadowText(el, '.value')).to.equal('1.2');
        const box = el.shadowRoot!.querySelector('[part="error"]')!;
        expect(box.getAttribute('role')).to.equal('status');
        expect(box.textContent).to.contain(event.detail.message.vi.slice(0, 30));
        expect(shadowText(el, '[part~="stale-badge"]')).to.equal('Dữ liệu cũ');
        await expect(el).to.be.accessible();
      });
    }
  });

  it('a first error with nothing to show is an alert', async () => {
    const id = uniqueId('first-error');
    await script(id, [{ status: 500 }]);
    const el = await fixture<TestDataHost>(html`<test-data-host src=${docUrl(id)}></test-data-host>`);
    await until(() => el.data.state.phase === 'error', 'error');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')!.getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();
  });

  it('an unchanged document (304) causes no re-render; a changed one re-renders, fires nq-data and is announced', async () => {
    const id = uniqueId('rerender');
    await script(id, [{}, {}, { value: 1.5 }]);
    const el = await fixture<TestDataHost>(html`<test-data-host src=${docUrl(id)} refresh="10"></test-data-host>`);
    await until(() => el.data.state.phase === 'ready', 'ready');
    await el.updateComplete;
    const renders = el.renders;
    clock.advance(10_000);
    await until(async () => (await serverLog(id)).requests.length === 2, '2nd request');
    await new Promise((r) => setTimeout(r, 50));
    expect((await serverLog(id)).requests[1]?.status).to.equal(304);
    expect(el.renders).to.equal(renders);
    const data = oneEvent<NqDataEvent>(el, 'nq-data');
    clock.advance(10_000);
    expect((await data).detail.resolution.observations?.[0]?.value).to.equal(1.5);
    expect(shadowText(el, '.value')).to.equal('1.5');
    expect(shadowText(el, '[part="live-region"]')).to.equal('Đã cập nhật: Chi cho R&D: 1,5%.');
  });

  it('announces at most once every 5 seconds, the latest change last', async () => {
    const doc = (await loadFixture()) as { observations: { value: number }[] };
    const withValue = (v: number) => ({ ...doc, observations: [{ ...doc.observations[0], value: v }, doc.observations[1]] });
    const el = await fixture<TestDataHost>(html`<test-data-host .resolution=${withValue(1)}></test-data-host>`);
    const region = () => shadowText(el, '[part="live-region"]');
    el.resolution = withValue(2);
    await el.updateComplete;
    expect(region()).to.contain('2%');
    el.resolution = withValue(3);
    await el.updateComplete;
    el.resolution = withValue(4);
    await el.updateComplete;
    expect(region()).to.contain('2%');
    clock.advance(4_999);
    await el.updateComplete;
    expect(region()).to.contain('2%');
    clock.advance(1);
    await el.updateComplete;
    expect(region()).to.contain('4%');
  });

  it('the pause button stops updates in the widget, and resume catches up at once', async () => {
    const id = uniqueId('pause');
    await script(id, [{}, { value: 1.7 }]);
    const el = await fixture<TestDataHost>(html`<test-data-host src=${docUrl(id)} refresh="10"></test-data-host>`);
    await until(() => el.data.state.phase === 'ready', 'ready');
    await el.updateComplete;
    const button = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="pause-button"]')!;
    expect(button().textContent?.trim()).to.equal('Tạm dừng cập nhật');
    button().click();
    await el.updateComplete;
    expect(el.data.state.paused).to.be.true;
    expect(button().textContent?.trim()).to.equal('Tiếp tục cập nhật');
    clock.advance(60_000);
    await new Promise((r) => setTimeout(r, 50));
    expect((await serverLog(id)).requests).to.have.length(1);
    button().click();
    await until(() => shadowText(el, '.value') === '1.7', 'caught up');
    expect((await serverLog(id)).requests).to.have.length(2);
  });

  it('no pause button without refresh or live', async () => {
    const el = await fixture<TestDataHost>(html`<test-data-host .resolution=${await loadFixture()}></test-data-host>`);
    expect(el.shadowRoot!.querySelector('[part="pause-button"]')).to.equal(null);
  });

  it('shows "Cập nhật lúc" with the time the server says the document changed', async () => {
    const id = uniqueId('fresh');
    await script(id, [{}]);
    const el = await fixture<TestDataHost>(html`<test-data-host src=${docUrl(id)}></test-data-host>`);
    await until(() => el.data.state.phase === 'ready', 'ready');
    await el.updateComplete;
    expect(shadowText(el, '[part="freshness"]')).to.equal('Cập nhật lúc 10:32, 22/11/2026');
    el.lang = 'en';
    await el.updateComplete;
    expect(shadowText(el, '[part="freshness"]')).to.equal('Updated 10:32, 22 Nov 2026');
  });
});
