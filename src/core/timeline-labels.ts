/**
 * Labels of the timeline without a DOM: how wide a text is, how to shorten it, and where labels
 * go along an axis so that none overlaps another. The full text is always kept elsewhere (the
 * tooltip, the text view); these only decide what is drawn.
 */

/**
 * About how wide a line of text is, without a DOM to measure it: the mean advance of a
 * sans-serif glyph is a little over half the font size, a bold one a tenth more. Checked against
 * Chromium's canvas `measureText` with system-ui: within 10 % on Vietnamese labels, and rather
 * over than under, so that what is judged to fit does fit. Vietnamese diacritics sit above or
 * below the letter and do not widen it. Used only to decide what fits; the full text is kept.
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const ch of text.normalize('NFC')) {
    if (/[\u0300-\u036f]/.test(ch)) continue;
    units += /[ il.,:;|!'’()[\]/]/.test(ch) ? 0.33 : /[MWmw%—–@]/.test(ch) ? 0.95 : /[A-Z0-9≥≤×]/.test(ch) ? 0.68 : 0.6;
  }
  return units * fontSize * (bold ? 1.12 : 1);
}

/**
 * The text cut to fit `width` at `fontSize`, on a word boundary when one is near, ending in "…";
 * the text itself when it fits. The caller keeps the full text for the tooltip and the text view.
 */
export function shortenText(text: string, width: number, fontSize: number, bold = false): string {
  if (estimateTextWidth(text, fontSize, bold) <= width) return text;
  const room = width - estimateTextWidth('…', fontSize, bold);
  let cut = '';
  for (const ch of text) {
    if (estimateTextWidth(cut + ch, fontSize, bold) > room) break;
    cut += ch;
  }
  const space = cut.lastIndexOf(' ');
  if (space > cut.length * 0.6) cut = cut.slice(0, space);
  return cut.trimEnd().replace(/[,.;:–-]$/, '') + '…';
}

/** A label to place: its centre's wanted position and its width. */
export interface LabelBox {
  x: number;
  width: number;
  /** Placed before labels of lower priority; ties go left to right. */
  priority?: number;
}

export interface PlacedLabel {
  /** The centre, moved inward when the label would cross an edge. */
  x: number;
  /** 0 is the row nearest the mark; -1 when it does not fit in any row. */
  row: number;
  hidden: boolean;
}

export interface PlaceLabelsOptions {
  min: number;
  max: number;
  rows?: number;
  /** Space kept between two labels in one row. */
  gap?: number;
}

/**
 * Places labels along one axis without overlap: by priority, each label takes the first row
 * where it does not touch a label already placed; one that fits nowhere is hidden, and its
 * text is still in the tooltip and the text view. Results are in the order of the input.
 *
 * @example placeLabels([{ x: 10, width: 20 }, { x: 15, width: 20 }], { min: 0, max: 100 })
 * // [{ x: 10, row: 0, hidden: false }, { x: 15, row: -1, hidden: true }]
 */
export function placeLabels(boxes: readonly LabelBox[], options: PlaceLabelsOptions): PlacedLabel[] {
  const rows = Math.max(1, options.rows ?? 1);
  const gap = options.gap ?? 4;
  const taken: [number, number][][] = Array.from({ length: rows }, () => []);
  const order = boxes
    .map((box, index) => ({ box, index }))
    .sort((a, b) => (b.box.priority ?? 0) - (a.box.priority ?? 0) || a.box.x - b.box.x);
  const out: PlacedLabel[] = boxes.map((b) => ({ x: b.x, row: -1, hidden: true }));
  for (const { box, index } of order) {
    const half = box.width / 2;
    const x =
      box.width >= options.max - options.min
        ? (options.min + options.max) / 2
        : Math.min(Math.max(box.x, options.min + half), options.max - half);
    const left = x - half;
    const right = x + half;
    const row = taken.findIndex((spans) => spans.every(([a, b]) => right + gap <= a || left >= b + gap));
    if (row < 0) {
      out[index] = { x, row: -1, hidden: true };
      continue;
    }
    taken[row]?.push([left, right]);
    out[index] = { x, row, hidden: false };
  }
  return out;
}

/** A label of the row above the plot: the "as of" date, the issue date, the undated column. */
export interface TopLabel {
  key: string;
  /** The point it names. */
  x: number;
  text: string;
  priority: number;
  bold?: boolean;
}

/**
 * Places the labels above the plot, each as near its point as the edges allow, in up to `rows`
 * rows `rowHeight` apart from `y`; one that fits nowhere is left out of the map.
 */
export function placeTopLabels(
  labels: readonly TopLabel[],
  options: { min: number; max: number; y: number; rows?: number; rowHeight?: number; fontSize: number },
): Map<string, { x: number; y: number; text: string }> {
  const placed = placeLabels(
    labels.map((l) => ({ x: l.x, width: estimateTextWidth(l.text, options.fontSize, l.bold), priority: l.priority })),
    { min: options.min, max: options.max, rows: options.rows ?? 1, gap: 8 },
  );
  const out = new Map<string, { x: number; y: number; text: string }>();
  labels.forEach((l, i) => {
    const p = placed[i];
    if (p && !p.hidden) out.set(l.key, { x: p.x, y: options.y + p.row * (options.rowHeight ?? 13), text: l.text });
  });
  return out;
}
