import { expect } from '@open-wc/testing';
import '../../src/components/goal-table/goal-table.js';
import { loadVirtualizer } from '../../src/components/goal-table/goal-table-table.js';
import type { NqGoalTable } from '../../src/components/goal-table/goal-table.js';
import { sampleResolution } from '../../src/core/table-sample.js';

/** Counts ResizeObservers that observe something and are never disconnected, and window scroll listeners. */
function watchObservers(): { open: () => number; scrollListeners: () => number; restore: () => void } {
  const Original = window.ResizeObserver;
  const live = new Set<ResizeObserver>();
  window.ResizeObserver = class extends Original {
    override observe(target: Element, options?: ResizeObserverOptions): void {
      live.add(this);
      super.observe(target, options);
    }
    override disconnect(): void {
      live.delete(this);
      super.disconnect();
    }
  };
  // As the browser does: one listener object is registered once, however often it is added.
  const scroll = new Set<EventListenerOrEventListenerObject>();
  const add = window.addEventListener.bind(window);
  const remove = window.removeEventListener.bind(window);
  window.addEventListener = ((type: string, listener: EventListenerOrEventListenerObject, options?: unknown) => {
    if (type === 'scroll') scroll.add(listener);
    add(type, listener, options as AddEventListenerOptions);
  }) as typeof window.addEventListener;
  window.removeEventListener = ((type: string, listener: EventListenerOrEventListenerObject, options?: unknown) => {
    if (type === 'scroll') scroll.delete(listener);
    remove(type, listener, options as EventListenerOptions);
  }) as typeof window.removeEventListener;
  return {
    open: () => live.size,
    scrollListeners: () => scroll.size,
    restore: () => {
      window.ResizeObserver = Original;
      window.addEventListener = add;
      window.removeEventListener = remove;
    },
  };
}

const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));

describe('<nq-goal-table> lifecycle', () => {
  const big = sampleResolution({ targets: 400 });

  it('leaves no observer or scroll listener behind when a big table is removed before it renders', async () => {
    await loadVirtualizer();
    const watch = watchObservers();
    try {
      for (let i = 0; i < 5; i++) {
        const el: NqGoalTable = document.createElement('nq-goal-table');
        el.resolution = big;
        el.asOf = '2026-11-22';
        document.body.append(el);
        el.remove(); // before its first update
        await el.updateComplete;
      }
      await frame();
      expect(watch.open(), 'ResizeObservers left observing').to.equal(0);
      expect(watch.scrollListeners(), 'window scroll listeners left').to.equal(0);
    } finally {
      watch.restore();
    }
  });

  it('virtualizes when put back on the page, and cleans up when removed after rendering', async () => {
    await loadVirtualizer();
    const watch = watchObservers();
    try {
      const el: NqGoalTable = document.createElement('nq-goal-table');
      el.resolution = big;
      el.asOf = '2026-11-22';
      document.body.append(el);
      el.remove();
      await el.updateComplete;
      document.body.append(el);
      await el.updateComplete;
      await frame();
      expect(el.shadowRoot!.querySelector('.base')!.classList.contains('virtual')).to.equal(true);
      expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.be.below(400);
      el.remove();
      await frame();
      expect(watch.open(), 'ResizeObservers left observing').to.equal(0);
      expect(watch.scrollListeners(), 'window scroll listeners left').to.equal(0);
    } finally {
      watch.restore();
    }
  });

  it('until it can virtualize, a big table renders a screenful of rows, with plain bars for progress', async () => {
    await loadVirtualizer();
    const el: NqGoalTable = document.createElement('nq-goal-table');
    el.resolution = big;
    el.asOf = '2026-11-22';
    document.body.append(el);
    el.remove(); // so its first update runs detached, where it may not virtualize
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('.base')!.classList.contains('virtual')).to.equal(false);
    const rows = root.querySelectorAll('tbody tr.row').length;
    expect(rows).to.be.greaterThan(0);
    expect(rows).to.be.at.most(30);
    expect(root.querySelectorAll('nq-kpi-gauge').length).to.equal(0);
    expect(root.querySelectorAll('[part~="progress-track"]').length).to.be.greaterThan(0);
  });
});
