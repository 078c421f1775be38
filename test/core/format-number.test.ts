import { expect } from '@open-wc/testing';
import {
  NO_VALUE,
  formatGrowth,
  formatMultiple,
  formatNumber,
  formatPercent,
  formatSignedNumber,
  normalizeSpaces,
  numberFormat,
  optionsKey,
  type NumberOptions,
} from '../../src/core/format-number.js';
import type { Locale } from '../../src/core/vocabulary.js';

/** The call as a reader would type it, for the test's name: formatNumber(-0, 'vi'). */
function call(name: string, ...args: unknown[]): string {
  const show = (arg: unknown): string =>
    typeof arg === 'number'
      ? Object.is(arg, -0)
        ? '-0'
        : String(arg)
      : typeof arg === 'string'
        ? `'${arg}'`
        : JSON.stringify(arg);
  while (args.length > 0 && args.at(-1) === undefined) args.pop();
  return `${name}(${args.map(show).join(', ')})`;
}

describe('numberFormat', () => {
  it("numberFormat('vi', options) returns the same formatter on every call", () => {
    const options = { maximumFractionDigits: 2 };
    expect(numberFormat('vi', options)).to.equal(numberFormat('vi', { maximumFractionDigits: 2 }));
  });

  it('numberFormat ignores the order of the options and keys set to undefined', () => {
    const a = numberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 3 });
    const b = numberFormat('en', { maximumFractionDigits: 3, minimumFractionDigits: 1, currency: undefined });
    expect(a).to.equal(b);
  });

  it("numberFormat('vi') and numberFormat('en') are different formatters", () => {
    expect(numberFormat('vi')).not.to.equal(numberFormat('en'));
  });

  it("numberFormat('vi') formats as vi-VN and numberFormat('en') as en-GB", () => {
    expect(numberFormat('vi').resolvedOptions().locale).to.equal('vi-VN');
    expect(numberFormat('en').resolvedOptions().locale).to.equal('en-GB');
  });

  it("optionsKey('vi', { b: 1, a: 2 }) equals optionsKey('vi', { a: 2, b: 1 })", () => {
    expect(optionsKey('vi', { b: 1, a: 2 })).to.equal(optionsKey('vi', { a: 2, b: 1 }));
    expect(optionsKey('vi', { a: 1 })).not.to.equal(optionsKey('en', { a: 1 }));
  });
});

describe('normalizeSpaces', () => {
  const cases: [string, string][] = [
    ['1.234.500\u00a0₫', '1.234.500 ₫'],
    ['10:32\u202fAM', '10:32 AM'],
    ['1,5%', '1,5%'],
  ];
  for (const [input, expected] of cases) {
    it(`${call('normalizeSpaces', input)} is "${expected}"`, () => {
      expect(normalizeSpaces(input)).to.equal(expected);
    });
  }
});

describe('formatNumber', () => {
  const cases: [number, Locale, NumberOptions | undefined, string][] = [
    [1234.5, 'vi', undefined, '1.234,5'],
    [1234.5, 'en', undefined, '1,234.5'],
    [1234, 'vi', undefined, '1.234'],
    [1234, 'en', undefined, '1,234'],
    [-1234.5, 'vi', undefined, '-1.234,5'],
    [-1234.5, 'en', undefined, '-1,234.5'],
    [0, 'vi', undefined, '0'],
    [-0, 'vi', undefined, '0'],
    [-0, 'en', undefined, '0'],
    [-0.001, 'vi', undefined, '0'],
    [-0.001, 'en', undefined, '0'],
    [2.5, 'vi', undefined, '2,5'],
    [2.5, 'en', undefined, '2.5'],
    [3, 'en', undefined, '3'],
    [0.1 + 0.2, 'vi', undefined, '0,3'],
    [0.1 + 0.2, 'en', undefined, '0.3'],
    [1.005, 'vi', undefined, '1,01'],
    [2.675, 'en', undefined, '2.68'],
    [1 / 3, 'vi', undefined, '0,33'],
    [2 / 3, 'en', undefined, '0.67'],
    [1e15, 'vi', undefined, '1.000.000.000.000.000'],
    [1e15, 'en', undefined, '1,000,000,000,000,000'],
    [NaN, 'vi', undefined, NO_VALUE],
    [NaN, 'en', undefined, NO_VALUE],
    [Infinity, 'vi', undefined, '—'],
    [-Infinity, 'en', undefined, '—'],
    [1.23456, 'vi', { maxFractionDigits: 4 }, '1,2346'],
    [1.23456, 'en', { maxFractionDigits: 4 }, '1.2346'],
    [1.5, 'vi', { minFractionDigits: 2 }, '1,50'],
    [1.5, 'en', { minFractionDigits: 2 }, '1.50'],
    [1.5, 'vi', { minFractionDigits: 3, maxFractionDigits: 1 }, '1,500'],
    [1234.5, 'en', { maxFractionDigits: 0 }, '1,235'],
    [-2.5, 'vi', { maxFractionDigits: 0 }, '-3'],
    [1.5, 'en', { maxFractionDigits: -1 }, '2'],
  ];
  for (const [value, locale, options, expected] of cases) {
    it(`${call('formatNumber', value, locale, options)} is "${expected}"`, () => {
      expect(formatNumber(value, locale, options)).to.equal(expected);
    });
  }
});

describe('formatPercent', () => {
  const cases: [number, Locale, string][] = [
    [1.5, 'vi', '1,5%'],
    [1.5, 'en', '1.5%'],
    [35, 'vi', '35%'],
    [35, 'en', '35%'],
    [100, 'vi', '100%'],
    [1234.5, 'vi', '1.234,5%'],
    [1234.5, 'en', '1,234.5%'],
    [-2.25, 'vi', '-2,25%'],
    [0.1 + 0.2, 'vi', '0,3%'],
    [0.1 + 0.2, 'en', '0.3%'],
    [1.005, 'en', '1.01%'],
    [-0, 'vi', '0%'],
    [-0, 'en', '0%'],
    [NaN, 'vi', '—'],
    [Infinity, 'en', '—'],
  ];
  for (const [value, locale, expected] of cases) {
    it(`${call('formatPercent', value, locale)} is "${expected}"`, () => {
      expect(formatPercent(value, locale)).to.equal(expected);
    });
  }

  for (const locale of ['vi', 'en'] as const) {
    it(`formatPercent(v, '${locale}') agrees with Intl's own percent style, spaces aside`, () => {
      const intl = numberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
      for (const value of [0, 1.5, 35, 100]) {
        expect(formatPercent(value, locale)).to.equal(intl.format(value / 100).replace(/[\s\u00a0\u202f]/g, ''));
      }
    });
  }
});

describe('formatMultiple', () => {
  const cases: [number, Locale, string][] = [
    [3, 'vi', '×3'],
    [3, 'en', '×3'],
    [1.5, 'vi', '×1,5'],
    [1.5, 'en', '×1.5'],
    [1000, 'vi', '×1.000'],
    [NaN, 'vi', '—'],
    [Infinity, 'en', '—'],
  ];
  for (const [k, locale, expected] of cases) {
    it(`${call('formatMultiple', k, locale)} is "${expected}"`, () => {
      expect(formatMultiple(k, locale)).to.equal(expected);
    });
  }
});

describe('formatSignedNumber', () => {
  const cases: [number, Locale, string][] = [
    [1.5, 'vi', '+1,5'],
    [1.5, 'en', '+1.5'],
    [-1.5, 'vi', '-1,5'],
    [0, 'en', '0'],
    [-0, 'vi', '0'],
    [NaN, 'en', '—'],
  ];
  for (const [value, locale, expected] of cases) {
    it(`${call('formatSignedNumber', value, locale)} is "${expected}"`, () => {
      expect(formatSignedNumber(value, locale)).to.equal(expected);
    });
  }
});

describe('formatGrowth', () => {
  const cases: [number, Locale, string][] = [
    [20, 'vi', '+20%/năm'],
    [20, 'en', '+20%/yr'],
    [6.5, 'vi', '+6,5%/năm'],
    [6.5, 'en', '+6.5%/yr'],
    [-3.5, 'vi', '-3,5%/năm'],
    [-3.5, 'en', '-3.5%/yr'],
    [0, 'vi', '0%/năm'],
    [-0.001, 'en', '0%/yr'],
    [NaN, 'vi', '—'],
    [-Infinity, 'en', '—'],
  ];
  for (const [rate, locale, expected] of cases) {
    it(`${call('formatGrowth', rate, locale)} is "${expected}"`, () => {
      expect(formatGrowth(rate, locale)).to.equal(expected);
    });
  }
});
