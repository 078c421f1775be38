import { css } from 'lit';

/**
 * Public custom properties `--nq-kpi-gauge-*` are read once, here, into private `--_*` ones;
 * each falls back to a global token (`--nq-color-*`, src/themes/) and then to the light theme's
 * value. Nothing is set on `:host` under a public name, so a value set on any ancestor wins.
 */
export const kpiGaugeStyles = css`
  :host {
    --_font: var(--nq-kpi-gauge-font-family, var(--nq-font-family, system-ui, sans-serif));
    --_text: var(--nq-kpi-gauge-text-color, var(--nq-color-text, #1f2328));
    --_muted: var(--nq-kpi-gauge-muted-color, var(--nq-color-text-muted, #59636e));
    --_background: var(--nq-kpi-gauge-background, var(--nq-color-surface, transparent));
    --_track: var(--nq-kpi-gauge-track-color, var(--nq-color-track, #e3e7eb));
    --_marker: var(--nq-kpi-gauge-marker-color, var(--nq-color-marker, #1f2328));
    --_expected: var(--nq-kpi-gauge-expected-color, var(--nq-color-text-muted, #59636e));
    --_band: var(--nq-kpi-gauge-band-color, var(--nq-color-on-track, #0a62c7));
    --_focus: var(--nq-kpi-gauge-focus-color, var(--nq-color-focus, #0756b8));
    --_value-weight: var(--nq-kpi-gauge-value-font-weight, 700);
    display: block;
    position: relative;
    min-width: 0;
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.35;
  }
  :host([hidden]) {
    display: none;
  }
  :host([variant='compact']) {
    display: inline-block;
    vertical-align: middle;
    /* In running text the numbers take the sentence's font, unless the page sets one for gauges. */
    font-family: var(--nq-kpi-gauge-font-family, inherit);
  }
  .frame {
    background: var(--_background);
    --_indicator: var(--nq-kpi-gauge-indicator-color, var(--_status-color, var(--nq-color-info, #1d4f91)));
  }
  .wide {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 1em;
    align-items: center;
  }
  .sizer {
    height: 0;
  }
  .wide .label {
    grid-column: 1 / -1;
  }
  .label {
    margin: 0 0 0.25em;
    font-weight: 600;
    /* Two lines are kept before data arrives, so the gauge does not move when the label does. */
    min-height: 2.7em;
    overflow-wrap: anywhere;
  }
  .bullet .label {
    min-height: 1.35em;
  }
  .dial {
    position: relative;
    display: block;
    margin-inline: auto;
    max-width: 100%;
  }
  .dial:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  svg {
    display: block;
    overflow: visible;
    max-width: 100%;
    height: auto;
  }
  .track {
    stroke: var(--_track);
    fill: none;
  }
  .band {
    stroke: var(--_band);
    stroke-opacity: 0.45;
    fill: none;
  }
  .indicator {
    stroke: var(--_indicator);
    fill: none;
    transition: d 0.6s ease-out;
  }
  .tick {
    stroke: var(--_muted);
    stroke-width: 1;
  }
  .marker {
    stroke: var(--_marker);
    stroke-width: 3;
    fill: none;
  }
  .marker[data-role='baseline'] {
    stroke-width: 2;
    stroke-dasharray: 3 2;
  }
  .marker[data-role='expected'] {
    stroke: none;
    fill: var(--_expected);
  }
  .marker[data-verdict='missed'] {
    stroke-dasharray: 2 2;
  }
  text {
    fill: var(--_muted);
    font-size: 12px;
    font-family: var(--_font);
  }
  .marker-label {
    fill: var(--_text);
    font-weight: 600;
  }
  .readout {
    position: absolute;
    transform: translate(-50%, -50%);
    display: flex;
    flex-direction: column;
    align-items: center;
    text-align: center;
    line-height: 1.1;
  }
  .readout .value {
    font-size: 1em;
    white-space: normal;
  }
  .readout .note {
    font-size: max(12px, 0.4em);
    margin-top: 0.2em;
  }
  .readout .empty {
    font-weight: 400;
  }
  .details {
    font-size: 0.875em;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.2em 0.75em;
    margin-top: 0.25em;
    /* One row, with or without the status button or the value in it. */
    min-height: 1.8em;
  }
  .bullet .summary {
    min-height: 1.9em;
  }
  .summary .nq-loading {
    margin: 0;
  }
  .skeleton {
    visibility: hidden;
  }
  .value {
    font-size: 1.35em;
    font-weight: var(--_value-weight);
    white-space: nowrap;
  }
  .note,
  .meta,
  .milestones {
    color: var(--_muted);
  }
  p,
  ul {
    margin: 0.15em 0 0;
  }
  ul {
    padding-inline-start: 1.1em;
  }
  .expected-key {
    color: var(--_expected);
  }
  .empty {
    color: var(--_muted);
    font-style: italic;
  }
  button {
    font: inherit;
    color: inherit;
    background: none;
    border: 1px solid transparent;
    border-radius: 0.3em;
    padding: 0.05em 0.3em;
    margin-inline-start: -0.3em;
    text-align: start;
    cursor: pointer;
  }
  button:hover {
    border-color: var(--_muted);
  }
  .why {
    color: var(--_muted);
    text-decoration: underline dotted;
    font-weight: 400;
  }
  .explanation {
    margin-top: 0.35em;
    padding: 0.4em 0.6em;
    border-inline-start: 3px solid var(--_indicator);
    background: var(--_background);
  }
  a {
    color: inherit;
  }
  .compact {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.1em 0.4em;
  }
  .compact button {
    margin: 0;
  }
  /* In running text the button says only the status; "why?" is still its name for a screen reader. */
  .compact .why {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .compact .dial {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    margin: 0;
  }
  .compact svg {
    width: 1.5em;
  }
  .compact .value {
    font-size: 1em;
    white-space: nowrap;
  }
  .compact .explanation {
    position: absolute;
    z-index: 1;
    inset-inline-start: 0;
    top: 100%;
    width: max-content;
    max-width: min(24em, 90vw);
    white-space: normal;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    .indicator {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .frame {
      --_indicator: Highlight;
      --_marker: CanvasText;
      --_expected: CanvasText;
      --_band: Highlight;
      --_track: CanvasText;
      --_muted: CanvasText;
      --_text: CanvasText;
    }
    /* Two system colours are not enough to tell the filled part from the rest: the rest is a thin line. */
    .track {
      stroke-width: 1.5px;
    }
  }
`;
