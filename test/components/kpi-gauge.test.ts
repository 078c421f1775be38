import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/kpi-gauge/kpi-gauge.js';
import type { NqKpiGauge } from '../../src/components/kpi-gauge/kpi-gauge.js';
import { GAUGE_VARIANTS } from '../../src/core/gauge-scale.js';
import type { Resolution } from '../../src/core/schema.js';
import type { NqExplainEvent } from '../../src/events/nq-explain.js';
import { docUrl, script, uniqueId, until } from '../data/helpers.js';
import { failOnLitWarnings } from '../helpers/lit-warnings.js';

const load = async (path: string): Promise<Resolution> =>
  (await fetch(new URL(`../../demo/data/${path}`, import.meta.url)).then((r) => r.json())) as Resolution;
const [sample, ngheAn] = await Promise.all(['samples/all-kinds.json', 'nghe-an-khcn-2030.json'].map(load));
const AS_OF = '2026-11-22';

// Lit's dev build: fail on any warning it prints, with the ones off by default turned on.
failOnLitWarnings();

const part = (el: NqKpiGauge, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (el: NqKpiGauge, name: string) => part(el, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const dial = (el: NqKpiGauge) => part(el, 'dial')!;

async function gauge(doc: Resolution, id: string, variant = 'radial', lang = 'vi', width = 320): Promise<NqKpiGauge> {
  const wrap = await fixture<HTMLDivElement>(
    html`<div style="width:${width}px" lang=${lang}>
      <nq-kpi-gauge .resolution=${doc} target=${id} variant=${variant} as-of=${AS_OF}></nq-kpi-gauge>
    </div>`,
  );
  const el = wrap.querySelector('nq-kpi-gauge')!;
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
  return el;
}

/** The meter's numbers are inside its bounds, its sentence is the full reading. */
function expectMeter(el: NqKpiGauge): void {
  const d = dial(el);
  if (d.getAttribute('role') !== 'meter') {
    expect(d.getAttribute('role')).to.equal('img');
    expect(d.getAttribute('aria-label')).to.not.equal('');
    return;
  }
  const [now, min, max] = ['aria-valuenow', 'aria-valuemin', 'aria-valuemax'].map((a) => Number(d.getAttribute(a)));
  expect(now).to.be.within(min!, max!);
  expect(d.getAttribute('aria-valuetext')).to.include(text(el, 'value'));
  expect(d.getAttribute('aria-labelledby')).to.equal('label');
}

describe('<nq-kpi-gauge>', () => {
  describe('every kind, in every variant, is accessible', () => {
    for (const t of sample!.targets) {
      for (const variant of GAUGE_VARIANTS) {
        it(`${t.id} (${t.kind}), ${variant}`, async () => {
          const el = await gauge(sample!, t.id, variant);
          expectMeter(el);
          expect(part(el, 'base')!.dataset.status).to.be.a('string');
          await expect(el).to.be.accessible();
        });
      }
    }
  });

  it('threshold: the value, status (icon and words), goal, date and source of the value, sample mark', async () => {
    const el = await gauge(sample!, 'threshold-on-track');
    expect(text(el, 'value')).to.equal('40%');
    expect(text(el, 'status-badge')).to.equal('Đúng tiến độ');
    expect(part(el, 'status-badge')!.querySelector('svg')).to.exist;
    expect(text(el, 'goal')).to.equal('Mục tiêu: ≥ 50%, hạn 2030.');
    expect(text(el, 'latest')).to.equal('Số liệu 2025 · Nguồn: Số liệu minh họa');
    expect(text(el, 'sample-badge')).to.equal('dữ liệu minh họa');
    expect(el.shadowRoot!.querySelectorAll('[part~="target-marker"]')).to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('[part~="expected-marker"]')).to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('[part~="baseline-marker"]')).to.have.length(1);
    expect(dial(el).getAttribute('aria-valuetext')).to.equal(
      '40% (2025); Đúng tiến độ. Mục tiêu: ≥ 50%, hạn 2030. Số liệu minh hoạ.',
    );
  });

  it('rank: "hạng 37/63" from the Nghệ An document, the meter 1–63, the source named', async () => {
    const el = await gauge(ngheAn!, 'pii-top-20');
    expect(text(el, 'value')).to.equal('hạng 37/63');
    expect(dial(el).getAttribute('aria-valuemin')).to.equal('1');
    expect(dial(el).getAttribute('aria-valuemax')).to.equal('63');
    expect(text(el, 'latest')).to.match(/^Số liệu 2024 · Nguồn: Báo Nghệ An/);
    expect(part(el, 'sample-badge')).to.be.null;
  });

  it('range: the band is drawn; level: one track part per step', async () => {
    expect(part(await gauge(sample!, 'range-inside'), 'band')).to.exist;
    const level = await gauge(sample!, 'level-startup-ecosystem');
    expect(level.shadowRoot!.querySelectorAll('[part~="track"]')).to.have.length(7);
    expect(level.shadowRoot!.querySelectorAll('[part~="milestones"] li')).to.have.length(2);
  });

  it('no data: the empty state says so, and the dial is an image, not a meter at zero', async () => {
    const el = await gauge(sample!, 'threshold-no-data');
    expect(text(el, 'value')).to.equal('Chưa có số liệu');
    expect(dial(el).getAttribute('role')).to.equal('img');
    expect(dial(el).hasAttribute('aria-valuenow')).to.be.false;
    expect(el.shadowRoot!.querySelectorAll('[part~="indicator"]')).to.have.length(0);
  });

  it('English: lang="en" on an ancestor', async () => {
    const el = await gauge(sample!, 'threshold-on-track', 'radial', 'en');
    expect(text(el, 'status-badge')).to.equal('On track');
    expect(text(el, 'goal')).to.equal('Target: ≥ 50% by 2030.');
    el.lang = 'vi';
    await el.updateComplete;
    expect(text(el, 'status-badge')).to.equal('Đúng tiến độ');
  });

  describe('the "why this status" sentence', () => {
    it('opens when keyboard focus reaches the status, closes on Escape, and fires nq-explain', async () => {
      const el = await gauge(sample!, 'threshold-on-track');
      const explanation = part(el, 'explanation')!;
      expect(explanation.hidden).to.be.true;
      const opened = oneEvent<NqExplainEvent>(el, 'nq-explain');
      await sendKeys({ press: 'Tab' });
      const event = await opened;
      expect(event.detail).to.include({ open: true, status: 'on-track', target: 'threshold-on-track' });
      await el.updateComplete;
      expect(explanation.hidden).to.be.false;
      expect(part(el, 'status')!.getAttribute('aria-expanded')).to.equal('true');
      expect(explanation.textContent).to.match(/^Theo phương pháp tuyến tính/);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(explanation.hidden).to.be.true;
    });
    it('toggles on click, in English too', async () => {
      const el = await gauge(sample!, 'threshold-on-track', 'bullet', 'en');
      part(el, 'status')!.click();
      await el.updateComplete;
      expect(part(el, 'explanation')!.hidden).to.be.false;
      expect(text(el, 'explanation')).to.match(/^By the linear method/);
      part(el, 'status')!.click();
      await el.updateComplete;
      expect(part(el, 'explanation')!.hidden).to.be.true;
    });
    it('is the meter’s description even while closed', async () => {
      const el = await gauge(sample!, 'threshold-on-track');
      expect(dial(el).getAttribute('aria-describedby')).to.equal('explanation');
    });
  });

  it('`method` overrides the method, and `as-of` sets the date assessed', async () => {
    const el = await gauge(sample!, 'threshold-on-track');
    el.method = 'opensdg';
    await el.updateComplete;
    expect(text(el, 'explanation')).to.not.match(/tuyến tính/);
    el.asOf = '2031-01-01';
    await el.updateComplete;
    expect(text(el, 'status-badge')).to.equal('Chưa có số liệu');
  });

  it('every string from a document is text, never HTML', async () => {
    const doc = structuredClone(sample!);
    const t = doc.targets.find((x) => x.id === 'threshold-on-track')!;
    t.label = { vi: '<img src=x onerror="window.__xss=1"><b>đậm</b>' };
    const el = await gauge(doc, t.id);
    expect(text(el, 'label')).to.equal('<img src=x onerror="window.__xss=1"><b>đậm</b>');
    expect(el.shadowRoot!.querySelector('img, b')).to.be.null;
  });

  describe('attribute-only mode: no document, a value', () => {
    it('value, target, unit, label: a gauge with no status unless the target is met', async () => {
      const el = await fixture<NqKpiGauge>(
        html`<nq-kpi-gauge value="42.5" target="≥50" unit="%" label="Tỷ lệ"></nq-kpi-gauge>`,
      );
      expect(text(el, 'value')).to.equal('42,5%');
      expect(text(el, 'label')).to.equal('Tỷ lệ');
      expect(part(el, 'status')).to.be.null;
      expectMeter(el);
      await expect(el).to.be.accessible();
      el.value = 55;
      await el.updateComplete;
      expect(text(el, 'status-badge')).to.equal('Đã đạt');
    });
    it('kind="rank" with max="63": an inverted scale and "hạng 37/63"', async () => {
      const el = await fixture<NqKpiGauge>(
        html`<nq-kpi-gauge kind="rank" value="37" target="20" max="63" label="PII"></nq-kpi-gauge>`,
      );
      expect(text(el, 'value')).to.equal('hạng 37/63');
      expect(dial(el).getAttribute('aria-valuemax')).to.equal('63');
    });
    it('a value="" is no value: the empty state', async () => {
      const el = await fixture<NqKpiGauge>(html`<nq-kpi-gauge value="" label="Trống"></nq-kpi-gauge>`);
      expect(el.value).to.be.undefined;
      expect(text(el, 'value')).to.equal('Chưa có số liệu');
    });
  });

  describe('data states', () => {
    it('loading: the space is reserved, and the gauge does not move when the data arrives', async () => {
      const id = uniqueId('gauge-loading');
      await script(id, [{ json: sample, delay: 600 }]);
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width:320px">
          <nq-kpi-gauge src=${docUrl(id)} target="threshold-at-risk" as-of=${AS_OF}></nq-kpi-gauge>
          <p id="after">…</p>
        </div>`,
      );
      const el = wrap.querySelector('nq-kpi-gauge')!;
      await el.updateComplete;
      expect(text(el, 'loading')).to.equal('Đang tải dữ liệu…');
      await expect(el).to.be.accessible();
      const before = wrap.querySelector('#after')!.getBoundingClientRect().top;
      await until(() => text(el, 'value') === '27%', 'data shown');
      expect(wrap.querySelector('#after')!.getBoundingClientRect().top).to.be.closeTo(before, 1);
    });
    it('error: an alert where the data would be', async () => {
      const id = uniqueId('gauge-error');
      await script(id, [{ status: 500 }]);
      const el = await fixture<NqKpiGauge>(html`<nq-kpi-gauge src=${docUrl(id)} target="x"></nq-kpi-gauge>`);
      await until(() => part(el, 'error') !== null, 'error shown');
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      await expect(el).to.be.accessible();
    });
    it('a target that is not in the document is an error that names it', async () => {
      const el = await fixture<NqKpiGauge>(
        html`<nq-kpi-gauge .resolution=${sample} target="no-such-target"></nq-kpi-gauge>`,
      );
      await el.updateComplete;
      expect(text(el, 'error')).to.include('no-such-target');
      await expect(el).to.be.accessible();
    });
    it('stale: a failed refresh keeps the value, marked out of date', async () => {
      const id = uniqueId('gauge-stale');
      await script(id, [{ json: sample }, { status: 500 }]);
      const el = await fixture<NqKpiGauge>(
        html`<nq-kpi-gauge src=${docUrl(id)} refresh="1" target="range-inside" as-of=${AS_OF}></nq-kpi-gauge>`,
      );
      await until(() => text(el, 'stale-badge') !== '', 'stale', 4000);
      expect(text(el, 'value')).to.equal('1,7%');
      expect(part(el, 'error')!.getAttribute('role')).to.equal('status');
      expect(part(el, 'pause-button')).to.exist;
      await expect(el).to.be.accessible();
      el.remove();
    }).timeout(6000);
    it('live update: a new document moves the value and is announced politely', async () => {
      const el = await gauge(sample!, 'threshold-on-track');
      const next = structuredClone(sample!);
      next.observations!.push({
        indicator: next.targets.find((t) => t.id === 'threshold-on-track')!.indicator.code,
        date: '2026',
        value: 46,
        source: { name: { vi: 'Nguồn mới' } },
        sample: true,
      });
      el.resolution = next;
      await el.updateComplete;
      expect(text(el, 'value')).to.equal('46%');
      expect(text(el, 'latest')).to.equal('Số liệu 2026 · Nguồn: Nguồn mới');
      expect(text(el, 'live-region')).to.not.equal('');
      await expect(el).to.be.accessible();
    });
  });

  describe('size and theme', () => {
    for (const width of [120, 200, 440, 600]) {
      it(`at ${width} px the dial fits its container`, async () => {
        const el = await gauge(sample!, 'multiple-x3', 'radial', 'vi', width);
        expect(el.getBoundingClientRect().width).to.be.at.most(width);
        expect(dial(el).getBoundingClientRect().width).to.be.at.most(width);
        const svg = dial(el).querySelector('svg')!;
        expect(svg.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      });
    }
    it('its first render is already at the container width: nothing below moves when the observer reports', async () => {
      const wrap = document.createElement('div');
      wrap.style.width = '400px';
      document.body.append(wrap);
      try {
        const el = document.createElement('nq-kpi-gauge');
        Object.assign(el, { resolution: sample, target: 'threshold-on-track', asOf: AS_OF });
        wrap.append(el);
        // The first update runs in a microtask, before any frame and so before any ResizeObserver report.
        await el.updateComplete;
        const first = dial(el).querySelector('svg')!.getAttribute('width');
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        await el.updateComplete;
        expect(first).to.equal(dial(el).querySelector('svg')!.getAttribute('width'));
        expect(first).to.equal('280');
      } finally {
        wrap.remove();
      }
    });
    it('forced colors: every colour the gauge draws with is a system colour (Web Test Runner cannot emulate the mode; the stories are checked in it)', () => {
      const ctor = customElements.get('nq-kpi-gauge') as unknown as { elementStyles: { styleSheet?: CSSStyleSheet }[] };
      const rules = ctor.elementStyles.flatMap((s) => [...(s.styleSheet?.cssRules ?? [])]);
      const forced = rules.filter(
        (r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors: active'),
      );
      const declared = new Map<string, string>();
      for (const r of forced)
        for (const inner of r.cssRules)
          if (inner instanceof CSSStyleRule)
            for (const p of inner.style) declared.set(p, inner.style.getPropertyValue(p).trim());
      for (const token of ['--_indicator', '--_marker', '--_expected', '--_band', '--_track', '--_muted', '--_text']) {
        expect(declared.get(token), token).to.be.oneOf(['Highlight', 'CanvasText', 'GrayText', 'LinkText', 'Canvas']);
      }
    });
    it('reduced motion: the indicator does not animate', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const el = await gauge(sample!, 'threshold-on-track');
        expect(getComputedStyle(part(el, 'indicator')!).transitionDuration).to.equal('0s');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
    it('--nq-kpi-gauge-indicator-color set on an ancestor themes the indicator', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="--nq-kpi-gauge-indicator-color: rgb(1, 2, 3)">
          <nq-kpi-gauge .resolution=${sample} target="threshold-on-track" as-of=${AS_OF}></nq-kpi-gauge>
        </div>`,
      );
      const el = wrap.querySelector('nq-kpi-gauge')!;
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'indicator')!).stroke).to.equal('rgb(1, 2, 3)');
    });
    it('every private custom property is defined and used', () => {
      const ctor = customElements.get('nq-kpi-gauge') as unknown as { elementStyles: { cssText: string }[] };
      const cssText = ctor.elementStyles.map((s) => s.cssText).join('\n');
      const defined = new Set([...cssText.matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]));
      const used = new Set([...cssText.matchAll(/var\(\s*(--_[\w-]+)/g)].map((m) => m[1]));
      expect(
        [...used].filter((p) => !defined.has(p)),
        'used, never defined',
      ).to.deep.equal([]);
      expect(
        [...defined].filter((p) => !used.has(p)),
        'defined, never used',
      ).to.deep.equal([]);
    });
  });
});
