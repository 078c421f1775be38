import { expect } from '@open-wc/testing';
import { dateTimeFormat, formatDateTime, formatPartialDate } from '../../src/core/format-date.js';
import type { Locale } from '../../src/core/vocabulary.js';

// Every case names its time zone, so the results do not depend on the machine's.

describe('dateTimeFormat', () => {
  it("dateTimeFormat('vi', options) returns the same formatter on every call", () => {
    const a = dateTimeFormat('vi', { year: 'numeric', timeZone: 'UTC' });
    expect(a).to.equal(dateTimeFormat('vi', { timeZone: 'UTC', year: 'numeric' }));
    expect(a).not.to.equal(dateTimeFormat('en', { year: 'numeric', timeZone: 'UTC' }));
  });

  it("dateTimeFormat('en', { timeZone: 'Nowhere/Atlantis' }) throws a RangeError", () => {
    expect(() => dateTimeFormat('en', { timeZone: 'Nowhere/Atlantis' })).to.throw(RangeError);
  });
});

describe('formatPartialDate', () => {
  const cases: [string, Locale, string][] = [
    ['2025', 'vi', '2025'],
    ['2025', 'en', '2025'],
    ['2013-03', 'vi', '03/2013'],
    ['2013-03', 'en', 'Mar 2013'],
    ['2013-03-06', 'vi', '06/03/2013'],
    ['2013-03-06', 'en', '6 Mar 2013'],
    ['2013-09', 'en', 'Sep 2013'],
    ['2013-09-16', 'en', '16 Sep 2013'],
    ['2013-12', 'vi', '12/2013'],
    ['2024-12-31', 'vi', '31/12/2024'],
    ['2024-12-31', 'en', '31 Dec 2024'],
    ['2021-01-01', 'vi', '01/01/2021'],
    ['2021-01-01', 'en', '1 Jan 2021'],
    ['2024-02-29', 'vi', '29/02/2024'],
    ['2024-02-29', 'en', '29 Feb 2024'],
    ['2024-02-30', 'vi', '—'],
    ['2023-02-29', 'en', '—'],
    ['2013-13', 'vi', '—'],
    ['2013-00', 'en', '—'],
    ['2013-03-00', 'vi', '—'],
    ['2013-3', 'vi', '—'],
    ['2013-03-06T00:00', 'en', '—'],
    ['', 'vi', '—'],
  ];
  for (const [date, locale, expected] of cases) {
    it(`formatPartialDate('${date}', '${locale}') is "${expected}"`, () => {
      expect(formatPartialDate(date, locale)).to.equal(expected);
    });
  }
});

describe('formatDateTime', () => {
  const at = (iso: string) => new Date(iso);
  const cases: [string, Locale, string, string][] = [
    ['2026-11-22T03:32:00Z', 'vi', 'Asia/Ho_Chi_Minh', '10:32, 22/11/2026'],
    ['2026-11-22T03:32:00Z', 'en', 'Asia/Ho_Chi_Minh', '10:32, 22 Nov 2026'],
    ['2026-11-22T10:32:00Z', 'vi', 'UTC', '10:32, 22/11/2026'],
    ['2026-11-22T10:32:00Z', 'en', 'UTC', '10:32, 22 Nov 2026'],
    ['2026-01-01T00:05:00Z', 'vi', 'UTC', '00:05, 01/01/2026'],
    ['2026-01-01T00:05:00Z', 'en', 'UTC', '00:05, 1 Jan 2026'],
    ['2026-12-31T17:00:00Z', 'vi', 'Asia/Ho_Chi_Minh', '00:00, 01/01/2027'],
    ['2026-12-31T17:00:00Z', 'en', 'Asia/Ho_Chi_Minh', '00:00, 1 Jan 2027'],
    ['2026-09-02T12:00:00Z', 'en', 'UTC', '12:00, 2 Sep 2026'],
    ['2026-09-02T23:59:00Z', 'vi', 'UTC', '23:59, 02/09/2026'],
  ];
  for (const [iso, locale, timeZone, expected] of cases) {
    it(`formatDateTime(new Date('${iso}'), '${locale}', '${timeZone}') is "${expected}"`, () => {
      expect(formatDateTime(at(iso), locale, timeZone)).to.equal(expected);
    });
  }

  for (const locale of ['vi', 'en'] as const) {
    it(`formatDateTime(new Date(NaN), '${locale}') is "—"`, () => {
      expect(formatDateTime(new Date(NaN), locale)).to.equal('—');
    });

    it(`formatDateTime(date, '${locale}') formats in the runtime's time zone`, () => {
      const date = at('2026-11-22T03:32:00Z');
      const runtimeZone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
      expect(formatDateTime(date, locale)).to.equal(formatDateTime(date, locale, runtimeZone));
    });
  }
});
