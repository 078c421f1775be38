/**
 * What a widget reads from its ResolutionController: the state of its data, and the inputs the
 * controller reads from the widget. Plain types and two small pure functions.
 */
import type { Resolution, Target } from '../core/schema.js';
import { sameError, type DataError } from './errors.js';

export const DATA_PHASES = ['empty', 'loading', 'ready', 'error'] as const;
export type DataPhase = (typeof DATA_PHASES)[number];
export type DataSource = 'none' | 'property' | 'inline' | 'src' | 'live';

export interface DataState {
  /** `ready`: there is a document to show (perhaps stale, beside an error). */
  readonly phase: DataPhase;
  readonly resolution: Resolution | undefined;
  /** The target named by `target`, when the widget shows one. */
  readonly target: Target | undefined;
  readonly error: DataError | undefined;
  /** The document shown is older than the source: the last refresh failed. */
  readonly stale: boolean;
  /** When the shown document last changed, for "Cập nhật lúc …"; undefined for property and inline. */
  readonly updatedAt: Date | undefined;
  readonly source: DataSource;
  /** The reader paused updates in this widget. */
  readonly paused: boolean;
  /** `refresh` or `live` is on, so updates can arrive (and be paused). */
  readonly updating: boolean;
  /** The last change, to announce politely; `seq` grows by one with each. */
  readonly announcement: { readonly seq: number; readonly message: { vi: string; en: string } } | undefined;
}

/** What the controller reads from its host, by default the properties of the same names. */
export interface DataInputs {
  resolution?: unknown;
  src?: string | null | undefined;
  refresh?: number | string | null | undefined;
  live?: string | null | undefined;
  target?: string | null | undefined;
}

export const EMPTY_STATE: DataState = {
  phase: 'empty',
  resolution: undefined,
  target: undefined,
  error: undefined,
  stale: false,
  updatedAt: undefined,
  source: 'none',
  paused: false,
  updating: false,
  announcement: undefined,
};

/** `refresh` in seconds (attribute text or number) as a polling interval in ms; 0 is off. */
export function refreshInterval(value: unknown): number {
  const seconds = typeof value === 'number' ? value : typeof value === 'string' ? Number.parseFloat(value) : Number.NaN;
  if (!Number.isFinite(seconds) || seconds <= 0) return 0;
  return Math.round(Math.max(1, seconds) * 1000);
}

/** True when anything a host shows differs: only then does it re-render. */
export function stateChanged(a: DataState, b: DataState): boolean {
  return (
    a.phase !== b.phase ||
    a.resolution !== b.resolution ||
    a.target !== b.target ||
    !sameError(a.error, b.error) ||
    a.stale !== b.stale ||
    a.updatedAt?.getTime() !== b.updatedAt?.getTime() ||
    a.source !== b.source ||
    a.paused !== b.paused ||
    a.updating !== b.updating ||
    a.announcement !== b.announcement
  );
}
