/**
 * The global design tokens, `--nq-<category>-<name>`, light and dark: the one list that the Lit
 * exports (light.ts, dark.ts) and the plain stylesheets (light.css, dark.css) carry, and that a
 * test checks them against. Every widget reads these through its own `--nq-<widget>-*` properties
 * and falls back to the light values, so a page that loads no theme still works.
 *
 * Colours of status arcs and markers are at 3:1 or more against the surface and the track, in
 * both themes (WCAG 1.4.11); text colours at 4.5:1 against the surface (1.4.3). A test checks it.
 */

/** One value per token name (without the `--nq-` prefix). */
export type TokenSet = Readonly<Record<string, string>>;

const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

export const LIGHT_TOKENS: TokenSet = {
  'font-family': FONT_FAMILY,
  'color-surface': '#ffffff',
  'color-text': '#1f2328',
  'color-text-muted': '#59636e',
  'color-border': '#d1d9e0',
  'color-track': '#e3e7eb',
  'color-marker': '#1f2328',
  'color-focus': '#0756b8',
  'color-info': '#1d4f91',
  'color-warning': '#8a5300',
  'color-danger': '#9b1c1c',
  'color-achieved': '#1a7f37',
  'color-on-track': '#0a62c7',
  'color-at-risk': '#9a6700',
  'color-off-track': '#c4262e',
  'color-missed': '#82071e',
  'color-no-data': '#656d76',
  'color-not-assessable': '#7a48d6',
};

export const DARK_TOKENS: TokenSet = {
  'font-family': FONT_FAMILY,
  'color-surface': '#0d1117',
  'color-text': '#e6edf3',
  'color-text-muted': '#9ea7b3',
  'color-border': '#3d444d',
  'color-track': '#2a3038',
  'color-marker': '#e6edf3',
  'color-focus': '#6cb6ff',
  'color-info': '#79b8ff',
  'color-warning': '#e3b341',
  'color-danger': '#ff7b72',
  'color-achieved': '#3fb950',
  'color-on-track': '#58a6ff',
  'color-at-risk': '#d29922',
  'color-off-track': '#f8734c',
  'color-missed': '#ff9492',
  'color-no-data': '#8b949e',
  'color-not-assessable': '#bc8cff',
};

/** The declarations of a token set: `--nq-color-text: #1f2328;` … */
export function tokenDeclarations(tokens: TokenSet): string {
  return Object.entries(tokens)
    .map(([name, value]) => `--nq-${name}: ${value};`)
    .join('\n  ');
}

/**
 * Where a theme applies: the page (`:root`), a shadow root it is adopted into (`:host`), and any
 * subtree marked with its class, so that one section of a page can be dark.
 */
export const themeSelector = (name: 'light' | 'dark'): string => `:root, :host, .nq-theme-${name}`;
