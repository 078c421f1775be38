import { css } from 'lit';
import { dataStatusStyles } from '../shared/data-status.styles.js';
import { statusBadgeStyles } from '../shared/status-badge.js';
import { gridStyles, mediaStyles } from './goal-table-layouts.styles.js';

/**
 * Public custom properties `--nq-goal-table-*` are read once, on `.base`, into private `--_*`
 * ones; each falls back to a global token (`--nq-color-*`, src/themes/) and then to the light
 * theme's value. Nothing is set on `:host` under a public name, so a value set on an ancestor wins.
 * The grid, card, print and forced-colors layouts are in goal-table-layouts.styles.ts.
 */
const layout = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  .sizer {
    height: 0;
  }
  .base {
    --_font: var(--nq-goal-table-font-family, var(--nq-font-family, system-ui, sans-serif));
    --_text: var(--nq-goal-table-text-color, var(--nq-color-text, #1f2328));
    --_muted: var(--nq-goal-table-muted-color, var(--nq-color-text-muted, #59636e));
    --_surface: var(--nq-goal-table-background, var(--nq-color-surface, #ffffff));
    --_border: var(--nq-goal-table-border-color, var(--nq-color-border, #d1d9e0));
    --_header-bg: var(--nq-goal-table-header-background, var(--nq-color-track, #e3e7eb));
    --_group-bg: var(--nq-goal-table-group-background, transparent);
    --_track: var(--nq-goal-table-track-color, var(--nq-color-track, #e3e7eb));
    --_focus: var(--nq-goal-table-focus-color, var(--nq-color-focus, #0756b8));
    --_link: var(--nq-goal-table-link-color, var(--nq-color-info, #1d4f91));
    --_cell-padding: var(--nq-goal-table-cell-padding, 0.5em 0.6em);
    --_card-gap: var(--nq-goal-table-card-gap, 0.75em);
    --_radius: var(--nq-goal-table-radius, 0.375em);
    --_loading-height: var(--nq-goal-table-loading-height, 24em);
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_surface);
    line-height: 1.4;
  }
  .base.loading {
    min-height: var(--_loading-height);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em 0.75em;
    margin-block-end: 0.5em;
  }
  .control {
    display: flex;
    flex-direction: column;
    gap: 0.15em;
    font-size: 0.9em;
  }
  .search {
    flex: 1 1 14em;
  }
  .control-label {
    font-weight: 600;
  }
  .hint,
  .count,
  .indicator-name,
  .date,
  .source,
  .deadline,
  .group-count,
  .context-note,
  .note {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .count {
    margin: 0.25em 0;
  }
  input,
  select,
  button {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.3em 0.5em;
  }
  button {
    cursor: pointer;
  }
  .actions {
    display: flex;
    gap: 0.5em;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_link);
  }
  table {
    /* --_column-widths is set on the table from the columns shown; it is read here, where it is defined. */
    --_columns: var(--nq-goal-table-columns, var(--_column-widths));
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 700;
    font-size: 1.05em;
    padding-block: 0.25em 0.5em;
  }
  th,
  td {
    padding: var(--_cell-padding);
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  thead th {
    background: var(--_header-bg);
    font-size: 0.875em;
    position: sticky;
    top: 0;
    z-index: 1;
  }
  thead button {
    border: 0;
    background: none;
    padding: 0;
    font-weight: inherit;
    text-align: start;
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
  }
  .sort-icon::after {
    content: '↕';
    opacity: 0.5;
  }
  .sort-icon.ascending::after {
    content: '▲';
    opacity: 1;
  }
  .sort-icon.descending::after {
    content: '▼';
    opacity: 1;
  }
  .ref-header {
    min-width: 3.5em;
  }
  .ref-cell {
    overflow-wrap: normal;
  }
  .baseline-header {
    min-width: 5.5em;
  }
  .progress-header {
    width: 12em;
  }
  /* In a cell the gauge shows its bar only: the row has the label, value, status and source, and
     its details the milestones and why. The hidden label still names the gauge's meter. */
  nq-kpi-gauge {
    display: block;
    min-width: 8em;
  }
  nq-kpi-gauge::part(label),
  nq-kpi-gauge::part(details) {
    display: none;
  }
  .status-header {
    min-width: 7.5em;
  }
  .latest-header,
  .targets-header {
    min-width: 7em;
  }
  .group th {
    background: var(--_group-bg);
    font-weight: 700;
    padding-block-start: 1em;
    border-bottom: 2px solid var(--_border);
  }
  .indicator-cell {
    font-weight: 400;
    padding-inline-start: calc(0.6em + var(--_depth, 0) * 1.5em);
  }
  .expander {
    display: flex;
    align-items: baseline;
    gap: 0.4em;
    border: 0;
    background: none;
    padding: 0;
    text-align: start;
    font-weight: 600;
  }
  .chevron::before {
    content: '▸';
    display: inline-block;
  }
  [aria-expanded='true'] .chevron::before {
    transform: rotate(90deg);
  }
  .nested {
    display: block;
    font-size: 0.8em;
    color: var(--_muted);
  }
  .indicator-name {
    display: block;
    margin-inline-start: 1.2em;
  }
  .context {
    opacity: 0.75;
  }
  .goals {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .goals .current {
    font-weight: 600;
  }
  .value {
    font-weight: 600;
  }
  td .nq-badge {
    white-space: nowrap;
  }
  .source {
    display: block;
  }
  .progress {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .track {
    flex: 1 1 4em;
    min-width: 3em;
    height: 0.5em;
    background: var(--_track);
    border-radius: 999px;
    overflow: hidden;
  }
  .fill {
    display: block;
    height: 100%;
    background: var(--_status-color, var(--_text));
  }
  .detail td {
    background: color-mix(in srgb, var(--_header-bg) 35%, var(--_surface));
  }
  .detail-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(16em, 1fr));
    gap: 0.5em 1.5em;
  }
  .detail-heading {
    font-weight: 700;
    margin: 0 0 0.25em;
  }
  .detail p,
  .detail ul {
    margin-block: 0 0.5em;
  }
  .detail ul {
    padding-inline-start: 1.2em;
  }
  blockquote {
    margin: 0 0 0.5em;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_border);
    font-style: italic;
  }
  q {
    display: block;
    font-style: italic;
    color: var(--_muted);
  }
  .verdict {
    color: var(--_status-color);
    font-weight: 600;
  }
  .empty {
    padding: 1em 0;
    color: var(--_muted);
  }
  .cell-label {
    display: block;
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_muted);
  }
`;

export const goalTableStyles = [statusBadgeStyles, dataStatusStyles, layout, gridStyles, mediaStyles];
