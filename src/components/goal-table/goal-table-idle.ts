/**
 * Work for when the browser is idle: `requestIdleCallback` where there is one, a timer slice of a
 * few milliseconds elsewhere (Safari). A page that is never idle still gets its turn after a second.
 */

/** How long a slice may run when the browser cannot say how much idle time is left. */
const SLICE_MS = 8;

/**
 * Runs `work` once, when idle; `stop()` turns true when its share of time is used up. Returns a
 * function that cancels it if it has not run.
 */
export function whenIdle(work: (stop: () => boolean) => void): () => void {
  const slice = () => {
    const end = performance.now() + SLICE_MS;
    return () => performance.now() > end;
  };
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(
      (deadline) => work(deadline.didTimeout ? slice() : () => deadline.timeRemaining() < 1),
      { timeout: 1000 },
    );
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(() => work(slice()), 0);
  return () => clearTimeout(id);
}
