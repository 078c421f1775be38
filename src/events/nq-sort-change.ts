import type { SortDirection, SortKey } from '../core/table-model.js';

export interface NqSortChangeDetail {
  /** `order` is the documents' own order: the reader turned sorting off. */
  sort: SortKey;
  direction: SortDirection;
}

/** Fired when the reader sorts a goal table by another column or the other way round. */
export class NqSortChangeEvent extends Event {
  static readonly eventName = 'nq-sort-change';
  readonly detail: NqSortChangeDetail;

  constructor(detail: NqSortChangeDetail) {
    super(NqSortChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nq-sort-change': NqSortChangeEvent;
  }
}
