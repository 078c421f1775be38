/**
 * Test helpers for the data layer: a manual clock, the scripted test server
 * (test/server/middleware.js), a hidden-tab switch, and `<test-data-host>`, a tiny element that
 * uses the controller and the shared templates the way a widget will.
 */
import { LitElement, css, html, nothing } from 'lit';
import { textOf } from '../../src/core/format.js';
import type { Locale } from '../../src/core/vocabulary.js';
import { changeFlash } from '../../src/components/shared/change-flash.js';
import { renderDataError, renderDataStatus, renderLoading } from '../../src/components/shared/data-status.js';
import { dataStatusStyles } from '../../src/components/shared/data-status.styles.js';
import { LiveAnnouncer } from '../../src/components/shared/live-announcer.js';
import type { Clock } from '../../src/data/env.js';
import { ResolutionController } from '../../src/data/resolution-controller.js';
import { SourceRegistry } from '../../src/data/source-registry.js';

/** A clock that moves only when told to. Timers run in due order, including ones they set. */
export class ManualClock implements Clock {
  #now: number;
  #next = 1;
  readonly #timers = new Map<number, { at: number; callback: () => void }>();

  constructor(start = Date.UTC(2026, 10, 22, 3, 32)) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.#next++;
    this.#timers.set(id, { at: this.#now + Math.max(0, ms), callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.#timers.delete(handle as number);
  }

  get pending(): number {
    return this.#timers.size;
  }

  /** When the next timer is due, if any. */
  get nextAt(): number | undefined {
    let min: number | undefined;
    for (const t of this.#timers.values()) if (min === undefined || t.at < min) min = t.at;
    return min;
  }

  /** Moves time forward by ms, running every timer that falls due on the way. */
  advance(ms: number): void {
    const end = this.#now + ms;
    for (;;) {
      let id: number | undefined;
      let at = Number.POSITIVE_INFINITY;
      for (const [k, t] of this.#timers) {
        if (t.at <= end && t.at < at) {
          at = t.at;
          id = k;
        }
      }
      if (id === undefined) break;
      const t = this.#timers.get(id)!;
      this.#timers.delete(id);
      this.#now = Math.max(this.#now, t.at);
      t.callback();
    }
    this.#now = end;
  }
}

// ---- the scripted server -------------------------------------------------------------------

let counter = 0;
/** An id no other test uses: each test has its own script and its own request log. */
export function uniqueId(name: string): string {
  return `${name}-${Date.now().toString(36)}-${(counter++).toString(36)}`;
}

export interface Step {
  status?: number;
  fixture?: 'resolution' | 'invalid' | 'malformed';
  value?: number;
  sample?: boolean;
  text?: string;
  json?: unknown;
  delay?: number;
  headers?: Record<string, string>;
  etag?: boolean;
  lastModified?: string;
  truncate?: boolean;
  cut?: boolean;
  cors?: boolean;
}

export interface StreamEvent {
  event?: string;
  id?: string;
  data?: unknown;
  retry?: number;
  comment?: string;
  delay?: number;
}

export interface StreamStep {
  status?: number;
  contentType?: string;
  headers?: Record<string, string>;
  events?: StreamEvent[];
  gap?: number;
  close?: 'end' | 'destroy' | 'hold';
  cors?: boolean;
}

export interface LoggedRequest {
  kind: 'doc' | 'sse';
  status: number;
  path: string;
  query: Record<string, string>;
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
  lastEventId: string | null;
  origin: string | null;
}

export async function script(id: string, steps: Step[], stream: StreamStep[] = [{}]): Promise<void> {
  const r = await fetch(`/nq-test/script/${id}`, { method: 'POST', body: JSON.stringify({ steps, stream }) });
  if (!r.ok) throw new Error(`could not script ${id}`);
}

export async function serverLog(id: string): Promise<{ requests: LoggedRequest[]; open: number }> {
  const r = await fetch(`/nq-test/log/${id}`, { cache: 'no-store' });
  return (await r.json()) as { requests: LoggedRequest[]; open: number };
}

export const docUrl = (id: string): string => new URL(`/nq-test/doc/${id}`, location.href).href;
export const sseUrl = (id: string): string => new URL(`/nq-test/sse/${id}`, location.href).href;

/** The same server under another origin: localhost and 127.0.0.1 are different origins. */
export function otherOrigin(url: string): string {
  const u = new URL(url);
  u.hostname = u.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return u.href;
}

// ---- waiting --------------------------------------------------------------------------------

/** Waits (in real time) until the condition holds; fails with the message after `timeout` ms. */
export async function until(condition: () => boolean | Promise<boolean>, message: string, timeout = 3000): Promise<void> {
  const end = performance.now() + timeout;
  while (!(await condition())) {
    if (performance.now() > end) throw new Error(`timed out waiting: ${message}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

export const nextTask = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

export { FakeIntersectionObserver, setTabHidden, testDocument } from './fake-page.js';
import { FakeIntersectionObserver, testDocument } from './fake-page.js';

// ---- the host element -------------------------------------------------------------------------

/** Settings for the next `<test-data-host>` created: each test makes its own registry and clock. */
export const hostSettings: { registry: SourceRegistry | undefined; clock: Clock | undefined } = {
  registry: undefined,
  clock: undefined,
};

export function testRegistry(clock: Clock, options: ConstructorParameters<typeof SourceRegistry>[0] = {}): SourceRegistry {
  const env = {
    clock,
    random: () => 0.5,
    document: testDocument,
    IntersectionObserver: FakeIntersectionObserver as unknown as typeof IntersectionObserver,
    ...options.env,
  };
  const registry = new SourceRegistry({ timeout: 2000, ...options, env });
  hostSettings.registry = registry;
  hostSettings.clock = clock;
  return registry;
}

/** A minimal widget: the document's title, the first observation's value, and the data states. */
export class TestDataHost extends LitElement {
  static override properties = {
    resolution: { attribute: false },
    src: {},
    refresh: {},
    live: {},
    target: {},
    lang: {},
  };

  static override styles = [dataStatusStyles, css`:host { display: block; min-height: 1em; }`];

  declare resolution: unknown;
  declare src: string | undefined;
  declare refresh: string | undefined;
  declare live: string | undefined;
  declare target: string | undefined;
  declare lang: string;

  readonly data = new ResolutionController(this, { registry: hostSettings.registry });
  readonly announcer = new LiveAnnouncer(this, () => this.data.state.announcement, hostSettings.clock ? { clock: hostSettings.clock } : {});
  /** How many times the element rendered: an unchanged document must not add one. */
  renders = 0;

  get locale(): Locale {
    return this.lang === 'en' ? 'en' : 'vi';
  }

  override render() {
    this.renders++;
    const s = this.data.state;
    const lang = this.locale;
    const value = s.target
      ? s.resolution?.observations?.find((o) => o.indicator === s.target?.indicator.code)?.value
      : s.resolution?.observations?.[0]?.value;
    return html`${renderLoading(s, lang)} ${renderDataError(s, lang)}
      ${s.resolution
        ? html`<p class="title">${textOf(s.resolution.title, lang)}</p>
            <p class="value"><span ${changeFlash(value)}>${String(value)}</span></p>`
        : nothing}
      ${renderDataStatus(s, lang, { onTogglePause: () => this.data.togglePaused(), timeZone: 'Asia/Ho_Chi_Minh' })}
      ${this.announcer.render(lang)}`;
  }
}
if (!customElements.get('test-data-host')) customElements.define('test-data-host', TestDataHost);

declare global {
  interface HTMLElementTagNameMap {
    'test-data-host': TestDataHost;
  }
}

/** The text of the first element matching `selector` in the host's shadow root, trimmed. */
export function shadowText(host: Element, selector: string): string {
  return host.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}
