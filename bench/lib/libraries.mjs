// What is measured: for each widget, ours, each peer and the floor, in the order they alternate.
// An adapter is bench/pages/<widget>/<lib>.js; ours needs its component's source file to exist.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const COMPONENTS = {
  gauge: 'src/components/kpi-gauge/kpi-gauge.ts',
  table: 'src/components/goal-table/goal-table.ts',
  timeline: 'src/components/target-timeline/target-timeline.ts',
};

/** Peers and how each is set up (shown in RESULTS.md); `pkgs` name the packages whose versions are reported. */
export const LIBS = {
  ours: { label: 'ours', pkgs: [] },
  'ours-value': { label: 'ours (value attributes)', pkgs: [] },
  echarts: { label: 'ECharts', pkgs: ['echarts'] },
  highcharts: { label: 'Highcharts', pkgs: ['highcharts'] },
  chartjs: { label: 'Chart.js', pkgs: ['chart.js'] },
  'canvas-gauges': { label: 'canvas-gauges', pkgs: ['canvas-gauges'] },
  justgage: { label: 'JustGage', pkgs: ['justgage'] },
  tabulator: { label: 'Tabulator', pkgs: ['tabulator-tables'] },
  gridjs: { label: 'Grid.js', pkgs: ['gridjs'] },
  'vis-timeline': { label: 'vis-timeline', pkgs: ['vis-timeline', 'vis-data'] },
  floor: { label: 'floor (static markup)', pkgs: [] },
};

export const SETUP = {
  gauge: {
    echarts: 'echarts/core + GaugeChart + SVGRenderer, animation off',
    highcharts: 'highcharts/esm + highcharts-more + solid-gauge (SVG), animation off',
    chartjs: 'Chart + DoughnutController + ArcElement (canvas, half doughnut), animation off, HTML label and value',
    'canvas-gauges': 'RadialGauge (canvas), 180°, animation off',
    justgage: 'JustGage 2 (SVG), animation times 0',
    ours: '`resolution` property (inline document), `target`, `as-of`; live: a new document per round',
    'ours-value': 'attribute-only mode: `value`, `target`, `min`, `max`, `unit`, `label`',
    floor: 'one static SVG string per gauge; live: one path and one text node set',
  },
  table: {
    tabulator: 'tabulator_esm core + SortModule + FilterModule + tabulator.min.css, virtual DOM, height 600',
    gridjs: 'Grid with sort + search (debounce 0), processingThrottleMs 0, fixed header, height 600, mermaid.css',
    ours: '`resolution` property, `as-of`, `group-by="none"`; sort and search through its own header button and search box',
    floor: 'static HTML table strings (as given, sorted, filtered) in a scrolling box',
  },
  timeline: {
    'vis-timeline':
      'vis-timeline/peer + vis-data/peer DataSet + CSS, 20 groups × 50 point items, setWindow without animation',
    echarts: 'echarts/core + LineChart + Grid + DataZoomInside + SVGRenderer, zoom by dataZoom action',
    ours: '`resolution` property, `as-of`; zoom by the `period` property',
    floor: 'one static SVG string, and a second one for the zoomed view',
  },
};

export const WIDGETS = {
  gauge: ['ours', 'ours-value', 'echarts', 'highcharts', 'chartjs', 'canvas-gauges', 'justgage', 'floor'],
  table: ['ours', 'tabulator', 'gridjs', 'floor'],
  timeline: ['ours', 'vis-timeline', 'echarts', 'floor'],
};

export const isOurs = (lib) => lib === 'ours' || lib.startsWith('ours-');

/** Whether a page can be built now: ours waits for its component's file. */
export function available(root, widget, lib) {
  if (!isOurs(lib)) return { ok: true };
  const file = COMPONENTS[widget];
  return existsSync(join(root, file))
    ? { ok: true }
    : { ok: false, reason: `not yet available: ${file} does not exist` };
}

export function versions(root) {
  const out = {};
  for (const { pkgs } of Object.values(LIBS))
    for (const p of pkgs)
      out[p] = JSON.parse(readFileSync(join(root, 'node_modules', p, 'package.json'), 'utf8')).version;
  for (const p of ['lit', 'playwright-core', 'lighthouse', 'esbuild'])
    out[p] = JSON.parse(readFileSync(join(root, 'node_modules', p, 'package.json'), 'utf8')).version;
  out['nghiquyet-widgets'] = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  return out;
}
