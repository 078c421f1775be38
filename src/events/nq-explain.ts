import type { Status } from '../core/vocabulary.js';

export interface NqExplainDetail {
  /** True when the reader opened the "why this status" sentence, false when they closed it. */
  open: boolean;
  /** The target's id, when the widget shows a target of a document. */
  target?: string;
  status?: Status;
  /** The sentence, in the widget's language. */
  explanation: string;
}

/**
 * Fired when the reader opens or closes a widget's "why this status" explanation (by focus,
 * click or Escape), so that a page can log which statuses readers question.
 */
export class NqExplainEvent extends Event {
  static readonly eventName = 'nq-explain';
  readonly detail: NqExplainDetail;

  constructor(detail: NqExplainDetail) {
    super(NqExplainEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nq-explain': NqExplainEvent;
  }
}
