/**
 * The light theme as a Lit `css` result: `static styles = [lightTheme, …]` in a shadow root, or
 * `document.adoptedStyleSheets.push(lightTheme.styleSheet!)` for a page. The same tokens as
 * light.css.
 */
import { unsafeCSS } from 'lit';
import { LIGHT_TOKENS, themeSelector, tokenDeclarations } from './tokens.js';

export const lightTheme = unsafeCSS(
  `${themeSelector('light')} {\n  color-scheme: light;\n  ${tokenDeclarations(LIGHT_TOKENS)}\n}`,
);
