/**
 * Where everything of `<nq-target-timeline>` goes, in pixels, for a given width: the time axis,
 * the "as of" line, document headers with their issue dates, and one lane per target with its
 * milestones and values, or, for one numeric target, a chart with a value axis (timeline-chart.ts).
 * Pure numbers and strings; the component maps them to SVG.
 */
import { formatPartialDate, textOf } from './format.js';
import {
  estimateTextWidth,
  laneLayout,
  linearScale,
  placeLabels,
  placeTopLabels,
  shortenText,
  timeAxis,
} from './timeline-layout.js';
import type { TimelineLane, TimelineModel } from './timeline-model.js';
import { issueItem, milestoneItem, navRows, startItem, valueItem, type NavItem } from './timeline-nav.js';
import { asOfText, documentName, milestoneGoalText, statusText, word } from './timeline-text.js';
import { chartGeometry, type ChartGeometry } from './timeline-chart.js';
import type { Locale, Status, Verdict } from './vocabulary.js';

/** Below this width the lane label goes above its track instead of beside it. */
export const NARROW_WIDTH = 480;

export const SIZES = {
  font: 13,
  small: 12,
  axis: 42,
  header: 36,
  lane: 50,
  narrowLane: 66,
  gutter: 44,
  pad: 12,
} as const;

export interface GeometryOptions {
  width: number;
  locale: Locale;
  /** Zoom to these whole years; the model's domain when not given. */
  period?: readonly [number, number];
  /** Lanes even for one numeric target. */
  lanes?: boolean;
}

export interface XTick {
  t: number;
  x: number;
  label: string;
}

export interface MarkerGeometry {
  navId: string;
  x: number;
  y: number;
  status: Status;
  verdict?: Verdict;
  label: { x: number; y: number; text: string } | undefined;
  undated: boolean;
}

export interface PointGeometry {
  navId: string;
  x: number;
  y: number;
  sample: boolean;
  /** A qualitative value that says "not done". */
  negative: boolean;
}

export interface LaneGeometry {
  key: string;
  y: number;
  height: number;
  /** The centre line of the track. */
  cy: number;
  label: { x: number; y: number; text: string; full: string };
  status: { x: number; y: number; text: string; status: Status; anchor: 'start' | 'end' };
  track: [number, number];
  start: PointGeometry | undefined;
  values: PointGeometry[];
  milestones: MarkerGeometry[];
}

export interface HeaderGeometry {
  documentId: string;
  y: number;
  height: number;
  /** The baseline of the document's name; the issue marker sits below it. */
  textY: number;
  text: string;
  full: string;
  /** The issue date's marker at (x, y), its line down to y1; undefined without a date or when zoomed out. */
  issue: { x: number; y: number; navId: string; y1: number } | undefined;
}

export interface TimelineGeometry {
  mode: 'lanes' | 'chart';
  narrow: boolean;
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  domain: [number, number];
  xTicks: XTick[];
  /** Where the time axis's labels sit. */
  axisY: number;
  /** The "as of" line; its label is left out ('') when there is no room for it. */
  asOf: { x: number; label: string; labelX: number; labelY: number } | undefined;
  /** The column of milestones with no deadline, when there are any. */
  undated: { x: number; label: string; labelX: number; labelY: number } | undefined;
  headers: HeaderGeometry[];
  lanes: LaneGeometry[];
  chart: ChartGeometry | undefined;
  rows: NavItem[][];
  /** Every nav item by id, for the tooltip and the focus. */
  items: Map<string, NavItem>;
}

/** A point in time inside the shown period (an undated milestone always is). */
export const inside = (t: number | undefined, domain: readonly [number, number]): boolean =>
  t === undefined || (t >= domain[0] - 1e-9 && t <= domain[1] + 1e-9);

function hasUndated(lanes: readonly TimelineLane[]): boolean {
  return lanes.some((l) => l.milestones.some((m) => m.t === undefined));
}

type Pending = Omit<NavItem, 'id'>;
/** An item whose id is given later by {@link navRows}. */
const idOf = (it: Pending | undefined): string => (it as NavItem | undefined)?.id ?? '';

/** The geometry of the whole timeline at one width. */
export function timelineGeometry(model: TimelineModel, options: GeometryOptions): TimelineGeometry {
  const { locale } = options;
  const width = Math.max(0, options.width);
  const narrow = width < NARROW_WIDTH;
  const domain: [number, number] = options.period ? [options.period[0], options.period[1]] : [...model.domain];
  const only = model.lanes.length === 1 ? model.lanes[0] : undefined;
  if (only && only.numeric && !options.lanes) return chartGeometry(model, only, { width, narrow, domain, locale });

  const gutter = hasUndated(model.lanes) ? SIZES.gutter : 0;
  const labelWidth = narrow ? 0 : Math.round(Math.min(240, Math.max(110, width * 0.3)));
  const left = narrow ? SIZES.pad : labelWidth + SIZES.pad * 2;
  const right = Math.max(left + 1, width - SIZES.pad - gutter);
  const gutterX = width - SIZES.pad - gutter / 2;
  const x = linearScale(domain, [left, right]);
  const laneHeight = narrow ? SIZES.narrowLane : SIZES.lane;
  const layout = laneLayout(
    model.documents.map((d) => d.lanes.length),
    { laneHeight, headerHeight: SIZES.header, top: SIZES.axis, bottom: SIZES.pad },
  );
  const items: Pending[] = [];
  const add = (it: Pending): Pending => (items.push(it), it);
  const finish: (() => void)[] = [];
  const headers: HeaderGeometry[] = [];
  const lanes: LaneGeometry[] = [];
  let row = 0;
  let laneIndex = 0;

  model.documents.forEach((doc, d) => {
    const r = doc.resolution;
    const y = layout.headers[d] ?? 0;
    const date = r.date ? ` · ${word('issued', locale)} ${formatPartialDate(r.date, locale)}` : '';
    const header: HeaderGeometry = {
      documentId: r.id,
      y,
      height: SIZES.header,
      textY: y + 16,
      text: shortenText(`${documentName(r, locale)}${date}`, width - SIZES.pad * 2, SIZES.font, true),
      full: `${documentName(r, locale)}${r.number ? ` — ${textOf(r.title, locale)}` : ''}${date}`,
      issue: undefined,
    };
    headers.push(header);
    if (doc.issued !== undefined && inside(doc.issued, domain)) {
      const ix = x(doc.issued);
      const my = y + SIZES.header - 8;
      const issue = add(issueItem(r, { row, t: doc.issued, x: ix, y: my }, locale));
      const y1 = (layout.lanes[laneIndex + doc.lanes.length - 1] ?? y) + laneHeight;
      finish.push(() => (header.issue = { x: ix, y: my, navId: idOf(issue), y1 }));
    }
    row++;
    for (const lane of doc.lanes) {
      lanes.push(laneGeometry(lane, layout.lanes[laneIndex++] ?? 0, row++, doc.start));
    }
  });

  function laneGeometry(lane: TimelineLane, ly: number, r: number, docStart: number | undefined): LaneGeometry {
    const cy = ly + (narrow ? 46 : 31);
    const full = textOf(lane.target.label, locale);
    const statusWords = statusText(lane, locale);
    const statusWidth = estimateTextWidth(statusWords, SIZES.small, true) + 18;
    const labelRoom = narrow ? width - SIZES.pad * 2 - statusWidth - 8 : labelWidth;
    const deadlines = lane.milestones.map((m) => m.t).filter((t): t is number => t !== undefined);
    const to = deadlines.length ? Math.max(...deadlines) : domain[1];
    const from = docStart ?? (deadlines.length ? Math.min(...deadlines) : to);
    const clampT = (t: number) => Math.min(domain[1], Math.max(domain[0], t));
    const geo: LaneGeometry = {
      key: lane.key,
      y: ly,
      height: laneHeight,
      cy,
      label: { x: SIZES.pad, y: ly + (narrow ? 16 : 22), text: shortenText(full, labelRoom, SIZES.font), full },
      status: narrow
        ? { x: width - SIZES.pad, y: ly + 16, text: statusWords, status: lane.assessment.status, anchor: 'end' }
        : { x: SIZES.pad + 16, y: ly + 39, text: statusWords, status: lane.assessment.status, anchor: 'start' },
      track: [x(clampT(Math.min(from, to))), x(clampT(to))],
      start: undefined,
      values: [],
      milestones: [],
    };
    const s = lane.start;
    if (s && !s.fromObservation && inside(s.t, domain)) {
      const it = add(startItem(lane, s, { row: r, t: s.t, x: x(s.t), y: cy }, locale));
      finish.push(() => (geo.start = { navId: idOf(it), x: x(s.t), y: cy, sample: false, negative: false }));
    }
    for (const v of lane.values) {
      if (!inside(v.t, domain)) continue;
      const it = add(valueItem(lane, v, { row: r, t: v.t, x: x(v.t), y: cy }, locale));
      finish.push(() =>
        geo.values.push({ navId: idOf(it), x: x(v.t), y: cy, sample: v.sample, negative: v.value === false }),
      );
    }
    const visible = lane.milestones.filter((m) => inside(m.t, domain));
    const texts = visible.map((m) => shortenText(milestoneGoalText(lane, m, locale), 140, SIZES.small));
    const xs = visible.map((m) => (m.t === undefined ? gutterX : x(m.t)));
    const placed = placeLabels(
      visible.map((m, k) => ({
        x: xs[k] as number,
        width: estimateTextWidth(texts[k] ?? '', SIZES.small),
        priority: m.index === lane.assessment.current ? 1 : 0,
      })),
      { min: narrow ? 0 : left - SIZES.pad, max: width, rows: 1, gap: 6 },
    );
    visible.forEach((m, k) => {
      const mx = xs[k] as number;
      const it = add(milestoneItem(lane, m, { row: r, t: m.t ?? Infinity, x: mx, y: cy }, locale));
      const p = placed[k];
      finish.push(() =>
        geo.milestones.push({
          navId: idOf(it),
          x: mx,
          y: cy,
          status: m.assessment.status,
          verdict: m.assessment.verdict,
          label: p && !p.hidden ? { x: p.x, y: cy - 12, text: texts[k] ?? '' } : undefined,
          undated: m.t === undefined,
        }),
      );
    });
    return geo;
  }

  const rows = navRows(items);
  for (const f of finish) f();
  const top = placeTopLabels(
    [
      ...(inside(model.now, domain)
        ? [{ key: 'asOf', x: x(model.now), text: asOfText(model.asOf, locale), priority: 2, bold: true }]
        : []),
      ...(gutter ? [{ key: 'undated', x: gutterX, text: word('undatedShort', locale), priority: 1 }] : []),
    ],
    { min: 0, max: width, y: 11, fontSize: SIZES.small },
  );
  const asOfLabel = top.get('asOf');
  const undatedLabel = top.get('undated');
  return {
    mode: 'lanes',
    narrow,
    width,
    height: layout.height,
    plot: { left, right, top: SIZES.axis, bottom: layout.height - SIZES.pad },
    domain,
    xTicks: timeAxis(domain, x, narrow),
    axisY: SIZES.axis - 8,
    asOf: inside(model.now, domain)
      ? { x: x(model.now), label: asOfLabel?.text ?? '', labelX: asOfLabel?.x ?? x(model.now), labelY: 11 }
      : undefined,
    undated: gutter
      ? { x: gutterX, label: undatedLabel?.text ?? '', labelX: undatedLabel?.x ?? gutterX, labelY: 11 }
      : undefined,
    headers,
    lanes,
    chart: undefined,
    rows,
    items: new Map(rows.flat().map((it) => [it.id, it])),
  };
}
