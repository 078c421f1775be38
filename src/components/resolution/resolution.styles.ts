import { css } from 'lit';

/**
 * `--nq-resolution-*` public properties read into private `--_*` ones, each falling back to a
 * global token (src/themes/) and then to the light theme's value.
 */
export const resolutionStyles = css`
  :host {
    --_font: var(--nq-resolution-font-family, var(--nq-font-family, system-ui, sans-serif));
    --_text: var(--nq-resolution-text-color, var(--nq-color-text, #1f2328));
    --_muted: var(--nq-resolution-muted-color, var(--nq-color-text-muted, #59636e));
    --_background: var(--nq-resolution-background, var(--nq-color-surface, transparent));
    --_border: var(--nq-resolution-border-color, var(--nq-color-border, #d1d9e0));
    --_gap: var(--nq-resolution-gap, 1.5rem);
    --_gauge-width: var(--nq-resolution-gauge-width, 14rem);
    --_bar-height: var(--nq-resolution-bar-height, 0.75rem);
    display: block;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_background);
    line-height: 1.45;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    display: grid;
    gap: var(--_gap);
  }
  header h2 {
    margin: 0 0 0.25rem;
    font-size: 1.35rem;
    line-height: 1.3;
  }
  .kind {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9rem;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  dl.meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0.5rem 0 0;
    font-size: 0.92rem;
  }
  dl.meta div {
    display: flex;
    gap: 0.35rem;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  .unknown {
    font-style: italic;
    color: var(--_muted);
  }
  .draft,
  .doc-status {
    display: inline-block;
    border: 1px solid currentColor;
    border-radius: 4px;
    padding: 0 0.4rem;
    font-size: 0.85rem;
    font-weight: 600;
  }
  .draft {
    color: var(--nq-color-warning, #8a5300);
  }
  .note {
    margin: 0.5rem 0 0;
    font-size: 0.9rem;
    color: var(--_muted);
  }
  ul.relations {
    margin: 0.5rem 0 0;
    padding-left: 1.1rem;
    font-size: 0.9rem;
    color: var(--_muted);
  }
  h3 {
    margin: 0 0 0.5rem;
    font-size: 1.05rem;
  }
  .bar {
    display: flex;
    height: var(--_bar-height);
    border-radius: 999px;
    overflow: hidden;
    border: 1px solid var(--_border);
  }
  .bar span {
    background: var(--_status-color);
  }
  .bar span + span {
    border-left: 2px solid var(--_background);
  }
  ul.counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem 1rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.92rem;
  }
  .count {
    font-variant-numeric: tabular-nums;
    font-weight: 700;
  }
  .gauges {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_gauge-width)), 1fr));
    gap: 1rem;
  }
  .gauges nq-kpi-gauge {
    border: 1px solid var(--_border);
    border-radius: 8px;
    padding: 0.75rem;
  }
  .placeholder {
    min-height: 12rem;
  }
  @media (forced-colors: active) {
    .bar span {
      background: CanvasText;
      forced-color-adjust: none;
    }
    .bar span + span {
      border-left-color: Canvas;
    }
  }
  @media print {
    :host {
      --_background: #fff;
      --_text: #000;
      color: #000;
    }
    section {
      break-inside: avoid-page;
    }
    .gauges nq-kpi-gauge {
      break-inside: avoid;
    }
    .nq-pause {
      display: none;
    }
  }
`;
