import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/goal-table/goal-table.js';
import type { NqGoalTable } from '../../src/components/goal-table/goal-table.js';
import type { Resolution } from '../../src/core/schema.js';
import { assessResolution } from '../../src/core/assess.js';
import { sampleResolution } from '../../src/core/table-sample.js';
import { validateResolution } from '../../src/core/validate.js';
import { STATUSES } from '../../src/core/vocabulary.js';
import type { NqCsvExportEvent } from '../../src/events/nq-csv-export.js';
import type { NqFilterChangeEvent } from '../../src/events/nq-filter-change.js';
import type { NqSortChangeEvent } from '../../src/events/nq-sort-change.js';
import type { NqTargetToggleEvent } from '../../src/events/nq-target-toggle.js';
import { failOnLitWarnings } from '../helpers/lit-warnings.js';

const load = async (path: string): Promise<unknown> =>
  (await fetch(new URL(`../../demo/data/${path}`, import.meta.url)).then((r) => r.json())) as unknown;
const [dakLak, ngheAn, caoBang, caoBangDraft, allKinds, empty, invalid] = (await Promise.all(
  [
    'dak-lak-khcn-2021-2025.json',
    'nghe-an-khcn-2030.json',
    'cao-bang-34-ctr-tu-2013.json',
    'cao-bang-2021-khcn-draft.json',
    'samples/all-kinds.json',
    'samples/empty.json',
    'samples/invalid.json',
  ].map(load),
)) as [Resolution, Resolution, Resolution, Resolution, Resolution, Resolution, Resolution];
const AS_OF = '2026-11-22';

// Lit's dev build: fail on any warning it prints, with the ones off by default turned on.
failOnLitWarnings();

const frame = () => new Promise((r) => requestAnimationFrame(r));

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!check() && performance.now() < end) await frame();
}

async function settle(el: NqGoalTable): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await frame();
  }
  await el.updateComplete;
}

/** A table in a box of the given width; `no-gauge` keeps these tests on the table's own DOM. */
async function table(
  props: { resolution?: unknown; resolutions?: unknown[]; width?: number; attrs?: string } = {},
): Promise<NqGoalTable> {
  const wrap = await fixture<HTMLDivElement>(
    html`<div style="width:${props.width ?? 1100}px" lang="vi">
      <nq-goal-table
        as-of=${AS_OF}
        no-gauge
        .resolution=${props.resolution}
        .resolutions=${props.resolutions}
      ></nq-goal-table>
    </div>`,
  );
  const el = wrap.querySelector('nq-goal-table')!;
  await settle(el);
  return el;
}

const $ = (el: NqGoalTable, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: NqGoalTable, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const rowLabels = (el: NqGoalTable) => $$(el, 'tr.row .expander .label').map((b) => b.textContent?.trim() ?? '');

async function select(el: NqGoalTable, name: string, value: string): Promise<void> {
  const s = $(el, `select[name="${name}"]`) as HTMLSelectElement;
  s.value = value;
  s.dispatchEvent(new Event('change'));
  await settle(el);
}

// A virtualizer that places many rows at once makes Chromium skip a ResizeObserver notification to
// the next frame and report it as an error event; the spec calls it harmless, and no row is lost.
const quiet = (e: ErrorEvent) => {
  if (/ResizeObserver loop/.test(e.message)) e.stopImmediatePropagation();
};
window.addEventListener('error', quiet, true);

describe('nq-goal-table', () => {
  it('renders a native table: caption, header cells with scope, one row per target', async () => {
    const el = await table({ resolution: ngheAn });
    const t = $(el, 'table')!;
    expect(t.getAttribute('role')).to.equal(null);
    expect($(el, 'caption')?.textContent).to.include('Nghị quyết');
    expect($$(el, 'thead th').every((th) => th.getAttribute('scope') === 'col')).to.be.true;
    expect($$(el, 'tbody th[scope="row"]')).to.have.length(10);
    expect($$(el, 'tr.row')).to.have.length(10);
    expect($(el, '[part~="count"]')?.textContent).to.equal('10 chỉ tiêu');
    await expect(el).to.be.accessible();
  });

  for (const [name, doc] of [
    ['Đắk Lắk', dakLak],
    ['Cao Bằng 34-CTr/TU', caoBang],
    ['Cao Bằng draft', caoBangDraft],
    ['all kinds (sample)', allKinds],
  ] as const) {
    it(`renders the ${name} document, accessibly`, async () => {
      const el = await table({ resolution: doc });
      expect($$(el, 'tr.row').length).to.equal(doc.targets.length);
      await expect(el).to.be.accessible();
    });
  }

  it('sorts by status with a button; aria-sort is on the sorted column only; fires nq-sort-change', async () => {
    const el = await table({ resolution: allKinds });
    const header = $(el, 'th.status-header')!;
    const button = header.querySelector('button')!;
    expect(header.hasAttribute('aria-sort')).to.be.false;
    setTimeout(() => button.click());
    const event = await oneEvent<NqSortChangeEvent>(el, 'nq-sort-change');
    expect(event.detail).to.deep.equal({ sort: 'status', direction: 'ascending' });
    expect(event.bubbles && event.composed).to.be.true;
    await settle(el);
    expect(header.getAttribute('aria-sort')).to.equal('ascending');
    expect($$(el, 'th[aria-sort]')).to.have.length(1);
    const urgency = ['missed', 'off-track', 'at-risk', 'on-track', 'achieved', 'no-data', 'not-assessable'];
    // Top-level rows of the first group (nested rows sort among their siblings, under their parent).
    const top = [...$$(el, 'tbody')[0]!.querySelectorAll<HTMLElement>('tr.row')].filter(
      (r) => !r.querySelector('.nested'),
    );
    const ranks = top.map((r) => urgency.indexOf(r.dataset.status ?? ''));
    expect(ranks).to.deep.equal([...ranks].sort((a, b) => a - b));
    button.click();
    await settle(el);
    expect(header.getAttribute('aria-sort')).to.equal('descending');
    button.click();
    await settle(el);
    expect(header.hasAttribute('aria-sort')).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('sorts names by Vietnamese collation', async () => {
    const el = await table({ resolution: dakLak, attrs: '' });
    el.groupBy = 'none';
    el.sort = 'name';
    await settle(el);
    const labels = rowLabels(el).filter((_, i) => !$$(el, 'tr.row')[i]!.querySelector('.nested'));
    const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });
    expect(labels).to.deep.equal([...labels].sort(collator.compare));
  });

  it('filters by status and fires nq-filter-change with the counts', async () => {
    const el = await table({ resolution: allKinds });
    const status = allKinds.targets.length > 0 ? ($(el, 'tr.row')!.dataset.status ?? '') : '';
    setTimeout(() => void select(el, 'status', status));
    const event = await oneEvent<NqFilterChangeEvent>(el, 'nq-filter-change');
    await settle(el);
    expect(event.detail.filters.status).to.deep.equal([status]);
    expect(event.detail.total).to.equal(allKinds.targets.length);
    const rows = $$(el, 'tr.row:not(.context)');
    expect(rows.length).to.equal(event.detail.matched);
    expect(rows.every((r) => r.dataset.status === status)).to.be.true;
    expect($(el, '[part~="live-region"]')?.textContent).to.include(`${event.detail.matched}`);
  });

  it('searches without diacritics: "dau tu" finds "Đầu tư", "Dak Lak" finds the province', async () => {
    const el = await table({ resolutions: [dakLak, ngheAn] });
    const input = $(el, 'input[type="search"]') as HTMLInputElement;
    input.value = 'dau tu';
    input.dispatchEvent(new Event('input'));
    await settle(el);
    const labels = rowLabels(el);
    expect(labels.length).to.be.greaterThan(0);
    expect(labels.length).to.be.below(dakLak.targets.length + ngheAn.targets.length);
    input.value = 'Dak Lak';
    input.dispatchEvent(new Event('input'));
    await settle(el);
    expect($$(el, 'tr.row').every((r) => r.querySelector('.document-cell')?.textContent?.includes('Đắk Lắk'))).to.be
      .true;
    expect($$(el, 'tr.row')).to.have.length(dakLak.targets.length);
  });

  it('several documents: a document column and a document filter', async () => {
    const el = await table({ resolutions: [dakLak, ngheAn, caoBang, caoBangDraft] });
    expect($(el, 'th.document-header')).to.exist;
    const options = [...($(el, 'select[name="document"]') as HTMLSelectElement).options].map((o) => o.value);
    expect(options).to.deep.equal(['', dakLak.id, ngheAn.id, caoBang.id, caoBangDraft.id]);
    await select(el, 'document', ngheAn.id);
    expect($$(el, 'tr.row')).to.have.length(ngheAn.targets.length);
    await expect(el).to.be.accessible();
  });

  it('groups by section (rowgroup headers) and by area', async () => {
    const el = await table({ resolution: dakLak });
    const sections = $$(el, 'tr.group th').map((th) => th.getAttribute('scope'));
    expect(sections.length).to.be.greaterThan(1);
    expect(sections.every((s) => s === 'rowgroup')).to.be.true;
    await select(el, 'group', 'area');
    const areas = $$(el, 'tr.group th').map((th) => th.textContent?.replace(/\s+/g, ' ').trim());
    expect(areas.some((a) => a?.startsWith('Đổi mới sáng tạo'))).to.be.true;
    await select(el, 'group', 'none');
    expect($$(el, 'tr.group')).to.have.length(0);
  });

  it('a nested target ("trong đó") sits right under its parent', async () => {
    const el = await table({ resolution: dakLak });
    const rows = $$(el, 'tr.row');
    const nested = rows.findIndex((r) => r.querySelector('.nested'));
    expect(nested).to.be.greaterThan(0);
    const child = dakLak.targets.find((t) => t.parent)!;
    const parent = dakLak.targets.find((t) => t.id === child.parent)!;
    expect(rows[nested - 1]!.querySelector('.expander .label')?.textContent?.trim()).to.equal(parent.label.vi);
    expect(rows[nested]!.querySelector('.expander .label')?.textContent?.trim()).to.equal(child.label.vi);
  });

  it('expands a row: aria-expanded, aria-controls, wording, milestones, history and why; fires nq-target-toggle', async () => {
    const el = await table({ resolution: ngheAn });
    const button = $(el, '.expander')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    setTimeout(() => button.click());
    const event = await oneEvent<NqTargetToggleEvent>(el, 'nq-target-toggle');
    expect(event.detail).to.deep.equal({ document: ngheAn.id, target: ngheAn.targets[0]!.id, open: true });
    await settle(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const detail = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
    expect(detail.querySelector('blockquote')?.textContent).to.equal(ngheAn.targets[0]!.wording);
    expect(detail.textContent).to.include('Vì sao có trạng thái này');
    expect(detail.textContent).to.include('Các mốc');
    expect(detail.textContent).to.include('Số liệu đã báo cáo');
    await expect(el).to.be.accessible();
    button.click();
    await settle(el);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, 'tr.detail')).to.equal(null);
  });

  it('is usable by keyboard: the expander and sort buttons are native buttons', async () => {
    const el = await table({ resolution: ngheAn });
    const buttons = $$(el, '.expander, [part~="sort-button"]');
    expect(buttons.every((b) => b.tagName === 'BUTTON' && b.getAttribute('type') === 'button')).to.be.true;
    buttons[0]!.focus();
    expect(el.shadowRoot!.activeElement).to.equal(buttons[0]);
  });

  it('toCsv() gives exactly the rows and columns shown, with a byte-order mark', async () => {
    const el = await table({ resolution: ngheAn });
    el.columns = 'ref indicator status';
    await select(el, 'group', 'none');
    const csv = await el.toCsv();
    const lines = csv.split('\r\n');
    expect(csv.startsWith('\ufeff')).to.be.true;
    expect(lines[0]).to.equal('\ufeffMục,Chỉ tiêu,Chỉ số,Đơn vị,Trạng thái,Mã trạng thái');
    expect(lines).to.have.length(ngheAn.targets.length + 2);
    expect(lines[1]!.startsWith(`${ngheAn.targets[0]!.ref},`)).to.be.true;
  });

  it('the CSV button fires a cancelable nq-csv-export', async () => {
    const el = await table({ resolution: ngheAn });
    el.addEventListener('nq-csv-export', (e) => e.preventDefault(), { once: true });
    setTimeout(() => $(el, '[part~="export-button"]')!.click());
    const event = await oneEvent<NqCsvExportEvent>(el, 'nq-csv-export');
    expect(event.cancelable && event.defaultPrevented).to.be.true;
    expect(event.detail.filename).to.equal(`${ngheAn.id}.csv`);
    expect(event.detail.rows).to.equal(ngheAn.targets.length);
  });

  it('below card-width, rows become cards that keep every field in reading order', async () => {
    const el = await table({ resolution: ngheAn, width: 360 });
    expect($(el, '.base')!.classList.contains('cards')).to.be.true;
    expect($(el, 'table')!.getAttribute('role')).to.equal('table');
    const first = $(el, 'tr.row')!;
    expect(first.getAttribute('role')).to.equal('row');
    const labels = [...first.querySelectorAll('.cell-label')].map((l) => l.textContent);
    expect(labels).to.deep.equal([
      'Mục',
      'Chỉ tiêu',
      'Mốc cơ sở',
      'Mục tiêu và thời hạn',
      'Số liệu mới nhất',
      'Tiến độ',
      'Trạng thái',
    ]);
    expect(first.getBoundingClientRect().width).to.be.at.most(360);
    await expect(el).to.be.accessible();
  });

  it('at 10,000 rows only the visible rows are in the DOM, with aria-rowcount and aria-rowindex', async function () {
    this.timeout(30000); // validating and assessing 10,000 targets takes about a second here
    const big = sampleResolution({ targets: 10000 });
    const el = await table({ resolution: big });
    await until(() => $(el, '.base')!.classList.contains('virtual'));
    await until(() => $$(el, 'tbody tr').length > 0);
    await settle(el);
    const t = $(el, 'table')!;
    expect($(el, '.base')!.classList.contains('virtual')).to.be.true;
    expect(Number(t.getAttribute('aria-rowcount'))).to.be.greaterThan(10000);
    const rows = $$(el, 'tbody tr');
    expect(rows.length).to.be.greaterThan(0);
    expect(rows.length).to.be.below(200);
    expect(rows.every((r) => r.getAttribute('role') === 'row' && r.hasAttribute('aria-rowindex'))).to.be.true;
    expect($(el, '[part~="count"]')?.textContent).to.equal('10.000 chỉ tiêu');
    expect($(el, '[part~="live-region"]')?.textContent).to.equal('10.000 chỉ tiêu');
    expect($$(el, '[data-status] .nq-badge--sample, .nq-badge--sample').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('a big table offers, once it has assessed every row while idle, only the statuses its rows have', async function () {
    this.timeout(15000);
    const big = sampleResolution({ targets: 400 });
    const checked = validateResolution(big);
    if (!checked.ok) throw new Error('sampleResolution is invalid');
    const present = new Set(assessResolution(checked.resolution, { asOf: AS_OF }).targets.map((a) => a.status));
    const expected = STATUSES.filter((s) => present.has(s));
    expect(expected.length).to.be.below(STATUSES.length); // else this test could not tell
    const el = await table({ resolution: big });
    const offered = () =>
      $$(el, 'select[name="status"] option')
        .map((o) => (o as HTMLOptionElement).value)
        .filter(Boolean);
    await until(() => offered().length === expected.length);
    expect(offered()).to.deep.equal(expected);
  });

  it('an empty document says it has no targets', async () => {
    const el = await table({ resolution: empty });
    expect($(el, '[part~="empty"]')?.textContent).to.equal('Văn bản không có chỉ tiêu nào.');
    expect($(el, 'table')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('an invalid document shows the error as an alert, and no table', async () => {
    const el = await table({ resolution: invalid });
    expect($(el, '[part~="error"]')?.getAttribute('role')).to.equal('alert');
    expect($(el, 'table')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('speaks English with lang="en"', async () => {
    const el = await table({ resolution: ngheAn });
    el.lang = 'en';
    await settle(el);
    expect($(el, 'th.status-header')?.textContent).to.include('Status');
    expect($(el, '[part~="count"]')?.textContent).to.equal('10 targets');
  });

  it('sync-url writes the view to the URL and reads it back', async () => {
    const before = location.href;
    try {
      const el = await table({ resolution: ngheAn });
      el.syncUrl = true;
      el.urlPrefix = 'gt-';
      await settle(el);
      $(el, 'th.status-header button')!.click();
      await settle(el);
      expect(new URLSearchParams(location.search).get('gt-sort')).to.equal('status');
      const again = await fixture<NqGoalTable>(
        html`<nq-goal-table sync-url url-prefix="gt-" as-of=${AS_OF} no-gauge .resolution=${ngheAn}></nq-goal-table>`,
      );
      await settle(again);
      expect($(again, 'th.status-header')?.getAttribute('aria-sort')).to.equal('ascending');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('prints the whole table, expanded and unvirtualized', async function () {
    this.timeout(15000);
    const el = await table({ resolution: sampleResolution({ targets: 400 }) });
    await until(() => $(el, '.base')!.classList.contains('virtual'));
    expect($(el, '.base')!.classList.contains('virtual')).to.be.true;
    const screenRows = $$(el, '.screen tr.row').length;
    expect(screenRows).to.be.below(400);
    window.dispatchEvent(new Event('beforeprint'));
    // Rendered synchronously: the browser lays out the print copy as soon as beforeprint returns.
    expect($$(el, '.print tr.row')).to.have.length(400);
    expect($$(el, '.print tr.detail')).to.have.length(400);
    expect($(el, '.print table')!.getAttribute('role')).to.equal(null);
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    expect($(el, '.print')).to.equal(null);
    expect($$(el, '.screen tr.row').length).to.equal(screenRows);
  });

  it('draws progress with the bullet gauge unless no-gauge is set', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width:1100px">
        <nq-goal-table as-of=${AS_OF} .resolution=${allKinds}></nq-goal-table>
      </div>`,
    );
    const el = wrap.querySelector('nq-goal-table')!;
    await settle(el);
    await customElements.whenDefined('nq-kpi-gauge');
    await settle(el);
    const gauges = $$(el, 'nq-kpi-gauge');
    expect(gauges.length).to.be.greaterThan(0);
    expect(gauges.every((g) => g.getAttribute('variant') === 'bullet')).to.be.true;
  });

  it('hands each gauge the very object it was given, which is validated once, not its validated copy', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width:1100px">
        <nq-goal-table as-of=${AS_OF} .resolution=${allKinds}></nq-goal-table>
      </div>`,
    );
    const el = wrap.querySelector('nq-goal-table')!;
    await settle(el);
    await customElements.whenDefined('nq-kpi-gauge');
    await settle(el);
    const gauges = $$(el, 'nq-kpi-gauge') as (HTMLElement & { resolution?: unknown })[];
    expect(gauges.length).to.be.greaterThan(0);
    expect(gauges.every((g) => g.resolution === allKinds)).to.be.true;
  });
});
