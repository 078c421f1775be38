import { expect } from '@open-wc/testing';
import { darkTheme } from '../../src/themes/dark.js';
import { lightTheme } from '../../src/themes/light.js';
import { DARK_TOKENS, LIGHT_TOKENS, type TokenSet } from '../../src/themes/tokens.js';
import { STATUSES } from '../../src/core/vocabulary.js';

/** WCAG relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The declarations of a stylesheet's text, as {name: value}. */
function declarations(css: string): Record<string, string> {
  return Object.fromEntries([...css.matchAll(/--nq-([\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]!.trim()]));
}

const THEMES: [string, TokenSet, string][] = [
  ['light', LIGHT_TOKENS, lightTheme.cssText],
  ['dark', DARK_TOKENS, darkTheme.cssText],
];

for (const [name, tokens, litCss] of THEMES) {
  describe(`the ${name} theme`, () => {
    for (const status of STATUSES) {
      it(`--nq-color-${status} is at 3:1 or more against the surface and the track`, () => {
        const colour = tokens[`color-${status}`]!;
        expect(contrast(colour, tokens['color-surface']!)).to.be.at.least(3);
        expect(contrast(colour, tokens['color-track']!)).to.be.at.least(3);
      });
    }
    for (const text of [
      'color-text',
      'color-text-muted',
      'color-info',
      'color-warning',
      'color-danger',
      ...STATUSES.map((s) => `color-${s}`),
    ]) {
      it(`--nq-${text} is at 4.5:1 or more against the surface (it colours text)`, () => {
        expect(contrast(tokens[text]!, tokens['color-surface']!)).to.be.at.least(4.5);
      });
    }
    it('--nq-color-marker and --nq-color-focus are at 3:1 or more against the surface and the track', () => {
      for (const t of ['color-marker', 'color-focus']) {
        expect(contrast(tokens[t]!, tokens['color-surface']!), t).to.be.at.least(3);
        expect(contrast(tokens[t]!, tokens['color-track']!), t).to.be.at.least(3);
      }
    });
    it(`the Lit export and ${name}.css declare exactly the tokens of tokens.ts`, async () => {
      const file = await fetch(new URL(`../../src/themes/${name}.css`, import.meta.url)).then((r) => r.text());
      expect(declarations(litCss)).to.deep.equal(tokens);
      expect(declarations(file)).to.deep.equal(tokens);
      expect(file).to.include(`.nq-theme-${name}`);
    });
  });
}

it('both themes define the same tokens', () => {
  expect(Object.keys(DARK_TOKENS)).to.deep.equal(Object.keys(LIGHT_TOKENS));
});
