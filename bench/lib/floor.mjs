// The floors: each picture written once as a static SVG or HTML string, the least work a browser
// must do to show it. A floor page only assigns these strings (and, for a live gauge, sets one
// path and one text node), so its numbers are the cost of the pixels, not of any library.

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const r1 = (n) => Math.round(n * 10) / 10;

/** The gauge's geometry, shared with the floor page's live update (bench/pages/gauge/floor.js). */
export const GAUGE = { width: 220, height: 130, cx: 110, cy: 112, r: 90, thickness: 18 };

/** An arc of the half circle from fraction a to fraction b (0 = left end, 1 = right end). */
export function arcPath(a, b, g = GAUGE) {
  const p = (f) => {
    const angle = Math.PI * (1 - Math.min(1, Math.max(0, f)));
    return `${r1(g.cx + g.r * Math.cos(angle))} ${r1(g.cy - g.r * Math.sin(angle))}`;
  };
  return `M${p(a)}A${g.r} ${g.r} 0 0 1 ${p(b)}`;
}

export function gaugeFloor(item) {
  const g = GAUGE;
  const f = (item.value - item.min) / (item.max - item.min);
  const t = (item.goal - item.min) / (item.max - item.min);
  const angle = Math.PI * (1 - t);
  const [x1, y1] = [g.cx + (g.r - 14) * Math.cos(angle), g.cy - (g.r - 14) * Math.sin(angle)];
  const [x2, y2] = [g.cx + (g.r + 14) * Math.cos(angle), g.cy - (g.r + 14) * Math.sin(angle)];
  return (
    `<div class="floor-gauge"><div class="label">${esc(item.label)}</div>` +
    `<svg viewBox="0 0 ${g.width} ${g.height}" width="${g.width}" height="${g.height}" role="img" aria-label="${esc(item.label)}: ${item.value}${item.unit}">` +
    `<path d="${arcPath(0, 1)}" fill="none" stroke="#e2e2e2" stroke-width="${g.thickness}"/>` +
    `<path class="ind" d="${arcPath(0, f)}" fill="none" stroke="#2b7a4b" stroke-width="${g.thickness}"/>` +
    `<line x1="${r1(x1)}" y1="${r1(y1)}" x2="${r1(x2)}" y2="${r1(y2)}" stroke="#222" stroke-width="2"/>` +
    `<text class="val" x="${g.cx}" y="${g.cy - 8}" text-anchor="middle" font-size="26">${item.value}${item.unit}</text>` +
    `</svg></div>`
  );
}

const COLUMNS = ['ref', 'label', 'status', 'latest', 'goal', 'deadline', 'progress'];
export const TABLE_HEADERS = ['Mục', 'Chỉ tiêu', 'Trạng thái', 'Số mới nhất', 'Mục tiêu', 'Thời hạn', 'Tiến độ'];

const rowHtml = (r) => `<tr>${COLUMNS.map((c) => `<td>${esc(r[c])}</td>`).join('')}</tr>`;

/** The table three times over: as given, sorted by label, and filtered by the search term. */
export function tableFloor(rows, expect) {
  const head = `<thead><tr>${TABLE_HEADERS.map((h) => `<th>${h}</th>`).join('')}</tr></thead>`;
  const table = (list) => `<table class="floor-table">${head}<tbody>${list.map(rowHtml).join('')}</tbody></table>`;
  const sorted = [...rows].sort((a, b) => a.label.localeCompare(b.label, 'vi'));
  const filtered = rows.filter((r) => r.label.toLocaleLowerCase('vi').includes(expect.filterTerm));
  return { html: table(rows), sorted: table(sorted), filtered: table(filtered), firstSorted: sorted[0]?.label };
}

/** Decimal year of `YYYY` or `YYYY-MM`. */
export function yearOf(date) {
  const [y, m] = date.split('-').map(Number);
  return y + ((m || 1) - 1) / 12;
}

const TL = { width: 1000, laneHeight: 28, left: 200, right: 20, top: 24 };

function timelineSvg(lanes, from, to) {
  const w = TL.width - TL.left - TL.right;
  const x = (t) => r1(TL.left + ((t - from) / (to - from)) * w);
  const height = TL.top + lanes.length * TL.laneHeight + 10;
  const parts = [
    `<svg class="floor-timeline" viewBox="0 0 ${TL.width} ${height}" width="${TL.width}" height="${height}">`,
  ];
  for (let y = Math.ceil(from); y <= to; y++)
    parts.push(`<text x="${x(y)}" y="14" font-size="11" text-anchor="middle">${y}</text>`);
  lanes.forEach((lane, i) => {
    const y = TL.top + i * TL.laneHeight + TL.laneHeight / 2;
    const shown = lane.points.filter((p) => yearOf(p.date) >= from && yearOf(p.date) <= to);
    parts.push(`<text x="4" y="${y + 4}" font-size="11">${esc(lane.label.slice(0, 32))}</text>`);
    parts.push(
      `<polyline fill="none" stroke="#9ab" points="${shown.map((p) => `${x(yearOf(p.date))},${y}`).join(' ')}"/>`,
    );
    for (const p of shown)
      parts.push(
        `<circle cx="${x(yearOf(p.date))}" cy="${y}" r="3.5" fill="#2b7a4b"><title>${p.value}</title></circle>`,
      );
  });
  parts.push('</svg>');
  return parts.join('');
}

/** The time window every timeline shows (decimal years), and the one it zooms to: ours's `period="2022-2024"`. */
export const TIMELINE_WINDOW = { from: 2020, to: 2030, zoomFrom: 2022, zoomTo: 2024, period: '2022-2024' };

/** The whole window, and zoomed. */
export function timelineFloor(lanes) {
  const w = TIMELINE_WINDOW;
  const inZoom = lanes.reduce(
    (n, l) => n + l.points.filter((p) => yearOf(p.date) >= w.zoomFrom && yearOf(p.date) <= w.zoomTo).length,
    0,
  );
  return {
    svg: timelineSvg(lanes, w.from, w.to),
    zoomed: timelineSvg(lanes, w.zoomFrom, w.zoomTo),
    window: w,
    zoomedPoints: inZoom,
  };
}
