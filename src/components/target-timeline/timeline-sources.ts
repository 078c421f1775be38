/**
 * Several documents on one axis, each got through its own `ResolutionController`: the data
 * layer's controller reads one document, so the timeline keeps one per document. The first
 * reads the host as every widget does (`resolution`, inline JSON, the first `src` URL, `refresh`,
 * `live`); one more is added for each entry of `resolutions` and each further `src` URL.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Resolution } from '../../core/schema.js';
import { ResolutionController, type DataInputs, type DataState } from '../../data/resolution-controller.js';

export interface SourcesHost extends ReactiveControllerHost, HTMLElement {
  resolution?: unknown;
  resolutions?: readonly unknown[] | undefined;
  src?: string | undefined;
  refresh?: number | string | undefined;
  live?: string | undefined;
}

/** `src` as a list: URLs separated by white space (a URL has none of its own). */
export function sourceUrls(src: string | null | undefined): string[] {
  return (src ?? '').split(/\s+/).filter(Boolean);
}

/** What all the documents add up to, for the widget's data states. */
export interface SourcesSummary {
  phase: DataState['phase'];
  documents: Resolution[];
  errors: DataState[];
  stale: boolean;
  updatedAt: Date | undefined;
  updating: boolean;
  paused: boolean;
}

export class TimelineSources implements ReactiveController {
  readonly #host: SourcesHost;
  readonly primary: ResolutionController;
  #extra: { key: string; controller: ResolutionController }[] = [];
  #connected = false;

  constructor(host: SourcesHost) {
    this.#host = host;
    host.addController(this);
    this.primary = new ResolutionController(host, {
      inputs: (): DataInputs => ({
        resolution: host.resolution,
        src: sourceUrls(host.src)[0],
        refresh: host.refresh,
        live: host.live,
      }),
    });
  }

  hostConnected(): void {
    // Lit is iterating its controllers: a controller added now would also be connected by that
    // loop, a second time. The first update adds them instead.
    this.#connected = true;
  }

  hostDisconnected(): void {
    this.#connected = false;
  }

  /**
   * Brings every controller up to date with the host's properties, before the host reads them:
   * Lit calls controllers' `hostUpdate` after the host's `willUpdate`, which derives from them.
   */
  refresh(): void {
    if (!this.#connected) return;
    this.sync();
    for (const c of this.controllers) c.hostUpdate();
  }

  /** Adds a controller for each new document and drops those no longer named. */
  sync(): void {
    const host = this.#host;
    const wanted: { key: string; inputs: () => DataInputs }[] = [];
    (host.resolutions ?? []).forEach((_, i) =>
      wanted.push({ key: `r${i}`, inputs: () => ({ resolution: host.resolutions?.[i] }) }),
    );
    for (const url of sourceUrls(host.src).slice(1)) {
      wanted.push({ key: `u ${url}`, inputs: () => ({ src: url, refresh: host.refresh }) });
    }
    const keys = new Set(wanted.map((w) => w.key));
    for (const e of this.#extra) {
      if (keys.has(e.key)) continue;
      e.controller.hostDisconnected();
      host.removeController(e.controller);
    }
    const kept = this.#extra.filter((e) => keys.has(e.key));
    this.#extra = wanted.map(
      (w) =>
        kept.find((e) => e.key === w.key) ?? {
          key: w.key,
          // The inline JSON child is the first controller's document, not a further one's.
          controller: new ResolutionController(host, { inputs: w.inputs, inline: false }),
        },
    );
  }

  get controllers(): ResolutionController[] {
    return [this.primary, ...this.#extra.map((e) => e.controller)];
  }

  get states(): DataState[] {
    return this.controllers.map((c) => c.state);
  }

  summary(): SourcesSummary {
    const states = this.states;
    const documents = states.map((s) => s.resolution).filter((r): r is Resolution => r !== undefined);
    // Each failure once: two documents from one unreachable server are one message.
    const seen = new Set<string>();
    const errors = states.filter((s) => {
      const e = s.error;
      const key = e ? `${e.code} ${e.url ?? ''} ${e.message.en}` : '';
      if (!e || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const loading = states.some((s) => s.phase === 'loading');
    const times = states.map((s) => s.updatedAt?.getTime()).filter((t): t is number => t !== undefined);
    return {
      phase: documents.length ? 'ready' : loading ? 'loading' : errors.length ? 'error' : 'empty',
      documents,
      errors,
      stale: states.some((s) => s.stale),
      updatedAt: times.length ? new Date(Math.max(...times)) : undefined,
      updating: states.some((s) => s.updating),
      paused: states.some((s) => s.paused),
    };
  }

  /** The state the status line shows: the first document's, stale if any is, updated when the last one was. */
  status(s: SourcesSummary): DataState {
    return {
      ...this.primary.state,
      stale: s.stale,
      updatedAt: s.updatedAt,
      updating: s.updating,
      paused: s.paused,
      resolution: s.documents[0],
    };
  }

  togglePaused(): void {
    const pause = !this.states.some((s) => s.paused);
    for (const c of this.controllers) {
      if (pause) c.pause();
      else c.resume();
    }
  }
}
