/**
 * What the reader asked `<nq-goal-table>` for: the sort, the filters, the search and the
 * grouping. It starts from the element's attributes, follows the page URL when `sync-url` is on,
 * writes it back, and fires the change events once a change has settled (the search waits for
 * the last key).
 */
import type { ReactiveControllerHost } from 'lit';
import {
  DEFAULT_QUERY,
  type GroupKey,
  type SortDirection,
  type SortKey,
  type TableFilters,
  type TableQuery,
} from '../../core/table-model.js';
import { queryFromParams, withQuery } from '../../core/table-url.js';
import { NqFilterChangeEvent } from '../../events/nq-filter-change.js';
import { NqSortChangeEvent } from '../../events/nq-sort-change.js';

/** How long the search box waits after the last key before it announces, fires and writes the URL. */
const SETTLE_MS = 400;

export interface QueryHost extends ReactiveControllerHost, EventTarget {
  sort: SortKey;
  sortDirection: SortDirection;
  groupBy: GroupKey;
  syncUrl: boolean;
  urlPrefix: string;
}

export interface QueryOptions {
  /** Writes the page URL's query string. */
  replaceSearch: (search: string) => void;
  /** How many rows the query matched, of how many, once the table has updated. */
  counts: () => { matched: number; total: number };
  /** A filter or search has settled: the element announces the new count. */
  settled: () => void;
}

export class GoalTableQuery {
  readonly #host: QueryHost;
  readonly #options: QueryOptions;
  #query: TableQuery | undefined;
  #defaults: TableQuery = DEFAULT_QUERY;
  #settle: ReturnType<typeof setTimeout> | undefined;

  constructor(host: QueryHost, options: QueryOptions) {
    this.#host = host;
    this.#options = options;
  }

  /** The attributes' sort, direction and grouping, with no filter or search. */
  defaults(): TableQuery {
    const d = this.#defaults;
    const h = this.#host;
    if (d.sort === h.sort && d.direction === h.sortDirection && d.group === h.groupBy) return d;
    return (this.#defaults = { ...DEFAULT_QUERY, sort: h.sort, direction: h.sortDirection, group: h.groupBy });
  }

  get current(): TableQuery {
    return this.#query ?? this.defaults();
  }

  /** The view a URL's query string names, when the table mirrors the URL. */
  fromUrl(search: string): void {
    if (!this.#host.syncUrl) return;
    this.#query = queryFromParams(new URLSearchParams(search), this.defaults(), this.#host.urlPrefix);
    this.#host.requestUpdate();
  }

  /** Stops a pending settle: the element left the page. */
  dispose(): void {
    clearTimeout(this.#settle);
  }

  readonly search = (search: string): void => this.#change({ search }, SETTLE_MS);
  readonly filter = (filters: TableFilters): void => this.#change({ filters }, 0);
  readonly group = (group: GroupKey): void => this.#change({ group }, 0);

  /** Ascending, then descending, then back to the documents' own order. */
  readonly sortBy = (sort: SortKey): void => {
    const q = this.current;
    const next: Pick<TableQuery, 'sort' | 'direction'> =
      q.sort !== sort
        ? { sort, direction: 'ascending' }
        : q.direction === 'ascending'
          ? { sort, direction: 'descending' }
          : { sort: 'order', direction: 'ascending' };
    this.#set(next);
    void this.#host.updateComplete.then(() => {
      this.#writeUrl();
      this.#host.dispatchEvent(new NqSortChangeEvent(next));
    });
  };

  #set(patch: Partial<TableQuery>): void {
    this.#query = { ...this.current, ...patch };
    this.#host.requestUpdate();
  }

  #writeUrl(): void {
    const h = this.#host;
    if (h.syncUrl) this.#options.replaceSearch(withQuery(location.search, this.current, this.defaults(), h.urlPrefix));
  }

  /** After a filter or search settles: the count is announced, the event fired, the URL written. */
  #change(patch: Partial<TableQuery>, delay: number): void {
    this.#set(patch);
    clearTimeout(this.#settle);
    this.#settle = setTimeout(() => {
      void this.#host.updateComplete.then(() => {
        const q = this.current;
        this.#options.settled();
        this.#writeUrl();
        const { matched, total } = this.#options.counts();
        this.#host.dispatchEvent(
          new NqFilterChangeEvent({ filters: q.filters, search: q.search, group: q.group, matched, total }),
        );
      });
    }, delay);
  }
}
