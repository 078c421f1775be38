/**
 * Work for when the browser is idle, in slices of a few milliseconds so that a click or a key
 * never waits long: `requestIdleCallback` where there is one, going on from slice to slice while
 * the idle period lasts; timers elsewhere (Safari). A page never idle still gets a slice a second.
 */

/** How long one slice runs, at most: what a click or a key may have to wait. */
const SLICE_MS = 8;

/**
 * Runs `work` slice by slice until it returns false (nothing more to do); `stop()` turns true when
 * a slice's time is used up. Returns a function that cancels the slices not yet run.
 */
export function whenIdle(work: (stop: () => boolean) => boolean): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  let cancelled = false;
  const idleLeft = (deadline: IdleDeadline | undefined) =>
    deadline !== undefined && !deadline.didTimeout && deadline.timeRemaining() >= 1;
  const slice = (deadline?: IdleDeadline) => {
    timer = idle = undefined;
    const end = performance.now() + SLICE_MS;
    const limited = deadline !== undefined && !deadline.didTimeout;
    const more = work(() => performance.now() > end || (limited && !idleLeft(deadline)));
    if (!more || cancelled) return;
    // A task between slices lets input and rendering through; the idle period, while it lasts, goes on.
    if (idleLeft(deadline)) timer = setTimeout(() => slice(deadline), 0);
    else schedule();
  };
  const schedule = () => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(slice, { timeout: 1000 });
    else timer = setTimeout(() => slice(), 0);
  };
  schedule();
  return () => {
    cancelled = true;
    if (idle !== undefined) cancelIdleCallback(idle);
    clearTimeout(timer);
  };
}
