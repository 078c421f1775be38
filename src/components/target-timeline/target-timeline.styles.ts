import { css } from 'lit';

/**
 * Public custom properties `--nq-target-timeline-*` are read once, here, into private `--_*`
 * ones; each falls back to a global token (`--nq-color-*`, src/themes/) and then to the light
 * theme's value. Nothing is set on `:host` under a public name, so a value set on any ancestor
 * wins. Font sizes of the SVG are in px because the layout estimates text widths in px.
 */
export const targetTimelineStyles = css`
  :host {
    --_font: var(--nq-target-timeline-font-family, var(--nq-font-family, system-ui, sans-serif));
    --_text: var(--nq-target-timeline-text-color, var(--nq-color-text, #1f2328));
    --_muted: var(--nq-target-timeline-muted-color, var(--nq-color-text-muted, #59636e));
    --_background: var(--nq-target-timeline-background, transparent);
    --_surface: var(--nq-target-timeline-surface-color, var(--nq-color-surface, #ffffff));
    --_grid: var(--nq-target-timeline-grid-color, var(--nq-color-border, #d1d9e0));
    --_track: var(--nq-target-timeline-track-color, var(--nq-color-track, #e3e7eb));
    --_stripe: var(--nq-target-timeline-stripe-color, rgb(127 127 127 / 0.06));
    --_value: var(--nq-target-timeline-value-color, var(--nq-color-marker, #1f2328));
    --_required: var(--nq-target-timeline-required-color, var(--nq-color-text-muted, #59636e));
    --_projected: var(--nq-target-timeline-projected-color, var(--nq-color-info, #1d4f91));
    --_band: var(--nq-target-timeline-band-color, var(--nq-color-on-track, #0a62c7));
    --_today: var(--nq-target-timeline-today-color, var(--nq-color-danger, #9b1c1c));
    --_issue: var(--nq-target-timeline-issue-color, var(--nq-color-text-muted, #59636e));
    --_focus: var(--nq-target-timeline-focus-color, var(--nq-color-focus, #0756b8));
    --_tooltip-background: var(--nq-target-timeline-tooltip-background, var(--nq-color-text, #1f2328));
    --_tooltip-color: var(--nq-target-timeline-tooltip-color, var(--nq-color-surface, #ffffff));
    --_placeholder-height: var(--nq-target-timeline-placeholder-height, 16rem);
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
  .base {
    background: var(--_background);
  }
  .sizer {
    height: 0;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.75em;
    margin: 0 0 0.25em;
  }
  .title {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .axis-title {
    margin: 0;
    font-size: 0.8125rem;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .zoom {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em;
    margin: 0.25em 0;
    font-size: 0.8125rem;
  }
  .zoom-label {
    color: var(--_muted);
    margin-inline-end: 0.25em;
  }
  button {
    font: inherit;
    color: inherit;
    background: none;
    border: 1px solid var(--_grid);
    border-radius: 0.25em;
    padding: 0.15em 0.6em;
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    border-color: currentColor;
    font-weight: 600;
    box-shadow: inset 0 -2px 0 currentColor;
  }
  button:focus-visible,
  summary:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .plot {
    position: relative;
  }
  .placeholder {
    min-height: var(--_placeholder-height);
    display: grid;
    place-items: center;
    color: var(--_muted);
  }
  .message {
    color: var(--_muted);
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    box-sizing: border-box;
    width: max-content;
    max-width: min(260px, 100%);
    padding: 0.4em 0.6em;
    border-radius: 0.3em;
    background: var(--_tooltip-background);
    color: var(--_tooltip-color);
    font-size: 0.8125rem;
    transform: translate(-50%, -100%);
    overflow-wrap: anywhere;
  }
  .tooltip.below {
    transform: translate(-50%, 0);
  }
  .tooltip p {
    margin: 0;
  }
  .tooltip p:first-child {
    font-weight: 600;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0.35em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .legend svg {
    overflow: visible;
  }
  .legend-diamond {
    fill: var(--_surface);
    stroke: var(--_value);
    stroke-width: 1.5;
  }
  .as-of-swatch {
    stroke: var(--_today);
    stroke-width: 1.5;
    stroke-dasharray: 3 2;
  }
  .text-view {
    margin-top: 0.5em;
    font-size: 0.875rem;
  }
  .text-view summary {
    cursor: pointer;
    color: var(--_muted);
  }
  .text-view ul {
    margin: 0.25em 0;
    padding-inline-start: 1.25em;
  }
  .document-name,
  .target-name {
    font-weight: 600;
  }
  .note {
    color: var(--_muted);
  }
  @media (prefers-reduced-motion: no-preference) {
    .tooltip {
      animation: appear 120ms ease-out;
    }
    @keyframes appear {
      from {
        opacity: 0;
      }
    }
  }
`;
