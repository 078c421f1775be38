/**
 * The parts of `<nq-kpi-gauge>`'s template that depend only on what they are given: the dial
 * (the SVG and the reading over it) and the details under it. The element keeps its state,
 * controllers and handlers, and passes in what these need.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { GaugeModel } from '../../core/gauge-model.js';
import type { GaugeShapes, ShapeLabel } from '../../core/gauge-shapes.js';
import { GAUGE_WORDS } from '../../core/gauge-words.js';
import type { Locale } from '../../core/vocabulary.js';
import type { DataState } from '../../data/data-state.js';
import { changeFlash } from '../shared/change-flash.js';
import { renderDataError, renderDataStatus, renderLoading } from '../shared/data-status.js';
import { renderSourceLink } from '../shared/source-link.js';
import { styleProps } from '../shared/style-props.js';

function renderLabel(l: ShapeLabel | undefined, cls: string) {
  return l ? svg`<text class=${cls} x=${l.x} y=${l.y} text-anchor=${l.anchor}>${l.text}</text>` : nothing;
}

function renderSvg(s: GaugeShapes): TemplateResult {
  const w = s.width;
  return html`<svg viewBox="0 0 ${w} ${s.height}" width=${w} height=${s.height} aria-hidden="true" focusable="false">
    ${s.band ? svg`<path part="band" class="band" d=${s.band} stroke-width=${s.bandThickness}></path>` : nothing}
    ${s.track.map((d) => svg`<path part="track" class="track" d=${d} stroke-width=${s.thickness}></path>`)}
    ${s.indicator.map((d) => svg`<path part="indicator" class="indicator" d=${d} stroke-width=${s.thickness}></path>`)}
    ${s.ticks.map((t) => svg`<path class="tick" d=${t.d}></path>${renderLabel(t.label, 'tick-label')}`)}
    ${s.markers.map(
      (k) =>
        svg`<path part="${k.role}-marker" class="marker" data-role=${k.role} data-verdict=${k.verdict ?? nothing} d=${k.d}><title>${k.title}</title></path>${renderLabel(k.label, 'marker-label')}`,
    )}
  </svg>`;
}

/** The dial: a meter when there is a value, an image that says why when there is none. */
export function renderDial(m: GaugeModel, s: GaugeShapes, compact: boolean): TemplateResult {
  const meter = m.meter;
  const r = s.readout;
  const value = html`<span part="value" class=${m.mode === 'empty' ? 'value empty' : 'value'} ${changeFlash(m.value)}
    >${m.value}</span
  >`;
  const readout = r
    ? html`<div
        class="readout"
        ${styleProps({
          left: `${(r.x / s.width) * 100}%`,
          top: `${(r.y / s.height) * 100}%`,
          width: `${(r.width / s.width) * 100}%`,
          'font-size': `${r.size}px`,
        })}
      >
        ${value}${m.note ? html`<span part="note" class="note">${m.note}</span>` : nothing}
      </div>`
    : compact && !(m.mode === 'empty' && m.status === 'no-data')
      ? value
      : nothing;
  // Hidden while there is nothing at all to say (loading, an error: the message beside it says so).
  const alt = meter ? '' : [m.label, m.sentence].filter(Boolean).join(': ');
  return html`<div
    part="dial"
    class="dial"
    role=${meter ? 'meter' : alt ? 'img' : nothing}
    aria-hidden=${meter || alt ? nothing : 'true'}
    aria-labelledby=${meter ? 'label' : nothing}
    aria-label=${alt || nothing}
    aria-valuenow=${meter?.now ?? nothing}
    aria-valuemin=${meter?.min ?? nothing}
    aria-valuemax=${meter?.max ?? nothing}
    aria-valuetext=${meter ? m.sentence : nothing}
    aria-describedby=${m.explanation ? 'explanation' : nothing}
    ${styleProps({ width: compact ? null : `${s.width}px` })}
  >
    ${renderSvg(s)}${readout}
  </div>`;
}

/**
 * While the document loads, the details keep the lines a gauge on its way to a target shows
 * (status, goal, expected now, value and source, data status), invisible, so the page below
 * does not move when the data arrives.
 */
function renderSkeleton(state: DataState, lang: Locale): TemplateResult {
  const line = html`<p class="meta skeleton">&nbsp;</p>`;
  return html`<div part="details" class="details">
    <div class="summary">${renderLoading(state, lang)}</div>
    ${line}${line}${line}
    <div class="nq-data-status skeleton"><span class="nq-badge">&nbsp;</span></div>
  </div>`;
}

export interface DetailsContext {
  model: GaugeModel;
  state: DataState;
  lang: Locale;
  bullet: boolean;
  /** The status badge, or the button that opens the explanation. */
  status: TemplateResult | typeof nothing;
  explanation: TemplateResult | typeof nothing;
  onTogglePause: () => void;
}

/** What the dial does not say: the goal, the milestones, the latest value and its source, the data's state. */
export function renderDetails(c: DetailsContext): TemplateResult {
  const { model: m, state, lang, bullet } = c;
  const w = GAUGE_WORDS[lang];
  if (state.phase === 'loading') return renderSkeleton(state, lang);
  const source = m.source;
  const link = source ? renderSourceLink(source.name, source.url) : undefined;
  return html`<div part="details" class="details">
    <div class="summary">
      ${bullet && m.mode !== 'empty' ? html`<span part="value" class="value" ${changeFlash(m.value)}>${m.value}</span>` : nothing}
      ${bullet && m.note ? html`<span part="note" class="note">${m.note}</span>` : nothing}
      ${bullet && m.mode === 'empty' && m.value && m.status !== 'no-data' ? html`<span part="value" class="empty">${m.value}</span>` : nothing}
      ${c.status}
    </div>
    ${m.goal ? html`<p part="goal" class="meta">${w.goal(m.goal, m.deadline)}</p>` : nothing}
    ${m.expected ? html`<p part="expected" class="meta"><span class="expected-key" aria-hidden="true">▾</span> ${m.expected}</p>` : nothing}
    ${
      m.milestones.length > 1
        ? html`<ul part="milestones" class="milestones">
            ${m.milestones.map((t) => html`<li>${t}</li>`)}
          </ul>`
        : nothing
    }
    ${
      m.latestDate
        ? html`<p part="latest" class="meta">
            ${w.latest} ${m.latestDate}${source ? html` · ${w.source}: ${link}` : nothing}
          </p>`
        : nothing
    }
    ${m.evidence && m.mode === 'done' ? html`<p part="evidence" class="meta">${m.evidence}</p>` : nothing}
    ${renderDataStatus(state, lang, { sample: m.sample, onTogglePause: c.onTogglePause })}
    ${renderDataError(state, lang)} ${c.explanation}
  </div>`;
}
