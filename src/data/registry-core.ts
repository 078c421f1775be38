/** What a registry shares with its entries: the environment, the options, presence and CSP watch. */
import type { DataEnvironment } from './env.js';
import type { CspWatch } from './fetch-document.js';
import type { Presence } from './presence.js';

export interface RegistryOptions {
  /** A request (or a stream's connection) that has not answered by then is aborted (ms). */
  timeout: number;
  /** The first retry delay of a document that is not polled (ms); a polled one uses its interval. */
  retryBase: number;
  /** No back-off grows past this (ms), unless the polling interval is longer. */
  maxBackoff: number;
  /** A stream that sends nothing, not even a comment, for this long is reconnected (ms). */
  idleTimeout: number;
  /** The stream's reconnection delay until the server sends `retry:` (ms). */
  streamRetry: number;
}

export const DEFAULT_OPTIONS: RegistryOptions = {
  timeout: 15_000,
  retryBase: 5_000,
  maxBackoff: 10 * 60_000,
  idleTimeout: 120_000,
  streamRetry: 3_000,
};

export interface RegistryCore {
  readonly env: DataEnvironment;
  readonly options: RegistryOptions;
  readonly presence: Presence;
  readonly csp: CspWatch | undefined;
}

/** One widget's (or one caller's) interest in a source. */
export interface Subscriber<S> {
  listener: (snapshot: S) => void;
  element: Element | undefined;
  /** Polling interval in ms; 0: this subscriber does not ask for polling. */
  interval: number;
  /** The reader paused updates in this widget (WCAG 2.2.2). */
  paused: boolean;
}

/**
 * Gives every subscriber the snapshot. One broken listener must not starve the others: its error
 * is rethrown in a microtask, where the page sees it.
 */
export function notifyAll<S>(subscribers: ReadonlySet<Subscriber<S>>, snapshot: S): void {
  for (const s of [...subscribers]) {
    try {
      s.listener(snapshot);
    } catch (error) {
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}
