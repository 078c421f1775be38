import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { activeResources } from '../../src/data/resources.js';
import { ManualClock, docUrl, script, serverLog, shadowText, sseUrl, testRegistry, uniqueId, until, type TestDataHost } from './helpers.js';
import './helpers.js';

const source = { name: { vi: 'Sở KH&CN' } };
const rd = (value: unknown, extra: Record<string, unknown> = {}) => [{ indicator: 'rd-spending', date: '2023', value, source, ...extra }];
const whole = { fixture: 'resolution' };

describe('live streams', () => {
  let clock: ManualClock;

  beforeEach(() => {
    clock = new ManualClock();
    testRegistry(clock);
  });

  it('20 widgets follow one stream over 1 connection: whole documents, then merged observations', async () => {
    const id = uniqueId('live20');
    await script(id, [], [
      {
        events: [
          { event: 'resolution', id: '1', data: whole },
          { event: 'observations', id: '2', data: rd(1.8, { sample: true }), delay: 100 },
        ],
      },
    ]);
    // (no fixture() for a plain div: it waits for a frame, which a hidden tab never draws)
    const box = document.createElement('div');
    render(Array.from({ length: 20 }, () => html`<test-data-host live=${sseUrl(id)}></test-data-host>`), box);
    document.body.append(box);
    const hosts = [...box.querySelectorAll('test-data-host')];
    await until(() => hosts.every((h) => h.data.state.resolution?.observations?.[0]?.value === 1.8), 'all merged');
    await hosts[0]!.updateComplete;
    expect((await serverLog(id)).requests).to.have.length(1);
    expect(hosts[0]!.data.state.source).to.equal('live');
    expect(shadowText(hosts[0]!, '.value')).to.equal('1.8');
    expect(shadowText(hosts[0]!, '[part~="sample-badge"]')).to.equal('dữ liệu minh họa');
    box.remove();
    await until(async () => (await serverLog(id)).open === 0, 'stream closed by the server side');
  });

  it('a stream that drops resumes after retry:, sending Last-Event-ID (header and query)', async () => {
    const id = uniqueId('drop');
    await script(id, [], [
      {
        events: [
          { retry: 1000, event: 'resolution', id: '1', data: whole },
          { event: 'observations', id: '2', data: rd(1.5) },
        ],
        close: 'destroy',
      },
      { events: [{ event: 'observations', id: '3', data: rd(1.6) }] },
    ]);
    const el = await fixture<TestDataHost>(html`<test-data-host live=${sseUrl(id)}></test-data-host>`);
    await until(() => el.data.state.resolution?.observations?.[0]?.value === 1.5, 'first connection');
    await until(async () => (await serverLog(id)).open === 0, 'dropped');
    await new Promise((r) => setTimeout(r, 100));
    expect(el.data.state.error).to.equal(undefined);
    clock.advance(999);
    await new Promise((r) => setTimeout(r, 50));
    expect((await serverLog(id)).requests).to.have.length(1);
    clock.advance(1);
    await until(() => el.data.state.resolution?.observations?.[0]?.value === 1.6, 'resumed');
    const second = (await serverLog(id)).requests[1]!;
    expect(second.lastEventId).to.equal('2');
    expect(second.query.lastEventId).to.equal('2');
  });

  it('an HTTP error shows, and the reconnection waits for Retry-After', async () => {
    const id = uniqueId('503');
    await script(id, [], [{ status: 503, headers: { 'Retry-After': '5' } }, { events: [{ event: 'resolution', id: '1', data: whole }] }]);
    const el = await fixture<TestDataHost>(html`<test-data-host live=${sseUrl(id)}></test-data-host>`);
    await until(() => el.data.state.phase === 'error', 'error');
    expect(el.data.state.error).to.include({ code: 'http', status: 503, retryAfter: 5000 });
    clock.advance(4_999);
    await new Promise((r) => setTimeout(r, 50));
    expect((await serverLog(id)).requests).to.have.length(1);
    clock.advance(1);
    await until(() => el.data.state.phase === 'ready' && el.data.state.error === undefined, 'recovered');
  });

  it('a stream silent for the idle time-out is reconnected', async () => {
    const id = uniqueId('silent');
    await script(id, [], [{ events: [{ event: 'resolution', id: '1', data: whole }] }, { events: [{ event: 'observations', id: '2', data: rd(1.3) }] }]);
    const el = await fixture<TestDataHost>(html`<test-data-host live=${sseUrl(id)}></test-data-host>`);
    await until(() => el.data.state.phase === 'ready', 'ready');
    clock.advance(119_999);
    await new Promise((r) => setTimeout(r, 50));
    expect((await serverLog(id)).requests).to.have.length(1);
    clock.advance(1); // silent for 2 minutes: aborted, reconnected after retry (3 s)
    await until(() => el.data.state.error?.code === 'timeout', 'timed out');
    clock.advance(3_000);
    await until(() => el.data.state.resolution?.observations?.[0]?.value === 1.3 && !el.data.state.error, 'reconnected');
    expect((await serverLog(id)).requests[1]?.query.lastEventId).to.equal('1');
  });

  for (const status of [404, 410, 204]) {
    it(`a ${status} stops the stream for good`, async () => {
      const id = uniqueId(`live-${status}`);
      await script(id, [], [{ status }]);
      const el = await fixture<TestDataHost>(html`<test-data-host live=${sseUrl(id)}></test-data-host>`);
      await until(async () => (await serverLog(id)).requests.length === 1, 'requested');
      await new Promise((r) => setTimeout(r, 50));
      expect(clock.pending).to.equal(0);
      if (status !== 204) expect(el.data.state.error?.status).to.equal(status);
    });
  }

  it('a response that is not text/event-stream is a stream error naming the type', async () => {
    const id = uniqueId('ctype');
    await script(id, [], [{ contentType: 'application/json', events: [{ data: whole }] }]);
    const el = await fixture<TestDataHost>(html`<test-data-host live=${sseUrl(id)}></test-data-host>`);
    await until(() => el.data.state.error !== undefined, 'error');
    expect(el.data.state.error?.code).to.equal('stream');
    expect(el.data.state.error?.message.en).to.contain('text/event-stream').and.contain('application/json');
  });

  it('invalid observations keep the last good data and show where the document broke', async () => {
    const id = uniqueId('badobs');
    await script(id, [], [
      {
        events: [
          { event: 'resolution', id: '1', data: whole },
          { event: 'observations', id: '2', data: rd('a lot'), delay: 100 },
        ],
      },
    ]);
    const el = await fixture<TestDataHost>(html`<test-data-host live=${sseUrl(id)}></test-data-host>`);
    await until(() => el.data.state.error !== undefined, 'error');
    await el.updateComplete;
    expect(el.data.state).to.include({ phase: 'ready', stale: true });
    expect(el.data.state.error?.code).to.equal('invalid');
    expect(el.data.state.error?.message.en).to.contain('$.observations[0].value');
    expect(shadowText(el, '.value')).to.equal('1.2');
  });

  it('live observations merge into a document from src', async () => {
    const id = uniqueId('src-live');
    await script(id, [{}], [{ events: [{ event: 'observations', id: '9', data: rd(1.9), delay: 100 }] }]);
    const el = await fixture<TestDataHost>(html`<test-data-host src=${docUrl(id)} live=${sseUrl(id)}></test-data-host>`);
    await until(() => el.data.state.resolution?.observations?.[0]?.value === 1.9, 'merged');
    expect(el.data.state.source).to.equal('live');
    expect(el.data.state.resolution?.observations).to.have.length(2);
  });

  it('removing the widget closes the connection and leaves nothing open', async () => {
    const id = uniqueId('close');
    const before = activeResources();
    await script(id, [], [{ events: [{ event: 'resolution', id: '1', data: whole }] }]);
    const el = await fixture<TestDataHost>(html`<test-data-host live=${sseUrl(id)}></test-data-host>`);
    await until(() => el.data.state.phase === 'ready', 'ready');
    expect((await serverLog(id)).open).to.equal(1);
    el.remove();
    expect(activeResources()).to.deep.equal(before);
    expect(clock.pending).to.equal(0);
    await until(async () => (await serverLog(id)).open === 0, 'server saw the close');
  });
});
