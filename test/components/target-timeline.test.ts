import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/target-timeline/target-timeline.js';
import type { NqTargetTimeline } from '../../src/components/target-timeline/target-timeline.js';
import type { Resolution } from '../../src/core/schema.js';
import type { NqPointFocusEvent } from '../../src/events/nq-point-focus.js';
import { docUrl, script, uniqueId, until } from '../data/helpers.js';
import { failOnLitWarnings } from '../helpers/lit-warnings.js';

const load = async (path: string): Promise<Resolution> =>
  (await fetch(new URL(`../../demo/data/${path}`, import.meta.url)).then((r) => r.json())) as Resolution;
const SEED_FILES = [
  'cao-bang-34-ctr-tu-2013.json',
  'cao-bang-2021-khcn-draft.json',
  'nghe-an-khcn-2030.json',
  'dak-lak-khcn-2021-2025.json',
];
const [sample, empty, invalid, ...seeds] = await Promise.all(
  ['samples/all-kinds.json', 'samples/empty.json', 'samples/invalid.json', ...SEED_FILES].map(load),
);
const AS_OF = '2026-11-22';

// Lit's dev build: fail on any warning it prints, with the ones off by default turned on.
failOnLitWarnings();

const root = (el: NqTargetTimeline) => el.shadowRoot!;
const parts = (el: NqTargetTimeline, name: string) => [...root(el).querySelectorAll<Element>(`[part~="${name}"]`)];
const part = (el: NqTargetTimeline, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const stops = (el: NqTargetTimeline) => [...root(el).querySelectorAll<SVGGElement>('[data-nav]')];
const focused = (el: NqTargetTimeline) => root(el).activeElement as SVGGElement | null;
const settle = async (el: NqTargetTimeline) => {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
};

interface Options {
  resolution?: Resolution;
  resolutions?: Resolution[];
  targets?: string;
  width?: number;
  lang?: string;
  src?: string;
}

async function timeline(o: Options): Promise<NqTargetTimeline> {
  const wrap = await fixture<HTMLDivElement>(
    html`<div style="width:${o.width ?? 800}px" lang=${o.lang ?? 'vi'}>
      <nq-target-timeline
        .resolution=${o.resolution}
        .resolutions=${o.resolutions}
        targets=${o.targets ?? ''}
        src=${o.src ?? ''}
        as-of=${AS_OF}
      ></nq-target-timeline>
    </div>`,
  );
  const el = wrap.querySelector('nq-target-timeline')!;
  await settle(el);
  return el;
}

/** Tab into the chart: focus the one point that holds the tab stop, as Tab would. */
async function enter(el: NqTargetTimeline): Promise<SVGGElement> {
  const stop = root(el).querySelector<SVGGElement>('[data-nav][tabindex="0"]')!;
  stop.focus();
  await settle(el);
  return stop;
}

describe('<nq-target-timeline>', () => {
  describe('one target of each kind: a chart with its value axis, accessible', () => {
    const kinds = new Map<string, string>();
    for (const t of sample!.targets) if (!kinds.has(t.kind)) kinds.set(t.kind, t.id);
    for (const [kind, id] of kinds) {
      it(`${kind} (${id})`, async () => {
        const el = await timeline({ resolution: sample, targets: id });
        const numeric = !['qualitative', 'cadence'].includes(kind);
        expect(part(el, 'value-axis') !== null, 'value axis').to.equal(numeric);
        expect(part(el, 'lane') !== null, 'lane').to.equal(!numeric);
        expect(parts(el, 'milestone').length).to.be.greaterThan(0);
        await expect(el).to.be.accessible();
      });
    }
  });

  it('a rank: 1 is at the top of the value axis', async () => {
    const el = await timeline({ resolution: sample, targets: 'rank-top-20' });
    const labels = [...part(el, 'value-axis')!.querySelectorAll('text')];
    const one = labels.find((t) => t.textContent === '1')!;
    const ys = labels.map((t) => Number(t.getAttribute('y')));
    expect(Number(one.getAttribute('y'))).to.equal(Math.min(...ys));
    expect(part(el, 'axis-title')!.textContent).to.contain('hạng 1 là cao nhất');
  });

  it('a range: a band; a level: whole steps on the axis', async () => {
    const range = await timeline({ resolution: sample, targets: 'range-inside' });
    expect(parts(range, 'band')).to.have.length(1);
    const level = await timeline({ resolution: sample, targets: 'level-startup-ecosystem' });
    const ticks = [...part(level, 'value-axis')!.querySelectorAll('text')].map((t) => t.textContent);
    expect(ticks).to.deep.equal(['1/7', '2/7', '3/7', '4/7', '5/7', '6/7', '7/7']);
  });

  it('draws the required path, the projected path and the "as of" line', async () => {
    const el = await timeline({ resolution: sample, targets: 'threshold-at-risk' });
    expect(part(el, 'required-path')!.getAttribute('d')).to.match(/^M/);
    expect(part(el, 'projected-path')!.getAttribute('d')).to.match(/^M/);
    expect(part(el, 'today-line')!.textContent).to.contain('Đến 22/11/2026');
  });

  it('every target of a document: one lane each, accessible', async () => {
    const el = await timeline({ resolution: sample });
    expect(parts(el, 'lane')).to.have.length(sample!.targets.length);
    expect(parts(el, 'document-header')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('every target of each seed, accessible', async () => {
    for (const doc of seeds) {
      const el = await timeline({ resolution: doc });
      expect(parts(el, 'lane')).to.have.length(doc.targets.length);
      await expect(el).to.be.accessible();
    }
  });

  it('the four seeds on one axis: the 2013 programme and the 2021 resolutions', async () => {
    const el = await timeline({ resolutions: seeds });
    expect(parts(el, 'document-header')).to.have.length(4);
    const years = [...part(el, 'axis')!.querySelectorAll('text')].map((t) => t.textContent);
    expect(Number(years[0])).to.be.at.most(2015);
    expect(years).to.include('2030');
    expect(parts(el, 'issue-marker').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('targets="a,b" picks targets across documents', async () => {
    const el = await timeline({
      resolutions: seeds,
      targets: 'pii-top-20, cao-bang-34-ctr-tu-2013:progress-reporting',
    });
    expect(parts(el, 'lane')).to.have.length(2);
    expect(parts(el, 'document-header')).to.have.length(2);
  });

  it('is one tab stop', async () => {
    const el = await timeline({ resolution: sample });
    const zero = stops(el).filter((s) => s.getAttribute('tabindex') === '0');
    expect(zero).to.have.length(1);
    expect(stops(el).length).to.be.greaterThan(20);
  });

  it('the arrow keys move between points, each announcing its date, value and source', async () => {
    const el = await timeline({ resolution: sample, targets: 'threshold-on-track' });
    const first = await enter(el);
    expect(first.getAttribute('aria-label')).to.contain('Mốc 2030: ≥ 50%');
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(focused(el)!.getAttribute('aria-label')).to.contain('Mốc cơ sở 2020: 20%');
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    const label = focused(el)!.getAttribute('aria-label')!;
    expect(label).to.contain('Số liệu 2020: 20%');
    expect(label).to.contain('Nguồn: Số liệu minh họa');
    expect(label).to.contain('dữ liệu mẫu');
    // the tab stop follows the focus
    expect(focused(el)!.getAttribute('tabindex')).to.equal('0');
    expect(stops(el).filter((s) => s.getAttribute('tabindex') === '0')).to.have.length(1);
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(focused(el)!.getAttribute('aria-label')).to.contain('Đúng tiến độ');
  });

  it('a milestone whose deadline passed announces its verdict', async () => {
    const el = await timeline({ resolution: sample, targets: 'threshold-missed' });
    const stop = await enter(el);
    expect(stop.getAttribute('aria-label')).to.contain('Mốc 2025: ≥ 60% · Không đạt · không đạt khi hết hạn');
  });

  it('ArrowDown moves to the next lane, at the nearest point in time', async () => {
    const el = await timeline({ resolution: sample, targets: 'threshold-achieved,threshold-missed' });
    await enter(el);
    const before = focused(el)!.getAttribute('aria-label')!;
    expect(before).to.contain('90%');
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(focused(el)!.getAttribute('aria-label')).to.contain('Mốc 2025: ≥ 60%');
  });

  it('fires nq-point-focus on each move, with what the point says', async () => {
    const el = await timeline({ resolution: sample, targets: 'threshold-on-track' });
    await enter(el);
    setTimeout(() => void sendKeys({ press: 'ArrowLeft' }));
    const event: NqPointFocusEvent = await oneEvent(el, 'nq-point-focus');
    expect(event.detail).to.deep.include({
      kind: 'value',
      document: 'sample-all-kinds',
      target: 'threshold-on-track',
      t: 2025,
      trigger: 'keyboard',
    });
    expect(event.detail.text).to.contain('40%');
    expect(event.bubbles && event.composed).to.be.true;
  });

  it('shows a tooltip on focus and on hover, and Escape hides it', async () => {
    const el = await timeline({ resolution: sample, targets: 'threshold-on-track' });
    expect(part(el, 'tooltip')).to.equal(null);
    await enter(el);
    expect(part(el, 'tooltip')!.textContent).to.contain('Mốc 2030');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(part(el, 'tooltip')).to.equal(null);
    const value = root(el).querySelector('[part~="value-point"]')!;
    value.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await settle(el);
    expect(part(el, 'tooltip')!.textContent).to.contain('Số liệu 2020');
    await expect(el).to.be.accessible();
  });

  it('zooms to a period with the buttons', async () => {
    const el = await timeline({ resolutions: seeds });
    const buttons = parts(el, 'zoom-button') as HTMLButtonElement[];
    expect(buttons.map((b) => b.textContent?.trim())).to.deep.equal(['Toàn bộ', '2013–2020', '2020–2025', '2025–2030']);
    expect(buttons[0]!.getAttribute('aria-pressed')).to.equal('true');
    buttons[3]!.click();
    await settle(el);
    expect(el.getAttribute('period')).to.equal('2025-2030');
    const years = [...part(el, 'axis')!.querySelectorAll('text')].map((t) => t.textContent);
    expect(years[0]).to.equal('2025');
    expect(parts(el, 'issue-marker')).to.have.length(0);
    expect((parts(el, 'zoom-button')[3] as HTMLElement).getAttribute('aria-pressed')).to.equal('true');
  });

  it('at 320 px the lanes stack: the label goes above its track', async () => {
    const el = await timeline({ resolution: sample, width: 320 });
    const label = part(el, 'lane-label')!;
    const track = part(el, 'track')!;
    expect(Number(label.getAttribute('y'))).to.be.below(Number(track.getAttribute('y1')));
    const svg = part(el, 'plot')!.querySelector('svg')!;
    expect(Number(svg.getAttribute('width'))).to.equal(320);
    // a shortened label keeps its full text
    const short = parts(el, 'lane-label').find((t) => t.textContent.includes('…'))!;
    expect(short.querySelector('title')!.textContent).to.not.contain('…');
    await expect(el).to.be.accessible();
  });

  it('a text view lists every milestone, value and verdict', async () => {
    const el = await timeline({ resolution: sample, targets: 'threshold-missed,rank-top-20' });
    const view = part(el, 'text-view') as HTMLDetailsElement;
    expect(view.querySelector('summary')!.textContent).to.equal('Xem dạng văn bản');
    const text = view.textContent.replace(/\s+/g, ' ');
    expect(text).to.contain('Mốc 2025: ≥ 60% · Không đạt · không đạt khi hết hạn');
    expect(text).to.contain('Số liệu 2025: hạng 20/63 · Nguồn: Số liệu minh họa · dữ liệu mẫu');
    view.open = true;
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('English', async () => {
    const el = await timeline({ resolution: sample, targets: 'threshold-missed', lang: 'en' });
    expect(part(el, 'today-line')!.textContent).to.contain('As of 22 Nov 2026');
    expect(part(el, 'text-view')!.textContent).to.contain('Milestone 2025: ≥ 60% · Missed · missed at the deadline');
    await expect(el).to.be.accessible();
  });

  it('marks sample data', async () => {
    const el = await timeline({ resolution: sample, targets: 'threshold-achieved' });
    expect(part(el, 'sample-badge')).to.not.equal(null);
    expect(root(el).querySelectorAll('.value.sample').length).to.equal(3);
  });

  it('renders document strings as text', async () => {
    const doc = structuredClone(sample!);
    doc.targets[0]!.label.vi = '<img src=x onerror="window.__pwned = 1">Nhãn';
    const el = await timeline({ resolution: doc });
    expect(root(el).querySelector('img')).to.equal(null);
    expect(part(el, 'lane-label')!.textContent).to.contain('<img');
  });

  describe('data states', () => {
    it('empty document: says there is no target, accessible', async () => {
      const el = await timeline({ resolution: empty });
      expect(part(el, 'message')!.textContent).to.equal('Không có chỉ tiêu nào để hiển thị.');
      await expect(el).to.be.accessible();
    });

    it('invalid document: the error, accessible', async () => {
      const el = await timeline({ resolution: invalid });
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(part(el, 'plot')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('loading: space is kept, then the chart replaces it', async () => {
      const id = uniqueId('timeline');
      await script(id, [{ json: sample, delay: 400 }]);
      const el = await timeline({ src: docUrl(id), targets: 'threshold-on-track' });
      const placeholder = part(el, 'placeholder')!;
      expect(placeholder.getBoundingClientRect().height).to.be.greaterThan(100);
      await expect(el).to.be.accessible();
      await until(() => part(el, 'plot') !== null, 'the chart');
      await settle(el);
      expect(part(el, 'value-axis')).to.not.equal(null);
    });

    it('src with two URLs: both documents on one axis', async () => {
      const a = uniqueId('timeline-a');
      const b = uniqueId('timeline-b');
      await script(a, [{ json: seeds[0] }]);
      await script(b, [{ json: seeds[2] }]);
      const el = await timeline({ src: `${docUrl(a)} ${docUrl(b)}` });
      await until(() => parts(el, 'document-header').length === 2, 'two documents');
      await settle(el);
      await expect(el).to.be.accessible();
    });

    it('inline JSON and src with two URLs: the second URL is its own document, not the inline one again', async () => {
      const a = uniqueId('timeline-a');
      const b = uniqueId('timeline-b');
      await script(a, [{ json: seeds[1] }]);
      await script(b, [{ json: seeds[2] }]);
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width:800px" lang="vi">
          <nq-target-timeline src=${`${docUrl(a)} ${docUrl(b)}`} as-of=${AS_OF}>
            <script type="application/json">
              ${JSON.stringify(seeds[0])}
            </script>
          </nq-target-timeline>
        </div>`,
      );
      const el = wrap.querySelector('nq-target-timeline')!;
      await until(() => parts(el, 'document-header').length === 2, 'two documents');
      await settle(el);
      // The first URL gives way to the inline JSON, as for every widget; the second is read.
      const ids = el.shadowRoot!.querySelectorAll('[part~="document-header"]');
      const names = [...ids].map((h) => h.getAttribute('aria-label') ?? '');
      const name = (d: Resolution) => d.number ?? d.title.vi;
      expect(names.some((n) => n.includes(name(seeds[0]!)))).to.equal(true, names.join(' | '));
      expect(names.some((n) => n.includes(name(seeds[2]!)))).to.equal(true, names.join(' | '));
    });
  });
});
