import type { GroupKey, TableFilters } from '../core/table-model.js';

export interface NqFilterChangeDetail {
  filters: TableFilters;
  search: string;
  group: GroupKey;
  /** Targets that match now, and in all. */
  matched: number;
  total: number;
}

/**
 * Fired when the reader changes a goal table's filters, search or grouping. Typing in the search
 * box fires once the reader pauses, not on every key.
 */
export class NqFilterChangeEvent extends Event {
  static readonly eventName = 'nq-filter-change';
  readonly detail: NqFilterChangeDetail;

  constructor(detail: NqFilterChangeDetail) {
    super(NqFilterChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nq-filter-change': NqFilterChangeEvent;
  }
}
