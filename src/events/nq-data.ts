import type { Resolution, Target } from '../core/schema.js';

export interface NqDataDetail {
  resolution: Resolution;
  /** The target picked by the `target` attribute, if any. */
  target?: Target;
  source: 'property' | 'inline' | 'src' | 'live';
  updatedAt?: Date;
}

/**
 * Fired after a widget shows new data: the first document, and each changed one (a 304 or an
 * unchanged body fires nothing). Not a user action, unlike our other events: like `load` on an
 * image, it is how a page learns that content it did not load itself has arrived.
 */
export class NqDataEvent extends Event {
  static readonly eventName = 'nq-data';
  readonly detail: NqDataDetail;

  constructor(detail: NqDataDetail) {
    super(NqDataEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nq-data': NqDataEvent;
  }
}
