import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { NqDataEvent } from '../../src/events/nq-data.js';
import type { NqErrorEvent } from '../../src/events/nq-error.js';
import { refreshInterval } from '../../src/data/resolution-controller.js';
import {
  ManualClock,
  docUrl,
  script,
  serverLog,
  shadowText,
  testRegistry,
  uniqueId,
  until,
  type Step,
  type TestDataHost,
} from './helpers.js';
import './helpers.js';

const TITLE_VI = 'Về phát triển khoa học và công nghệ đến năm 2030';

async function loadFixture(): Promise<unknown> {
  const r = await fetch('/test/server/fixtures/resolution.json');
  return r.json();
}

describe('ResolutionController', () => {
  let clock: ManualClock;

  beforeEach(() => {
    clock = new ManualClock();
    testRegistry(clock);
  });

  it('refreshInterval() reads seconds from 1 up, and anything else as off', () => {
    expect([refreshInterval('60'), refreshInterval(0.2), refreshInterval('1.5'), refreshInterval(null), refreshInterval('0'), refreshInterval('x')]).to.deep.equal([
      60_000, 1_000, 1_500, 0, 0, 0,
    ]);
  });

  describe('the inline-JSON and property paths behave like src', () => {
    const paths: [string, () => Promise<TestDataHost>][] = [
      [
        'src',
        async () => {
          const id = uniqueId('path');
          await script(id, [{}]);
          return fixture<TestDataHost>(html`<test-data-host src=${docUrl(id)}></test-data-host>`);
        },
      ],
      [
        'inline',
        async () => {
          const json = JSON.stringify(await loadFixture());
          const el = document.createElement('test-data-host');
          const s = document.createElement('script');
          s.type = 'application/json';
          s.textContent = json;
          el.append(s);
          return fixture<TestDataHost>(el);
        },
      ],
      [
        'property',
        async () => {
          const doc = await loadFixture();
          return fixture<TestDataHost>(html`<test-data-host .resolution=${doc}></test-data-host>`);
        },
      ],
    ];
    for (const [source, make] of paths) {
      it(`${source}: shows the document, fires nq-data, and selects a target`, async () => {
        const dataEvents: NqDataEvent[] = [];
        const listener = (e: Event) => dataEvents.push(e as NqDataEvent);
        document.addEventListener('nq-data', listener);
        try {
          const el = await make();
          await until(() => el.data.state.phase === 'ready', 'ready');
          await el.updateComplete;
          expect(el.data.state.source).to.equal(source);
          expect(shadowText(el, '.title')).to.equal(TITLE_VI);
          expect(shadowText(el, '.value')).to.equal('1.2');
          expect(dataEvents).to.have.length(1);
          expect(dataEvents[0]?.detail.source).to.equal(source);
          expect(dataEvents[0]?.composed && dataEvents[0]?.bubbles).to.be.true;
          el.target = 'enterprises';
          await el.updateComplete;
          expect(el.data.state.target?.id).to.equal('enterprises');
          expect(shadowText(el, '.value')).to.equal('40');
          el.target = 'nothing';
          await el.updateComplete;
          expect(el.data.state.phase).to.equal('error');
          expect(el.data.state.error?.code).to.equal('target');
          expect(shadowText(el, '[part="error"]')).to.contain('"nothing"');
          await expect(el).to.be.accessible();
        } finally {
          document.removeEventListener('nq-data', listener);
        }
      });
    }

    it('an invalid document is the same localized error by every path', async () => {
      const r = await fetch('/test/server/fixtures/invalid.json');
      const invalid = await r.json();
      const id = uniqueId('invalid-src');
      await script(id, [{ fixture: 'invalid' }]);
      const bySrc = await fixture<TestDataHost>(html`<test-data-host src=${docUrl(id)}></test-data-host>`);
      const byProperty = await fixture<TestDataHost>(html`<test-data-host .resolution=${invalid}></test-data-host>`);
      const el = document.createElement('test-data-host');
      el.innerHTML = `<script type="application/json">${JSON.stringify(invalid)}</script>`;
      const byInline = await fixture<TestDataHost>(el);
      await until(() => bySrc.data.state.phase === 'error', 'src error');
      for (const host of [bySrc, byProperty, byInline]) {
        await host.updateComplete;
        expect(host.data.state.error?.code).to.equal('invalid');
        const box = host.shadowRoot!.querySelector('[part="error"]')!;
        expect(box.getAttribute('role')).to.equal('alert');
        expect(box.textContent).to.contain('$.title').and.contain('không đúng lược đồ');
      }
      expect(byInline.data.state.error?.message.vi).to.contain('thẻ <script type="application/json">');
      expect(byProperty.data.state.error?.message.en).to.contain('the resolution property');
    });
  });

  it('precedence: the property beats inline JSON, which beats src', async () => {
    const doc = (await loadFixture()) as { title: { vi: string } };
    const id = uniqueId('precedence');
    await script(id, [{}]);
    const el = document.createElement('test-data-host');
    el.src = docUrl(id);
    el.innerHTML = `<script type="application/json">${JSON.stringify({ ...doc, title: { vi: 'Inline' } })}</script>`;
    await fixture(el);
    expect(shadowText(el, '.title')).to.equal('Inline');
    el.resolution = { ...doc, title: { vi: 'Property' } };
    await el.updateComplete;
    expect(shadowText(el, '.title')).to.equal('Property');
    expect((await serverLog(id)).requests).to.have.length(0);
    el.resolution = undefined;
    el.querySelector('script')!.remove();
    await until(() => el.data.state.source === 'src', 'falls back to src');
    await el.updateComplete;
    expect(shadowText(el, '.title')).to.equal(TITLE_VI);
  });

  it('inline JSON: an edit is re-read, and a syntax error is a localized error that keeps the old data', async () => {
    const doc = (await loadFixture()) as { observations: { value: number }[] };
    const el = document.createElement('test-data-host');
    el.innerHTML = `<script type="application/json">${JSON.stringify(doc)}</script>`;
    await fixture(el);
    expect(shadowText(el, '.value')).to.equal('1.2');
    doc.observations[0]!.value = 1.4;
    const script = el.querySelector('script')!;
    script.textContent = JSON.stringify(doc, null, 2);
    await until(() => shadowText(el, '.value') === '1.4', 're-read');
    const errored = oneEvent<NqErrorEvent>(el, 'nq-error');
    script.textContent = '{\n  "schemaVersion": 1,\n  "id": "x"\n  "kind": 1\n}';
    const event = await errored;
    expect(event.detail).to.include({ code: 'parse', origin: 'inline', line: 4 });
    await el.updateComplete;
    expect(shadowText(el, '.value')).to.equal('1.4');
    expect(shadowText(el, '[part="error"]')).to.contain('không phải JSON hợp lệ (dòng 4');
    el.lang = 'en';
    await el.updateComplete;
    expect(shadowText(el, '[part="error"]')).to.contain('is not valid JSON (line 4');
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
