import { ResizeController } from '@lit-labs/observers/resize-controller.js';
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { timelineGeometry, type TimelineGeometry } from '../../core/timeline-geometry.js';
import { formatPeriod, parsePeriod, zoomPeriods } from '../../core/timeline-layout.js';
import { parseTargets, timelineModel, type TimelineModel } from '../../core/timeline-model.js';
import { firstStop, isNavKey, moveFocus, positionOf } from '../../core/timeline-nav.js';
import type { Locale } from '../../core/vocabulary.js';
import type { DataState } from '../../data/resolution-controller.js';
import { NqPointFocusEvent, pointFocusDetail } from '../../events/nq-point-focus.js';
import { hasSample, renderDataError, renderDataStatus } from '../shared/data-status.js';
import { dataStatusStyles } from '../shared/data-status.styles.js';
import { defineElement } from '../shared/define.js';
import { LiveAnnouncer } from '../shared/live-announcer.js';
import { statusBadgeStyles } from '../shared/status-badge.js';
import { targetTimelineStyles } from './target-timeline.styles.js';
import { renderLegend } from './timeline-legend.js';
import { navIdOf, renderHeader, renderPlot, renderZoom, type PlotHandlers } from './timeline-parts.js';
import { timelineSvgStyles } from './timeline-svg.styles.js';
import { renderTextView } from './timeline-text-view.js';
import { TimelineSources, type SourcesSummary } from './timeline-sources.js';

/**
 * Every deadline of one or more resolutions on one time axis: the issue date, each milestone
 * with its value and verdict, reported values with their sources, and an "as of" line. For one
 * numeric target, a chart with a value axis in the target's unit, the required path through the
 * milestones and the projected path; for many, one lane per target.
 *
 * Documents come from `resolution`, an inline `<script type="application/json">` child, `src`
 * (one URL, or several separated by spaces) and `resolutions` (an array), all on one axis.
 * The chart is one tab stop; the arrow keys move between points, each announcing its date,
 * value, verdict and source, and a text view lists the same.
 *
 * @tag nq-target-timeline
 * @summary The targets of one or more resolutions on a time axis, with progress against them.
 *
 * @fires nq-point-focus - The reader moved to a point, with the keyboard or the pointer.
 * @fires nq-data - New data is shown (from the data layer).
 * @fires nq-error - A document could not be loaded (from the data layer).
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - One target's title and status (one-target chart).
 * @csspart title - The target's reference and label.
 * @csspart axis-title - The value axis's title: the indicator, and which way is up for a rank.
 * @csspart data-status - Freshness, stale and sample badges, pause button (shared).
 * @csspart zoom - The period buttons.
 * @csspart zoom-button - One period button; `aria-pressed` tells the current one.
 * @csspart plot - The chart and its tooltip: one tab stop.
 * @csspart placeholder - The space kept before data arrives.
 * @csspart message - "No target to show".
 * @csspart grid - Grid lines.
 * @csspart axis - The time axis's labels.
 * @csspart value-axis - The value axis's labels (one-target chart).
 * @csspart today-line - The "as of" line and its date.
 * @csspart document-header - A document's row: its number and issue date.
 * @csspart issue-line - The issue date's line.
 * @csspart issue-marker - The issue date's mark, a keyboard stop.
 * @csspart lane - One target's row.
 * @csspart lane-label - The target's label, shortened to fit (full text in its title and the text view).
 * @csspart lane-status - The target's status, icon and words.
 * @csspart track - The line of a lane from the issue date to the last deadline.
 * @csspart milestone - A milestone's mark: a diamond with the status icon, filled once decided.
 * @csspart milestone-label - What a milestone asks for.
 * @csspart value-point - A reported value; hollow and dashed when it is sample data.
 * @csspart baseline-marker - The baseline.
 * @csspart required-path - The required path from the start through the milestones.
 * @csspart projected-path - Where the latest value is heading, by the method.
 * @csspart value-line - The line through the reported values.
 * @csspart band - A range target's band.
 * @csspart tooltip - What the focused or pointed point says.
 * @csspart legend - What each mark means.
 * @csspart text-view - The text alternative: every milestone, value and verdict.
 * @csspart text-view-summary - Its toggle.
 *
 * @cssprop --nq-target-timeline-font-family
 * @cssprop --nq-target-timeline-text-color
 * @cssprop --nq-target-timeline-muted-color - Axis labels, notes.
 * @cssprop --nq-target-timeline-background - Behind the widget (transparent).
 * @cssprop --nq-target-timeline-surface-color - Inside hollow marks.
 * @cssprop --nq-target-timeline-grid-color
 * @cssprop --nq-target-timeline-track-color
 * @cssprop --nq-target-timeline-stripe-color - Every other lane.
 * @cssprop --nq-target-timeline-value-color - Reported values and their line.
 * @cssprop --nq-target-timeline-required-color
 * @cssprop --nq-target-timeline-projected-color
 * @cssprop --nq-target-timeline-band-color
 * @cssprop --nq-target-timeline-today-color - The "as of" line.
 * @cssprop --nq-target-timeline-issue-color
 * @cssprop --nq-target-timeline-focus-color
 * @cssprop --nq-target-timeline-tooltip-background
 * @cssprop --nq-target-timeline-tooltip-color
 * @cssprop --nq-target-timeline-placeholder-height - The height kept before data arrives (16rem).
 */
export class NqTargetTimeline extends LitElement {
  static override styles = [statusBadgeStyles, dataStatusStyles, targetTimelineStyles, timelineSvgStyles];

  readonly #sources = new TimelineSources(this);
  // Observes a zero-height child, not the host: the host's height follows the chart, and a chart
  // that grows inside its own observer's callback is a resize loop the browser reports as an error.
  readonly #size = new ResizeController<number | undefined>(this, {
    target: null,
    skipInitial: true,
    callback: (entries) => entries[0]?.contentRect.width,
  });
  readonly #sizer = document.createElement('div');
  readonly #announcer = new LiveAnnouncer(this, () => this.#sources.primary.state.announcement);

  /** The point that holds the tab stop. */
  @state() private focusId?: string;
  @state() private hoverId?: string;
  @state() private focused = false;
  /** Escape hid the tooltip, until the reader moves again. */
  @state() private tipHidden = false;

  /** A resolution as an object; takes precedence over inline JSON and the first `src`. */
  @property({ attribute: false }) resolution?: unknown;
  /** More resolutions, as objects, on the same axis. */
  @property({ attribute: false }) resolutions?: readonly unknown[];
  /** The URL of a resolution document (JSON), or several separated by spaces. */
  @property() src?: string;
  /** Poll `src` every so many seconds; off when absent or 0. */
  @property() refresh?: string | number;
  /** The URL of a server-sent event stream of updates to the first document. */
  @property() live?: string;
  /** The targets shown, by id (or `document-id:target-id`), separated by commas; all when absent or `all`. */
  @property() targets?: string;
  /** A progress method that overrides the documents' and the targets' (`linear`, `opensdg`). */
  @property() method?: string;
  /** The date to assess as of, `YYYY-MM-DD`; today when absent. */
  @property({ attribute: 'as-of' }) asOf?: string;
  /** The period shown, `2021-2025`; the whole timeline when absent. The zoom buttons set it. */
  @property({ reflect: true }) period?: string;
  /** Hides the zoom buttons. */
  @property({ type: Boolean, attribute: 'no-zoom' }) noZoom = false;
  /** Lanes even for one numeric target, instead of a chart with a value axis. */
  @property({ type: Boolean }) lanes = false;
  /** The language, `vi` (default) or `en`; else the nearest ancestor's `lang`. */
  @property({ reflect: true }) override lang!: string;

  #locale: Locale = 'vi';
  #summary: SourcesSummary = this.#sources.summary();
  #model: TimelineModel = timelineModel([]);
  #modelKey: readonly unknown[] = [];
  #geometry: TimelineGeometry | undefined;
  #periods: [number, number][] = [];
  #period: [number, number] | undefined;
  /** The point whose tooltip is shown and ring drawn: pointed at, else focused. */
  #activeId: string | undefined;
  #status: DataState = this.#sources.primary.state;
  #sample = false;
  #announced: string | undefined;
  #pointer = false;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // Before the first render, so that the width is known as early as the host's would be.
    this.#sizer.className = 'sizer';
    root.prepend(this.#sizer);
    this.#size.observe(this.#sizer);
    return root;
  }

  override willUpdate(): void {
    const lang = this.lang || this.closest('[lang]')?.getAttribute('lang') || '';
    this.#locale = lang.toLowerCase().startsWith('en') ? 'en' : 'vi';
    this.#sources.refresh();
    this.#summary = this.#sources.summary();
    const key = [this.asOf, this.method, this.targets, ...this.#summary.documents];
    if (key.length !== this.#modelKey.length || key.some((k, i) => k !== this.#modelKey[i])) {
      const options = { asOf: this.asOf, method: this.method, targets: parseTargets(this.targets) };
      this.#model = timelineModel(this.#summary.documents, options);
      this.#modelKey = key;
    }
    const model = this.#model;
    this.#periods = zoomPeriods(model.domain, model.years);
    const width = this.#size.value ?? 0;
    const period = parsePeriod(this.period, model.domain);
    this.#period = period;
    this.#geometry =
      width > 0 && model.lanes.length > 0
        ? timelineGeometry(model, { width, locale: this.#locale, period, lanes: this.lanes })
        : undefined;
    const items = this.#geometry?.items;
    if (!items?.has(this.focusId ?? '')) this.focusId = this.#geometry ? firstStop(this.#geometry.rows) : undefined;
    if (!items?.has(this.hoverId ?? '')) this.hoverId = undefined;
    this.#activeId = this.tipHidden ? undefined : (this.hoverId ?? (this.focused ? this.focusId : undefined));
    // The status line speaks for every document.
    this.#status = this.#sources.status(this.#summary);
    this.#sample = this.#summary.documents.some((d) => hasSample(d));
  }

  #emit(id: string, trigger: 'keyboard' | 'pointer'): void {
    const item = this.#geometry?.items.get(id);
    if (!item || id === this.#announced) return;
    this.#announced = id;
    this.dispatchEvent(new NqPointFocusEvent(pointFocusDetail(item, trigger)));
  }

  readonly #onKeyDown = (e: KeyboardEvent): void => {
    const g = this.#geometry;
    if (!g) return;
    if (e.key === 'Escape') {
      if (!this.tipHidden && (this.focused || this.hoverId)) {
        this.tipHidden = true;
        e.stopPropagation();
      }
      return;
    }
    if (!isNavKey(e.key)) return;
    e.preventDefault();
    const next = moveFocus(g.rows, positionOf(g.rows, this.focusId), e.key);
    const item = g.rows[next.row]?.[next.index];
    if (!item) return;
    this.hoverId = undefined;
    this.renderRoot.querySelector<SVGElement>(`[data-nav="${item.id}"]`)?.focus();
  };

  readonly #onFocusIn = (e: FocusEvent): void => {
    const id = navIdOf(e.target);
    if (!id) return;
    this.focusId = id;
    this.focused = true;
    this.tipHidden = false;
    this.#emit(id, this.#pointer ? 'pointer' : 'keyboard');
    this.#pointer = false;
  };

  readonly #onFocusOut = (e: FocusEvent): void => {
    if (!navIdOf(e.relatedTarget)) {
      this.focused = false;
      this.#announced = this.hoverId;
    }
  };

  readonly #onPointerDown = (): void => {
    this.#pointer = true;
  };

  readonly #onPointerOver = (e: PointerEvent): void => {
    const id = navIdOf(e.target);
    if (!id || id === this.hoverId) return;
    this.hoverId = id;
    this.tipHidden = false;
    this.#emit(id, 'pointer');
  };

  readonly #onPointerLeave = (): void => {
    this.hoverId = undefined;
    if (!this.focused) this.#announced = undefined;
  };

  readonly #plotHandlers: PlotHandlers = {
    keydown: this.#onKeyDown,
    focusin: this.#onFocusIn,
    focusout: this.#onFocusOut,
    pointerdown: this.#onPointerDown,
    pointerover: this.#onPointerOver,
    pointerleave: this.#onPointerLeave,
  };

  readonly #zoom = (period: [number, number] | undefined): string | undefined => (this.period = formatPeriod(period));

  readonly #togglePause = (): void => this.#sources.togglePaused();

  /** Tries every document's source again now. */
  reload(): void {
    for (const c of this.#sources.controllers) c.reload();
  }

  override render(): TemplateResult {
    const lang = this.#locale;
    const g = this.#geometry;
    const lane = g?.mode === 'chart' ? this.#model.lanes[0] : undefined;
    const zoom = this.noZoom || !g ? nothing : renderZoom(this.#periods, this.#period, lang, this.#zoom);
    return html`<div part="base" class="base" lang=${lang}>
      ${lane ? renderHeader(lane, lang) : nothing}
      ${renderDataStatus(this.#status, lang, { sample: this.#sample, onTogglePause: this.#togglePause })}
      ${this.#summary.errors.map((e) => renderDataError(e, lang))} ${zoom}
      ${renderPlot({
        geometry: this.#geometry,
        phase: this.#summary.phase,
        lanes: this.#model.lanes.length,
        lang,
        focusId: this.focusId,
        activeId: this.#activeId,
        handlers: this.#plotHandlers,
      })}
      ${g ? renderLegend(g, lang) : nothing} ${this.#model.lanes.length ? renderTextView(this.#model, lang) : nothing}
      ${this.#announcer.render(lang)}
    </div>`;
  }
}

defineElement('nq-target-timeline', NqTargetTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'nq-target-timeline': NqTargetTimeline;
  }
}
