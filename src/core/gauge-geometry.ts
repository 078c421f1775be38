/**
 * The shapes of a gauge, as plain numbers and SVG path strings: a few lines of trigonometry
 * rather than d3-shape's `arc` (4 KB brotli) or d3-scale (10 KB), which a gauge of stroked arcs
 * does not need. Angles are in radians, 0 at twelve o'clock, growing clockwise, so that a gauge
 * reads left to right. Pure: no DOM.
 */
import type { GaugeVariant } from './gauge-scale.js';

export interface Point {
  x: number;
  y: number;
}

/** The radial gauge sweeps 240°, from eight o'clock to four o'clock, open at the bottom. */
export const RADIAL_START = (-2 * Math.PI) / 3;
export const RADIAL_END = (2 * Math.PI) / 3;

/** Rounds a coordinate for a path string: two decimals are sub-pixel and keep strings short and stable. */
export function round(n: number): number {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? 0 : r;
}

/** The point at `angle` on the circle of radius `r` around (cx, cy). */
export function polar(cx: number, cy: number, r: number, angle: number): Point {
  return { x: round(cx + r * Math.sin(angle)), y: round(cy - r * Math.cos(angle)) };
}

/** The angle of a position along the radial track: 0 is the start, 1 the end. */
export function angleAt(t: number, start = RADIAL_START, end = RADIAL_END): number {
  const clamped = Math.min(1, Math.max(0, t));
  return start + (end - start) * clamped;
}

/**
 * A circular arc from `a0` to `a1` (clockwise when a1 > a0), as a path to be stroked. A sweep of a
 * full turn or more is drawn as two half-turns, because an SVG arc whose ends meet draws nothing.
 * Returns '' for an empty or non-finite sweep.
 */
export function arcPath(cx: number, cy: number, r: number, a0: number, a1: number): string {
  if (!Number.isFinite(a0) || !Number.isFinite(a1) || !(r > 0) || a0 === a1) return '';
  const sweep = a1 > a0 ? 1 : 0;
  const span = Math.abs(a1 - a0);
  if (span >= 2 * Math.PI - 1e-9) {
    const mid = a0 + (sweep ? Math.PI : -Math.PI);
    return `${arcPath(cx, cy, r, a0, mid)} ${arcPath(cx, cy, r, mid, mid + (sweep ? Math.PI : -Math.PI)).replace(/^M[^A]*/, '')}`.trim();
  }
  const p0 = polar(cx, cy, r, a0);
  const p1 = polar(cx, cy, r, a1);
  const large = span > Math.PI ? 1 : 0;
  return `M${p0.x} ${p0.y}A${round(r)} ${round(r)} 0 ${large} ${sweep} ${p1.x} ${p1.y}`;
}

/** A straight tick across the radial track at `angle`, from radius `r0` to `r1`. */
export function radialTick(cx: number, cy: number, r0: number, r1: number, angle: number): string {
  const a = polar(cx, cy, r0, angle);
  const b = polar(cx, cy, r1, angle);
  return `M${a.x} ${a.y}L${b.x} ${b.y}`;
}

/** The box a gauge draws in, in CSS pixels: the SVG's viewBox is its width and height. */
export interface RadialFrame {
  width: number;
  height: number;
  cx: number;
  cy: number;
  /** The radius of the track's centre line. */
  r: number;
  /** The track's stroke width. */
  thickness: number;
}

/**
 * The radial gauge inside a box `width` wide: the track's radius, its thickness and the room
 * around it for marker labels (`pad`). The height follows from the width (the 240° arc is 1.5
 * radii tall), so the space is known, and reserved, before any data arrives.
 */
export function radialFrame(width: number, pad: number, padX = pad): RadialFrame {
  const w = Math.max(40, width);
  const thickness = Math.round(Math.min(24, Math.max(8, w * 0.075)));
  const r = Math.max(8, w / 2 - padX - thickness / 2);
  const cy = pad + thickness / 2 + r;
  // The arc's ends are at ±120°: half a radius below the centre.
  const height = Math.ceil(cy + r / 2 + thickness / 2 + pad);
  return { width: w, height, cx: w / 2, cy: round(cy), r: round(r), thickness };
}

/** The horizontal bar of the bullet variant: where it starts and ends, and how thick it is. */
export interface BulletFrame {
  width: number;
  height: number;
  x0: number;
  x1: number;
  /** The bar's vertical centre. */
  y: number;
  thickness: number;
}

export function bulletFrame(width: number, pad: number, tickLabels: boolean): BulletFrame {
  const w = Math.max(40, width);
  const thickness = 12;
  const top = 8;
  const y = top + thickness / 2;
  const height = top + thickness + 6 + (tickLabels ? 14 : 0);
  return { width: w, height, x0: pad, x1: round(w - pad), y, thickness };
}

/** A position along a bar: 0 is `x0`, 1 is `x1`. */
export function bulletX(frame: BulletFrame, t: number): number {
  return round(frame.x0 + (frame.x1 - frame.x0) * Math.min(1, Math.max(0, t)));
}

/** What a gauge shows at a width: chosen in one place so that every size is tested with numbers. */
export interface GaugeLayout {
  variant: GaugeVariant;
  /** The width the SVG draws at. */
  width: number;
  /** Details beside the dial rather than below it. */
  wide: boolean;
  /** How many ticks the axis aims for (0: none). */
  ticks: number;
  /** Numbers under the ticks, and labels beside the markers. */
  tickLabels: boolean;
  markerLabels: boolean;
  /** Room around the track for labels, in px: above and below, and at the sides. */
  pad: number;
  padX: number;
}

/** Below this width the numbers under a radial gauge's ticks would collide. */
const RADIAL_TICK_LABELS_FROM = 200;
/** From this width the details sit beside the dial. */
const RADIAL_WIDE_FROM = 440;
/** The dial stops growing here: a 600 px wide dial would be taller than a screen needs. */
const RADIAL_MAX = 280;
const COMPACT_SIZE = 24;

/**
 * The layout of a variant in a container `width` px wide (undefined before the first
 * measurement: the default is the 240 px layout, the width the space is reserved at).
 */
export function gaugeLayout(variant: GaugeVariant, width: number | undefined): GaugeLayout {
  const w = Math.max(120, Math.round(width ?? 240));
  if (variant === 'compact') {
    return {
      variant,
      width: COMPACT_SIZE,
      wide: false,
      ticks: 0,
      tickLabels: false,
      markerLabels: false,
      pad: 0,
      padX: 0,
    };
  }
  if (variant === 'bullet') {
    const tickLabels = w >= 160;
    const pad = tickLabels ? 12 : 6;
    return {
      variant,
      width: w,
      wide: false,
      ticks: w >= 320 ? 5 : 2,
      tickLabels,
      markerLabels: w >= 240,
      pad,
      padX: pad,
    };
  }
  const wide = w >= RADIAL_WIDE_FROM;
  const dial = wide ? Math.min(RADIAL_MAX, Math.round(w * 0.5)) : Math.min(RADIAL_MAX, w);
  const tickLabels = dial >= RADIAL_TICK_LABELS_FROM;
  // Marker labels ("≥ 50%") stand beside the arc: the sides need more room than the top.
  return {
    variant,
    width: dial,
    wide,
    ticks: tickLabels ? 4 : 0,
    tickLabels,
    markerLabels: tickLabels,
    pad: tickLabels ? 18 : 6,
    padX: tickLabels ? (dial >= 240 ? 46 : 38) : 6,
  };
}

/**
 * A font size for `text` that fits `maxWidth`, between `min` and `max` px. The width of a
 * character is estimated (0.58 em, a digit in a proportional sans-serif), because measuring needs
 * the DOM and the estimate only has to keep the number inside the ring.
 */
/** The estimated width of `text` at `size` px (0.58 em a character, see {@link fitFontSize}). */
export function textWidth(text: string, size: number): number {
  return [...text].length * 0.58 * size;
}

export function fitFontSize(text: string, maxWidth: number, max: number, min: number): number {
  const length = [...text].length;
  if (length === 0) return max;
  const fit = maxWidth / (length * 0.58);
  return Math.round(Math.min(max, Math.max(min, fit)));
}
