import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { render } from 'lit';
import type { Resolution, Target } from '../../src/core/schema.js';
import { changeFlash } from '../../src/components/shared/change-flash.js';
import { hasSample, renderDataError, renderDataStatus } from '../../src/components/shared/data-status.js';
import { dataError } from '../../src/data/errors.js';
import type { DataState } from '../../src/data/resolution-controller.js';
import { ManualClock, shadowText, testRegistry, type TestDataHost } from './helpers.js';
import './helpers.js';

const source = { name: { vi: 'Nguồn' } };
const doc = (observations: Record<string, unknown>[], extra: Record<string, unknown> = {}) =>
  ({ observations, targets: [], ...extra }) as unknown as Resolution;
const target = (code: string) => ({ indicator: { code } }) as unknown as Target;

const state = (over: Partial<DataState>): DataState => ({
  phase: 'ready',
  resolution: doc([]),
  target: undefined,
  error: undefined,
  stale: false,
  updatedAt: undefined,
  source: 'src',
  paused: false,
  updating: false,
  announcement: undefined,
  ...over,
});

function renderInto(template: unknown): HTMLElement {
  const box = document.createElement('div');
  render(template, box);
  return box;
}

describe('shared data-state templates', () => {
  it('hasSample() is true for a sample document, or a sample observation of the target shown', () => {
    const mixed = doc([
      { indicator: 'a', date: '2024', value: 1, source, sample: true },
      { indicator: 'b', date: '2024', value: 1, source },
    ]);
    expect(hasSample(undefined)).to.be.false;
    expect(hasSample(doc([], { sample: true }))).to.be.true;
    expect(hasSample(mixed)).to.be.true;
    expect(hasSample(mixed, target('a'))).to.be.true;
    expect(hasSample(mixed, target('b'))).to.be.false;
    expect(hasSample(mixed, [])).to.be.false;
  });

  it('renderDataStatus() shows the sample badge in vi and en', () => {
    const s = state({ resolution: doc([], { sample: true }) });
    expect(renderInto(renderDataStatus(s, 'vi')).querySelector('[part~="sample-badge"]')?.textContent?.trim()).to.equal('dữ liệu minh họa');
    expect(renderInto(renderDataStatus(s, 'en')).querySelector('[part~="sample-badge"]')?.textContent?.trim()).to.equal('sample data');
  });

  it('renderDataStatus() renders nothing when there is nothing to say', () => {
    expect(renderInto(renderDataStatus(state({}), 'vi')).children).to.have.length(0);
  });

  it('renderDataError() renders a message from the network as text, never as HTML', () => {
    const error = dataError('http', 'src', { url: 'https://x.test/<img src=x onerror=alert(1)>', status: 500 });
    const box = renderInto(renderDataError(state({ resolution: undefined, phase: 'error', error }), 'en'));
    expect(box.querySelector('img')).to.equal(null);
    expect(box.textContent).to.contain('<img src=x onerror=alert(1)>');
  });

  it('renderDataError() lists every validation issue path under Details', () => {
    const issues = Array.from({ length: 5 }, (_, i) => ({ code: 'type' as const, path: `$.targets[${i}].label`, message: { vi: 'sai', en: 'wrong' } }));
    const box = renderInto(renderDataError(state({ resolution: undefined, phase: 'error', error: dataError('invalid', 'src', { url: 'u', issues }) }), 'en'));
    expect(box.querySelector('summary')?.textContent).to.equal('Details (5)');
    expect([...box.querySelectorAll('li code')].map((c) => c.textContent)).to.have.length(5);
    expect(box.querySelector('.nq-error__message')?.textContent).to.contain('and 2 more');
  });

  it('a document title with markup is shown as text', async () => {
    testRegistry(new ManualClock());
    const r = await fetch('/test/server/fixtures/resolution.json');
    const json = (await r.json()) as Record<string, unknown>;
    const el = await fixture<TestDataHost>(html`<test-data-host .resolution=${{ ...json, title: { vi: '<b>Đậm</b><script>x()</script>' } }}></test-data-host>`);
    expect(el.shadowRoot!.querySelector('.title b, .title script')).to.equal(null);
    expect(shadowText(el, '.title')).to.equal('<b>Đậm</b><script>x()</script>');
  });

  describe('changeFlash()', () => {
    afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

    async function animations(reduce: boolean): Promise<number> {
      await emulateMedia({ reducedMotion: reduce ? 'reduce' : 'no-preference' });
      const box = document.createElement('div');
      document.body.append(box);
      const paint = (v: number) => render(html`<span ${changeFlash(v)}>${v}</span>`, box);
      paint(1);
      const span = box.querySelector('span')!;
      const first = span.getAnimations().length;
      paint(1);
      paint(2);
      const after = span.getAnimations().length;
      box.remove();
      expect(first).to.equal(0);
      return after;
    }

    it('changeFlash() animates a changed value, not the first render nor an unchanged one', async () => {
      expect(await animations(false)).to.equal(1);
    });

    it('changeFlash() does not animate under prefers-reduced-motion', async () => {
      expect(await animations(true)).to.equal(0);
    });
  });
});
