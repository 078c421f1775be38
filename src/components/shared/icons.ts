/**
 * The status icons every widget shares, drawn on a 16 × 16 grid with `currentColor` strokes, so
 * that they take the status colour, and the system colour in forced-colors mode. Decorative: the
 * label beside an icon says the same in words.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { StatusInfo } from '../../core/status.js';

export type IconName = StatusInfo['icon'];

/** One path per icon; stroked, not filled, so a thin line reads at 1em. */
export const ICON_PATHS: Readonly<Record<IconName, string>> = {
  check: 'M3 8.5 6.5 12 13 4.5',
  'arrow-up': 'M8 13.5V3M3.5 7.5 8 3l4.5 4.5',
  alert: 'M8 1.8 15 14H1ZM8 6.5v3.2M8 11.7v.1',
  'arrow-down': 'M8 2.5V13M3.5 8.5 8 13l4.5-4.5',
  cross: 'M3.5 3.5l9 9M12.5 3.5l-9 9',
  dash: 'M3 8h10',
  question: 'M5.5 6a2.5 2.5 0 1 1 3.6 2.2c-.7.4-1.1.9-1.1 1.7v.6M8 12.8v.1',
};

/** An icon as an inline SVG, 1em square, hidden from assistive technology. */
export function icon(name: IconName): SVGTemplateResult {
  return svg`<svg class="nq-icon" part="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"
    fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"><path d=${ICON_PATHS[name]}></path></svg>`;
}
