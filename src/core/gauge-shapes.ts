/**
 * The SVG shapes of a gauge model at a layout: path strings and label positions, nothing else.
 * The widget's template maps them to elements; here they are plain numbers, tested in core.
 */
import {
  RADIAL_END,
  RADIAL_START,
  angleAt,
  arcPath,
  bulletFrame,
  bulletX,
  fitFontSize,
  polar,
  radialFrame,
  radialTick,
  round,
  textWidth,
  type GaugeLayout,
} from './gauge-geometry.js';
import type { GaugeMarker, GaugeModel, MarkerRole } from './gauge-model.js';

export interface ShapeLabel {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
}

export interface MarkerShape {
  role: MarkerRole;
  d: string;
  title: string;
  label?: ShapeLabel;
  verdict?: string;
  current: boolean;
}

export interface GaugeShapes {
  width: number;
  height: number;
  /** Stroke width of the track and the indicator, and of the band. */
  thickness: number;
  bandThickness: number;
  track: string[];
  band: string;
  indicator: string[];
  ticks: { d: string; label?: ShapeLabel }[];
  markers: MarkerShape[];
  /**
   * Where the headline goes inside a radial dial: its centre and the width it may take, in the
   * SVG's units, and its font size in px. The bullet and compact variants show it beside the bar.
   */
  readout?: { x: number; y: number; width: number; size: number };
}

/** Stepped scales are drawn as separate segments with this gap, as a share of the track. */
const STEP_GAP = 0.012;

function anchorAt(angle: number): ShapeLabel['anchor'] {
  const s = Math.sin(angle);
  return Math.abs(s) < 0.25 ? 'middle' : s < 0 ? 'end' : 'start';
}

/** The track's pieces: one, or one per step, each [from, to] as positions. */
function pieces(model: GaugeModel, from: number, to: number): [number, number][] {
  const steps = model.scale?.kind === 'stepped' ? (model.scale.steps ?? 1) : 1;
  if (steps <= 1) return to > from ? [[from, to]] : [];
  const out: [number, number][] = [];
  for (let i = 0; i < steps; i++) {
    const a = Math.max(from, i / steps + STEP_GAP / 2);
    const b = Math.min(to, (i + 1) / steps - STEP_GAP / 2);
    if (b > a) out.push([a, b]);
  }
  return out;
}

/** The font size of tick and marker labels, px (the stylesheet's `text` rule). */
export const LABEL_SIZE = 12;

/** The box a label's text takes, estimated from its length: [left, top, right, bottom]. */
export function labelBox(l: ShapeLabel, size = LABEL_SIZE): [number, number, number, number] {
  const w = textWidth(l.text, size);
  const left = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
  // `y` is the baseline: most of a glyph is above it, a descender below.
  return [left, l.y - size * 0.8, left + w, l.y + size * 0.25];
}

/** Two boxes overlap, or come closer than `gap` px. */
function crowded(a: number[], b: number[], gap = 2): boolean {
  return a[0]! < b[2]! + gap && b[0]! < a[2]! + gap && a[1]! < b[3]! && b[1]! < a[3]!;
}

/**
 * Drops labels that would overprint one already kept ("20252030" where two milestones sit close):
 * the marker stays, its full text stays in its title and in the list under the gauge. Markers'
 * labels are placed first, the current milestone's before the others, then the ticks'.
 */
function declutter(markers: MarkerShape[], ticks: { d: string; label?: ShapeLabel }[]): void {
  const kept: number[][] = [];
  const keep = (l: ShapeLabel): boolean => {
    const box = labelBox(l);
    if (kept.some((k) => crowded(k, box))) return false;
    kept.push(box);
    return true;
  };
  const order = markers
    .map((m, i) => i)
    .sort((a, b) => Number(markers[b]!.current) - Number(markers[a]!.current) || a - b);
  for (const i of order) {
    const m = markers[i]!;
    if (m.label && !keep(m.label)) delete m.label;
  }
  for (const t of ticks) if (t.label && !keep(t.label)) delete t.label;
}

/** A label is dropped when a marker's label sits within this share of the track. */
const CROWDED = 0.09;

function visibleTicks<T extends { at: number }>(ticks: T[], markers: GaugeMarker[], labelled: boolean): T[] {
  if (!labelled) return ticks;
  return ticks.filter((t) => !markers.some((m) => m.label && Math.abs(m.at - t.at) < CROWDED));
}

/** A radial dial (240°, open at the bottom), or the compact variant's full ring. */
export function radialShapes(model: GaugeModel, layout: GaugeLayout): GaugeShapes {
  const compact = layout.variant === 'compact';
  const start = compact ? 0 : RADIAL_START;
  const end = compact ? 2 * Math.PI : RADIAL_END;
  const f = compact
    ? {
        width: layout.width,
        height: layout.width,
        cx: layout.width / 2,
        cy: layout.width / 2,
        r: layout.width / 2 - 3,
        thickness: 5,
      }
    : radialFrame(layout.width, layout.pad, layout.padX);
  const { cx, cy, r, thickness } = f;
  const angle = (t: number) => angleAt(t, start, end);
  const arc = ([a, b]: [number, number]) => arcPath(cx, cy, r, angle(a), angle(b));
  const outer = r + thickness / 2;
  const inner = r - thickness / 2;
  const track = pieces(model, 0, 1).map(arc);
  const ind = model.indicator;
  const indicator = ind ? pieces(model, ind.from, ind.to).map(arc).filter(Boolean) : [];
  const bandThickness = thickness + (compact ? 2 : 10);
  const band = model.band ? arcPath(cx, cy, r, angle(model.band.from), angle(model.band.to)) : '';
  const labelAt = (t: number, radius: number, text: string): ShapeLabel | undefined => {
    const a = angle(t);
    const p = polar(cx, cy, radius, a);
    const anchor = anchorAt(a);
    // A label that would run out of the box is left out: the sentence under the gauge says it.
    // Text hangs below a point at the bottom half and sits above one at the top.
    const label: ShapeLabel = { x: p.x, y: round(p.y + 4 - Math.cos(a) * 3), text, anchor };
    const [left, , right] = labelBox(label);
    return left < 0 || right > f.width ? undefined : label;
  };
  const ticks = compact
    ? []
    : visibleTicks(model.ticks, model.markers, layout.tickLabels).map((t) => ({
        d: radialTick(cx, cy, outer + 1, outer + 5, angle(t.at)),
        ...(layout.tickLabels ? { label: labelAt(t.at, outer + 12, t.label) } : {}),
      }));
  // Every end of the track gets a tick even when no label fits, so the scale's extent is seen.
  if (!compact && ticks.length === 0) {
    for (const t of [0, 1]) ticks.push({ d: radialTick(cx, cy, outer + 1, outer + 5, angle(t)) });
  }
  // A ring 24 px across has room for the target's tick only.
  const shown = compact ? model.markers.filter((m) => m.role === 'target') : model.markers;
  const markers: MarkerShape[] = shown.map((m) => {
    const a = angle(m.at);
    const common = {
      role: m.role,
      title: m.title,
      current: m.current ?? false,
      ...(m.verdict ? { verdict: m.verdict } : {}),
    };
    if (m.role === 'expected') {
      // A small triangle outside the track, pointing at the expected value.
      const tip = polar(cx, cy, outer + 1, a);
      const l = polar(cx, cy, outer + 8, a - 4 / outer);
      const rr = polar(cx, cy, outer + 8, a + 4 / outer);
      return { ...common, d: `M${tip.x} ${tip.y}L${l.x} ${l.y}L${rr.x} ${rr.y}Z` };
    }
    const d = radialTick(cx, cy, inner - (compact ? 1 : 4), outer + (compact ? 1 : 4), a);
    const label = layout.markerLabels && m.label ? labelAt(m.at, outer + 9, m.label) : undefined;
    return { ...common, d, ...(label ? { label } : {}) };
  });
  declutter(markers, ticks);
  // The headline sits in the circle's widest part; a long word may wrap to a second line.
  const width = round(1.5 * inner);
  const longest = model.value.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');
  const size = Math.min(
    fitFontSize(model.value, width, Math.max(14, inner * 0.48), 12),
    fitFontSize(longest, width, 99, 10),
  );
  return {
    width: f.width,
    height: f.height,
    thickness,
    bandThickness,
    track,
    band,
    indicator,
    ticks,
    markers,
    ...(compact ? {} : { readout: { x: cx, y: cy, width, size } }),
  };
}

/** A horizontal bar: for tables and narrow columns. */
export function bulletShapes(model: GaugeModel, layout: GaugeLayout): GaugeShapes {
  const labels = layout.markerLabels && model.markers.some((m) => m.label);
  const top = labels ? 16 : 4;
  const f = bulletFrame(layout.width, layout.pad, layout.tickLabels);
  const y = f.y + top;
  const height = f.height + top;
  const t = f.thickness;
  const x = (p: number) => bulletX(f, p);
  const bar = ([a, b]: [number, number]) => `M${x(a)} ${y}H${x(b)}`;
  const ind = model.indicator;
  const edge = (p: number): ShapeLabel['anchor'] => (p < 0.05 ? 'start' : p > 0.95 ? 'end' : 'middle');
  const ticks = model.ticks.map((tick) => ({
    d: `M${x(tick.at)} ${y + t / 2 + 1}v4`,
    ...(layout.tickLabels
      ? { label: { x: x(tick.at), y: y + t / 2 + 15, text: tick.label, anchor: edge(tick.at) } }
      : {}),
  }));
  if (ticks.length === 0) for (const p of [0, 1]) ticks.push({ d: `M${x(p)} ${y + t / 2 + 1}v4` });
  const markers: MarkerShape[] = model.markers.map((m) => {
    const common = {
      role: m.role,
      title: m.title,
      current: m.current ?? false,
      ...(m.verdict ? { verdict: m.verdict } : {}),
    };
    const mx = x(m.at);
    if (m.role === 'expected') return { ...common, d: `M${mx} ${y - t / 2 - 1}l-4 -6h8Z` };
    const label =
      labels && m.label && m.role === 'target' ? { x: mx, y: top - 4, text: m.label, anchor: edge(m.at) } : undefined;
    return { ...common, d: `M${mx} ${y - t / 2 - 4}V${y + t / 2 + 4}`, ...(label ? { label } : {}) };
  });
  declutter(markers, ticks);
  return {
    width: f.width,
    height,
    thickness: t,
    bandThickness: t + 8,
    track: pieces(model, 0, 1).map(bar),
    band: model.band ? bar([model.band.from, model.band.to]) : '',
    indicator: ind ? pieces(model, ind.from, ind.to).map(bar) : [],
    ticks,
    markers,
  };
}

export function gaugeShapes(model: GaugeModel, layout: GaugeLayout): GaugeShapes {
  return layout.variant === 'bullet' ? bulletShapes(model, layout) : radialShapes(model, layout);
}
