/*
 * Web Test Runner runs two test files at once, in two tabs of one headless Chromium, and the one
 * behind is really hidden (visibilityState 'hidden', no frames, no intersection reports). So the
 * registry under test sees the page through a document whose visibility the test sets, and an
 * IntersectionObserver the test drives: the results do not depend on which tab is in front.
 */
let tabHidden = false;

/** The real document, except for `visibilityState`, which the test controls. */
export const testDocument: Document = new Proxy(document, {
  get(target, property) {
    if (property === 'visibilityState') return tabHidden ? 'hidden' : 'visible';
    const value: unknown = Reflect.get(target, property, target);
    return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
  },
});

export function setTabHidden(hidden: boolean): void {
  tabHidden = hidden;
  document.dispatchEvent(new Event('visibilitychange'));
}

/** An IntersectionObserver that reports what the test says. */
export class FakeIntersectionObserver {
  static readonly instances = new Set<FakeIntersectionObserver>();
  readonly targets = new Set<Element>();
  readonly #callback: IntersectionObserverCallback;

  constructor(callback: IntersectionObserverCallback) {
    this.#callback = callback;
    FakeIntersectionObserver.instances.add(this);
  }

  observe(target: Element): void {
    this.targets.add(target);
  }

  unobserve(target: Element): void {
    this.targets.delete(target);
  }

  disconnect(): void {
    this.targets.clear();
    FakeIntersectionObserver.instances.delete(this);
  }

  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }

  /** Reports the element as on screen or not to every observer that watches it. */
  static setOnScreen(element: Element, isIntersecting: boolean): void {
    for (const io of FakeIntersectionObserver.instances) {
      if (!io.targets.has(element)) continue;
      const entry = { target: element, isIntersecting } as IntersectionObserverEntry;
      io.#callback([entry], io as unknown as IntersectionObserver);
    }
  }
}
