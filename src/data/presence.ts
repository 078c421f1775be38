/**
 * Whether anyone can see what a refresh would change: the tab is visible
 * (`document.visibilityState` with `visibilitychange`), and a subscriber's element is on screen
 * (one IntersectionObserver for all subscribers of a registry, cheaper than one each and just as
 * precise). Listeners and the observer exist only while something is tracked.
 */
import type { DataEnvironment } from './env.js';
import { acquire, release } from './resources.js';

export class Presence {
  readonly #env: DataEnvironment;
  readonly #onChange: () => void;
  #refs = 0;
  #io: IntersectionObserver | undefined;
  /** How many subscribers track each element; its last known intersection. */
  readonly #elements = new Map<Element, { count: number; onScreen: boolean }>();
  readonly #onVisibility = () => this.#onChange();

  constructor(env: DataEnvironment, onChange: () => void) {
    this.#env = env;
    this.#onChange = onChange;
  }

  get documentHidden(): boolean {
    return this.#env.document?.visibilityState === 'hidden';
  }

  /** Until the observer's first report, an element counts as on screen: the first load is never delayed. */
  onScreen(element: Element | undefined): boolean {
    if (!element) return true;
    return this.#elements.get(element)?.onScreen ?? true;
  }

  /** One more subscriber, with the element it shows in (if any). */
  retain(element: Element | undefined): void {
    if (this.#refs++ === 0 && this.#env.document) {
      this.#env.document.addEventListener('visibilitychange', this.#onVisibility);
      acquire('listeners');
    }
    if (!element) return;
    const known = this.#elements.get(element);
    if (known) {
      known.count++;
      return;
    }
    this.#elements.set(element, { count: 1, onScreen: true });
    const io = this.#observer();
    io?.observe(element);
  }

  drop(element: Element | undefined): void {
    if (element) {
      const known = this.#elements.get(element);
      if (known && --known.count === 0) {
        this.#elements.delete(element);
        this.#io?.unobserve(element);
        if (this.#elements.size === 0 && this.#io) {
          this.#io.disconnect();
          this.#io = undefined;
          release('observers');
        }
      }
    }
    if (--this.#refs === 0 && this.#env.document) {
      this.#env.document.removeEventListener('visibilitychange', this.#onVisibility);
      release('listeners');
    }
  }

  #observer(): IntersectionObserver | undefined {
    const IO = this.#env.IntersectionObserver;
    if (!IO) return undefined;
    if (!this.#io) {
      this.#io = new IO((entries) => {
        let changed = false;
        for (const entry of entries) {
          const known = this.#elements.get(entry.target);
          if (known && known.onScreen !== entry.isIntersecting) {
            known.onScreen = entry.isIntersecting;
            changed = true;
          }
        }
        if (changed) this.#onChange();
      });
      acquire('observers');
    }
    return this.#io;
  }
}
