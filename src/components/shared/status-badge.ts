/**
 * A status as every widget shows it: an icon and a label, in the status colour, never colour
 * alone. `renderStatusBadge()` is the template; `statusBadgeStyles` go in the widget's styles.
 * The colour of a status comes from the global token `--nq-color-<status>` (src/themes/), with
 * the light theme's value when no theme is loaded; an element with `data-status` gets it as
 * `--_status-color`, for its own arcs and markers.
 */
import { html, unsafeCSS, type CSSResult, type TemplateResult } from 'lit';
import { STATUS_INFO } from '../../core/status.js';
import { STATUSES, type Locale, type Status } from '../../core/vocabulary.js';
import { LIGHT_TOKENS } from '../../themes/tokens.js';
import { icon } from './icons.js';

/** `var(--nq-color-achieved, #1a7f37)`. */
export function statusColor(status: Status): string {
  return `var(--nq-color-${status}, ${LIGHT_TOKENS[`color-${status}`]})`;
}

export function renderStatusBadge(status: Status, lang: Locale): TemplateResult {
  const info = STATUS_INFO[status];
  return html`<span class="nq-status" part="status-badge" data-status=${status}
    >${icon(info.icon)}<span class="nq-status__label">${info.label[lang]}</span></span
  >`;
}

export const statusBadgeStyles: CSSResult = unsafeCSS(`
${STATUSES.map((s) => `[data-status="${s}"] { --_status-color: ${statusColor(s)}; }`).join('\n')}
.nq-status {
  display: inline-flex;
  align-items: center;
  gap: 0.3em;
  font-weight: 600;
  color: var(--_status-color);
}
.nq-icon {
  width: 1em;
  height: 1em;
  flex: none;
}
`);
