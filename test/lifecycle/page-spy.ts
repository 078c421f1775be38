/**
 * Counts what a widget can leave behind in a page, independently of the data layer's own
 * counters: pending timers and intervals, animation frames, observed elements of every
 * ResizeObserver, IntersectionObserver and MutationObserver, and event listeners on the window,
 * the document, media queries and any element still in the page.
 */

type Listener = { target: EventTarget; type: string; listener: unknown; capture: boolean };

export interface PageSpy {
  /** What is open now, by kind; compare with a snapshot taken before. */
  snapshot(): Record<string, number>;
  /** Listeners that outlive their element: on window, document, media queries, or nodes still in the page. */
  liveListeners(): string[];
  restore(): void;
}

function captureOf(options: unknown): boolean {
  return typeof options === 'boolean' ? options : Boolean((options as AddEventListenerOptions | undefined)?.capture);
}

export function spyOnThePage(): PageSpy {
  const timers = new Set<number>();
  const intervals = new Set<number>();
  const frames = new Set<number>();
  const observed = {
    resize: new Map<ResizeObserver, Set<Element>>(),
    intersection: new Map<IntersectionObserver, Set<Element>>(),
  };
  const mutation = new Set<MutationObserver>();
  const listeners: Listener[] = [];
  const w = window;
  const original = {
    setTimeout: w.setTimeout,
    clearTimeout: w.clearTimeout,
    setInterval: w.setInterval,
    clearInterval: w.clearInterval,
    requestAnimationFrame: w.requestAnimationFrame,
    cancelAnimationFrame: w.cancelAnimationFrame,
    add: EventTarget.prototype.addEventListener,
    remove: EventTarget.prototype.removeEventListener,
    ro: { ...pick(ResizeObserver.prototype) },
    io: { ...pick(IntersectionObserver.prototype) },
    mo: { observe: MutationObserver.prototype.observe, disconnect: MutationObserver.prototype.disconnect },
  };

  function pick(proto: ResizeObserver | IntersectionObserver) {
    return { observe: proto.observe, unobserve: proto.unobserve, disconnect: proto.disconnect };
  }

  // Node's and the DOM's timer types overlap in tsconfig's libs: the wrappers are typed loosely.
  type Timer = (handler: unknown, ms?: number, ...args: unknown[]) => number;
  type Clear = (id?: number) => void;
  const set = original.setTimeout as unknown as Timer;
  const clear = original.clearTimeout as unknown as Clear;
  const every = original.setInterval as unknown as Timer;
  const stop = original.clearInterval as unknown as Clear;
  const patched: { setTimeout: Timer; clearTimeout: Clear; setInterval: Timer; clearInterval: Clear } = {
    setTimeout: (fn, ms, ...args) => {
      const id = set.call(
        w,
        (...a: unknown[]) => {
          timers.delete(id);
          if (typeof fn === 'function') (fn as (...x: unknown[]) => void)(...a);
        },
        ms,
        ...args,
      );
      timers.add(id);
      return id;
    },
    clearTimeout: (id) => {
      if (id !== undefined) timers.delete(id);
      clear.call(w, id);
    },
    setInterval: (fn, ms, ...args) => {
      const id = every.call(w, fn, ms, ...args);
      intervals.add(id);
      return id;
    },
    clearInterval: (id) => {
      if (id !== undefined) intervals.delete(id);
      stop.call(w, id);
    },
  };
  Object.assign(w, patched);
  w.requestAnimationFrame = (fn: FrameRequestCallback) => {
    const id = original.requestAnimationFrame.call(w, (t) => {
      frames.delete(id);
      fn(t);
    });
    frames.add(id);
    return id;
  };
  w.cancelAnimationFrame = (id: number) => {
    frames.delete(id);
    original.cancelAnimationFrame.call(w, id);
  };

  for (const [proto, kind] of [
    [ResizeObserver.prototype, 'resize'],
    [IntersectionObserver.prototype, 'intersection'],
  ] as const) {
    const map = observed[kind] as Map<object, Set<Element>>;
    const base = kind === 'resize' ? original.ro : original.io;
    Object.assign(proto, {
      observe(this: object, target: Element, options?: unknown) {
        if (!map.has(this)) map.set(this, new Set());
        map.get(this)!.add(target);
        return (base.observe as (t: Element, o?: unknown) => void).call(this, target, options);
      },
      unobserve(this: object, target: Element) {
        map.get(this)?.delete(target);
        return base.unobserve.call(this, target);
      },
      disconnect(this: object) {
        map.delete(this);
        return base.disconnect.call(this);
      },
    });
  }
  MutationObserver.prototype.observe = function (this: MutationObserver, target: Node, options?: MutationObserverInit) {
    mutation.add(this);
    return original.mo.observe.call(this, target, options);
  };
  MutationObserver.prototype.disconnect = function (this: MutationObserver) {
    mutation.delete(this);
    return original.mo.disconnect.call(this);
  };

  EventTarget.prototype.addEventListener = function (
    this: EventTarget,
    type: string,
    listener: unknown,
    options?: unknown,
  ) {
    const capture = captureOf(options);
    if (
      listener &&
      !listeners.some((l) => l.target === this && l.type === type && l.listener === listener && l.capture === capture)
    ) {
      listeners.push({ target: this, type, listener, capture });
    }
    return (original.add as (...a: unknown[]) => void).call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (
    this: EventTarget,
    type: string,
    listener: unknown,
    options?: unknown,
  ) {
    const capture = captureOf(options);
    const i = listeners.findIndex(
      (l) => l.target === this && l.type === type && l.listener === listener && l.capture === capture,
    );
    if (i >= 0) listeners.splice(i, 1);
    return (original.remove as (...a: unknown[]) => void).call(this, type, listener, options);
  };

  const outlives = (t: EventTarget): boolean =>
    t === window || t === document || t instanceof MediaQueryList || (t instanceof Node && t.isConnected);
  const count = (m: Map<object, Set<Element>>) => [...m.values()].reduce((n, s) => n + s.size, 0);

  return {
    snapshot: () => ({
      timers: timers.size,
      intervals: intervals.size,
      frames: frames.size,
      resizeObserved: count(observed.resize),
      intersectionObserved: count(observed.intersection),
      mutationObservers: mutation.size,
      pageListeners: listeners.filter((l) => outlives(l.target)).length,
    }),
    liveListeners: () =>
      listeners
        .filter((l) => outlives(l.target))
        .map(
          (l) =>
            `${l.target === window ? 'window' : l.target === document ? 'document' : ((l.target as Node).nodeName ?? 'MediaQueryList')}:${l.type}`,
        ),
    restore() {
      Object.assign(w, {
        setTimeout: original.setTimeout,
        clearTimeout: original.clearTimeout,
        setInterval: original.setInterval,
        clearInterval: original.clearInterval,
        requestAnimationFrame: original.requestAnimationFrame,
        cancelAnimationFrame: original.cancelAnimationFrame,
      });
      EventTarget.prototype.addEventListener = original.add;
      EventTarget.prototype.removeEventListener = original.remove;
      Object.assign(ResizeObserver.prototype, original.ro);
      Object.assign(IntersectionObserver.prototype, original.io);
      Object.assign(MutationObserver.prototype, original.mo);
    },
  };
}
