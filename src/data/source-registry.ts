/**
 * The shared cache: one entry per absolute URL (documents polled with `src`, streams followed with
 * `live`), each with its subscribers. However many widgets use a URL, it is fetched once per
 * refresh; a widget that leaves never cancels a request that others wait for; the last one to
 * leave stops the timer, aborts the request or closes the stream, and removes the entry.
 */
import { browserEnvironment, type DataEnvironment } from './env.js';
import { CspWatch } from './fetch-document.js';
import { LiveEntry, type LiveSnapshot } from './live.js';
import { PollEntry, type SourceSnapshot } from './poll-entry.js';
import { Presence } from './presence.js';
import { DEFAULT_OPTIONS, type RegistryCore, type RegistryOptions, type Subscriber } from './registry-core.js';
import { acquire, release } from './resources.js';

export type { SourceSnapshot } from './poll-entry.js';
export type { LiveSnapshot } from './live.js';
export type { RegistryOptions } from './registry-core.js';

export interface SubscribeOptions {
  /** The element the data is shown in: polling pauses while no subscriber's element is on screen. */
  element?: Element;
  /** Poll every this many ms (1000 at least); 0 or absent: load once. */
  interval?: number;
  paused?: boolean;
}

export interface Subscription<S> {
  readonly snapshot: S;
  /** Changes this subscriber's interval or pause; the entry re-plans at once. */
  set(options: { interval?: number; paused?: boolean }): void;
  /** Tries again now, even after 404 or 410. */
  retry(): void;
  /** Leaves; idempotent. The last subscriber to leave ends everything the entry holds. */
  close(): void;
}

/** The shortest polling interval: "any interval from 1 second up". */
export const MIN_INTERVAL = 1000;

interface Entry<S> {
  readonly subscribers: Set<Subscriber<S>>;
  readonly snapshot: S;
  retry(): void;
  dispose(): void;
}

export class SourceRegistry {
  readonly #core: RegistryCore;
  readonly #polls = new Map<string, PollEntry>();
  readonly #lives = new Map<string, LiveEntry>();

  constructor(options: Partial<RegistryOptions> & { env?: Partial<DataEnvironment> } = {}) {
    const { env, ...rest } = options;
    const environment = { ...browserEnvironment(), ...env };
    const presence = new Presence(environment, () => this.#polls.forEach((entry) => entry.schedule()));
    this.#core = {
      env: environment,
      options: { ...DEFAULT_OPTIONS, ...rest },
      presence,
      csp: environment.document ? new CspWatch() : undefined,
    };
  }

  /** Follows a document at `url` (absolute), polled if `interval` is set. */
  subscribe(url: string, listener: (snapshot: SourceSnapshot) => void, options: SubscribeOptions = {}): Subscription<SourceSnapshot> {
    let entry = this.#polls.get(url);
    if (!entry) {
      entry = new PollEntry(this.#core, url);
      this.#polls.set(url, entry);
      this.#opened();
    }
    const poll = entry;
    return this.#join(poll, listener, options, () => poll.schedule(), () => this.#polls.delete(url));
  }

  /** Follows a Server-Sent Events stream at `url` (absolute). */
  subscribeLive(url: string, listener: (snapshot: LiveSnapshot) => void, options: SubscribeOptions = {}): Subscription<LiveSnapshot> {
    let entry = this.#lives.get(url);
    if (!entry) {
      entry = new LiveEntry(this.#core, url);
      this.#lives.set(url, entry);
      this.#opened();
    }
    const live = entry;
    return this.#join(live, listener, { ...options, interval: 0 }, () => live.start(), () => this.#lives.delete(url));
  }

  /** For tests and debugging: what this registry holds now. */
  stats(): { entries: number; subscriptions: number; requesting: number } {
    let subscriptions = 0;
    let requesting = 0;
    for (const e of this.#polls.values()) {
      subscriptions += e.subscribers.size;
      if (e.requesting) requesting++;
    }
    for (const e of this.#lives.values()) subscriptions += e.subscribers.size;
    return { entries: this.#polls.size + this.#lives.size, subscriptions, requesting };
  }

  #join<S>(entry: Entry<S>, listener: (snapshot: S) => void, options: SubscribeOptions, wake: () => void, remove: () => void): Subscription<S> {
    const interval = options.interval && options.interval > 0 ? Math.max(MIN_INTERVAL, options.interval) : 0;
    const sub: Subscriber<S> = { listener, element: options.element, interval, paused: options.paused ?? false };
    entry.subscribers.add(sub);
    acquire('subscriptions');
    this.#core.presence.retain(sub.element);
    wake();
    let closed = false;
    return {
      get snapshot() {
        return entry.snapshot;
      },
      set: (change) => {
        if (closed) return;
        if (change.interval !== undefined) sub.interval = change.interval > 0 ? Math.max(MIN_INTERVAL, change.interval) : 0;
        if (change.paused !== undefined) sub.paused = change.paused;
        wake();
      },
      retry: () => {
        if (!closed) entry.retry();
      },
      close: () => {
        if (closed) return;
        closed = true;
        entry.subscribers.delete(sub);
        release('subscriptions');
        this.#core.presence.drop(sub.element);
        if (entry.subscribers.size > 0) {
          wake();
          return;
        }
        entry.dispose();
        remove();
        this.#closed();
      },
    };
  }

  #opened(): void {
    acquire('entries');
    if (this.#polls.size + this.#lives.size === 1 && this.#core.env.document) this.#core.csp?.attach(this.#core.env.document);
  }

  #closed(): void {
    release('entries');
    if (this.#polls.size + this.#lives.size === 0) this.#core.csp?.detach();
  }
}

let shared: SourceRegistry | undefined;

/** The registry every widget on the page shares, unless given its own. */
export function defaultRegistry(): SourceRegistry {
  return (shared ??= new SourceRegistry());
}
