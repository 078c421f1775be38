/**
 * Counts of what the data layer holds open: pending timers, document listeners, observers, open
 * requests and streams, cache entries and subscriptions. Every acquire has its release; tests
 * assert that all counts are back to zero after the last widget is removed.
 */
const counts = {
  timers: 0,
  listeners: 0,
  observers: 0,
  connections: 0,
  entries: 0,
  subscriptions: 0,
};

export type ResourceKind = keyof typeof counts;

export function acquire(kind: ResourceKind): void {
  counts[kind]++;
}

export function release(kind: ResourceKind): void {
  counts[kind]--;
}

/**
 * Acquires one `kind` and returns its release, which does nothing after its first call: a
 * request's `finally` and a dispose that aborts it may both release it.
 */
export function hold(kind: ResourceKind): () => void {
  acquire(kind);
  let held = true;
  return () => {
    if (held) release(kind);
    held = false;
  };
}

/** A snapshot of what is open now, across every registry and controller on the page. */
export function activeResources(): Readonly<Record<ResourceKind, number>> {
  return { ...counts };
}
