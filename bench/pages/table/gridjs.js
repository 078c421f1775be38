// Grid.js with its built-in sort and search, a fixed header and a height, and its theme. Its
// update throttle (processingThrottleMs) and search debounce are set to 0 so that neither wait
// is counted against it. Sorting is a click on the column's sort button, searching is typing in
// its search box; both are timed until the rows in the DOM have changed.
import { Grid } from 'gridjs';
import 'gridjs/dist/theme/mermaid.min.css';
import { TABLE_COLUMNS, TABLE_HEIGHT, until } from '../common.js';

const rows = (h) => h.div.querySelectorAll('tbody tr.gridjs-tr');
const firstLabel = (h) => h.div.querySelector('tbody tr.gridjs-tr td[data-column-id="label"]')?.textContent ?? '';

export default {
  name: 'gridjs',
  mount(cell, d) {
    const div = document.createElement('div');
    cell.append(div);
    const grid = new Grid({
      columns: TABLE_COLUMNS.map(([id, name]) => ({ id, name })),
      data: d.rows,
      sort: true,
      search: { debounceTimeout: 0 },
      fixedHeader: true,
      height: `${TABLE_HEIGHT}px`,
      processingThrottleMs: 0,
    }).render(div);
    return { grid, div, n: d.rows.length };
  },
  ready: (h) => until(() => rows(h).length === h.n, 120000, 'grid.js rows'),
  async sort(h) {
    const before = firstLabel(h);
    h.div.querySelector('th[data-column-id="label"] .gridjs-sort').click();
    await until(() => firstLabel(h) !== before, 120000, 'grid.js sort');
  },
  async filter(h, term) {
    const input = h.div.querySelector('.gridjs-search-input');
    const before = rows(h).length;
    input.value = term;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => rows(h).length !== before, 120000, 'grid.js search');
  },
  count: (h) => rows(h).length,
  firstLabel,
  scroller: (h) => h.div.querySelector('.gridjs-wrapper'),
  unmount(h) {
    h.grid.destroy();
    h.div.remove();
  },
  check(h, d) {
    if (rows(h).length !== d.rows.length) return `${rows(h).length} rows, expected ${d.rows.length}`;
    return firstLabel(h) === d.rows[0].label ? true : `first row "${firstLabel(h)}", expected "${d.rows[0].label}"`;
  },
};
