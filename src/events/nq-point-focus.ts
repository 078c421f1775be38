import type { NavItem, NavKind } from '../core/timeline-nav.js';
import type { Status } from '../core/vocabulary.js';

export interface NqPointFocusDetail {
  /** What the point is: the issue date, the baseline, a reported value or a milestone. */
  kind: NavKind;
  /** The document's `id`. */
  document: string;
  /** The target's `id`; none for an issue date. */
  target?: string;
  /** The point's time as a decimal year (2025 is the year 2025; an undated milestone is Infinity). */
  t: number;
  /** A milestone's status. */
  status?: Status;
  /** What the point announces, in the widget's language: date, value, verdict, source. */
  text: string;
  /** How the reader reached it. */
  trigger: 'keyboard' | 'pointer';
}

/**
 * Fired when the reader moves to a point of `<nq-target-timeline>`, with the arrow keys or by
 * pointing at it, so that a page can show the same point elsewhere (a table row, a map).
 */
export class NqPointFocusEvent extends Event {
  static readonly eventName = 'nq-point-focus';
  readonly detail: NqPointFocusDetail;

  constructor(detail: NqPointFocusDetail) {
    super(NqPointFocusEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** The event's detail for a point of the timeline, reached by `trigger`. */
export function pointFocusDetail(item: NavItem, trigger: NqPointFocusDetail['trigger']): NqPointFocusDetail {
  const { kind, documentId, targetId, t, status, label } = item;
  return {
    kind,
    document: documentId,
    t,
    text: label,
    trigger,
    ...(targetId ? { target: targetId } : {}),
    ...(status ? { status } : {}),
  };
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nq-point-focus': NqPointFocusEvent;
  }
}
