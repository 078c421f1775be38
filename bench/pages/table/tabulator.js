// Tabulator from its ESM core build with only the modules this workload uses registered
// (SortModule, FilterModule), as its docs describe for a smaller bundle, and its stylesheet.
// Its virtual DOM renderer is the default; the table is given a height, as the docs require for it.
import { Tabulator, SortModule, FilterModule } from 'tabulator-tables';
import 'tabulator-tables/dist/css/tabulator.min.css';
import { TABLE_COLUMNS, TABLE_HEIGHT } from '../common.js';

Tabulator.registerModule([SortModule, FilterModule]);

const firstLabel = (h) =>
  h.div.querySelector('.tabulator-row .tabulator-cell[tabulator-field="label"]')?.textContent ?? '';

export default {
  name: 'tabulator',
  mount(cell, d) {
    const div = document.createElement('div');
    cell.append(div);
    const table = new Tabulator(div, {
      data: d.rows,
      height: TABLE_HEIGHT,
      layout: 'fitColumns',
      columns: TABLE_COLUMNS.map(([field, title]) => ({ field, title, headerSort: true })),
    });
    const built = new Promise((resolve) => table.on('tableBuilt', resolve));
    return { table, div, built };
  },
  ready: (h) => h.built,
  async sort(h) {
    h.table.setSort('label', 'asc');
  },
  async filter(h, term) {
    if (term) h.table.setFilter('label', 'like', term);
    else h.table.clearFilter();
  },
  count: (h) => h.table.getDataCount('active'),
  firstLabel,
  scroller: (h) => h.div.querySelector('.tabulator-tableholder'),
  unmount(h) {
    h.table.destroy();
    h.div.remove();
  },
  check(h, d) {
    if (h.table.getDataCount() !== d.rows.length) return `${h.table.getDataCount()} rows, expected ${d.rows.length}`;
    return firstLabel(h) === d.rows[0].label ? true : `first row "${firstLabel(h)}", expected "${d.rows[0].label}"`;
  },
};
