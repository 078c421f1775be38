/**
 * The legend of `<nq-target-timeline>`: what each line and mark means, only for those drawn.
 * The swatches repeat the chart's own classes, so a theme that restyles one restyles both.
 */
import { html, svg, type TemplateResult } from 'lit';
import type { TimelineGeometry } from '../../core/timeline-geometry.js';
import { word, type TimelineWord } from '../../core/timeline-text.js';
import type { Locale } from '../../core/vocabulary.js';

const SWATCH: Partial<Record<TimelineWord, ReturnType<typeof svg>>> = {
  reported: svg`<line class="value-line" x1="0" x2="18" y1="6" y2="6"></line><circle class="dot" cx="9" cy="6" r="4"></circle>`,
  required: svg`<line class="required" x1="0" x2="18" y1="6" y2="6"></line>`,
  projected: svg`<line class="projected" x1="0" x2="18" y1="6" y2="6"></line>`,
  band: svg`<rect class="band" x="1" y="1" width="16" height="10"></rect>`,
  baseline: svg`<rect class="square" x="5" y="2" width="8" height="8"></rect>`,
  milestone: svg`<path class="diamond legend-diamond" d="M9 0L15 6L9 12L3 6Z"></path>`,
  value: svg`<circle class="dot" cx="9" cy="6" r="4"></circle>`,
  issued: svg`<path class="flag" d="M3 1H15L9 10Z"></path>`,
  asOfLegend: svg`<line class="as-of-swatch" x1="9" x2="9" y1="0" y2="12"></line>`,
};

function entry(key: TimelineWord, locale: Locale): TemplateResult {
  return html`<li>
    <svg width="18" height="12" viewBox="0 0 18 12" aria-hidden="true" focusable="false">${SWATCH[key]}</svg
    >${word(key, locale)}
  </li>`;
}

export function renderLegend(g: TimelineGeometry, locale: Locale): TemplateResult {
  const keys: TimelineWord[] = [];
  const c = g.chart;
  if (c) {
    if (c.values.length) keys.push('reported');
    if (c.start) keys.push('baseline');
    if (c.required) keys.push('required');
    if (c.projected) keys.push('projected');
    if (c.bands.length) keys.push('band');
    keys.push('milestone');
  } else {
    keys.push('milestone');
    if (g.lanes.some((l) => l.values.length)) keys.push('value');
    if (g.lanes.some((l) => l.start)) keys.push('baseline');
    if (g.headers.some((h) => h.issue)) keys.push('issued');
  }
  if (g.asOf) keys.push('asOfLegend');
  return html`<ul part="legend" class="legend">
    ${keys.map((k) => entry(k, locale))}
  </ul>`;
}
