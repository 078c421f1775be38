/**
 * The one-target view of `<nq-target-timeline>`: time across, the target's value up, in the
 * indicator's unit. A rank's axis is inverted (1, the best, at the top); a level's axis has whole
 * steps and its required path climbs in steps; a range is a band. Pure numbers and path strings,
 * which the component draws.

 */
import { formatPartialDate } from './format.js';
import { linePath, steppedPath } from './timeline-paths.js';
import {
  estimateTextWidth,
  linearScale,
  placeLabels,
  placeTopLabels,
  shortenText,
  tickCount,
  timeAxis,
  valueAxis,
} from './timeline-layout.js';
import type { TimelineLane, TimelineModel } from './timeline-model.js';
import { issueItem, milestoneItem, navRows, startItem, valueItem, type NavItem } from './timeline-nav.js';
import { asOfText, axisTitle, milestoneGoalText, tickText, word } from './timeline-text.js';
import type { MarkerGeometry, PointGeometry, TimelineGeometry } from './timeline-geometry.js';
import type { Locale } from './vocabulary.js';

export interface ChartGeometry {
  yTicks: { value: number; y: number; label: string }[];
  /** The value axis's title: the indicator, and which way is up for a rank. */
  yTitle: string;
  /** A rank: 1 is at the top. */
  inverted: boolean;
  /** A level: whole steps only. */
  stepped: boolean;
  required: string;
  projected: string;
  line: string;
  bands: { x: number; y: number; width: number; height: number; openAbove: boolean; openBelow: boolean }[];
  start: PointGeometry | undefined;
  values: PointGeometry[];
  milestones: MarkerGeometry[];
  issue: { x: number; navId: string; label: string; labelX: number; labelY: number } | undefined;
}

export interface ChartOptions {
  width: number;
  narrow: boolean;
  domain: [number, number];
  locale: Locale;
}

const PAD = 12;
const TOP = 40;
const BOTTOM = 30;
const GUTTER = 44;

const isRank = (lane: TimelineLane) => lane.target.kind === 'rank' || lane.target.indicator.unit.type === 'rank';
const isLevel = (lane: TimelineLane) => lane.target.kind === 'level' || lane.target.indicator.unit.type === 'level';

/** Every value the value axis must reach for this lane. */
export function laneValues(lane: TimelineLane): number[] {
  const values: number[] = [];
  for (const p of [...lane.required, ...lane.projected]) values.push(p.value);
  for (const v of lane.values) if (typeof v.value === 'number') values.push(v.value);
  for (const m of lane.milestones) if (m.y !== undefined) values.push(m.y);
  for (const b of lane.bands) values.push(...b.range);
  if (lane.start) values.push(lane.start.value);
  if (isRank(lane)) values.push(1);
  if (isLevel(lane)) {
    const top = lane.target.scale?.max ?? lane.target.scale?.levels?.length;
    values.push(1);
    if (top !== undefined) values.push(top);
  }
  return values.filter(Number.isFinite);
}

/** The chart's height for a width: wide enough to read a slope, never taller than a screen's third. */
export function chartHeight(width: number, narrow: boolean): number {
  return Math.round(narrow ? Math.min(340, Math.max(260, width * 0.9)) : Math.min(380, Math.max(240, width * 0.5)));
}

export function chartGeometry(model: TimelineModel, lane: TimelineLane, options: ChartOptions): TimelineGeometry {
  const { width, narrow, domain, locale } = options;
  const height = chartHeight(width, narrow);
  const rank = isRank(lane);
  const level = isLevel(lane);
  const undated = lane.milestones.some((m) => m.t === undefined);
  const top = TOP;
  const bottom = height - BOTTOM;
  const axis = valueAxis(laneValues(lane), {
    count: tickCount(bottom - top, 44),
    integer: rank || level,
    zero: !rank && !level,
  });
  if (rank || level) axis.domain[0] = Math.max(1, axis.domain[0]);
  // A scale of levels ends at its top level: a nice round 8 above a 7-level scale is no level.
  const topLevel = level ? (lane.target.scale?.max ?? lane.target.scale?.levels?.length) : undefined;
  if (topLevel !== undefined) axis.domain[1] = Math.max(topLevel, ...laneValues(lane));
  let ticks = axis.ticks.filter((v) => v >= axis.domain[0] && v <= axis.domain[1]);
  if (level && axis.domain[1] - axis.domain[0] <= tickCount(bottom - top, 24)) {
    ticks = Array.from({ length: axis.domain[1] - axis.domain[0] + 1 }, (_, i) => axis.domain[0] + i);
  }
  if ((rank || level) && !ticks.includes(1) && axis.domain[0] === 1) ticks.unshift(1);
  const tickLabels = ticks.map((v) => tickText(lane, v, locale));
  const labelRoom = Math.min(width * 0.3, Math.max(0, ...tickLabels.map((t) => estimateTextWidth(t, 11))));
  const left = PAD + Math.ceil(labelRoom) + 8;
  const right = Math.max(left + 1, width - PAD - (undated ? GUTTER : 0));
  const gutterX = width - PAD - GUTTER / 2;
  const x = linearScale(domain, [left, right]);
  const y = linearScale(axis.domain, rank ? [top, bottom] : [bottom, top]);
  const yTicks = ticks.map((value, i) => ({
    value,
    y: y(value),
    label: shortenText(tickLabels[i] ?? '', labelRoom, 11),
  }));

  const items: Omit<NavItem, 'id'>[] = [];
  const add = (it: Omit<NavItem, 'id'>) => (items.push(it), it as NavItem);
  const inDomain = (t: number) => t >= domain[0] - 1e-9 && t <= domain[1] + 1e-9;

  const doc = model.documents[0];
  let issue: ChartGeometry['issue'];
  const issueRef =
    doc?.issued !== undefined && inDomain(doc.issued)
      ? add(issueItem(doc.resolution, { row: 0, t: doc.issued, x: x(doc.issued), y: top }, locale))
      : undefined;
  const startRef =
    lane.start && !lane.start.fromObservation && inDomain(lane.start.t)
      ? add(
          startItem(lane, lane.start, { row: 0, t: lane.start.t, x: x(lane.start.t), y: y(lane.start.value) }, locale),
        )
      : undefined;
  const valueRefs = lane.values
    .filter((v) => typeof v.value === 'number' && inDomain(v.t))
    .map((v) => ({ v, ref: add(valueItem(lane, v, { row: 0, t: v.t, x: x(v.t), y: y(v.value as number) }, locale)) }));
  const visible = lane.milestones.filter((m) => m.t === undefined || inDomain(m.t));
  const mRefs = visible.map((m) => {
    const mx = m.t === undefined ? gutterX : x(m.t);
    const my = m.y === undefined ? bottom : y(m.y);
    return { m, mx, my, ref: add(milestoneItem(lane, m, { row: 0, t: m.t ?? Infinity, x: mx, y: my }, locale)) };
  });
  const rows = navRows(items);

  const texts = mRefs.map(({ m }) => shortenText(milestoneGoalText(lane, m, locale), narrow ? 110 : 160, 11));
  const placed = placeLabels(
    mRefs.map(({ mx, m }, i) => ({
      x: mx,
      width: estimateTextWidth(texts[i] ?? '', 11),
      priority: m.index === lane.assessment.current ? 1 : 0,
    })),
    { min: left, max: width - PAD / 2, rows: 2, gap: 6 },
  );
  const milestones: MarkerGeometry[] = mRefs.map(({ m, mx, my, ref }, i) => {
    const p = placed[i];
    return {
      navId: ref.id,
      x: mx,
      y: my,
      status: m.assessment.status,
      verdict: m.assessment.verdict,
      label: p && !p.hidden ? { x: p.x, y: Math.max(top + 10, my - 12 - p.row * 13), text: texts[i] ?? '' } : undefined,
      undated: m.t === undefined,
    };
  });

  const asOfInside = inDomain(model.now);
  const issued = doc?.resolution.date;
  const above = placeTopLabels(
    [
      ...(asOfInside
        ? [{ key: 'asOf', x: x(model.now), text: asOfText(model.asOf, locale), priority: 2, bold: true }]
        : []),
      ...(issueRef && issued
        ? [
            {
              key: 'issue',
              x: issueRef.x,
              text: `${word('issued', locale)} ${formatPartialDate(issued, locale)}`,
              priority: 1,
            },
          ]
        : []),
      ...(undated ? [{ key: 'undated', x: gutterX, text: word('undatedShort', locale), priority: 0 }] : []),
    ],
    { min: PAD / 2, max: width - PAD / 2, y: 12, rows: 2, fontSize: 12 },
  );
  if (issueRef) {
    const l = above.get('issue');
    issue = { x: issueRef.x, navId: issueRef.id, label: l?.text ?? '', labelX: l?.x ?? issueRef.x, labelY: l?.y ?? 12 };
  }
  const asOfLabel = above.get('asOf');
  const undatedLabel = above.get('undated');
  const required = level ? steppedPath(lane.required) : lane.required;
  const bands = lane.bands.map((b) => {
    const ys = [y(b.range[0]), y(b.range[1])];
    let y0 = Math.min(...ys);
    let y1 = Math.max(...ys);
    const openUp = rank ? b.openBelow : b.openAbove;
    const openDown = rank ? b.openAbove : b.openBelow;
    if (openUp) y0 = top;
    if (openDown) y1 = bottom;
    const x0 = x(Math.max(domain[0], b.from));
    const x1 = x(Math.min(domain[1], b.to));
    return {
      x: x0,
      y: y0,
      width: Math.max(0, x1 - x0),
      height: Math.max(1, y1 - y0),
      openAbove: !!b.openAbove,
      openBelow: !!b.openBelow,
    };
  });
  const chart: ChartGeometry = {
    yTicks,
    yTitle: axisTitle(lane, locale),
    inverted: rank,
    stepped: level,
    required: linePath(required, x, y),
    projected: linePath(lane.projected, x, y),
    line: linePath(
      lane.values.filter((v) => typeof v.value === 'number').map((v) => ({ t: v.t, value: v.value as number })),
      x,
      y,
    ),
    bands,
    start:
      startRef && lane.start
        ? { navId: startRef.id, x: startRef.x, y: startRef.y, sample: false, negative: false }
        : undefined,
    values: valueRefs.map(({ v, ref }) => ({ navId: ref.id, x: ref.x, y: ref.y, sample: v.sample, negative: false })),
    milestones,
    issue,
  };
  return {
    mode: 'chart',
    narrow,
    width,
    height,
    plot: { left, right, top, bottom },
    domain,
    xTicks: timeAxis(domain, x, narrow),
    axisY: height - 10,
    asOf: asOfInside
      ? {
          x: x(model.now),
          label: asOfLabel?.text ?? '',
          labelX: asOfLabel?.x ?? x(model.now),
          labelY: asOfLabel?.y ?? 12,
        }
      : undefined,
    undated: undated
      ? {
          x: gutterX,
          label: undatedLabel?.text ?? '',
          labelX: undatedLabel?.x ?? gutterX,
          labelY: undatedLabel?.y ?? 12,
        }
      : undefined,
    headers: [],
    lanes: [],
    chart,
    rows,
    items: new Map(rows.flat().map((it) => [it.id, it])),
  };
}
