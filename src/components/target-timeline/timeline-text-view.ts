/**
 * The text alternative of `<nq-target-timeline>`: every document, target, milestone, reported
 * value and verdict the chart shows, as nested lists, from the same model and the same sentences
 * as the focus announcements. For screen readers, and for readers who prefer text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { explain } from '../../core/explanation.js';
import { textOf } from '../../core/format.js';
import type { TimelineLane, TimelineModel } from '../../core/timeline-model.js';
import { laneTitle } from '../../core/timeline-nav.js';
import {
  describeIssue,
  describeMilestone,
  describeStart,
  describeValue,
  documentName,
  word,
} from '../../core/timeline-text.js';
import type { Locale } from '../../core/vocabulary.js';
import { renderStatusBadge } from '../shared/status-badge.js';

function laneItems(lane: TimelineLane, locale: Locale): TemplateResult {
  const entries: { t: number; text: string; note?: string }[] = [];
  if (lane.start && !lane.start.fromObservation)
    entries.push({ t: lane.start.t, text: describeStart(lane, lane.start, locale) });
  for (const v of lane.values) entries.push({ t: v.t, text: describeValue(lane, v, locale) });
  for (const m of lane.milestones) {
    entries.push({
      t: m.t ?? Infinity,
      text: describeMilestone(lane, m, locale),
      note: explain(m.assessment.explanation, lane.target, locale),
    });
  }
  entries.sort((a, b) => a.t - b.t);
  return html`<ul>
    ${entries.map((e) => html`<li>${e.text}${e.note ? html`<br /><span class="note">${e.note}</span>` : nothing}</li>`)}
    ${lane.values.length === 0 ? html`<li class="note">${word('noValues', locale)}</li>` : nothing}
  </ul>`;
}

export function renderTextView(model: TimelineModel, locale: Locale): TemplateResult {
  return html`<details part="text-view" class="text-view">
    <summary part="text-view-summary">${word('textView', locale)}</summary>
    <ul class="documents">
      ${model.documents.map((d) => {
        const r = d.resolution;
        const issued = describeIssue(r, locale);
        return html`<li>
          <span class="document-name">${documentName(r, locale)}</span
          >${r.number ? html` — ${textOf(r.title, locale)}` : nothing}${issued ? html` (${issued})` : nothing}
          <ul class="targets">
            ${d.lanes.map(
              (lane) =>
                html`<li>
                  <span class="target-name">${laneTitle(lane, locale)}</span>
                  ${renderStatusBadge(lane.assessment.status, locale)} ${laneItems(lane, locale)}
                </li>`,
            )}
          </ul>
        </li>`;
      })}
    </ul>
  </details>`;
}
