/** The global tokens, light and dark, as Lit `css` results, and the token values themselves. */
export { lightTheme } from './light.js';
export { darkTheme } from './dark.js';
export { DARK_TOKENS, LIGHT_TOKENS, type TokenSet } from './tokens.js';
