/**
 * A Server-Sent Events stream (`live="URL"`) shared by every widget that follows it: one
 * connection per URL. Read with fetch and a stream reader rather than EventSource, because
 * EventSource hides what we must act on: the HTTP status (stop on 404, 410 and 204, honour
 * `Retry-After` on 429 and 503), the `retry:` value for reconnections we make ourselves, and a
 * connection that has gone silent. The parsing follows the standard (sse-parser.ts).
 *
 * Events: `resolution` carries a whole document; `observations` carries observations to merge
 * (an array, or `{ "observations": [...] }`); an unnamed event is taken as one or the other by
 * its shape. On reconnection the last event id is sent as the `Last-Event-ID` header on the
 * page's own origin, and always as the query parameter `lastEventId` (a custom header to another
 * origin would need a CORS preflight).
 */
import type { Observation, Resolution } from '../core/schema.js';
import { parseRetryAfter, backoffDelay } from './backoff.js';
import { Timer, isSameOrigin } from './env.js';
import { dataError, type DataError } from './errors.js';
import { asObservationList, mergeObservations } from './merge.js';
import { parseDocument, parseJson } from './parse.js';
import { notifyAll, type RegistryCore, type Subscriber } from './registry-core.js';
import { hold } from './resources.js';
import { SseParser, type SseEvent } from './sse-parser.js';

export interface LiveSnapshot {
  /** The last whole document the stream sent. */
  readonly resolution: Resolution | undefined;
  /** Observations sent since that document (or since the start), merged by indicator and time. */
  readonly patches: readonly Observation[];
  readonly error: DataError | undefined;
  readonly connected: boolean;
  /** When the last event that changed data arrived. */
  readonly updatedAt: Date | undefined;
}

const INITIAL: LiveSnapshot = {
  resolution: undefined,
  patches: [],
  error: undefined,
  connected: false,
  updatedAt: undefined,
};

/** Never reconnect faster than this, whatever `retry:` says: a `retry: 0` must not hammer a server. */
export const MIN_STREAM_RETRY = 500;

export class LiveEntry {
  readonly url: string;
  readonly subscribers = new Set<Subscriber<LiveSnapshot>>();
  readonly #core: RegistryCore;
  readonly #reconnect: Timer;
  readonly #idle: Timer;
  #snapshot = INITIAL;
  #lastEventId = '';
  #retry: number;
  #failures = 0;
  #connection: { abort: AbortController; done: () => void } | undefined;
  #stopped = false;
  #disposed = false;

  constructor(core: RegistryCore, url: string) {
    this.#core = core;
    this.url = url;
    this.#retry = core.options.streamRetry;
    this.#reconnect = new Timer(core.env.clock);
    this.#idle = new Timer(core.env.clock);
  }

  get snapshot(): LiveSnapshot {
    return this.#snapshot;
  }

  get lastEventId(): string {
    return this.#lastEventId;
  }

  start(): void {
    if (!this.#connection && !this.#reconnect.pending && !this.#stopped && !this.#disposed) void this.#connect();
  }

  retry(): void {
    if (this.#disposed || this.#connection) return;
    this.#stopped = false;
    this.#reconnect.stop();
    void this.#connect();
  }

  dispose(): void {
    this.#disposed = true;
    this.#reconnect.stop();
    this.#idle.stop();
    const c = this.#connection;
    this.#connection = undefined;
    c?.abort.abort();
    c?.done();
    this.subscribers.clear();
  }

  #requestUrl(): string {
    if (this.#lastEventId === '') return this.url;
    const u = new URL(this.url);
    u.searchParams.set('lastEventId', this.#lastEventId);
    return u.href;
  }

  async #connect(): Promise<void> {
    const { env, options } = this.#core;
    const abort = new AbortController();
    const done = hold('connections');
    this.#connection = { abort, done };
    const sameOrigin = isSameOrigin(this.url, env.document);
    const headers: Record<string, string> = { Accept: 'text/event-stream' };
    if (sameOrigin && this.#lastEventId !== '') headers['Last-Event-ID'] = this.#lastEventId;
    const onSilence = () => abort.abort(new DOMException('The stream went silent.', 'TimeoutError'));
    this.#idle.start(options.timeout, onSilence);
    try {
      const response = await env.fetch(this.#requestUrl(), { headers, signal: abort.signal, cache: 'no-store' });
      if (response.status === 204) return this.#stop(undefined);
      if (response.status === 404) return this.#stop(dataError('not-found', 'live', { url: this.url, status: 404 }));
      if (response.status === 410) return this.#stop(dataError('gone', 'live', { url: this.url, status: 410 }));
      if (!response.ok) {
        response.body?.cancel().catch(() => undefined);
        const retryAfter = parseRetryAfter(response.headers.get('Retry-After'), env.clock.now());
        const details =
          retryAfter !== undefined
            ? { url: this.url, status: response.status, retryAfter }
            : { url: this.url, status: response.status };
        return this.#fail(dataError('http', 'live', details));
      }
      const type = response.headers.get('Content-Type') ?? '';
      if (!/^text\/event-stream\b/i.test(type) || !response.body) {
        response.body?.cancel().catch(() => undefined);
        return this.#fail(dataError('stream', 'live', { url: this.url, contentType: type }));
      }
      this.#set({ connected: true });
      const parser = new SseParser(this.#lastEventId);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        this.#idle.start(options.idleTimeout, onSilence);
        const { value, done: ended } = await reader.read();
        if (this.#disposed) return;
        if (ended) break;
        const { events, retry } = parser.push(value);
        if (retry !== undefined) this.#retry = retry;
        for (const event of events) this.#handle(event);
        this.#lastEventId = parser.lastEventId;
      }
      // The server closed the stream: reconnect after `retry`, as EventSource would.
      this.#closed(undefined);
    } catch {
      if (this.#disposed) return;
      const reason: unknown = abort.signal.reason;
      const timedOut = abort.signal.aborted && reason instanceof DOMException && reason.name === 'TimeoutError';
      if (this.#snapshot.connected && !timedOut) {
        // A dropped connection is routine: reconnect quietly; an error shows only if that fails.
        this.#failures++;
        return this.#closed(undefined);
      }
      const error = timedOut
        ? dataError('timeout', 'live', {
            url: this.url,
            timeout: this.#snapshot.connected ? options.idleTimeout : options.timeout,
          })
        : dataError(sameOrigin ? 'network' : 'cors', 'live', {
            url: this.url,
            pageOrigin: env.document ? new URL(env.document.baseURI).origin : undefined,
          });
      this.#fail(error);
    } finally {
      this.#idle.stop();
      done();
      if (this.#connection?.abort === abort) this.#connection = undefined;
    }
  }

  #handle(event: SseEvent): void {
    const { env } = this.#core;
    const ctx = { origin: 'live' as const, url: this.url };
    const trimmed = event.data.trimStart();
    const kind = event.type === 'message' ? (trimmed.startsWith('[') ? 'observations' : 'resolution') : event.type;
    if (kind === 'resolution') {
      const parsed = parseDocument(event.data, ctx);
      if (!parsed.ok) return this.#set({ error: parsed.error });
      this.#failures = 0;
      this.#set({ resolution: parsed.resolution, patches: [], error: undefined, updatedAt: new Date(env.clock.now()) });
    } else if (kind === 'observations') {
      const json = parseJson(event.data, ctx);
      const list = json.ok ? asObservationList(json.value) : undefined;
      if (!list) {
        const detail = json.ok ? 'observations: expected an array of observations' : json.error.message.en;
        return this.#set({ error: dataError('stream', 'live', { url: this.url, detail }) });
      }
      this.#failures = 0;
      const patches = mergeObservations(this.#snapshot.patches, list);
      this.#set({ patches, error: undefined, updatedAt: new Date(env.clock.now()) });
    }
    // Other event types are someone else's: ignored.
  }

  #set(change: Partial<LiveSnapshot>): void {
    this.#snapshot = { ...this.#snapshot, ...change };
    notifyAll(this.subscribers, this.#snapshot);
  }

  #stop(error: DataError | undefined): void {
    this.#stopped = true;
    this.#set(error ? { connected: false, error } : { connected: false });
  }

  #closed(error: DataError | undefined): void {
    if (this.#disposed) return;
    const { env, options } = this.#core;
    const retryAfter = error?.retryAfter ?? 0;
    const backoff =
      this.#failures > 0
        ? backoffDelay(this.#failures, env.random(), {
            base: Math.max(this.#retry, MIN_STREAM_RETRY),
            max: options.maxBackoff,
          })
        : 0;
    const delay = Math.max(this.#retry, MIN_STREAM_RETRY, backoff, retryAfter);
    this.#set(error ? { connected: false, error } : { connected: false });
    this.#reconnect.start(delay, () => void this.#connect());
  }

  #fail(error: DataError): void {
    this.#failures++;
    this.#closed(error);
  }
}
