/**
 * One request for a resolution document, and what came of it. Conditional: on the page's own
 * origin we send `If-None-Match` / `If-Modified-Since` ourselves and see the 304; on another
 * origin those headers would force a CORS preflight on every poll (and fail on a server that does
 * not list them in `Access-Control-Allow-Headers`), so we ask the browser's HTTP cache to
 * revalidate instead (`cache: 'no-cache'`): the server still answers 304, and we recognise the
 * unchanged body. Either way an unchanged document is not parsed, validated or rendered again.
 */
import type { Resolution } from '../core/schema.js';
import { parseRetryAfter } from './backoff.js';
import { dataError, type DataError } from './errors.js';
import { parseDocument } from './parse.js';
import { acquire, release } from './resources.js';

/** What the previous good response said about itself, for the next conditional request. */
export interface Validators {
  etag?: string;
  lastModified?: string;
  /** The previous body: an unchanged body is recognised even when the server sends no validator. */
  text?: string;
}

export type FetchOutcome =
  | { kind: 'unchanged' }
  | { kind: 'document'; resolution: Resolution; validators: Validators; modifiedAt?: Date }
  | { kind: 'failed'; error: DataError }
  | { kind: 'aborted' };

export interface FetchDocumentOptions {
  fetch: typeof fetch;
  signal: AbortSignal;
  sameOrigin: boolean;
  /** For `Retry-After` given as an HTTP-date. */
  now: number;
  /** The time-out in force, for the message (the caller aborts the signal with a TimeoutError). */
  timeout: number;
  csp?: CspWatch | undefined;
  pageOrigin?: string | undefined;
  offline?: () => boolean;
}

/** Remembers `securitypolicyviolation` events, to tell a CSP block from a CORS block. */
export class CspWatch {
  #doc: Document | undefined;
  #blocked: string[] = [];
  readonly #onViolation = (event: SecurityPolicyViolationEvent) => {
    this.#blocked.push(event.blockedURI);
    if (this.#blocked.length > 20) this.#blocked.shift();
  };

  attach(doc: Document): void {
    if (this.#doc) return;
    this.#doc = doc;
    doc.addEventListener('securitypolicyviolation', this.#onViolation);
    acquire('listeners');
  }

  detach(): void {
    if (!this.#doc) return;
    this.#doc.removeEventListener('securitypolicyviolation', this.#onViolation);
    this.#doc = undefined;
    this.#blocked = [];
    release('listeners');
  }

  blocked(url: string): boolean {
    return this.#blocked.some((uri) => uri !== '' && (url === uri || url.startsWith(uri)));
  }
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function aborted(signal: AbortSignal, url: string, timeout: number): FetchOutcome {
  const reason: unknown = signal.reason;
  if (reason instanceof DOMException && reason.name === 'TimeoutError') {
    return { kind: 'failed', error: dataError('timeout', 'src', { url, timeout }) };
  }
  return { kind: 'aborted' };
}

/** A request that got no response: tell CSP, offline, CORS and a dead server apart as far as the browser lets us. */
async function unreachable(url: string, o: FetchDocumentOptions): Promise<FetchOutcome> {
  // The violation event is queued as a task of its own; give it the chance to arrive.
  await macrotask();
  if (o.signal.aborted) return aborted(o.signal, url, o.timeout);
  if (o.csp?.blocked(url)) return { kind: 'failed', error: dataError('csp', 'src', { url }) };
  if (o.offline?.()) return { kind: 'failed', error: dataError('network', 'src', { url, offline: true }) };
  if (!o.sameOrigin) return { kind: 'failed', error: dataError('cors', 'src', { url, pageOrigin: o.pageOrigin }) };
  return { kind: 'failed', error: dataError('network', 'src', { url }) };
}

export async function fetchDocument(url: string, previous: Validators, o: FetchDocumentOptions): Promise<FetchOutcome> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (o.sameOrigin) {
    if (previous.etag) headers['If-None-Match'] = previous.etag;
    if (previous.lastModified) headers['If-Modified-Since'] = previous.lastModified;
  }
  let response: Response;
  try {
    response = await o.fetch(url, { headers, signal: o.signal, cache: o.sameOrigin ? 'no-store' : 'no-cache' });
  } catch {
    if (o.signal.aborted) return aborted(o.signal, url, o.timeout);
    return unreachable(url, o);
  }
  if (response.status === 304) return { kind: 'unchanged' };
  if (!response.ok) {
    // The body of an error page is of no use; free the connection.
    response.body?.cancel().catch(() => undefined);
    if (response.status === 404) return { kind: 'failed', error: dataError('not-found', 'src', { url, status: 404 }) };
    if (response.status === 410) return { kind: 'failed', error: dataError('gone', 'src', { url, status: 410 }) };
    const retryAfter = parseRetryAfter(response.headers.get('Retry-After'), o.now);
    const details = retryAfter !== undefined ? { url, status: response.status, retryAfter } : { url, status: response.status };
    return { kind: 'failed', error: dataError('http', 'src', details) };
  }
  let text: string;
  try {
    text = await response.text();
  } catch {
    if (o.signal.aborted) return aborted(o.signal, url, o.timeout);
    // Headers came, the body did not finish: the connection dropped mid-document.
    return { kind: 'failed', error: dataError('truncated', 'src', { url, status: response.status }) };
  }
  if (previous.text !== undefined && text === previous.text) return { kind: 'unchanged' };
  const parsed = parseDocument(text, { origin: 'src', url });
  if (!parsed.ok) return { kind: 'failed', error: parsed.error };
  const validators: Validators = { text };
  const etag = response.headers.get('ETag');
  const lastModified = response.headers.get('Last-Modified');
  if (etag) validators.etag = etag;
  if (lastModified) validators.lastModified = lastModified;
  const modifiedAt = lastModified ? new Date(lastModified) : undefined;
  return modifiedAt && !Number.isNaN(modifiedAt.getTime())
    ? { kind: 'document', resolution: parsed.resolution, validators, modifiedAt }
    : { kind: 'document', resolution: parsed.resolution, validators };
}
