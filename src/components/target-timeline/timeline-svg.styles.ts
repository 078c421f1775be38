import { css } from 'lit';

/**
 * The marks of `<nq-target-timeline>`'s SVG, and all of it in forced-colors mode. The private
 * `--_*` properties they read are set from the public ones in target-timeline.styles.ts. Font
 * sizes are in px because the layout estimates text widths in px.
 */
export const timelineSvgStyles = css`
  svg {
    display: block;
    overflow: visible;
    font-family: var(--_font);
    font-size: 12px;
  }
  .axis text,
  .undated {
    fill: var(--_muted);
  }
  .grid line {
    stroke: var(--_grid);
  }
  .baseline {
    stroke: var(--_muted);
  }
  .stripe {
    fill: var(--_stripe);
  }
  .header-band {
    fill: var(--_stripe);
  }
  .header-text {
    font-size: 13px;
    font-weight: 600;
    fill: var(--_text);
  }
  .lane-label {
    font-size: 13px;
    fill: var(--_text);
  }
  .lane-status {
    color: var(--_status-color);
    font-weight: 600;
  }
  .lane-status text {
    fill: currentColor;
  }
  .glyph {
    fill: none;
    stroke: currentColor;
    stroke-width: 2.6;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .track {
    stroke: var(--_track);
    stroke-width: 4;
    stroke-linecap: round;
  }
  .milestone-label {
    fill: var(--_text);
  }
  .stop {
    cursor: pointer;
    outline: none;
  }
  .ring {
    fill: none;
    stroke: transparent;
    stroke-width: 2.5;
  }
  .stop:focus-visible .ring,
  .stop.active .ring {
    stroke: var(--_focus);
  }
  .milestone {
    color: var(--_status-color);
  }
  .diamond {
    fill: var(--_surface);
    stroke: currentColor;
    stroke-width: 2;
  }
  .milestone.decided .diamond {
    fill: currentColor;
  }
  .milestone.decided .glyph {
    stroke: var(--_surface);
  }
  .dot {
    fill: var(--_value);
    stroke: var(--_surface);
    stroke-width: 1.5;
  }
  .value.sample .dot,
  .value.negative .dot {
    fill: var(--_surface);
    stroke: var(--_value);
  }
  .value.sample .dot {
    stroke-dasharray: 2 1.5;
  }
  .square {
    fill: var(--_surface);
    stroke: var(--_value);
    stroke-width: 1.5;
  }
  .flag {
    fill: var(--_issue);
  }
  .issue-line {
    stroke: var(--_issue);
    stroke-dasharray: 2 3;
  }
  .issue text {
    fill: var(--_issue);
  }
  .as-of line {
    stroke: var(--_today);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .as-of text {
    fill: var(--_today);
    font-weight: 600;
  }
  .required,
  .projected,
  .value-line {
    fill: none;
    stroke-width: 2;
  }
  .required {
    stroke: var(--_required);
    stroke-dasharray: 6 4;
  }
  .projected {
    stroke: var(--_projected);
    stroke-dasharray: 1 4;
    stroke-linecap: round;
  }
  .value-line {
    stroke: var(--_value);
  }
  .band {
    fill: var(--_band);
    fill-opacity: 0.14;
    stroke: var(--_band);
    stroke-opacity: 0.6;
    stroke-dasharray: 3 3;
  }
  @media (forced-colors: active) {
    text,
    .lane-status text {
      fill: CanvasText;
    }
    .grid line,
    .track,
    .issue-line {
      stroke: GrayText;
    }
    .flag,
    .dot,
    .milestone.decided .diamond {
      fill: CanvasText;
    }
    .diamond,
    .square,
    .value.sample .dot,
    .value.negative .dot {
      fill: Canvas;
      stroke: CanvasText;
    }
    .glyph,
    .required,
    .value-line {
      stroke: CanvasText;
    }
    .milestone.decided .glyph {
      stroke: Canvas;
    }
    .projected,
    .as-of line {
      stroke: LinkText;
    }
    .as-of text {
      fill: LinkText;
    }
    .band {
      fill: none;
      stroke: CanvasText;
    }
    .stop:focus-visible .ring,
    .stop.active .ring {
      stroke: Highlight;
    }
    .tooltip {
      background: Canvas;
      color: CanvasText;
      border: 1px solid CanvasText;
    }
  }
`;
