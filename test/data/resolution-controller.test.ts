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
});
