/**
 * The data layer's public API: the controller every widget uses, the shared registry, the error
 * type and codes, and the counters tests use to prove nothing is left open.
 */
export { ResolutionController, type ResolutionControllerOptions } from './resolution-controller.js';
export { DATA_PHASES, refreshInterval, type DataInputs, type DataPhase, type DataSource, type DataState } from './data-state.js';
export { SourceRegistry, defaultRegistry, MIN_INTERVAL, type SubscribeOptions, type Subscription, type SourceSnapshot, type LiveSnapshot, type RegistryOptions } from './source-registry.js';
export { DATA_ERROR_CODES, type DataError, type DataErrorCode, type DataOrigin } from './errors.js';
export { activeResources, type ResourceKind } from './resources.js';
export type { Clock, DataEnvironment } from './env.js';
export { NqErrorEvent } from '../events/nq-error.js';
export { NqDataEvent, type NqDataDetail } from '../events/nq-data.js';
