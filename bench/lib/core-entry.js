// Bundled by esbuild for Node (bench/.out/node/core.mjs): the library's own validator, engine and
// table cells, so that the generated documents are validated by the real validator and every
// peer is handed the same labels, statuses and values that our widgets compute.
// Namespace imports: core is young and its modules move; a function that moved is looked up,
// not a build error.
import * as assess from '../../src/core/assess.ts';
import * as cells from '../../src/core/table-cells.ts';
import * as model from '../../src/core/table-model.ts';
import * as validate from '../../src/core/validate.ts';

export const validateResolution = validate.validateResolution;
export const assessTarget = assess.assessTarget;
export const assessResolution = assess.assessResolution;
/** The table's own assessment when core has one (an indexed assessResolution), else the plain one. */
export const assessForTable = model.assessForTable ?? assess.assessResolution;
export const buildRows = model.buildRows;
export const queryRows = model.queryRows;
export const DEFAULT_QUERY = model.DEFAULT_QUERY;
export const rowCells = cells.rowCells;
