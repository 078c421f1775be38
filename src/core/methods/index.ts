/**
 * The registry of progress methods. `linear` and `opensdg` are built in; a page may register its
 * own under a new name and pick it with a widget's `method` attribute.
 */
import { linear } from './linear.js';
import { opensdg } from './opensdg.js';
import type { ProgressMethod } from './types.js';

export type { DeclineReason, Pace, PaceInput, PaceResult, Point, ProgressMethod } from './types.js';

const registry = new Map<string, ProgressMethod>([
  [linear.name, linear],
  [opensdg.name, opensdg],
]);

export const DEFAULT_METHOD = 'linear';

export function registerMethod(method: ProgressMethod): void {
  registry.set(method.name, method);
}

/** The named method, or the default when the name is unknown or not given. */
export function getMethod(name: string | undefined): ProgressMethod {
  return (name !== undefined ? registry.get(name) : undefined) ?? linear;
}

export function methodNames(): string[] {
  return [...registry.keys()];
}
