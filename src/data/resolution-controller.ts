/**
 * `ResolutionController`: how every widget gets its resolution. A widget creates one in its
 * constructor; it reads the widget's `resolution`, `src`, `refresh`, `live` and `target`
 * properties and its inline `<script type="application/json">` child, and keeps `state` current.
 *
 * Precedence: the `resolution` property, then the inline JSON, then `src`. A `live` stream's
 * whole documents replace that document and its observations merge into it. A document that
 * fails (unreachable, not JSON, not valid) never takes away one already shown: it stays, marked
 * stale, beside the error. The host re-renders only when something it shows changed: a 304
 * costs nothing.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Resolution, Target } from '../core/schema.js';
import {
  EMPTY_STATE,
  refreshInterval,
  stateChanged,
  type DataInputs,
  type DataPhase,
  type DataSource,
  type DataState,
} from './data-state.js';
import { NqDataEvent } from '../events/nq-data.js';
import { NqErrorEvent } from '../events/nq-error.js';
import { describeChanges } from './changes.js';
import { dataError, sameError, type DataError } from './errors.js';
import { checkObject, parseDocument, type ParseResult } from './parse.js';
import { acquire, release } from './resources.js';
import { defaultRegistry, type LiveSnapshot, type SourceRegistry, type SourceSnapshot, type Subscription } from './source-registry.js';
import { mergedDocument } from './merged.js';

export * from './data-state.js';

export interface ResolutionControllerOptions {
  inputs?: () => DataInputs;
  /** The shared cache to use; the page-wide one by default. */
  registry?: SourceRegistry;
  /**
   * Whether the host's inline `<script type="application/json">` child is a source (default
   * true). A second controller on one host, for another URL, says false: the child is the
   * first controller's document, not its own.
   */
  inline?: boolean;
}

function absolute(url: string, host: Element): string {
  try {
    return new URL(url, host.ownerDocument.baseURI).href;
  } catch {
    return url;
  }
}

type Host = ReactiveControllerHost & HTMLElement;

export class ResolutionController implements ReactiveController {
  readonly #host: Host;
  readonly #inputs: () => DataInputs;
  readonly #registry: SourceRegistry | undefined;
  #state: DataState = EMPTY_STATE;
  #connected = false;
  #paused = false;
  #src: { url: string; interval: number; sub: Subscription<SourceSnapshot>; snapshot: SourceSnapshot } | undefined;
  #live: { url: string; sub: Subscription<LiveSnapshot>; snapshot: LiveSnapshot } | undefined;
  #observer: MutationObserver | undefined;
  #inline: { text: string; result: ParseResult } | undefined;
  #seq = 0;
  #events: Event[] = [];
  readonly #readsInline: boolean;

  constructor(host: Host, options: ResolutionControllerOptions = {}) {
    this.#host = host;
    this.#registry = options.registry;
    this.#readsInline = options.inline ?? true;
    this.#inputs =
      options.inputs ??
      (() => {
        const h = host as unknown as Record<string, unknown>;
        return {
          resolution: h.resolution,
          src: h.src as DataInputs['src'],
          refresh: h.refresh as DataInputs['refresh'],
          live: h.live as DataInputs['live'],
          target: h.target as DataInputs['target'],
        };
      });
    host.addController(this);
  }

  get state(): DataState {
    return this.#state;
  }

  hostConnected(): void {
    this.#connected = true;
    if (this.#readsInline && typeof MutationObserver !== 'undefined') {
      this.#observer = new MutationObserver(() => this.#sync(false));
      this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
      acquire('observers');
    }
    this.#sync(false);
  }

  hostDisconnected(): void {
    this.#connected = false;
    if (this.#observer) {
      this.#observer.disconnect();
      this.#observer = undefined;
      release('observers');
    }
    this.#src?.sub.close();
    this.#src = undefined;
    this.#live?.sub.close();
    this.#live = undefined;
    this.#events = [];
  }

  hostUpdate(): void {
    this.#sync(true);
  }

  hostUpdated(): void {
    // Events go out once the DOM shows what they announce.
    const events = this.#events;
    this.#events = [];
    for (const event of events) this.#host.dispatchEvent(event);
  }

  /** Stops applying updates in this widget (WCAG 2.2.2); polling for it stops too. */
  pause(): void {
    this.#setPaused(true);
  }

  /** Applies what arrived meanwhile, and catches up at once if a refresh is overdue. */
  resume(): void {
    this.#setPaused(false);
  }

  togglePaused(): void {
    this.#setPaused(!this.#paused);
  }

  /** Tries the source again now, even after 404 or 410. */
  reload(): void {
    this.#src?.sub.retry();
    this.#live?.sub.retry();
  }

  #setPaused(paused: boolean): void {
    if (paused === this.#paused) return;
    this.#paused = paused;
    this.#src?.sub.set({ paused });
    this.#live?.sub.set({ paused });
    if (!paused) {
      if (this.#src) this.#src.snapshot = this.#src.sub.snapshot;
      if (this.#live) this.#live.snapshot = this.#live.sub.snapshot;
    }
    this.#recompute(false);
  }

  #inlineScript(): HTMLScriptElement | null {
    if (!this.#readsInline) return null;
    return this.#host.querySelector(':scope > script[type="application/json"]');
  }

  /** Which source the inputs name, in order of precedence. */
  #base(inputs: DataInputs): 'property' | 'inline' | 'src' | 'none' {
    if (inputs.resolution !== undefined && inputs.resolution !== null) return 'property';
    if (this.#inlineScript()) return 'inline';
    if (inputs.src) return 'src';
    return 'none';
  }

  #sync(inUpdate: boolean): void {
    if (!this.#connected) return;
    const inputs = this.#inputs();
    const registry = this.#registry ?? defaultRegistry();
    const srcUrl = this.#base(inputs) === 'src' && inputs.src ? absolute(inputs.src, this.#host) : undefined;
    const interval = refreshInterval(inputs.refresh);
    if (this.#src && this.#src.url !== srcUrl) {
      this.#src.sub.close();
      this.#src = undefined;
    }
    if (srcUrl && !this.#src) {
      const options = { element: this.#host, interval, paused: this.#paused };
      const sub = registry.subscribe(srcUrl, (s) => this.#onSource(s), options);
      this.#src = { url: srcUrl, interval, sub, snapshot: sub.snapshot };
    } else if (this.#src && this.#src.interval !== interval) {
      this.#src.interval = interval;
      this.#src.sub.set({ interval });
    }
    const liveUrl = inputs.live ? absolute(inputs.live, this.#host) : undefined;
    if (this.#live && this.#live.url !== liveUrl) {
      this.#live.sub.close();
      this.#live = undefined;
    }
    if (liveUrl && !this.#live) {
      const sub = registry.subscribeLive(liveUrl, (s) => this.#onLive(s), { element: this.#host, paused: this.#paused });
      this.#live = { url: liveUrl, sub, snapshot: sub.snapshot };
    }
    this.#recompute(inUpdate, inputs);
  }

  #onSource(snapshot: SourceSnapshot): void {
    if (!this.#src || this.#paused) return;
    this.#src.snapshot = snapshot;
    this.#recompute(false);
  }

  #onLive(snapshot: LiveSnapshot): void {
    if (!this.#live || this.#paused) return;
    this.#live.snapshot = snapshot;
    this.#recompute(false);
  }

  #readInline(script: HTMLScriptElement): ParseResult {
    const text = script.textContent ?? '';
    if (this.#inline?.text !== text) this.#inline = { text, result: parseDocument(text, { origin: 'inline' }) };
    return this.#inline.result;
  }

  #recompute(inUpdate: boolean, inputs = this.#inputs()): void {
    if (!this.#connected) return;
    const kind = this.#base(inputs);
    let doc: Resolution | undefined;
    let error: DataError | undefined;
    let loading = false;
    let updatedAt: Date | undefined;
    let source: DataSource = kind;
    if (kind === 'property' || kind === 'inline') {
      const script = this.#inlineScript();
      const result = kind === 'property' || !script ? checkObject(inputs.resolution, { origin: 'property' }) : this.#readInline(script);
      if (result.ok) doc = result.resolution;
      else error = result.error;
    } else if (kind === 'src' && this.#src) {
      ({ resolution: doc, error, loading, updatedAt } = this.#src.snapshot);
    }
    const live = this.#live?.snapshot;
    if (live && this.#live) {
      const over = live.resolution ?? doc;
      if (over && (live.resolution || live.patches.length > 0)) {
        const merged = mergedDocument(over, live.patches, this.#live.url);
        if (merged.ok) {
          doc = merged.resolution;
          source = 'live';
          updatedAt = live.updatedAt ?? updatedAt;
        } else {
          error ??= merged.error;
        }
      }
      error ??= live.error;
      if (kind === 'none' && !doc && !error) loading = true;
    }
    const previous = this.#state;
    // Nothing already shown is lost: a failure, or a new source still loading, keeps the old document.
    const keep = !doc && previous.resolution !== undefined && (kind !== 'none' || this.#live !== undefined) && (error !== undefined || loading);
    const shown = doc ?? (keep ? previous.resolution : undefined);
    if (keep) {
      source = previous.source;
      updatedAt = previous.updatedAt;
    }
    let target: Target | undefined;
    let targetError: DataError | undefined;
    if (shown && inputs.target) {
      target = shown.targets.find((t) => t.id === inputs.target);
      if (!target) targetError = dataError('target', kind === 'none' ? 'live' : kind, { target: inputs.target });
    }
    const shownError = targetError ?? error;
    const phase: DataPhase = targetError ? 'error' : shown ? 'ready' : error ? 'error' : loading ? 'loading' : 'empty';
    let announcement = previous.announcement;
    if (shown && previous.resolution && shown !== previous.resolution) {
      announcement = { seq: ++this.#seq, message: describeChanges(previous.resolution, shown) };
    }
    const next: DataState = {
      phase,
      resolution: shown,
      target,
      error: shownError,
      stale: shown !== undefined && error !== undefined,
      updatedAt,
      source: shown ? source : kind,
      paused: this.#paused,
      updating: (this.#src !== undefined && this.#src.interval > 0) || this.#live !== undefined,
      announcement,
    };
    if (!stateChanged(previous, next)) return;
    this.#state = next;
    if (shown && shown !== previous.resolution) {
      const detail = { resolution: shown, source: next.source === 'none' ? 'src' : next.source, ...(target ? { target } : {}), ...(updatedAt ? { updatedAt } : {}) } as const;
      this.#events.push(new NqDataEvent(detail));
    }
    if (shownError && !sameError(previous.error, shownError)) this.#events.push(new NqErrorEvent(shownError));
    if (!inUpdate) this.#host.requestUpdate();
  }
}
