/**
 * The goal table's documents: one `ResolutionController` per document, so that each URL of `src`
 * (or each object of `resolutions`) is fetched, cached, polled and validated exactly as a single
 * widget's would be, and fails on its own without taking the others away.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Resolution } from '../../core/schema.js';
import { ResolutionController, type DataInputs, type DataState } from '../../data/resolution-controller.js';

type Host = ReactiveControllerHost & HTMLElement;

export class GoalTableDocuments implements ReactiveController {
  readonly #host: Host;
  readonly #inputs: (index: number) => DataInputs;
  readonly #count: () => number;
  readonly #controllers: ResolutionController[] = [];
  /** Each document handed in as an object, by the validated document made of it. */
  readonly #given = new WeakMap<Resolution, object>();

  /** `count()` says how many documents the host names now; `inputs(i)` what the i-th one is. */
  constructor(host: Host, count: () => number, inputs: (index: number) => DataInputs) {
    this.#host = host;
    this.#count = count;
    this.#inputs = inputs;
    this.#grow(1);
    host.addController(this);
  }

  hostConnected(): void {}

  #grow(n: number): void {
    while (this.#controllers.length < n) {
      const i = this.#controllers.length;
      this.#controllers.push(new ResolutionController(this.#host, { inputs: () => this.#inputs(i) }));
    }
  }

  /**
   * Adds or drops controllers to match the host's documents, and has each read its inputs now.
   * Lit runs controllers' `hostUpdate` after the host's `willUpdate`; calling it from there first
   * lets that update derive its rows from the inputs just set, not the previous ones.
   */
  sync(): void {
    const wanted = Math.max(1, this.#count());
    this.#grow(wanted);
    while (this.#controllers.length > wanted) {
      const c = this.#controllers.pop();
      if (c) {
        c.hostDisconnected();
        this.#host.removeController(c);
      }
    }
    this.#controllers.forEach((c, i) => {
      c.hostUpdate();
      const { resolution, source, stale } = c.state;
      const given = this.#inputs(i).resolution;
      if (resolution && source === 'property' && !stale && typeof given === 'object' && given !== null)
        this.#given.set(resolution, given);
    });
  }

  /**
   * What to hand a widget that shows part of `doc`: the object the host was given, when `doc` was
   * made from one. Validation is remembered per object, so that widget does not validate the whole
   * document again, which the validated copy would make it do (half a second at 10,000 targets).
   */
  handOver(doc: Resolution): object {
    return this.#given.get(doc) ?? doc;
  }

  get states(): DataState[] {
    return this.#controllers.map((c) => c.state);
  }

  /** The documents there are to show, in the order named. */
  get resolutions(): Resolution[] {
    return this.#controllers.flatMap((c) => (c.state.resolution ? [c.state.resolution] : []));
  }

  togglePaused(): void {
    for (const c of this.#controllers) c.togglePaused();
  }
}
