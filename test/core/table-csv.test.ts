import { assessResolution } from '../../src/core/assess.js';
import { expect } from '@open-wc/testing';
import type { Resolution } from '../../src/core/schema.js';
import { BOM, csvField, csvFileName, rawNumber, tableCsv, unitText } from '../../src/core/table-csv.js';
import { COLUMN_KEYS } from '../../src/core/table-messages.js';
import { DEFAULT_QUERY, buildRows, queryRows } from '../../src/core/table-model.js';

/** Two targets, one nested; a source with a comma and quotes, a sample value, a URL. */
const doc: Resolution = {
  schemaVersion: 1,
  id: 'csv-doc',
  number: '34-CTr/TU',
  kind: 'chuong-trinh-hanh-dong',
  status: 'issued',
  issuer: { vi: 'Tỉnh ủy Cao Bằng' },
  adminUnit: { name: { vi: 'Tỉnh Cao Bằng', en: 'Cao Bằng Province' } },
  date: '2013-03-06',
  title: { vi: 'Chương trình hành động' },
  targets: [
    {
      id: 'st-budget',
      ref: 'II.1',
      wording: 'Đầu tư cho khoa học đạt 1,5% tổng chi ngân sách.',
      label: { vi: 'Chi cho KH&CN đạt 1,5% tổng chi', en: 'S&T spending reaches 1.5% of spending' },
      indicator: {
        code: 'st-budget',
        name: { vi: 'Tỷ lệ chi cho KH&CN', en: 'S&T share of spending' },
        unit: { type: 'percent' },
      },
      kind: 'threshold',
      direction: 'increase',
      baseline: { year: 2020, value: 0.5 },
      milestones: [
        { year: 2025, comparator: '>=', value: 1 },
        { year: 2030, comparator: '>=', value: 1.5 },
      ],
    },
    {
      id: 'enterprises',
      ref: 'II.1(a)',
      parent: 'st-budget',
      wording: 'Trong đó, 1.234 doanh nghiệp.',
      label: { vi: '=1.234 doanh nghiệp', en: '1,234 enterprises' },
      indicator: {
        code: 'enterprises',
        name: { vi: 'Số doanh nghiệp', en: 'Enterprises' },
        unit: { type: 'count', noun: { vi: 'doanh nghiệp', en: 'enterprises' } },
      },
      kind: 'threshold',
      direction: 'increase',
      milestones: [{ year: 2030, comparator: '>=', value: 1234.5 }],
    },
  ],
  observations: [
    {
      indicator: 'st-budget',
      date: '2024-06',
      value: 0.8,
      source: {
        name: { vi: 'Sở Tài chính, "Báo cáo" năm 2024', en: 'Finance Department, "Report" 2024' },
        url: 'https://example.org/a,b',
      },
    },
    { indicator: 'enterprises', date: '2025', value: 1000, source: { name: { vi: 'Mẫu' } }, sample: true },
  ],
};

const view = () => {
  const rows = buildRows([{ resolution: doc, assessment: assessResolution(doc, { asOf: '2026-11-22' }) }]);
  return queryRows(rows, { ...DEFAULT_QUERY, group: 'none' }, 'vi');
};

describe('table-csv', () => {
  it('tableCsv of a small document, byte for byte (vi, every column but the document)', () => {
    const csv = tableCsv(view(), { columns: COLUMN_KEYS.filter((c) => c !== 'document'), locale: 'vi', docs: [doc] });
    expect(csv).to.equal(
      '\ufeffMục,Chỉ tiêu,Chỉ số,Đơn vị,Mốc cơ sở,Năm cơ sở,Các mục tiêu,Mục tiêu hiện hành,Năm hạn,Số liệu mới nhất,Thời điểm số liệu,Nguồn số liệu,Địa chỉ nguồn,Số liệu mẫu,Tiến độ (%),Trạng thái,Mã trạng thái\r\n' +
        'II.1,"Chi cho KH&CN đạt 1,5% tổng chi",Tỷ lệ chi cho KH&CN,%,0.5,2020,>=1 (2025); >=1.5 (2030),1.5,2030,0.8,2024-06,"Sở Tài chính, ""Báo cáo"" năm 2024","https://example.org/a,b",,30,Có nguy cơ,at-risk\r\n' +
        "II.1(a),'=1.234 doanh nghiệp,Số doanh nghiệp,doanh nghiệp,,,>=1234.5 (2030),1234.5,2030,1000,2025,Mẫu,,có,,Chưa đánh giá được,not-assessable\r\n",
    );
  });

  it('tableCsv starts with a UTF-8 byte-order mark and encodes Vietnamese as UTF-8', () => {
    const csv = tableCsv(view(), { columns: ['ref'], locale: 'vi', docs: [doc] });
    expect(csv.startsWith(BOM)).to.be.true;
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
  });

  it('tableCsv writes only the columns asked for, in the locale, with a group column when grouped', () => {
    const rows = buildRows([{ resolution: doc, assessment: assessResolution(doc, { asOf: '2026-11-22' }) }]);
    const grouped = queryRows(rows, DEFAULT_QUERY, 'en');
    const csv = tableCsv(grouped, { columns: ['document', 'ref', 'status'], locale: 'en', docs: [doc] });
    expect(csv).to.equal(
      '\ufeffGroup,Document,Clause,Status,Status code\r\n' +
        'No section,Cao Bằng Province · 34-CTr/TU,II.1,At risk,at-risk\r\n' +
        'No section,Cao Bằng Province · 34-CTr/TU,II.1(a),Not assessable,not-assessable\r\n',
    );
  });

  const fields: [Parameters<typeof csvField>[0], string][] = [
    [1234.5, '1234.5'],
    [-3, '-3'],
    [undefined, ''],
    [Number.NaN, ''],
    [true, 'true'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-x', "'-x"],
    ['@cmd', "'@cmd"],
    ['Đắk Lắk', 'Đắk Lắk'],
  ];
  for (const [input, expected] of fields) {
    it(`csvField(${JSON.stringify(input) ?? 'undefined'}) is ${JSON.stringify(expected)}`, () => {
      expect(csvField(input)).to.equal(expected);
    });
  }

  it('rawNumber drops binary noise and keeps the value', () => {
    expect(rawNumber(0.1 + 0.2)).to.equal(0.3);
    expect(rawNumber(1234.5)).to.equal(1234.5);
    expect(rawNumber(Infinity)).to.equal(undefined);
  });

  it('unitText names the unit a raw number is in', () => {
    expect(unitText(doc.targets[0]!, 'vi')).to.equal('%');
    expect(unitText(doc.targets[1]!, 'en')).to.equal('enterprises');
    expect(
      unitText(
        { ...doc.targets[0]!, indicator: { ...doc.targets[0]!.indicator, unit: { type: 'rank' } }, outOf: 63 },
        'vi',
      ),
    ).to.equal('hạng (trên 63)');
  });

  it('csvFileName', () => {
    expect(csvFileName([doc])).to.equal('csv-doc.csv');
    expect(csvFileName([doc, doc])).to.equal('goal-table-2-documents.csv');
  });
});
