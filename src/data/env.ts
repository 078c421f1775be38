/**
 * What the data layer takes from the browser, gathered in one place so that a test can hand it a
 * manual clock, a fixed random number and a counting fetch, and so that every timer it starts is
 * one it can count and clear.
 */
import { acquire, release } from './resources.js';

/** The clock the data layer schedules by. `setTimeout` and `clearTimeout` as in the browser. */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const browserClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface DataEnvironment {
  clock: Clock;
  /** A number in [0, 1): the jitter of back-off delays. */
  random: () => number;
  fetch: typeof fetch;
  /** The document whose visibility pauses polling; absent outside a browser. */
  document: Document | undefined;
  /** Absent where the browser has none: every subscriber then counts as on screen. */
  IntersectionObserver: typeof IntersectionObserver | undefined;
}

export function browserEnvironment(): DataEnvironment {
  return {
    clock: browserClock,
    random: Math.random,
    fetch: (input, init) => globalThis.fetch(input, init),
    document: globalThis.document,
    IntersectionObserver: globalThis.IntersectionObserver,
  };
}

/** One restartable timeout, counted in `activeResources().timers` while it is pending. */
export class Timer {
  #handle: unknown;
  #pending = false;

  constructor(private readonly clock: Clock) {}

  get pending(): boolean {
    return this.#pending;
  }

  start(ms: number, callback: () => void): void {
    this.stop();
    this.#pending = true;
    acquire('timers');
    this.#handle = this.clock.setTimeout(() => {
      this.#pending = false;
      release('timers');
      callback();
    }, Math.max(0, ms));
  }

  stop(): void {
    if (!this.#pending) return;
    this.clock.clearTimeout(this.#handle);
    this.#pending = false;
    release('timers');
  }
}

/** True when `url` is on the page's own origin: then conditional headers need no CORS preflight. */
export function isSameOrigin(url: string, doc: Document | undefined): boolean {
  if (!doc) return false;
  try {
    return new URL(url).origin === new URL(doc.baseURI).origin;
  } catch {
    return false;
  }
}
