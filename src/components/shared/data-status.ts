/**
 * What every widget shows about its data, beside the data itself: when it was updated, whether it
 * is stale, whether a value is sample data, what went wrong, and a button to pause updates.
 * Pure template functions of the controller's `state`, in Vietnamese ('vi') or English ('en').
 * Every string from a document or a server is rendered as text, never as HTML.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDateTime } from '../../core/format.js';
import type { Observation, Resolution, Target } from '../../core/schema.js';
import type { Locale } from '../../core/vocabulary.js';
import type { DataState } from '../../data/resolution-controller.js';

export const DATA_STATUS_TEXT = {
  updated: { vi: 'Cập nhật lúc', en: 'Updated' },
  stale: { vi: 'Dữ liệu cũ', en: 'Out of date' },
  staleTitle: {
    vi: 'Lần cập nhật gần nhất không thành công: đang hiển thị dữ liệu trước đó.',
    en: 'The last update failed: showing the data from before.',
  },
  sample: { vi: 'dữ liệu minh họa', en: 'sample data' },
  sampleTitle: {
    vi: 'Giá trị minh họa, không phải số liệu đã báo cáo.',
    en: 'An illustrative value, not a reported one.',
  },
  pause: { vi: 'Tạm dừng cập nhật', en: 'Pause updates' },
  resume: { vi: 'Tiếp tục cập nhật', en: 'Resume updates' },
  details: { vi: 'Chi tiết', en: 'Details' },
  loading: { vi: 'Đang tải dữ liệu…', en: 'Loading data…' },
} as const;

/** How many validation issues the error box lists under "Details". */
export const ISSUES_LISTED = 20;

/**
 * True when the document is sample data as a whole, or when an observation shown has
 * `sample: true`: of the target's indicator when a target is given, of any otherwise.
 */
export function hasSample(resolution: Resolution | undefined, target?: Target | Observation[]): boolean {
  if (!resolution) return false;
  if (resolution.sample === true) return true;
  if (Array.isArray(target)) return target.some((o) => o.sample === true);
  const code = target?.indicator.code;
  return (resolution.observations ?? []).some((o) => o.sample === true && (code === undefined || o.indicator === code));
}

/** "Cập nhật lúc 10:32, 22/11/2026" / "Updated 10:32, 22 Nov 2026", or nothing before a first fetch. */
export function renderFreshness(state: DataState, lang: Locale, timeZone?: string): TemplateResult | typeof nothing {
  if (!state.updatedAt || !state.resolution) return nothing;
  return html`<span part="freshness" class="nq-freshness"
    >${DATA_STATUS_TEXT.updated[lang]}
    <time datetime=${state.updatedAt.toISOString()}>${formatDateTime(state.updatedAt, lang, timeZone)}</time></span
  >`;
}

export function renderStaleBadge(state: DataState, lang: Locale): TemplateResult | typeof nothing {
  if (!state.stale) return nothing;
  return html`<span part="badge stale-badge" class="nq-badge nq-badge--stale" title=${DATA_STATUS_TEXT.staleTitle[lang]}
    >${DATA_STATUS_TEXT.stale[lang]}</span
  >`;
}

export function renderSampleBadge(show: boolean, lang: Locale): TemplateResult | typeof nothing {
  if (!show) return nothing;
  return html`<span
    part="badge sample-badge"
    class="nq-badge nq-badge--sample"
    title=${DATA_STATUS_TEXT.sampleTitle[lang]}
    >${DATA_STATUS_TEXT.sample[lang]}</span
  >`;
}

/** Shown only while `refresh` or `live` is on: updates that move content can be paused (WCAG 2.2.2). */
export function renderPauseButton(
  state: DataState,
  lang: Locale,
  onToggle: () => void,
): TemplateResult | typeof nothing {
  if (!state.updating) return nothing;
  return html`<button part="pause-button" class="nq-pause" type="button" @click=${onToggle}>
    ${state.paused ? DATA_STATUS_TEXT.resume[lang] : DATA_STATUS_TEXT.pause[lang]}
  </button>`;
}

/**
 * The error, where the data would be: an alert when there is nothing to show, a polite status
 * when older data is still shown (it is news, not an emergency). Validation issues are listed
 * with their paths under "Details", for the publisher.
 */
export function renderDataError(state: DataState, lang: Locale): TemplateResult | typeof nothing {
  const error = state.error;
  if (!error) return nothing;
  const issues = error.issues ?? [];
  const details =
    issues.length > 0
      ? html`<details class="nq-error__details">
          <summary>${DATA_STATUS_TEXT.details[lang]} (${issues.length})</summary>
          <ul>
            ${issues.slice(0, ISSUES_LISTED).map((i) => html`<li><code>${i.path}</code> ${i.message[lang]}</li>`)}
          </ul>
        </details>`
      : nothing;
  return html`<div
    part="error"
    class="nq-error ${state.stale ? 'nq-error--stale' : ''}"
    role=${state.resolution ? 'status' : 'alert'}
  >
    <p class="nq-error__message">${error.message[lang]}</p>
    ${details}
  </div>`;
}

export function renderLoading(state: DataState, lang: Locale): TemplateResult | typeof nothing {
  if (state.phase !== 'loading') return nothing;
  return html`<p part="loading" class="nq-loading" role="status">${DATA_STATUS_TEXT.loading[lang]}</p>`;
}

export interface DataStatusOptions {
  /** Whether a value shown is sample data: `hasSample(resolution, target)`. */
  sample?: boolean;
  onTogglePause?: () => void;
  timeZone?: string;
}

/** The status line: freshness, stale and sample badges, pause button; nothing when all are empty. */
export function renderDataStatus(
  state: DataState,
  lang: Locale,
  options: DataStatusOptions = {},
): TemplateResult | typeof nothing {
  const sample = options.sample ?? hasSample(state.resolution, state.target);
  const toggle = options.onTogglePause;
  if (!state.updatedAt && !state.stale && !sample && !(state.updating && toggle)) return nothing;
  return html`<div part="data-status" class="nq-data-status">
    ${renderFreshness(state, lang, options.timeZone)} ${renderStaleBadge(state, lang)}
    ${renderSampleBadge(sample, lang)} ${toggle ? renderPauseButton(state, lang, toggle) : nothing}
  </div>`;
}
