/**
 * The HTML of `<nq-target-timeline>` around and holding the SVG: the one-target header, the
 * period buttons, the plot and its tooltip. Template functions of values the element computed in `willUpdate()`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { textOf } from '../../core/format.js';
import type { TimelineGeometry } from '../../core/timeline-geometry.js';
import { tooltipPlacement } from '../../core/timeline-layout.js';
import type { TimelineLane } from '../../core/timeline-model.js';
import type { NavItem } from '../../core/timeline-nav.js';
import { axisTitle, word } from '../../core/timeline-text.js';
import type { Locale } from '../../core/vocabulary.js';
import type { DataState } from '../../data/data-state.js';
import { renderStatusBadge } from '../shared/status-badge.js';
import { styleProps } from '../shared/style-props.js';
import { renderChart, renderLanes } from './timeline-svg.js';

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

/** The point an event came from: the `data-nav` id of the node or its nearest ancestor that has one. */
export const navIdOf = (node: EventTarget | null): string | undefined =>
  (node instanceof Element ? node.closest('[data-nav]')?.getAttribute('data-nav') : undefined) ?? undefined;

/** The plot's listeners, set once by the element. */
export interface PlotHandlers {
  keydown: (e: KeyboardEvent) => void;
  focusin: (e: FocusEvent) => void;
  focusout: (e: FocusEvent) => void;
  pointerdown: (e: PointerEvent) => void;
  pointerover: (e: PointerEvent) => void;
  pointerleave: (e: PointerEvent) => void;
}

export interface PlotContext {
  geometry: TimelineGeometry | undefined;
  phase: DataState['phase'];
  /** How many lanes the model has: none is a message, not an empty chart. */
  lanes: number;
  lang: Locale;
  /** The point that holds the tab stop, and the one whose tooltip is shown. */
  focusId: string | undefined;
  activeId: string | undefined;
  handlers: PlotHandlers;
}

/** The chart or the lanes with their tooltip; a placeholder of the same height while loading. */
export function renderPlot(c: PlotContext): TemplateResult | typeof nothing {
  const { geometry: g, lang } = c;
  if (c.phase === 'loading') {
    return html`<div part="placeholder" class="placeholder" role="status" aria-busy="true">
      ${word('loading', lang)}
    </div>`;
  }
  if (c.lanes === 0) {
    return c.phase === 'error' ? nothing : html`<p part="message" class="message">${word('noTargets', lang)}</p>`;
  }
  if (!g) return html`<div part="placeholder" class="placeholder"></div>`;
  const [from, to] = g.domain;
  const label = `${word('chart', lang)}, ${from}–${to}. ${word('keys', lang)}`;
  const view = { focusId: c.focusId, activeId: c.activeId, items: g.items, label };
  const on = c.handlers;
  return html`<div
    part="plot"
    class="plot"
    ${styleProps({ height: `${g.height}px` })}
    @keydown=${on.keydown}
    @focusin=${on.focusin}
    @focusout=${on.focusout}
    @pointerdown=${on.pointerdown}
    @pointerover=${on.pointerover}
    @pointerleave=${on.pointerleave}
  >
    ${g.mode === 'chart' ? renderChart(g, view) : renderLanes(g, view)}
    ${renderTooltip(c.activeId ? g.items.get(c.activeId) : undefined, g.width)}
  </div>`;
}
