/**
 * Every element of nghiquyet-widgets: importing this module defines them all. It is also the entry
 * of the CDN file (dist/cdn/nghiquyet-widgets.js). To load one element only, import its own
 * module instead: `nghiquyet-widgets/kpi-gauge.js`.
 *
 * Add a component here when it lands (and to package.json "exports" and "sideEffects").
 */
export { NqKpiGauge } from './components/kpi-gauge/kpi-gauge.js';
export { NqGoalTable } from './components/goal-table/goal-table.js';
export { NqTargetTimeline } from './components/target-timeline/target-timeline.js';
export { NqResolution } from './components/resolution/resolution.js';

export { NqDataEvent } from './events/nq-data.js';
export { NqErrorEvent } from './events/nq-error.js';
export { NqExplainEvent } from './events/nq-explain.js';
export { NqCsvExportEvent } from './events/nq-csv-export.js';
export { NqFilterChangeEvent } from './events/nq-filter-change.js';
export { NqPointFocusEvent } from './events/nq-point-focus.js';
export { NqSortChangeEvent } from './events/nq-sort-change.js';
export { NqTargetToggleEvent } from './events/nq-target-toggle.js';
