import { expect } from '@open-wc/testing';
import * as formatDate from '../../src/core/format-date.js';
import * as formatNumberModule from '../../src/core/format-number.js';
import {
  formatComparator,
  formatLevel,
  formatMilestone,
  formatPerCapita,
  formatRange,
  formatRank,
  formatValue,
  textOf,
  type MilestoneContext,
  type RangeOptions,
  type ValueContext,
} from '../../src/core/format.js';
import * as format from '../../src/core/format.js';
import type { Milestone, Scale, Unit } from '../../src/core/schema.js';
import type { Comparator, Locale } from '../../src/core/vocabulary.js';

/** The call as a reader would type it, for the test's name: formatRank(20, 63, 'vi'). */
function call(name: string, ...args: unknown[]): string {
  const show = (arg: unknown): string =>
    typeof arg === 'number'
      ? Object.is(arg, -0)
        ? '-0'
        : String(arg)
      : typeof arg === 'string'
        ? `'${arg}'`
        : (JSON.stringify(arg) ?? 'undefined');
  while (args.length > 0 && args.at(-1) === undefined) args.pop();
  return `${name}(${args.map(show).join(', ')})`;
}

const percent: Unit = { type: 'percent' };
const subjects: Unit = { type: 'count', noun: { vi: 'đối tượng', en: 'items' } };
const enterprises: Unit = { type: 'count', noun: { vi: 'doanh nghiệp', en: 'enterprises' } };
const topics: Unit = { type: 'count', noun: { vi: 'đề tài' } };
const doctors: Unit = { type: 'per-capita', per: 10000, noun: { vi: 'người', en: 'people' } };
const income: Unit = { type: 'per-capita', noun: { vi: 'triệu đồng', en: 'million dong' } };
const rank: Unit = { type: 'rank' };
const level: Unit = { type: 'level' };
const vnd: Unit = { type: 'money', currency: 'VND' };
const billions: Unit = { type: 'money', currency: 'VND', noun: { vi: 'tỷ đồng', en: 'billion dong' } };
const sevenLevels: Scale = { max: 7 };
const grades: Scale = {
  levels: [{ vi: 'yếu', en: 'weak' }, { vi: 'trung bình', en: 'average' }, { vi: 'khá' }, { vi: 'tốt', en: 'good' }],
};

describe('format', () => {
  it('format.js re-exports the number and date functions', () => {
    expect(format.formatNumber).to.equal(formatNumberModule.formatNumber);
    expect(format.formatPercent).to.equal(formatNumberModule.formatPercent);
    expect(format.numberFormat).to.equal(formatNumberModule.numberFormat);
    expect(format.formatPartialDate).to.equal(formatDate.formatPartialDate);
    expect(format.formatDateTime).to.equal(formatDate.formatDateTime);
  });
});

describe('textOf', () => {
  const cases: [{ vi: string; en?: string }, Locale, string][] = [
    [{ vi: 'người', en: 'people' }, 'vi', 'người'],
    [{ vi: 'người', en: 'people' }, 'en', 'people'],
    [{ vi: 'đề tài' }, 'en', 'đề tài'],
    [{ vi: 'đề tài' }, 'vi', 'đề tài'],
  ];
  for (const [text, locale, expected] of cases) {
    it(`${call('textOf', text, locale)} is "${expected}"`, () => {
      expect(textOf(text, locale)).to.equal(expected);
    });
  }
});

describe('formatValue', () => {
  const cases: [number | boolean, Unit, Locale, ValueContext | undefined, string][] = [
    [35, percent, 'vi', undefined, '35%'],
    [35, percent, 'en', undefined, '35%'],
    [1.5, percent, 'vi', undefined, '1,5%'],
    [1.5, percent, 'en', undefined, '1.5%'],
    [3000, subjects, 'vi', undefined, '3.000 đối tượng'],
    [3000, subjects, 'en', undefined, '3,000 items'],
    [12, topics, 'en', undefined, '12 đề tài'],
    [3000, { type: 'count' }, 'vi', undefined, '3.000'],
    [3000, { type: 'count' }, 'en', undefined, '3,000'],
    [12, doctors, 'vi', undefined, '12 người/vạn dân'],
    [12, doctors, 'en', undefined, '12 people per 10,000 population'],
    [20, rank, 'vi', { outOf: 63 }, 'hạng 20/63'],
    [20, rank, 'en', { outOf: 63 }, 'rank 20 of 63'],
    [20, rank, 'vi', undefined, 'hạng 20'],
    [20, rank, 'en', undefined, 'rank 20'],
    [3, level, 'vi', { scale: sevenLevels }, '3/7'],
    [3, level, 'en', { scale: sevenLevels }, '3/7'],
    [2, level, 'vi', { scale: grades }, 'trung bình'],
    [2, level, 'en', { scale: grades }, 'average'],
    [3, level, 'en', { scale: grades }, 'khá'],
    [1.5, { type: 'ratio' }, 'vi', undefined, '1,5'],
    [1.5, { type: 'ratio' }, 'en', undefined, '1.5'],
    [65.25, { type: 'index' }, 'vi', undefined, '65,25'],
    [65.25, { type: 'index' }, 'en', undefined, '65.25'],
    [7, { type: 'none' }, 'vi', undefined, '7'],
    [1234500, vnd, 'vi', undefined, '1.234.500 ₫'],
    [1234500, vnd, 'en', undefined, '₫1,234,500'],
    [1234.5, billions, 'vi', undefined, '1.234,5 tỷ đồng'],
    [1234.5, billions, 'en', undefined, '1,234.5 billion dong'],
    [2, enterprises, 'vi', { kind: 'multiple' }, '×2'],
    [1.5, enterprises, 'en', { kind: 'multiple' }, '×1.5'],
    [20, percent, 'vi', { kind: 'growth' }, '+20%/năm'],
    [20, percent, 'en', { kind: 'growth' }, '+20%/yr'],
    [20, { type: 'none' }, 'vi', { kind: 'rank', outOf: 34 }, 'hạng 20/34'],
    [true, { type: 'none' }, 'vi', undefined, 'đã hoàn thành'],
    [false, { type: 'none' }, 'vi', undefined, 'chưa hoàn thành'],
    [true, { type: 'none' }, 'en', undefined, 'done'],
    [false, { type: 'none' }, 'en', undefined, 'not done'],
    [-0, percent, 'vi', undefined, '0%'],
    [NaN, percent, 'vi', undefined, '—'],
    [Infinity, subjects, 'en', undefined, '—'],
  ];
  for (const [value, unit, locale, context, expected] of cases) {
    it(`${call('formatValue', value, unit, locale, context)} is "${expected}"`, () => {
      expect(formatValue(value, unit, locale, context)).to.equal(expected);
    });
  }
});

describe('formatRange', () => {
  const cases: [[number, number], Unit, Locale, RangeOptions | undefined, string][] = [
    [[1.5, 2], percent, 'vi', undefined, '1,5–2%'],
    [[1.5, 2], percent, 'en', undefined, '1.5–2%'],
    [[3, 5], enterprises, 'vi', undefined, '3–5 doanh nghiệp'],
    [[3, 5], enterprises, 'en', undefined, '3–5 enterprises'],
    [[1.5, 2], percent, 'vi', { openAbove: true }, 'từ 1,5–2% trở lên'],
    [[1.5, 2], percent, 'en', { openAbove: true }, '1.5–2% or more'],
    [[1.5, 2], percent, 'vi', { openBelow: true }, 'từ 1,5–2% trở xuống'],
    [[1.5, 2], percent, 'en', { openBelow: true }, '1.5–2% or less'],
    [[1.5, 2], percent, 'vi', { openAbove: true, openBelow: true }, '1,5–2%'],
    [[30, 35], percent, 'vi', { approximate: true }, 'khoảng 30–35%'],
    [[30, 35], percent, 'en', { approximate: true }, 'about 30–35%'],
    [[2, 2], percent, 'vi', undefined, '2%'],
    [[2, 2], percent, 'en', { openAbove: true }, '2% or more'],
    [[-5, -3], percent, 'vi', undefined, '-5 – -3%'],
    [[-5, 3], percent, 'en', undefined, '-5 – 3%'],
    [[10, 12], doctors, 'vi', undefined, '10–12 người/vạn dân'],
    [[10, 12], doctors, 'en', undefined, '10–12 people per 10,000 population'],
    [[10, 20], rank, 'vi', { outOf: 63 }, 'hạng 10–20/63'],
    [[10, 20], rank, 'en', { outOf: 63 }, 'rank 10–20 of 63'],
    [[3, 5], level, 'vi', { scale: sevenLevels }, '3–5/7'],
    [[2, 4], level, 'vi', { scale: grades }, 'trung bình – tốt'],
    [[2, 4], level, 'en', { scale: grades }, 'average – good'],
    [[1000, 2000], vnd, 'vi', undefined, '1.000 ₫ – 2.000 ₫'],
    [[1000, 2000], vnd, 'en', undefined, '₫1,000 – ₫2,000'],
    [[2, 3], enterprises, 'vi', { kind: 'multiple' }, '×2–3'],
    [[1.5, 2], enterprises, 'en', { kind: 'multiple' }, '×1.5–2'],
    [[10, 15], percent, 'vi', { kind: 'growth' }, '+10–15%/năm'],
    [[10, 15], percent, 'en', { kind: 'growth' }, '+10–15%/yr'],
    [[-5, 5], percent, 'vi', { kind: 'growth' }, '-5 – +5%/năm'],
    [[1000000, 1500000], { type: 'count' }, 'vi', undefined, '1.000.000–1.500.000'],
    [[NaN, 2], percent, 'vi', undefined, '—'],
    [[1, Infinity], percent, 'en', undefined, '—'],
  ];
  for (const [range, unit, locale, options, expected] of cases) {
    it(`${call('formatRange', range, unit, locale, options)} is "${expected}"`, () => {
      expect(formatRange(range, unit, locale, options)).to.equal(expected);
    });
  }
});

describe('formatRank', () => {
  const cases: [number, number | undefined, Locale, string][] = [
    [20, 63, 'vi', 'hạng 20/63'],
    [20, 63, 'en', 'rank 20 of 63'],
    [20, undefined, 'vi', 'hạng 20'],
    [20, undefined, 'en', 'rank 20'],
    [1, 34, 'vi', 'hạng 1/34'],
    [NaN, 63, 'en', '—'],
    [20, NaN, 'vi', 'hạng 20'],
  ];
  for (const [position, outOf, locale, expected] of cases) {
    it(`formatRank(${position}, ${outOf}, '${locale}') is "${expected}"`, () => {
      expect(formatRank(position, outOf, locale)).to.equal(expected);
    });
  }
});

describe('formatLevel', () => {
  const cases: [number, Scale | undefined, Locale, { long?: boolean } | undefined, string][] = [
    [3, sevenLevels, 'vi', undefined, '3/7'],
    [3, sevenLevels, 'en', undefined, '3/7'],
    [3, sevenLevels, 'vi', { long: true }, 'cấp độ 3/7'],
    [3, sevenLevels, 'en', { long: true }, 'level 3 of 7'],
    [3, undefined, 'vi', undefined, '3'],
    [3, undefined, 'vi', { long: true }, 'cấp độ 3'],
    [3, undefined, 'en', { long: true }, 'level 3'],
    [1, grades, 'vi', undefined, 'yếu'],
    [1, grades, 'en', undefined, 'weak'],
    [4, grades, 'en', { long: true }, 'good'],
    [3, grades, 'en', undefined, 'khá'],
    [5, grades, 'vi', undefined, '5'],
    [2.5, grades, 'en', { long: true }, 'level 2.5'],
    [NaN, sevenLevels, 'vi', undefined, '—'],
  ];
  for (const [step, scale, locale, options, expected] of cases) {
    it(`${call('formatLevel', step, scale, locale, options)} is "${expected}"`, () => {
      expect(formatLevel(step, scale, locale, options)).to.equal(expected);
    });
  }
});

describe('formatPerCapita', () => {
  const cases: [number, Unit, Locale, string][] = [
    [12, doctors, 'vi', '12 người/vạn dân'],
    [12, doctors, 'en', '12 people per 10,000 population'],
    [2.5, { ...doctors, per: 1000 }, 'vi', '2,5 người/nghìn dân'],
    [2.5, { ...doctors, per: 1000 }, 'en', '2.5 people per 1,000 population'],
    [30, { ...doctors, per: 100 }, 'vi', '30 người/trăm dân'],
    [30, { ...doctors, per: 100 }, 'en', '30 people per 100 population'],
    [4, { ...doctors, per: 5000 }, 'vi', '4 người/5.000 dân'],
    [4, { ...doctors, per: 5000 }, 'en', '4 people per 5,000 population'],
    [12, { type: 'per-capita', per: 10000 }, 'vi', '12/vạn dân'],
    [12, { type: 'per-capita', per: 10000 }, 'en', '12 per 10,000 population'],
    [100, income, 'vi', '100 triệu đồng/người'],
    [100, income, 'en', '100 million dong per person'],
    [NaN, doctors, 'vi', '—'],
  ];
  for (const [value, unit, locale, expected] of cases) {
    it(`${call('formatPerCapita', value, unit, locale)} is "${expected}"`, () => {
      expect(formatPerCapita(value, unit, locale)).to.equal(expected);
    });
  }
});

describe('formatComparator', () => {
  const cases: [Comparator, Locale, string][] = [
    ['>=', 'vi', '≥'],
    ['>=', 'en', '≥'],
    ['>', 'vi', '>'],
    ['>', 'en', '>'],
    ['<=', 'vi', '≤'],
    ['<=', 'en', '≤'],
    ['<', 'vi', '<'],
    ['<', 'en', '<'],
    ['=', 'vi', 'đạt'],
    ['=', 'en', 'reach'],
  ];
  for (const [cmp, locale, expected] of cases) {
    it(`formatComparator('${cmp}', '${locale}') is "${expected}"`, () => {
      expect(formatComparator(cmp, locale)).to.equal(expected);
    });
  }
});

describe('formatMilestone', () => {
  const threshold = (unit: Unit): MilestoneContext => ({ kind: 'threshold', indicator: { unit } });
  const m = (fields: Omit<Milestone, 'year'>): Milestone => ({ year: 2030, ...fields });
  const cases: [Milestone, MilestoneContext, Locale, string][] = [
    [m({ comparator: '>=', value: 35 }), threshold(percent), 'vi', '≥ 35%'],
    [m({ comparator: '>=', value: 35 }), threshold(percent), 'en', '≥ 35%'],
    [m({ comparator: '=', value: 3000 }), threshold(subjects), 'vi', 'đạt 3.000 đối tượng'],
    [m({ comparator: '=', value: 3000 }), threshold(subjects), 'en', 'reach 3,000 items'],
    [m({ value: 30, approximate: true }), threshold(percent), 'vi', 'khoảng 30%'],
    [m({ value: 30, approximate: true }), threshold(percent), 'en', 'about 30%'],
    [m({ comparator: '=', value: 30, approximate: true }), threshold(percent), 'vi', 'đạt khoảng 30%'],
    [m({ comparator: '=', value: 30, approximate: true }), threshold(percent), 'en', 'reach about 30%'],
    [m({ comparator: '<', value: 2.5 }), threshold(percent), 'vi', '< 2,5%'],
    [m({ value: 12 }), threshold(doctors), 'vi', '12 người/vạn dân'],
    [m({ comparator: '>=', value: 12 }), threshold(doctors), 'en', '≥ 12 people per 10,000 population'],
    [
      m({ range: [1.5, 2], openAbove: true }),
      { kind: 'range', indicator: { unit: percent } },
      'vi',
      'từ 1,5–2% trở lên',
    ],
    [m({ range: [1.5, 2], openAbove: true }), { kind: 'range', indicator: { unit: percent } }, 'en', '1.5–2% or more'],
    [m({ range: [3, 5] }), { kind: 'range', indicator: { unit: enterprises } }, 'vi', '3–5 doanh nghiệp'],
    [m({ range: [30, 35], approximate: true }), { kind: 'range', indicator: { unit: percent } }, 'en', 'about 30–35%'],
    [m({ comparator: '>=', value: 2 }), { kind: 'multiple', indicator: { unit: enterprises } }, 'vi', '≥ ×2'],
    [m({ comparator: '>=', value: 1.5 }), { kind: 'multiple', indicator: { unit: enterprises } }, 'en', '≥ ×1.5'],
    [m({ comparator: '>=', value: 20 }), { kind: 'growth', indicator: { unit: vnd } }, 'vi', '≥ +20%/năm'],
    [m({ value: 20 }), { kind: 'growth', indicator: { unit: vnd } }, 'en', '+20%/yr'],
    [m({ comparator: '<=', value: 20 }), { kind: 'rank', outOf: 63, indicator: { unit: rank } }, 'vi', '≤ hạng 20/63'],
    [
      m({ comparator: '<=', value: 20 }),
      { kind: 'rank', outOf: 63, indicator: { unit: rank } },
      'en',
      '≤ rank 20 of 63',
    ],
    [
      m({ comparator: '>=', value: 3 }),
      { kind: 'level', scale: sevenLevels, indicator: { unit: level } },
      'vi',
      '≥ 3/7',
    ],
    [
      m({ comparator: '=', value: 4 }),
      { kind: 'level', scale: grades, indicator: { unit: level } },
      'en',
      'reach good',
    ],
    [m({}), { kind: 'qualitative', indicator: { unit: { type: 'none' } } }, 'vi', 'hoàn thành'],
    [m({}), { kind: 'qualitative', indicator: { unit: { type: 'none' } } }, 'en', 'done'],
    [m({}), { kind: 'cadence', indicator: { unit: { type: 'none' } } }, 'vi', 'hoàn thành'],
    [m({}), threshold(percent), 'vi', '—'],
    [m({}), threshold(percent), 'en', '—'],
  ];
  for (const [milestone, target, locale, expected] of cases) {
    it(`${call('formatMilestone', milestone, target, locale)} is "${expected}"`, () => {
      expect(formatMilestone(milestone, target, locale)).to.equal(expected);
    });
  }
});
