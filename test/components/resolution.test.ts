import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { assessResolution } from '../../src/core/assess.js';
import type { Resolution } from '../../src/core/schema.js';
import { validateResolution } from '../../src/core/validate.js';
import '../../src/components/resolution/resolution.js';
import type { NqResolution } from '../../src/components/resolution/resolution.js';
import { failOnLitWarnings } from '../helpers/lit-warnings.js';

const AS_OF = '2026-11-22';
failOnLitWarnings();

async function seed(name: string): Promise<Resolution> {
  const result = validateResolution(await (await fetch(`/demo/data/${name}.json`)).text());
  if (!result.ok) throw new Error(`${name} is invalid`);
  return result.resolution;
}

/** Waits for the element and every element it rendered to finish updating. */
async function settled(el: NqResolution): Promise<void> {
  await el.updateComplete;
  const children = [
    ...(el.shadowRoot?.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*') ?? []),
  ];
  await Promise.all(children.map((c) => c.updateComplete ?? Promise.resolve()));
}

async function show(doc: unknown, attrs: { lang?: string; highlight?: string } = {}): Promise<NqResolution> {
  const el = await fixture<NqResolution>(
    html`<nq-resolution
      .resolution=${doc}
      as-of=${AS_OF}
      lang=${attrs.lang ?? 'vi'}
      highlight=${attrs.highlight ?? ''}
    ></nq-resolution>`,
  );
  await settled(el);
  return el;
}

const text = (el: Element, selector: string) =>
  el.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<nq-resolution>', () => {
  it('shows the header of a document whose number and date are not in the text as unknown', async () => {
    const el = await show(await seed('nghe-an-khcn-2030'));
    expect(text(el, 'h2')).to.contain('phát triển khoa học, công nghệ và đổi mới sáng tạo đến năm 2030');
    const unknown = [...el.shadowRoot!.querySelectorAll('dd.unknown')].map((dd) => dd.textContent?.trim());
    expect(unknown).to.deep.equal(['chưa có số', 'chưa rõ ngày']);
    await expect(el).to.be.accessible();
  });

  it('shows a draft as a draft, with a note', async () => {
    const el = await show(await seed('cao-bang-2021-khcn-draft'), { lang: 'en' });
    expect(text(el, 'h2 .draft')).to.equal('Draft');
    expect(text(el, 'header')).to.contain('This is a draft');
  });

  it('gives the date at its precision and the documents it implements', async () => {
    const el = await show(await seed('cao-bang-34-ctr-tu-2013'));
    expect(text(el, 'dl.meta')).to.contain('34-CTr/TU');
    expect(el.shadowRoot!.querySelector('time')?.getAttribute('datetime')).to.equal('2013-03-06');
    expect(text(el, 'ul.relations')).to.contain('20-NQ/TW');
  });

  it('rolls up the statuses the engine computes, in words and numbers', async () => {
    const doc = await seed('dak-lak-khcn-2021-2025');
    const el = await show(doc, { lang: 'en' });
    const { rollUp } = assessResolution(doc, { asOf: AS_OF });
    const counts = [...el.shadowRoot!.querySelectorAll('ul.counts li')].map((li) =>
      li.textContent.replace(/\s+/g, ' ').trim(),
    );
    const expected = Object.entries(rollUp.byStatus).filter(([, n]) => n > 0);
    expect(counts).to.have.length(expected.length);
    expect(text(el, 'section[part="summary"] h3')).to.equal(`Progress summary: ${doc.targets.length} targets`);
    const bar = el.shadowRoot!.querySelector('[part="bar"]')!;
    expect(bar.getAttribute('aria-hidden')).to.equal('true');
    expect(bar.children).to.have.length(expected.length);
  });

  it('shows three top-level targets as gauges by default, reported ones first, or those named in highlight', async () => {
    const doc = await seed('nghe-an-khcn-2030');
    const byDefault = await show(doc);
    const targets = (el: NqResolution) =>
      [...el.shadowRoot!.querySelectorAll('nq-kpi-gauge')].map((g) => g.getAttribute('target'));
    // Nghệ An has values for the PII rank only: that target, then the first two others.
    const top = doc.targets.filter((t) => t.parent === undefined).map((t) => t.id);
    const expected = top.filter((id) => id === 'pii-top-20' || top.filter((x) => x !== 'pii-top-20').indexOf(id) < 2);
    expect(targets(byDefault)).to.deep.equal(expected);
    expect(targets(byDefault)).to.include('pii-top-20');
    const named = await show(doc, { highlight: 'pii-top-20' });
    expect(targets(named)).to.deep.equal(['pii-top-20']);
  });

  it('hands the one document to its parts as a property: nothing is fetched twice', async () => {
    const doc = await seed('nghe-an-khcn-2030');
    const el = await show(doc);
    const parts = el.shadowRoot!.querySelectorAll<HTMLElement & { resolution?: unknown; src?: string }>(
      'nq-kpi-gauge, nq-goal-table, nq-target-timeline',
    );
    expect(parts.length).to.be.at.least(5);
    expect(new Set([...parts].map((p) => p.resolution)).size, 'one object shared by every part').to.equal(1);
    for (const part of parts) {
      expect(part.resolution).to.be.an('object');
      expect(part.src).to.equal(undefined);
      expect(part.getAttribute('lang')).to.equal('vi');
      expect(part.getAttribute('as-of')).to.equal(AS_OF);
    }
  });

  it('leaves out the parts it is told to', async () => {
    const el = await fixture<NqResolution>(
      html`<nq-resolution
        .resolution=${await seed('nghe-an-khcn-2030')}
        no-gauges
        no-table
        no-timeline
      ></nq-resolution>`,
    );
    await settled(el);
    expect(el.shadowRoot!.querySelectorAll('nq-kpi-gauge, nq-goal-table, nq-target-timeline')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('header')).to.not.equal(null);
  });

  it('shows why an invalid document cannot be shown, and fires nq-error', async () => {
    const invalid = await (await fetch('/demo/data/samples/invalid.json')).json();
    const el = document.createElement('nq-resolution');
    el.lang = 'en';
    const error = oneEvent(el, 'nq-error');
    el.resolution = invalid;
    document.body.append(el);
    const event = await error;
    await settled(el);
    expect(event.detail ?? event).to.not.equal(undefined);
    const alert = el.shadowRoot!.querySelector('[role="alert"]');
    expect(alert, 'an alert is shown').to.not.equal(null);
    expect(alert!.textContent).to.contain('$.date');
    expect(el.shadowRoot!.querySelector('header')).to.equal(null);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('shows a document with no targets without gauges', async () => {
    const el = await show(await seed('samples/empty'), { lang: 'en' });
    expect(text(el, 'section[part="summary"] h3')).to.equal('Progress summary: 0 targets');
    expect(el.shadowRoot!.querySelectorAll('nq-kpi-gauge')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('marks an illustrative document as sample data', async () => {
    const el = await show(await seed('samples/all-kinds'), { lang: 'en' });
    expect(text(el, 'header')).to.contain('every number in it is sample data');
  });
});
