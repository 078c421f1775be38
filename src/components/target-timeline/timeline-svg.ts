/**
 * The SVG of `<nq-target-timeline>`: templates that map the geometry (src/core/timeline-geometry.ts
 * and timeline-chart.ts) to elements, and nothing else. Every point a keyboard reaches is a `<g>`
 * with `data-nav`, a roving `tabindex` and its announcement as `aria-label`.
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { STATUS_INFO } from '../../core/status.js';
import type { ChartGeometry } from '../../core/timeline-chart.js';
import type { MarkerGeometry, PointGeometry, TimelineGeometry } from '../../core/timeline-geometry.js';
import type { NavItem } from '../../core/timeline-nav.js';
import { ICON_PATHS } from '../shared/icons.js';

export interface SvgView {
  /** The point that holds the tab stop. */
  focusId: string | undefined;
  /** The point under the pointer or the focus, drawn with its ring. */
  activeId: string | undefined;
  items: Map<string, NavItem>;
  /** The chart's accessible name and how to use it. */
  label: string;
}

const ring = svg`<circle class="ring" r="11"></circle>`;

/** A point the keyboard reaches: a group at (x, y) that carries the focus and the announcement. */
function stop(
  view: SvgView,
  id: string,
  x: number,
  y: number,
  cls: string,
  part: string,
  body: SVGTemplateResult,
  status?: string,
) {
  const item = view.items.get(id);
  return svg`<g
    class="stop ${cls} ${id === view.activeId ? 'active' : ''}"
    part=${part}
    data-nav=${id}
    data-status=${status ?? nothing}
    id=${id}
    role="img"
    tabindex=${id === view.focusId ? '0' : '-1'}
    aria-label=${item?.label ?? ''}
    transform="translate(${round(x)} ${round(y)})"
  >${ring}${body}</g>`;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A milestone: a diamond with the status icon inside, filled once its deadline has a verdict. */
function milestone(view: SvgView, m: MarkerGeometry): SVGTemplateResult {
  const icon = ICON_PATHS[STATUS_INFO[m.status].icon];
  const body = svg`<path class="diamond" d="M0 -9L9 0L0 9L-9 0Z"></path><path class="glyph" d=${icon} transform="translate(-5.2 -5.2) scale(0.65)"></path>`;
  return stop(view, m.navId, m.x, m.y, m.verdict ? 'milestone decided' : 'milestone', 'milestone', body, m.status);
}

function milestoneLabel(m: MarkerGeometry): SVGTemplateResult | typeof nothing {
  if (!m.label) return nothing;
  return svg`<text class="milestone-label" part="milestone-label" x=${round(m.label.x)} y=${round(m.label.y)} text-anchor="middle" aria-hidden="true">${m.label.text}</text>`;
}

/** A reported value: a dot; a sample value is hollow and dashed, a "not done" is hollow. */
function value(view: SvgView, p: PointGeometry): SVGTemplateResult {
  const cls = `value${p.sample ? ' sample' : ''}${p.negative ? ' negative' : ''}`;
  return stop(view, p.navId, p.x, p.y, cls, 'value-point', svg`<circle class="dot" r="4.5"></circle>`);
}

function start(view: SvgView, p: PointGeometry | undefined): SVGTemplateResult | typeof nothing {
  if (!p) return nothing;
  return stop(
    view,
    p.navId,
    p.x,
    p.y,
    'start',
    'baseline-marker',
    svg`<rect class="square" x="-4.5" y="-4.5" width="9" height="9"></rect>`,
  );
}

function issueMarker(view: SvgView, id: string, x: number, y: number): SVGTemplateResult {
  return stop(view, id, x, y, 'issue', 'issue-marker', svg`<path class="flag" d="M-6 -6H6L0 4Z"></path>`);
}

function xAxis(g: TimelineGeometry, top: number, bottom: number): SVGTemplateResult {
  return svg`<g class="grid" part="grid" aria-hidden="true">
      ${g.xTicks.map((t) => svg`<line x1=${round(t.x)} x2=${round(t.x)} y1=${top} y2=${bottom}></line>`)}
    </g>
    <g class="axis" part="axis" aria-hidden="true">
      ${g.xTicks.map((t) => svg`<text x=${round(t.x)} y=${g.axisY} text-anchor="middle">${t.label}</text>`)}
      ${g.undated?.label ? svg`<text class="undated" x=${round(g.undated.labelX)} y=${g.undated.labelY} text-anchor="middle">${g.undated.label}</text>` : nothing}
    </g>`;
}

function asOfLine(g: TimelineGeometry, top: number, bottom: number): SVGTemplateResult | typeof nothing {
  const a = g.asOf;
  if (!a) return nothing;
  return svg`<g class="as-of" part="today-line" aria-hidden="true">
    <line x1=${round(a.x)} x2=${round(a.x)} y1=${top} y2=${bottom}></line>
    ${a.label ? svg`<text x=${round(a.labelX)} y=${a.labelY} text-anchor="middle">${a.label}</text>` : nothing}
  </g>`;
}

export function renderLanes(g: TimelineGeometry, view: SvgView): SVGTemplateResult {
  const top = g.plot.top;
  const bottom = g.plot.bottom;
  return svg`<svg class="lanes" width=${g.width} height=${g.height} viewBox="0 0 ${g.width} ${g.height}" role="group" aria-label=${view.label}>
    ${g.lanes.map((l, i) => (i % 2 ? svg`<rect class="stripe" aria-hidden="true" x="0" y=${l.y} width=${g.width} height=${l.height}></rect>` : nothing))}
    ${xAxis(g, top, bottom)}
    ${asOfLine(g, 15, bottom)}
    ${repeat(
      g.headers,
      (h) => h.documentId,
      (h) => svg`<g class="document" part="document-header" role="group" aria-label=${h.full}>
        <rect class="header-band" aria-hidden="true" x="0" y=${h.y} width=${g.width} height=${h.height}></rect>
        <text class="header-text" x="12" y=${h.textY}>${h.text}<title>${h.full}</title></text>
        ${
          h.issue
            ? svg`<line class="issue-line" part="issue-line" aria-hidden="true" x1=${round(h.issue.x)} x2=${round(h.issue.x)} y1=${h.issue.y + 4} y2=${h.issue.y1}></line>${issueMarker(view, h.issue.navId, h.issue.x, h.issue.y)}`
            : nothing
        }
      </g>`,
    )}
    ${repeat(
      g.lanes,
      (l) => l.key,
      (l) => svg`<g class="lane" part="lane" role="group" aria-label="${l.label.full} — ${l.status.text}">
        <text class="lane-label" part="lane-label" x=${l.label.x} y=${l.label.y}>${l.label.text}<title>${l.label.full}</title></text>
        <g class="lane-status" part="lane-status" data-status=${l.status.status} transform="translate(${round(l.status.x)} ${l.status.y})">
          ${l.status.anchor === 'start' ? svg`<path class="glyph" d=${ICON_PATHS[STATUS_INFO[l.status.status].icon]} transform="translate(-16 -9.5) scale(0.7)"></path>` : nothing}
          <text text-anchor=${l.status.anchor}>${l.status.text}</text>
        </g>
        <line class="track" part="track" aria-hidden="true" x1=${round(l.track[0])} x2=${round(l.track[1])} y1=${l.cy} y2=${l.cy}></line>
        ${l.milestones.map(milestoneLabel)}
        ${start(view, l.start)}
        ${repeat(
          l.values,
          (p) => p.navId,
          (p) => value(view, p),
        )}
        ${repeat(
          l.milestones,
          (m) => m.navId,
          (m) => milestone(view, m),
        )}
      </g>`,
    )}
  </svg>`;
}

function chartBody(g: TimelineGeometry, c: ChartGeometry, view: SvgView): SVGTemplateResult {
  const { left, right, top, bottom } = g.plot;
  return svg`<defs><clipPath id="plot-clip"><rect x=${left} y=${top - 12} width=${right - left} height=${bottom - top + 24}></rect></clipPath></defs>
    <g class="grid" part="grid" aria-hidden="true">
      ${c.yTicks.map((t) => svg`<line x1=${left} x2=${right} y1=${round(t.y)} y2=${round(t.y)}></line>`)}
    </g>
    <g class="axis value-axis" part="value-axis" aria-hidden="true">
      ${c.yTicks.map((t) => svg`<text x=${left - 6} y=${round(t.y) + 4} text-anchor="end">${t.label}</text>`)}
    </g>
    ${xAxis(g, top, bottom)}
    <line class="baseline" aria-hidden="true" x1=${left} x2=${right} y1=${bottom} y2=${bottom}></line>
    <g clip-path="url(#plot-clip)" aria-hidden="true">
      ${c.bands.map((b) => svg`<rect class="band" part="band" x=${round(b.x)} y=${round(b.y)} width=${round(b.width)} height=${round(b.height)}></rect>`)}
      ${c.required ? svg`<path class="required" part="required-path" d=${c.required}></path>` : nothing}
      ${c.projected ? svg`<path class="projected" part="projected-path" d=${c.projected}></path>` : nothing}
      ${c.line ? svg`<path class="value-line" part="value-line" d=${c.line}></path>` : nothing}
    </g>
    ${
      c.issue
        ? svg`<g class="issue" aria-hidden="true"><line class="issue-line" part="issue-line" x1=${round(c.issue.x)} x2=${round(c.issue.x)} y1=${top} y2=${bottom}></line>
          ${c.issue.label ? svg`<text x=${round(c.issue.labelX)} y=${c.issue.labelY} text-anchor="middle">${c.issue.label}</text>` : nothing}</g>`
        : nothing
    }
    ${asOfLine(g, top, bottom)}
    ${c.milestones.map(milestoneLabel)}
    ${c.issue ? issueMarker(view, c.issue.navId, c.issue.x, top - 8) : nothing}
    ${start(view, c.start)}
    ${repeat(
      c.values,
      (p) => p.navId,
      (p) => value(view, p),
    )}
    ${repeat(
      c.milestones,
      (m) => m.navId,
      (m) => milestone(view, m),
    )}`;
}

export function renderChart(g: TimelineGeometry, view: SvgView): SVGTemplateResult {
  const c = g.chart as ChartGeometry;
  return svg`<svg class="chart" width=${g.width} height=${g.height} viewBox="0 0 ${g.width} ${g.height}" role="group" aria-label=${view.label}>
    ${chartBody(g, c, view)}
  </svg>`;
}
