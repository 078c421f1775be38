/**
 * The HTML around the chart of `<nq-target-timeline>`: the one-target header, the period buttons
 * and the tooltip. Template functions of values the element computed in `willUpdate()`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { textOf } from '../../core/format.js';
import { tooltipPlacement } from '../../core/timeline-layout.js';
import type { TimelineLane } from '../../core/timeline-model.js';
import type { NavItem } from '../../core/timeline-nav.js';
import { axisTitle, word } from '../../core/timeline-text.js';
import type { Locale } from '../../core/vocabulary.js';
import { renderStatusBadge } from '../shared/status-badge.js';
import { styleProps } from '../shared/style-props.js';

/** One target's title, status and value axis title, above its chart. */
export function renderHeader(lane: TimelineLane, lang: Locale): TemplateResult {
  return html`<div part="header" class="header">
      <span part="title" class="title">${lane.target.ref} · ${textOf(lane.target.label, lang)}</span>
      ${renderStatusBadge(lane.assessment.status, lang)}
    </div>
    <p part="axis-title" class="axis-title">${axisTitle(lane, lang)}</p>`;
}

/** "Toàn bộ" and one button per period; the pressed one is the period shown. */
export function renderZoom(
  periods: readonly [number, number][],
  current: readonly [number, number] | undefined,
  lang: Locale,
  onZoom: (period: [number, number] | undefined) => void,
): TemplateResult | typeof nothing {
  if (periods.length === 0) return nothing;
  const same = (p: [number, number]) => current?.[0] === p[0] && current[1] === p[1];
  const button = (pressed: boolean, label: string, period: [number, number] | undefined) =>
    html`<button
      part="zoom-button"
      type="button"
      aria-pressed=${pressed ? 'true' : 'false'}
      @click=${() => onZoom(period)}
    >
      ${label}
    </button>`;
  return html`<div part="zoom" class="zoom" role="group" aria-label=${word('zoom', lang)}>
    <span class="zoom-label" aria-hidden="true">${word('zoom', lang)}:</span>
    ${button(!current, word('all', lang), undefined)} ${periods.map((p) => button(same(p), `${p[0]}–${p[1]}`, p))}
  </div>`;
}

/**
 * What the focused or pointed point says, beside it. Hidden from assistive technology: the point's
 * own name says the same, and a second reading would only repeat it.
 */
export function renderTooltip(item: NavItem | undefined, width: number): TemplateResult | typeof nothing {
  if (!item) return nothing;
  const at = tooltipPlacement(item.x, item.y, width);
  return html`<div
    part="tooltip"
    class="tooltip ${at.above ? '' : 'below'}"
    ${styleProps({ left: `${at.left}px`, top: `${at.top}px` })}
    aria-hidden="true"
  >
    ${item.lines.map((l) => html`<p>${l}</p>`)}
  </div>`;
}
