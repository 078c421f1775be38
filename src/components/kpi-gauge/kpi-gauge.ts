import { ResizeController } from '@lit-labs/observers/resize-controller.js';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { assessTarget, type TargetAssessment } from '../../core/assess.js';
import { attributeModel } from '../../core/gauge-attributes.js';
import { gaugeLayout, type GaugeLayout } from '../../core/gauge-geometry.js';
import { gaugeModel, placeholderModel, type GaugeModel } from '../../core/gauge-model.js';
import { GAUGE_VARIANTS, type GaugeVariant } from '../../core/gauge-scale.js';
import { gaugeShapes, type GaugeShapes } from '../../core/gauge-shapes.js';
import { GAUGE_WORDS } from '../../core/gauge-words.js';
import type { Locale } from '../../core/vocabulary.js';
import { ResolutionController } from '../../data/resolution-controller.js';
import { NqExplainEvent } from '../../events/nq-explain.js';
import { defineElement } from '../shared/define.js';
import { renderDataError, renderDataStatus } from '../shared/data-status.js';
import { measureTogether } from '../shared/measure.js';
import { optionalNumber } from '../shared/converters.js';
import { dataStatusStyles } from '../shared/data-status.styles.js';
import { LiveAnnouncer } from '../shared/live-announcer.js';
import { renderStatusBadge, statusBadgeStyles } from '../shared/status-badge.js';
import { renderDetails, renderDial } from './kpi-gauge-parts.js';
import { kpiGaugeStyles } from './kpi-gauge.styles.js';

/**
 * One target of a resolution and the progress against it: the latest value on an axis that
 * suits the target's kind, the target and expected-now markers, the status (icon, words, colour)
 * and why, the deadline, and the date and source of the value.
 *
 * The document comes from `resolution`, an inline `<script type="application/json">` child or
 * `src` (in that order), and `target` names the target by its id. Without any of them, the gauge
 * draws `value` against `target` read as a number ("attribute-only" mode, see the docs).
 *
 * @tag nq-kpi-gauge
 * @summary A gauge of one target of a resolution, with its status and why.
 *
 * @fires nq-explain - The reader opened or closed the "why this status" sentence.
 * @fires nq-data - New data is shown (from the data layer).
 * @fires nq-error - The data could not be loaded or the target is not in it (from the data layer).
 *
 * @csspart base - The wrapper of everything.
 * @csspart label - The target's label.
 * @csspart dial - The meter: the SVG and the headline.
 * @csspart track - The unfilled axis (one part per step on a stepped scale).
 * @csspart band - A range target's band.
 * @csspart indicator - The filled part, up to the latest value.
 * @csspart target-marker - A milestone's target; `baseline-marker`, `expected-marker` likewise.
 * @csspart value - The latest value.
 * @csspart note - The line under it.
 * @csspart status - The button that opens the explanation.
 * @csspart status-badge - Its icon and words.
 * @csspart explanation - The "why this status" sentence.
 * @csspart details - Goal, milestones, latest value and source.
 * @csspart goal
 * @csspart milestones
 * @csspart latest
 * @csspart evidence
 *
 * @cssprop --nq-kpi-gauge-font-family
 * @cssprop --nq-kpi-gauge-text-color
 * @cssprop --nq-kpi-gauge-muted-color
 * @cssprop --nq-kpi-gauge-background
 * @cssprop --nq-kpi-gauge-track-color
 * @cssprop --nq-kpi-gauge-indicator-color - Overrides the status colour of the indicator.
 * @cssprop --nq-kpi-gauge-marker-color
 * @cssprop --nq-kpi-gauge-expected-color
 * @cssprop --nq-kpi-gauge-band-color
 * @cssprop --nq-kpi-gauge-focus-color
 * @cssprop --nq-kpi-gauge-value-font-weight
 */
export class NqKpiGauge extends LitElement {
  static override styles = [statusBadgeStyles, dataStatusStyles, kpiGaugeStyles];

  readonly #data = new ResolutionController(this);
  /**
   * The container's width, measured on a zero-height strip at the top of the shadow root: the
   * host itself changes height with every width it is drawn at, and a ResizeObserver that sees its
   * own target resize in the same frame reports a loop. The strip is made here, not rendered,
   * because observing an element from a template schedules an update inside an update.
   */
  readonly #sizer: HTMLDivElement = document.createElement('div');
  readonly #size = new ResizeController<number | undefined>(this, {
    target: this.#sizer,
    // The observer's own first report measures the strip; the controller's extra initial call,
    // made from hostUpdated(), would schedule an update after one completed ("change-in-update").
    skipInitial: true,
    callback: (entries) => entries[0]?.contentRect.width || undefined,
  });
  readonly #announcer = new LiveAnnouncer(this, () => this.#data.state.announcement);

  /** The "why this status" sentence is open. */
  @state() private open = false;

  /** The resolution as an object; takes precedence over inline JSON and `src`. */
  @property({ attribute: false }) resolution?: unknown;
  /** The URL of a resolution document (JSON). */
  @property() src?: string;
  /** Poll `src` every so many seconds; off when absent or 0. */
  @property() refresh?: string | number;
  /** The URL of a server-sent event stream of updates. */
  @property() live?: string;
  /** With a document: the id of the target shown. In attribute-only mode: the target value ("≥50", "1.5..2"). */
  @property() target?: string;
  /** A progress method that overrides the document's and the target's (`linear`, `opensdg`). */
  @property() method?: string;
  /** The date to assess as of, `YYYY-MM-DD`; today when absent. */
  @property({ attribute: 'as-of' }) asOf?: string;
  @property({ reflect: true }) variant: GaugeVariant = 'radial';
  /** The language of the gauge, `vi` (default) or `en`; else the nearest ancestor's `lang`. */
  @property({ reflect: true }) override lang!: string;
  /** Overrides the target's label; in attribute-only mode, the label. */
  @property() label?: string;
  /** Attribute-only mode: the value, and the axis's ends (min, max; for a rank, max is "out of"). */
  @property({ converter: optionalNumber }) value?: number;
  @property({ converter: optionalNumber }) min?: number;
  @property({ converter: optionalNumber }) max?: number;
  /** Attribute-only mode: "%", a unit type ("count", "rank"…) or the word for what is counted. */
  @property() unit?: string;
  /** Attribute-only mode: `threshold` (default), `range`, `rank` or `level`. */
  @property() kind?: string;

  #locale: Locale = 'vi';
  #layout: GaugeLayout = gaugeLayout('radial', undefined);
  #assessment: TargetAssessment | undefined;
  #assessed: readonly unknown[] = [];
  #model: GaugeModel = placeholderModel('', '');
  #shapes: GaugeShapes = gaugeShapes(this.#model, this.#layout);
  /** A pointer is about to focus the status button: its click, not its focus, opens the explanation. */
  #pointer = false;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    this.#sizer.className = 'sizer';
    root.prepend(this.#sizer);
    return root;
  }

  /**
   * Derived values are computed here, not in willUpdate(): Lit runs willUpdate() before the
   * controllers' hostUpdate(), where the data controller settles the document and target for the
   * properties just set; computed earlier, a new `resolution` would show one update late.
   */
  protected override update(changed: PropertyValues<this>): void {
    this.#derive();
    super.update(changed);
  }

  /** The strip's width read before the first render, until the observer reports. */
  #firstWidth: number | undefined;

  /**
   * A dial redrawn at its width when the observer first reported moved what was below it (a layout
   * shift of 0.04): its first render waits for its width, read with all others' in one layout.
   */
  protected override async scheduleUpdate(): Promise<void> {
    const radial = this.variant !== 'bullet' && this.variant !== 'compact';
    if (radial && !this.hasUpdated && this.#size.value === undefined && this.isConnected) {
      await measureTogether(() => void (this.#firstWidth = this.#sizer.getBoundingClientRect().width || undefined));
    }
    await super.scheduleUpdate();
  }

  #derive(): void {
    const lang = this.lang || this.closest('[lang]')?.getAttribute('lang') || '';
    this.#locale = lang.toLowerCase().startsWith('en') ? 'en' : 'vi';
    const variant = (GAUGE_VARIANTS as readonly string[]).includes(this.variant) ? this.variant : 'radial';
    this.#layout = gaugeLayout(variant, this.#size.value ?? this.#firstWidth);
    const { resolution, target, phase } = this.#data.state;
    const words = GAUGE_WORDS[this.#locale];
    const ticks = this.#layout.ticks;
    if (resolution && target) {
      const key = [resolution, target, this.asOf, this.method];
      if (key.some((k, i) => k !== this.#assessed[i])) {
        this.#assessment = assessTarget(resolution, target, { asOf: this.asOf, method: this.method });
        this.#assessed = key;
      }
      this.#model = gaugeModel(this.#assessment as TargetAssessment, { locale: this.#locale, ticks });
      if (this.label) this.#model.label = this.label;
    } else if (phase === 'empty' && this.value !== undefined) {
      const attrs = {
        value: this.value,
        target: this.target,
        min: this.min,
        max: this.max,
        unit: this.unit,
        label: this.label,
        kind: this.kind,
      };
      this.#model = attributeModel(attrs, this.#locale, ticks);
    } else {
      // Loading and errors say so beside the dial (renderLoading, renderDataError); the dial stays empty.
      this.#model = placeholderModel(this.label ?? '', phase === 'empty' ? words.noData : '');
    }
    this.#shapes = gaugeShapes(this.#model, this.#layout);
  }

  #setOpen(open: boolean): void {
    if (open === this.open) return;
    this.open = open;
    const m = this.#model;
    const detail = {
      open,
      explanation: m.explanation,
      ...(m.status ? { status: m.status } : {}),
      ...(this.#data.state.target ? { target: this.#data.state.target.id } : {}),
    };
    this.dispatchEvent(new NqExplainEvent(detail));
  }

  readonly #onPointerDown = (): void => {
    this.#pointer = true;
  };

  readonly #onFocus = (): void => {
    if (!this.#pointer) this.#setOpen(true);
  };

  readonly #onClick = (): void => {
    this.#pointer = false;
    this.#setOpen(!this.open);
  };

  readonly #onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.open) {
      e.stopPropagation();
      this.#setOpen(false);
    }
  };

  readonly #togglePause = (): void => this.#data.togglePaused();

  /** Tries the document's source again now. */
  reload(): void {
    this.#data.reload();
  }

  #renderStatus(): TemplateResult | typeof nothing {
    const m = this.#model;
    if (!m.status) return nothing;
    const badge = renderStatusBadge(m.status, this.#locale);
    if (!m.explanation) return badge;
    return html`<button
      part="status"
      class="status"
      type="button"
      aria-expanded=${this.open ? 'true' : 'false'}
      aria-controls="explanation"
      @pointerdown=${this.#onPointerDown}
      @focus=${this.#onFocus}
      @click=${this.#onClick}
      @keydown=${this.#onKeyDown}
    >
      ${badge} <span class="why">${GAUGE_WORDS[this.#locale].why}</span>
    </button>`;
  }

  #renderExplanation(): TemplateResult | typeof nothing {
    const m = this.#model;
    if (!m.explanation) return nothing;
    return html`<p part="explanation" class="explanation" id="explanation" ?hidden=${!this.open}>${m.explanation}</p>`;
  }

  override render(): TemplateResult {
    const m = this.#model;
    const layout = this.#layout;
    const compact = layout.variant === 'compact';
    const state = this.#data.state;
    const lang = this.#locale;
    const cls = `frame ${layout.variant}${layout.wide ? ' wide' : ''}`;
    if (compact) {
      return html`<div part="base" class=${cls} data-status=${m.status ?? nothing}>
        <span part="label" class="visually-hidden" id="label">${m.label}</span
        >${renderDial(m, this.#shapes, true)}${this.#renderStatus()}
        ${renderDataStatus(state, lang, { sample: m.sample })}${renderDataError(state, lang)}${this.#renderExplanation()}
        ${this.#announcer.render(lang)}
      </div>`;
    }
    return html`<div part="base" class=${cls} data-status=${m.status ?? nothing}>
      <div part="label" class="label" id="label">${m.label}</div>
      ${renderDial(m, this.#shapes, false)}
      ${renderDetails({
        model: m,
        state,
        lang,
        bullet: layout.variant === 'bullet',
        status: this.#renderStatus(),
        explanation: this.#renderExplanation(),
        onTogglePause: this.#togglePause,
      })}
      ${this.#announcer.render(lang)}
    </div>`;
  }
}

defineElement('nq-kpi-gauge', NqKpiGauge);

declare global {
  interface HTMLElementTagNameMap {
    'nq-kpi-gauge': NqKpiGauge;
  }
}
