/**
 * The goal table's controls: the search box, one select per filter, the grouping, expand or
 * collapse all, and the CSV download. Native form controls, each with a visible label.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { STATUS_INFO } from '../../core/status.js';
import { areaLabel } from '../../core/table-cells.js';
import { GROUP_LABELS, UI } from '../../core/table-messages.js';
import { GROUP_KEYS, type GroupKey, type TableFilters, type TableQuery } from '../../core/table-model.js';
import type { FilterOptions } from '../../core/table-view.js';
import type { Locale } from '../../core/vocabulary.js';

export interface ToolbarContext {
  locale: Locale;
  query: TableQuery;
  options: FilterOptions;
  noSearch: boolean;
  noFilters: boolean;
  noExport: boolean;
  allExpanded: boolean;
  onSearch: (value: string) => void;
  onFilter: (filters: TableFilters) => void;
  onGroup: (group: GroupKey) => void;
  onExpandAll: () => void;
  onExport: () => Promise<void>;
}

const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;

function select(
  name: string,
  text: string,
  current: string,
  choices: readonly { value: string; label: string }[],
  onChange: (value: string) => void,
  all?: string,
): TemplateResult {
  return html`<label class="control" part="control">
    <span class="control-label">${text}</span>
    <select name=${name} part="select" @change=${(e: Event) => onChange(value(e))}>
      ${all === undefined ? nothing : html`<option value="" ?selected=${current === ''}>${all}</option>`}
      ${choices.map((c) => html`<option value=${c.value} ?selected=${c.value === current}>${c.label}</option>`)}
    </select>
  </label>`;
}

export function renderToolbar(ctx: ToolbarContext): TemplateResult {
  const { locale, query, options } = ctx;
  const f = query.filters;
  const all = UI.all[locale];
  const set = (patch: Partial<TableFilters>) => ctx.onFilter({ ...f, ...patch });
  const one = <T>(values: readonly T[]) => (values.length === 1 ? String(values[0]) : '');
  const filters = ctx.noFilters
    ? nothing
    : html`${select(
        'status',
        UI.status[locale],
        one(f.status),
        options.status.map((s) => ({ value: s, label: STATUS_INFO[s].label[locale] })),
        (v) => set({ status: v ? [v as TableFilters['status'][number]] : [] }),
        all,
      )}
      ${
        options.area.length
          ? select(
              'area',
              UI.area[locale],
              one(f.area),
              options.area.map((a) => ({ value: a, label: areaLabel(a, locale) })),
              (v) => set({ area: v ? [v] : [] }),
              all,
            )
          : nothing
      }
      ${select(
        'year',
        UI.year[locale],
        one(f.year),
        options.year.map((y) => ({ value: String(y), label: String(y) })),
        (v) => set({ year: v ? [Number(v)] : [] }),
        all,
      )}
      ${
        options.document.length > 1
          ? select(
              'document',
              UI.document[locale],
              one(f.document),
              options.document.map((d) => ({ value: d.id, label: d.label })),
              (v) => set({ document: v ? [v] : [] }),
              all,
            )
          : nothing
      }
      ${select(
        'group',
        UI.group[locale],
        query.group,
        GROUP_KEYS.filter((g) => g !== 'document' || options.document.length > 1).map((g) => ({
          value: g,
          label: GROUP_LABELS[g][locale],
        })),
        (v) => ctx.onGroup(v as GroupKey),
      )}`;
  return html`<div class="toolbar" part="toolbar">
    ${
      ctx.noSearch
        ? nothing
        : html`<div class="control search" role="search" part="search">
            <label for="nq-search" class="control-label">${UI.search[locale]}</label>
            <input
              id="nq-search"
              type="search"
              part="search-input"
              autocomplete="off"
              spellcheck="false"
              aria-describedby="nq-search-hint"
              .value=${query.search}
              @input=${(e: Event) => ctx.onSearch(value(e))}
            />
            <span id="nq-search-hint" class="hint">${UI.searchHint[locale]}</span>
          </div>`
    }
    ${filters}
    <div class="actions">
      <button type="button" part="button expand-all-button" @click=${ctx.onExpandAll}>
        ${ctx.allExpanded ? UI.collapseAll[locale] : UI.expandAll[locale]}
      </button>
      ${ctx.noExport ? nothing : html`<button type="button" part="button export-button" @click=${() => void ctx.onExport()}>${UI.export[locale]}</button>`}
    </div>
  </div>`;
}
