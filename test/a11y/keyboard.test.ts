/**
 * Keyboard-only walk-throughs of the goal table and the timeline (issue #9, Chartability's
 * "interaction modality only mouse"): real key presses (web-test-runner's sendKeys), from a
 * button before the widget to a button after it. Every stop is named and shows its focus, nothing
 * traps the focus, and everything a pointer can do here a keyboard does too: search, sort, open a
 * row, walk every point of the chart, zoom, read the text view. The keyboard models are the ones
 * docs/components/goal-table.md and target-timeline.md describe.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { baseDocument } from '../hostile/base.js';
import {
  createWidget,
  deepElements,
  loadWidgets,
  settle,
  stage,
  widgetTitle,
  type WidgetElement,
} from '../hostile/widgets.js';

const widgets = await loadWidgets();
const table = widgets.find((w) => w.tag === 'nq-goal-table')!;
const timeline = widgets.find((w) => w.tag === 'nq-target-timeline')!;
const TARGETS = (baseDocument().targets as unknown[]).length;

/** The focused element, through shadow roots. */
function focused(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** What a screen reader would call it, near enough: aria-label, aria-labelledby, <label>, or its text. */
function nameOf(el: Element): string {
  const aria = el.getAttribute('aria-label');
  if (aria) return aria;
  const root = el.getRootNode() as ShadowRoot | Document;
  const by = el.getAttribute('aria-labelledby');
  if (by)
    return by
      .split(/\s+/)
      .map((id) => root.getElementById?.(id)?.textContent ?? '')
      .join(' ');
  const labels = (el as HTMLInputElement).labels;
  if (labels && labels.length > 0) return [...labels].map((l) => l.textContent ?? '').join(' ');
  return el.getAttribute('title') ?? el.textContent ?? '';
}

/** A visible focus indicator: an outline or a box shadow while focused. */
function showsFocus(el: Element): boolean {
  const s = getComputedStyle(el);
  return (s.outlineStyle !== 'none' && s.outlineWidth !== '0px') || s.boxShadow !== 'none';
}

interface Page {
  host: HTMLElement;
  before: HTMLButtonElement;
  after: HTMLButtonElement;
  el: WidgetElement;
}

/** The widget between two buttons, with the base document, the focus on the first button. */
async function setUp(tag: (typeof widgets)[number]): Promise<Page> {
  const host = stage(900);
  const before = document.createElement('button');
  before.textContent = 'before';
  const after = document.createElement('button');
  after.textContent = 'after';
  const el = createWidget(tag);
  el.resolution = baseDocument();
  host.append(before, el, after);
  await settle(el);
  before.focus();
  return { host, before, after, el };
}

async function press(key: string, el: Element): Promise<Element | null> {
  await sendKeys({ press: key });
  await settle(el, 0);
  return focused();
}

/** Tabs until the focus lands on `after` (or 80 presses); returns every stop inside the widget. */
async function tabThrough(p: Page): Promise<Element[]> {
  const stops: Element[] = [];
  for (let i = 0; i < 80; i++) {
    const at = await press('Tab', p.el);
    if (at === p.after || at === null) break;
    stops.push(at);
  }
  return stops;
}

/** Tabs until `match` holds for the focused element. */
async function tabTo(p: Page, match: (el: Element) => boolean, what: string): Promise<Element> {
  for (let i = 0; i < 80; i++) {
    const at = await press('Tab', p.el);
    if (at && match(at)) return at;
    if (at === p.after) break;
  }
  throw new Error(`Tab never reached ${what}`);
}

const part = (el: Element, name: string) => (el.getAttribute('part') ?? '').split(/\s+/).includes(name);

describe(widgetTitle('keyboard walk-through', table), () => {
  if (!table.present) return;
  let p: Page;
  beforeEach(async () => (p = await setUp(table)));
  afterEach(() => p.host.remove());

  it('reaches every control and every row with Tab, each named and showing its focus, then leaves', async () => {
    const stops = await tabThrough(p);
    expect(focused(), 'the focus left the table').to.equal(p.after);
    expect(new Set(stops).size, 'no stop twice').to.equal(stops.length);
    for (const el of stops) {
      expect(nameOf(el).trim(), `a name for <${el.localName} part="${el.getAttribute('part')}">`).to.not.equal('');
    }
    expect(
      stops.filter((el) => part(el, 'search-input')),
      'the search box',
    ).to.have.length(1);
    expect(stops.filter((el) => part(el, 'sort-button')).length, 'sort buttons').to.be.at.least(1);
    expect(
      stops.filter((el) => part(el, 'expander')),
      'one expander per target',
    ).to.have.length(TARGETS);
  });

  it('shows where the focus is on every stop', async () => {
    for (let i = 0; i < 80; i++) {
      const at = await press('Tab', p.el);
      if (at === p.after || !at) break;
      expect(showsFocus(at), `a focus indicator on <${at.localName} part="${at.getAttribute('part')}">`).to.equal(true);
    }
  });

  it('searches from the keyboard', async () => {
    await tabTo(p, (el) => part(el, 'search-input'), 'the search box');
    await sendKeys({ type: 'PCI' });
    const expanders = () => [...deepElements(p.el)].filter((e) => part(e, 'expander'));
    const end = performance.now() + 3000; // the search waits for typing to pause
    while (expanders().length !== 1 && performance.now() < end) await new Promise((r) => setTimeout(r, 20));
    expect(expanders().map((e) => e.textContent?.trim())).to.deep.equal(['Xếp hạng PCI']);
  });

  it('sorts from the keyboard: ascending, descending, document order', async () => {
    const button = await tabTo(p, (el) => part(el, 'sort-button'), 'a sort button');
    const header = button.closest('th, [role="columnheader"]')!;
    expect(header, 'the sort button sits in a column header').to.not.equal(null);
    await press('Enter', p.el);
    expect(header.getAttribute('aria-sort')).to.equal('ascending');
    await press(' ', p.el);
    expect(header.getAttribute('aria-sort')).to.equal('descending');
    await press('Enter', p.el);
    expect(header.getAttribute('aria-sort') ?? 'none').to.equal('none');
    expect(focused(), 'the focus stays on the button').to.equal(button);
  });

  it('opens and closes a row from the keyboard', async () => {
    const expander = await tabTo(p, (el) => part(el, 'expander'), 'a row');
    expect(expander.getAttribute('aria-expanded')).to.equal('false');
    await press('Enter', p.el);
    expect(expander.getAttribute('aria-expanded')).to.equal('true');
    const id = expander.getAttribute('aria-controls');
    expect(id, 'aria-controls').to.be.a('string');
    const region = (expander.getRootNode() as ShadowRoot).getElementById(id!);
    expect(region, 'the details it controls').to.not.equal(null);
    expect(region!.getClientRects().length, 'the details are shown').to.be.above(0);
    await press(' ', p.el);
    expect(expander.getAttribute('aria-expanded')).to.equal('false');
  });
});

describe(widgetTitle('keyboard walk-through', timeline), () => {
  if (!timeline.present) return;
  let p: Page;
  beforeEach(async () => (p = await setUp(timeline)));
  afterEach(() => p.host.remove());

  const points = () => [...deepElements(p.el)].filter((e) => e.hasAttribute('data-nav'));
  const tooltip = () => [...deepElements(p.el)].find((e) => part(e, 'tooltip'));
  /** Lane and place of a point, from its id `n-<lane>-<index>`. */
  const where = (el: Element | null) => {
    const m = /^n-(\d+)-(\d+)$/.exec(el?.getAttribute('data-nav') ?? '');
    return m ? { lane: Number(m[1]), index: Number(m[2]) } : undefined;
  };
  const enterChart = () => tabTo(p, (el) => el.hasAttribute('data-nav'), 'the chart');

  it('is one tab stop among named, focus-showing controls, and Tab leaves it', async () => {
    const stops = await tabThrough(p);
    expect(focused(), 'the focus left the timeline').to.equal(p.after);
    expect(
      stops.filter((el) => el.hasAttribute('data-nav')),
      'points in the tab order',
    ).to.have.length(1);
    for (const el of stops) {
      expect(nameOf(el).trim(), `a name for <${el.localName} part="${el.getAttribute('part')}">`).to.not.equal('');
    }
  });

  it('walks every point with the right arrow, each one named, and says where it is', async () => {
    const moves: string[] = [];
    p.el.addEventListener('nq-point-focus', (e) => moves.push(e.detail.trigger));
    await enterChart();
    // from the first point of the first lane
    await press('PageUp', p.el);
    const first = (await press('Home', p.el))!;
    moves.length = 0;
    const visited = new Set<Element>([first]);
    let at: Element | null = first;
    for (let i = 0; i < points().length + 2; i++) {
      const next = await press('ArrowRight', p.el);
      if (next === at) break;
      at = next;
      if (at) visited.add(at);
    }
    expect(visited.size, 'points reached').to.equal(points().length);
    for (const point of visited) expect(point.getAttribute('aria-label')?.trim(), 'a point name').to.not.equal('');
    expect(moves.length, 'nq-point-focus on every move').to.equal(visited.size - 1);
    expect(new Set(moves)).to.deep.equal(new Set(['keyboard']));
  });

  it('goes to the ends with Home and End, and between lanes with Page Up and Page Down', async () => {
    await enterChart();
    const lanes = new Set(points().map((e) => where(e)!.lane));
    const lastLane = Math.max(...lanes);
    const inLane = (lane: number) => points().filter((e) => where(e)!.lane === lane).length;
    const start = where(focused())!;
    expect(where(await press('End', p.el))).to.deep.equal({ lane: start.lane, index: inLane(start.lane) - 1 });
    expect(where(await press('Home', p.el))).to.deep.equal({ lane: start.lane, index: 0 });
    expect(where(await press('PageDown', p.el))!.lane).to.equal(lastLane);
    expect(where(await press('PageUp', p.el))!.lane).to.equal(Math.min(...lanes));
    if (lanes.size > 1) expect(where(await press('ArrowDown', p.el))!.lane).to.be.above(Math.min(...lanes));
  });

  it('hides the tooltip with Escape, and shows it again on the next move', async () => {
    await enterChart();
    expect(tooltip(), 'a tooltip for the focused point').to.not.equal(undefined);
    await press('Escape', p.el);
    expect(tooltip()?.getClientRects().length ?? 0, 'hidden').to.equal(0);
    await press('ArrowRight', p.el);
    expect(tooltip()?.getClientRects().length ?? 0, 'shown again').to.be.above(0);
  });

  it('zooms and opens the text view from the keyboard', async () => {
    const zoom = await tabTo(
      p,
      (el) => part(el, 'zoom-button') && el.getAttribute('aria-pressed') === 'false',
      'a zoom button',
    );
    await press('Enter', p.el);
    expect(zoom.getAttribute('aria-pressed')).to.equal('true');
    const summary = await tabTo(p, (el) => part(el, 'text-view-summary'), 'the text view');
    const details = summary.closest('details')!;
    expect(details.open).to.equal(false);
    await press('Enter', p.el);
    expect(details.open, 'the text view opens').to.equal(true);
    expect(details.textContent, 'the text view names the targets').to.include('Đóng góp TFP');
  });
});
