/**
 * `<span ${changeFlash(value)}>`: a short highlight when the value changes after the first
 * render, so a reader sees what a live update moved. None under `prefers-reduced-motion`.
 * Uses the Web Animations API: no class to toggle, nothing left behind in the DOM.
 */
import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

const FIRST = Symbol('first render');

export const CHANGE_KEYFRAMES: Keyframe[] = [
  { backgroundColor: 'var(--nq-data-changed-color, rgb(255 220 100 / 0.7))' },
  { backgroundColor: 'transparent' },
];
export const CHANGE_DURATION = 1200;

let reducedMotion: MediaQueryList | undefined;

/**
 * The reader's motion preference, as it is now. One MediaQueryList serves every call: its
 * `matches` follows the setting, while `matchMedia()` parses the query anew each time (a tenth
 * of a live update of 100 gauges went to it).
 */
export function prefersReducedMotion(): boolean {
  reducedMotion ??= globalThis.matchMedia?.('(prefers-reduced-motion: reduce)');
  return reducedMotion?.matches ?? false;
}

class ChangeFlashDirective extends Directive {
  #last: unknown = FIRST;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT)
      throw new Error('changeFlash() must be used on an element: <span ${changeFlash(value)}>');
  }

  render(_value: unknown): unknown {
    return noChange;
  }

  override update(part: ElementPart, [value]: [unknown]): unknown {
    const changed = this.#last !== FIRST && !Object.is(this.#last, value);
    this.#last = value;
    if (changed && !prefersReducedMotion()) {
      part.element.animate?.(CHANGE_KEYFRAMES, { duration: CHANGE_DURATION, easing: 'ease-out' });
    }
    return noChange;
  }
}

export const changeFlash = directive(ChangeFlashDirective);
