/**
 * A goal table's query in a URL, so that a link shares a view: `?sort=status&status=off-track,missed&q=dau+tu`.
 * Only what differs from the table's defaults is written; a value that is not valid is ignored
 * when read, so a hand-edited or old link never breaks a table. A prefix keeps two tables on one
 * page apart (`?t1-q=…&t2-q=…`).
 */
import { GROUP_KEYS, SORT_DIRECTIONS, SORT_KEYS, type TableFilters, type TableQuery } from './table-model.js';
import { STATUSES, type Status } from './vocabulary.js';

/** The parameter names, before the prefix. */
export const URL_KEYS = ['sort', 'dir', 'group', 'status', 'area', 'year', 'doc', 'q'] as const;
export type UrlKey = (typeof URL_KEYS)[number];

const ID = /^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/;

function list(value: string | null): string[] {
  return value
    ? [
        ...new Set(
          value
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      ]
    : [];
}

function pick<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** The query a URL's parameters describe, on top of the table's defaults. */
export function queryFromParams(params: URLSearchParams, defaults: TableQuery, prefix = ''): TableQuery {
  const get = (key: UrlKey) => params.get(prefix + key);
  const filters: TableFilters = {
    status: list(get('status')).filter((s): s is Status => (STATUSES as readonly string[]).includes(s)),
    area: list(get('area')).filter((s) => ID.test(s)),
    year: list(get('year'))
      .filter((s) => /^\d{4}$/.test(s))
      .map(Number),
    document: list(get('doc')).filter((s) => ID.test(s)),
  };
  const has = (key: UrlKey) => params.has(prefix + key);
  return {
    sort: pick(get('sort'), SORT_KEYS, defaults.sort),
    direction: pick(get('dir'), SORT_DIRECTIONS, defaults.direction),
    group: pick(get('group'), GROUP_KEYS, defaults.group),
    filters: {
      status: has('status') ? filters.status : defaults.filters.status,
      area: has('area') ? filters.area : defaults.filters.area,
      year: has('year') ? filters.year : defaults.filters.year,
      document: has('doc') ? filters.document : defaults.filters.document,
    },
    search: has('q') ? (get('q') ?? '').slice(0, 200) : defaults.search,
  };
}

const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The URL parameters of a query: each key that differs from the defaults, and `null` for each key
 * that does not (to be removed from the URL).
 */
export function queryToParams(query: TableQuery, defaults: TableQuery): Record<UrlKey, string | null> {
  const f = query.filters;
  const d = defaults.filters;
  return {
    sort: query.sort === defaults.sort ? null : query.sort,
    dir: query.direction === defaults.direction ? null : query.direction,
    group: query.group === defaults.group ? null : query.group,
    status: same(f.status, d.status) ? null : f.status.join(','),
    area: same(f.area, d.area) ? null : f.area.join(','),
    year: same(f.year, d.year) ? null : f.year.join(','),
    doc: same(f.document, d.document) ? null : f.document.join(','),
    q: query.search === defaults.search ? null : query.search,
  };
}

/**
 * A URL's search string with the query written in and every other parameter kept as it was.
 *
 * @example withQuery('?lang=vi', { ...defaults, sort: 'status' }, defaults) // "?lang=vi&sort=status"
 */
export function withQuery(search: string, query: TableQuery, defaults: TableQuery, prefix = ''): string {
  const params = new URLSearchParams(search);
  for (const [key, value] of Object.entries(queryToParams(query, defaults))) {
    if (value === null) params.delete(prefix + key);
    else params.set(prefix + key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
