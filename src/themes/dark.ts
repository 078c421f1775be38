/**
 * The dark theme as a Lit `css` result: `static styles = [darkTheme, …]` in a shadow root, or
 * `document.adoptedStyleSheets.push(darkTheme.styleSheet!)` for a page. The same tokens as
 * dark.css.
 */
import { unsafeCSS } from 'lit';
import { DARK_TOKENS, themeSelector, tokenDeclarations } from './tokens.js';

export const darkTheme = unsafeCSS(
  `${themeSelector('dark')} {\n  color-scheme: dark;\n  ${tokenDeclarations(DARK_TOKENS)}\n}`,
);
