import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { assessResolution, type ResolutionAssessment } from '../../core/assess.js';
import { DOCUMENT_WORDS } from '../../core/messages/document.js';
import {
  highlightedTargets,
  resolutionHeader,
  rollUpSegments,
  type ResolutionHeader,
  type RollUpSegment,
} from '../../core/resolution-summary.js';
import type { Resolution } from '../../core/schema.js';
import { STATUS_INFO } from '../../core/status.js';
import type { Locale } from '../../core/vocabulary.js';
import { ResolutionController } from '../../data/resolution-controller.js';
import '../goal-table/goal-table.js';
import '../kpi-gauge/kpi-gauge.js';
import '../target-timeline/target-timeline.js';
import { defineElement } from '../shared/define.js';
import { renderDataError, renderDataStatus, renderLoading } from '../shared/data-status.js';
import { dataStatusStyles } from '../shared/data-status.styles.js';
import { icon } from '../shared/icons.js';
import { LiveAnnouncer } from '../shared/live-announcer.js';
import { statusBadgeStyles, statusColor } from '../shared/status-badge.js';
import { resolutionStyles } from './resolution.styles.js';
import { styleProps } from '../shared/style-props.js';

/**
 * One tag for a whole resolution: its header (title, number, kind, issuer, date, status), the
 * roll-up of its targets' statuses, gauges for a few highlighted targets, the goal table and the
 * timeline. The parts get the document from this element, so it is fetched once.
 *
 * @tag nq-resolution
 * @summary A whole resolution: header, status roll-up, highlighted gauges, goal table and timeline.
 *
 * @fires nq-data - New data is shown (from the data layer).
 * @fires nq-error - The data could not be loaded or is invalid (from the data layer).
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The document's title, kind, number, issuer, date and status.
 * @csspart summary - The roll-up: the bar and the counts.
 * @csspart bar - The bar of statuses.
 * @csspart counts - The count of targets in each status.
 * @csspart gauges - The highlighted gauges.
 * @csspart table - The goal table.
 * @csspart timeline - The timeline.
 *
 * @cssprop --nq-resolution-font-family
 * @cssprop --nq-resolution-text-color
 * @cssprop --nq-resolution-muted-color
 * @cssprop --nq-resolution-background
 * @cssprop --nq-resolution-border-color
 * @cssprop --nq-resolution-gap - Space between the sections.
 * @cssprop --nq-resolution-gauge-width - The smallest width of a highlighted gauge.
 * @cssprop --nq-resolution-bar-height - The height of the roll-up bar.
 */
export class NqResolution extends LitElement {
  static override styles = [statusBadgeStyles, dataStatusStyles, resolutionStyles];

  readonly #data = new ResolutionController(this, {
    inputs: () => ({ resolution: this.resolution, src: this.src, refresh: this.refresh, live: this.live }),
  });
  readonly #announcer = new LiveAnnouncer(this, () => this.#data.state.announcement);

  /** The resolution as an object; takes precedence over inline JSON and `src`. */
  @property({ attribute: false }) resolution?: unknown;
  /** The URL of a resolution document (JSON). */
  @property() src?: string;
  /** Poll `src` every so many seconds; off when absent or 0. */
  @property() refresh?: string | number;
  /** The URL of a server-sent event stream of updates. */
  @property() live?: string;
  /**
   * The ids of the targets to show as gauges, comma-separated; by default three top-level
   * targets, those with a reported value first.
   */
  @property() highlight?: string;
  /** A progress method that overrides the document's (`linear`, `opensdg`). */
  @property() method?: string;
  /** The date to assess as of, `YYYY-MM-DD`; today when absent. */
  @property({ attribute: 'as-of' }) asOf?: string;
  /** The language, `vi` (default) or `en`; else the nearest ancestor's `lang`. */
  @property({ reflect: true }) override lang!: string;
  @property({ type: Boolean, attribute: 'no-gauges' }) noGauges = false;
  @property({ type: Boolean, attribute: 'no-table' }) noTable = false;
  @property({ type: Boolean, attribute: 'no-timeline' }) noTimeline = false;

  #locale: Locale = 'vi';
  #doc: Resolution | undefined;
  #header: ResolutionHeader | undefined;
  #assessment: ResolutionAssessment | undefined;
  #segments: RollUpSegment[] = [];
  #highlights: string[] = [];
  #derivedFor: readonly unknown[] = [];

  /** Derived in update(), after the data controller has settled the document for these properties. */
  protected override update(changed: PropertyValues<this>): void {
    this.#derive();
    super.update(changed);
  }

  #derive(): void {
    const lang = this.lang || this.closest('[lang]')?.getAttribute('lang') || '';
    this.#locale = lang.toLowerCase().startsWith('en') ? 'en' : 'vi';
    const doc = this.#data.state.resolution;
    const inputs = [doc, this.#locale, this.asOf, this.method, this.highlight];
    if (inputs.every((v, i) => v === this.#derivedFor[i])) return;
    this.#derivedFor = inputs;
    this.#doc = doc;
    if (!doc) {
      this.#header = undefined;
      this.#assessment = undefined;
      this.#segments = [];
      this.#highlights = [];
      return;
    }
    this.#header = resolutionHeader(doc, this.#locale);
    this.#assessment = assessResolution(doc, { asOf: this.asOf, method: this.method });
    this.#segments = rollUpSegments(this.#assessment.rollUp, this.#locale);
    this.#highlights = highlightedTargets(doc, this.highlight);
  }

  #renderHeader(h: ResolutionHeader, doc: Resolution): TemplateResult {
    const w = (words: { vi: string; en: string }) => words[this.#locale];
    return html`<header part="header">
      <p class="kind">${h.kind} · ${h.adminUnit}</p>
      <h2>${h.status === 'draft' ? html`<span class="draft">${h.statusLabel}</span> ` : nothing}${h.title}</h2>
      <dl class="meta">
        <div>
          <dt>${w(DOCUMENT_WORDS.number)}</dt>
          <dd class=${h.numberKnown ? '' : 'unknown'}>${h.number}</dd>
        </div>
        <div>
          <dt>${w(DOCUMENT_WORDS.date)}</dt>
          <dd class=${h.dateKnown ? '' : 'unknown'}>
            ${h.dateKnown ? html`<time datetime=${h.dateTime}>${h.date}</time>` : h.date}
          </dd>
        </div>
        <div>
          <dt>${w(DOCUMENT_WORDS.issuer)}</dt>
          <dd>${h.issuer}</dd>
        </div>
        ${
          h.period
            ? html`<div>
                <dt>${w(DOCUMENT_WORDS.period)}</dt>
                <dd>${h.period}</dd>
              </div>`
            : nothing
        }
        ${
          h.status !== 'draft'
            ? html`<div>
                <dd><span class="doc-status">${h.statusLabel}</span></dd>
              </div>`
            : nothing
        }
      </dl>
      ${
        h.relations.length
          ? html`<ul class="relations">
              ${h.relations.map((r) => html`<li>${r}</li>`)}
            </ul>`
          : nothing
      }
      ${h.status === 'draft' ? html`<p class="note">${w(DOCUMENT_WORDS.draftNote)}</p>` : nothing}
      ${doc.sample ? html`<p class="note">${w(DOCUMENT_WORDS.sampleNote)}</p>` : nothing}
    </header>`;
  }

  #renderSummary(a: ResolutionAssessment): TemplateResult {
    const w = (words: { vi: string; en: string }) => words[this.#locale];
    const headingId = 'nq-summary-heading';
    return html`<section part="summary" aria-labelledby=${headingId}>
      <h3 id=${headingId}>${w(DOCUMENT_WORDS.summary)}: ${a.rollUp.total} ${w(DOCUMENT_WORDS.targets)}</h3>
      <div class="bar" part="bar" aria-hidden="true">
        ${this.#segments.map(
          (s) =>
            html`<span
              data-status=${s.status}
              ${styleProps({ flex: `${s.count} 1 0`, '--_status-color': statusColor(s.status) })}
            ></span>`,
        )}
      </div>
      <ul class="counts" part="counts">
        ${this.#segments.map(
          (s) =>
            html`<li class="nq-status" data-status=${s.status}>
              ${icon(STATUS_INFO[s.status].icon)}<span>${s.label}:</span> <span class="count">${s.count}</span>
            </li>`,
        )}
      </ul>
    </section>`;
  }

  protected override render(): TemplateResult {
    const state = this.#data.state;
    const doc = this.#doc;
    const w = (words: { vi: string; en: string }) => words[this.#locale];
    const shared = { lang: this.#locale, asOf: this.asOf, method: this.method };
    return html`<div part="base" class="base">
      ${renderLoading(state, this.#locale)} ${renderDataError(state, this.#locale)}
      ${doc && this.#header ? this.#renderHeader(this.#header, doc) : !state.error ? html`<div class="placeholder"></div>` : nothing}
      ${doc ? renderDataStatus(state, this.#locale, { onTogglePause: () => this.#data.togglePaused() }) : nothing}
      ${doc && this.#assessment ? this.#renderSummary(this.#assessment) : nothing}
      ${
        doc && !this.noGauges && this.#highlights.length
          ? html`<section aria-label=${w(DOCUMENT_WORDS.highlights)}>
              <h3>${w(DOCUMENT_WORDS.highlights)}</h3>
              <div class="gauges" part="gauges">
                ${this.#highlights.map(
                  (id) =>
                    html`<nq-kpi-gauge
                      .resolution=${doc}
                      target=${id}
                      lang=${shared.lang}
                      as-of=${shared.asOf ?? nothing}
                      method=${shared.method ?? nothing}
                    ></nq-kpi-gauge>`,
                )}
              </div>
            </section>`
          : nothing
      }
      ${
        doc && !this.noTable
          ? html`<nq-goal-table
              part="table"
              .resolution=${doc}
              lang=${shared.lang}
              as-of=${shared.asOf ?? nothing}
              method=${shared.method ?? nothing}
            ></nq-goal-table>`
          : nothing
      }
      ${
        doc && !this.noTimeline
          ? html`<section aria-label=${w(DOCUMENT_WORDS.timeline)}>
              <h3>${w(DOCUMENT_WORDS.timeline)}</h3>
              <nq-target-timeline
                part="timeline"
                .resolution=${doc}
                lang=${shared.lang}
                as-of=${shared.asOf ?? nothing}
                method=${shared.method ?? nothing}
                lanes
              ></nq-target-timeline>
            </section>`
          : nothing
      }
      ${this.#announcer.render(this.#locale)}
    </div>`;
  }
}

defineElement('nq-resolution', NqResolution);

declare global {
  interface HTMLElementTagNameMap {
    'nq-resolution': NqResolution;
  }
}
