/**
 * Makes every test in the calling file fail if Lit prints a warning, with the warnings that Lit's
 * dev build leaves off by default turned on. The "Lit is in dev mode" notice is the one exception.
 */
import { expect } from '@open-wc/testing';
import { ReactiveElement } from 'lit';

export function failOnLitWarnings(): void {
  for (const w of ['change-in-update', 'migration', 'async-perform-update'] as const)
    ReactiveElement.enableWarning?.(w);
  const warnings: string[] = [];
  const originalWarn = console.warn;
  beforeEach(() => {
    warnings.length = 0;
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      originalWarn.apply(console, args);
    };
  });
  afterEach(() => {
    console.warn = originalWarn;
    expect(
      warnings.filter((w) => !w.startsWith('Lit is in dev mode')),
      'Lit printed a warning',
    ).to.deep.equal([]);
  });
}
