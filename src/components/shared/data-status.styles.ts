import { css } from 'lit';

/**
 * Styles for the shared data-state templates; a widget adds them to its own `static styles`.
 * Public tokens `--nq-data-*` (and the global `--nq-color-*`) feed private `--_*` ones.
 */
export const dataStatusStyles = css`
  .nq-data-status {
    --_muted: var(--nq-data-muted-color, var(--nq-color-text-muted, #5b6470));
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    font-size: max(12px, 0.85em);
    color: var(--_muted);
  }
  .nq-badge {
    display: inline-block;
    padding: 0.05em 0.5em;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: max(12px, 0.9em);
    line-height: 1.5;
  }
  .nq-badge--stale {
    color: var(--nq-data-stale-color, var(--nq-color-warning, #8a5300));
  }
  .nq-badge--sample {
    color: var(--nq-data-sample-color, var(--nq-color-info, #1d4f91));
    border-style: dashed;
  }
  .nq-pause {
    font: inherit;
    color: inherit;
    background: none;
    border: 1px solid currentColor;
    border-radius: 0.25em;
    padding: 0.1em 0.6em;
    cursor: pointer;
  }
  .nq-pause:focus-visible {
    outline: 2px solid var(--nq-color-focus, #1d4f91);
    outline-offset: 2px;
  }
  .nq-error {
    --_error: var(--nq-data-error-color, var(--nq-color-danger, #9b1c1c));
    border-inline-start: 4px solid var(--_error);
    padding: 0.5em 0.75em;
    margin: 0.25em 0;
    background: var(--nq-data-error-background, transparent);
  }
  .nq-error--stale {
    --_error: var(--nq-data-stale-color, var(--nq-color-warning, #8a5300));
  }
  .nq-error__message {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .nq-error__details code {
    overflow-wrap: anywhere;
  }
  .nq-visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
