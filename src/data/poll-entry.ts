/**
 * One URL's shared state: the last good document, the last error, the validators for the next
 * conditional request, and the one timer that schedules it. Every subscriber of the URL reads
 * the same snapshot; the entry fetches once however many there are.
 *
 * When: the first load at once (whatever is on screen, so that content is ready when scrolled
 * to); then, if any subscriber asked for `refresh`, every shortest-requested interval, but only
 * while the tab is visible and some unpaused subscriber is on screen; after a failure, no sooner
 * than the back-off and the server's `Retry-After`; never again after 404 or 410.
 */
import type { Resolution } from '../core/schema.js';
import { backoffDelay } from './backoff.js';
import { Timer, isSameOrigin } from './env.js';
import { dataError, type DataError } from './errors.js';
import { fetchDocument, type FetchOutcome, type Validators } from './fetch-document.js';
import { notifyAll, type RegistryCore, type Subscriber } from './registry-core.js';
import { hold } from './resources.js';

export interface SourceSnapshot {
  /** The last good document: kept through later failures. */
  readonly resolution: Resolution | undefined;
  /** The last attempt's error; cleared by the next success or 304. */
  readonly error: DataError | undefined;
  /** When the document last changed: the server's Last-Modified, or when we received it. */
  readonly updatedAt: Date | undefined;
  /** No outcome yet. */
  readonly loading: boolean;
}

const INITIAL: SourceSnapshot = { resolution: undefined, error: undefined, updatedAt: undefined, loading: true };

export class PollEntry {
  readonly url: string;
  readonly subscribers = new Set<Subscriber<SourceSnapshot>>();
  readonly #core: RegistryCore;
  readonly #timer: Timer;
  #snapshot = INITIAL;
  #validators: Validators = {};
  #request: { abort: AbortController; timeout: Timer; done: () => void } | undefined;
  #settled = false;
  #lastAttemptAt = 0;
  #failures = 0;
  #backoff = 0;
  #stopped = false;
  #disposed = false;

  constructor(core: RegistryCore, url: string) {
    this.#core = core;
    this.url = url;
    this.#timer = new Timer(core.env.clock);
  }

  get snapshot(): SourceSnapshot {
    return this.#snapshot;
  }

  /** True while a request is open: for tests and for `stats()`. */
  get requesting(): boolean {
    return this.#request !== undefined;
  }

  /** The shortest interval any unpaused subscriber asked for (ms), or undefined: no polling. */
  interval(): number | undefined {
    let min: number | undefined;
    for (const s of this.subscribers) {
      if (!s.paused && s.interval > 0 && (min === undefined || s.interval < min)) min = s.interval;
    }
    return min;
  }

  /** Polling is worth it: the tab is visible and an unpaused subscriber is on screen. */
  #seen(): boolean {
    const presence = this.#core.presence;
    if (presence.documentHidden) return false;
    for (const s of this.subscribers) if (!s.paused && presence.onScreen(s.element)) return true;
    return false;
  }

  /** When the next request is due, or undefined when none is. */
  #due(): number | undefined {
    const interval = this.interval();
    const error = this.#snapshot.error;
    if (error) {
      // A document that is not JSON or not valid will not mend itself unless someone polls.
      const contentError = error.code === 'parse' || error.code === 'invalid';
      if (interval === undefined && contentError) return undefined;
      return this.#lastAttemptAt + Math.max(this.#backoff, error.retryAfter ?? 0, interval ?? 0);
    }
    return interval === undefined ? undefined : this.#lastAttemptAt + interval;
  }

  /** Re-plans the next request; called on any change of subscribers, visibility or outcome. */
  schedule(): void {
    this.#timer.stop();
    if (this.#disposed || this.#request || this.#stopped || this.subscribers.size === 0) return;
    if (!this.#settled) {
      void this.#run();
      return;
    }
    const due = this.#due();
    // Paused: nothing is scheduled; visibility or intersection calls schedule() again, and an
    // overdue request then goes out at once.
    if (due === undefined || !this.#seen()) return;
    const delay = due - this.#core.env.clock.now();
    if (delay <= 0) void this.#run();
    else this.#timer.start(delay, () => this.schedule());
  }

  /** A new attempt now, even after 404/410 (a reader's "try again"). */
  retry(): void {
    if (this.#disposed || this.#request) return;
    this.#stopped = false;
    this.#timer.stop();
    void this.#run();
  }

  /** The last subscriber left: stop the timer and abort the request. */
  dispose(): void {
    this.#disposed = true;
    this.#timer.stop();
    const request = this.#request;
    this.#request = undefined;
    request?.timeout.stop();
    request?.abort.abort();
    request?.done();
    this.subscribers.clear();
  }

  async #run(): Promise<void> {
    const { env, options } = this.#core;
    const abort = new AbortController();
    const done = hold('connections');
    const timeout = new Timer(env.clock);
    this.#request = { abort, timeout, done };
    timeout.start(options.timeout, () => abort.abort(new DOMException('The request timed out.', 'TimeoutError')));
    this.#lastAttemptAt = env.clock.now();
    let outcome: FetchOutcome;
    try {
      outcome = await fetchDocument(this.url, this.#validators, {
        fetch: env.fetch,
        signal: abort.signal,
        sameOrigin: isSameOrigin(this.url, env.document),
        now: env.clock.now(),
        timeout: options.timeout,
        csp: this.#core.csp,
        pageOrigin: env.document ? new URL(env.document.baseURI).origin : undefined,
        offline: () => globalThis.navigator?.onLine === false,
      });
    } catch {
      outcome = { kind: 'failed', error: dataError('network', 'src', { url: this.url }) };
    } finally {
      timeout.stop();
      done();
    }
    if (this.#disposed || outcome.kind === 'aborted') return;
    this.#request = undefined;
    this.#settled = true;
    this.#apply(outcome);
    this.schedule();
  }

  #apply(outcome: Exclude<FetchOutcome, { kind: 'aborted' }>): void {
    const { env, options } = this.#core;
    const before = this.#snapshot;
    if (outcome.kind === 'failed') {
      this.#failures++;
      const base = this.interval() ?? options.retryBase;
      this.#backoff = backoffDelay(this.#failures, env.random(), { base, max: Math.max(options.maxBackoff, base) });
      if (outcome.error.final) this.#stopped = true;
      this.#snapshot = { ...before, error: outcome.error, loading: false };
    } else {
      this.#failures = 0;
      this.#backoff = 0;
      if (outcome.kind === 'document') {
        this.#validators = outcome.validators;
        const updatedAt = outcome.modifiedAt ?? new Date(env.clock.now());
        this.#snapshot = { resolution: outcome.resolution, error: undefined, updatedAt, loading: false };
      } else if (before.error || before.loading) {
        // 304: nothing new to show, unless an error badge has to go.
        this.#snapshot = { ...before, error: undefined, loading: false };
      }
    }
    if (this.#snapshot !== before) this.#notify();
  }

  #notify(): void {
    notifyAll(this.subscribers, this.#snapshot);
  }
}
