import type { DataError } from '../data/errors.js';

/**
 * Fired when a widget's data could not be loaded or is not valid, with what went wrong and where
 * (`detail.code`, `detail.url`, `detail.status`, `detail.issues`, `detail.message.vi/en`).
 * Fired once per new error, not on every retry of the same failure. Not a user action, unlike our
 * other events: a page has no other way to learn that a widget it placed shows an error.
 */
export class NqErrorEvent extends Event {
  static readonly eventName = 'nq-error';
  readonly detail: DataError;

  constructor(detail: DataError) {
    super(NqErrorEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nq-error': NqErrorEvent;
  }
}
