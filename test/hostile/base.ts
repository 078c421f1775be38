/**
 * The document every hostile case starts from: valid, and with every kind of field filled at
 * least once (every text, every URL, every number a widget draws), so that a payload put "in every
 * text field" or "in every URL field" really reaches every one. Plain JSON: tests break a fresh
 * copy of it.
 */

/** The target every widget can show by id: the gauge is given `target="hostile"`. */
export const SHOWN_TARGET = 'hostile';

/** Text of the good document that a widget shows: still there after a hostile one is rejected. */
export const GOOD_MARK = 'GOODMARK';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

const text = (vi: string, en: string): JsonObject => ({ vi, en });

export function baseDocument(): JsonObject {
  return {
    schemaVersion: 1,
    id: 'hostile-base',
    number: '01-NQ/TU',
    kind: 'nghi-quyet',
    status: 'issued',
    issuer: text('Tỉnh ủy Thử', 'Test Provincial Party Committee'),
    adminUnit: { name: text('Tỉnh Thử', 'Test province'), code: '04' },
    date: '2021-03-06',
    title: text(`Nghị quyết ${GOOD_MARK}`, `Resolution ${GOOD_MARK}`),
    period: { from: 2021, to: 2025 },
    horizon: 2030,
    relations: [
      {
        type: 'implements',
        number: '57-NQ/TW',
        title: text('Nghị quyết 57', 'Resolution 57'),
        date: '2024-12-22',
        issuer: text('Bộ Chính trị', 'Politburo'),
      },
    ],
    sections: [{ ref: 'II.2', title: text('Mục tiêu cụ thể', 'Specific targets') }],
    signatory: { name: 'Nguyễn Văn A', title: text('Bí thư', 'Secretary') },
    source: {
      name: text('Thư viện pháp luật', 'Law library'),
      url: 'https://thuvienphapluat.vn/van-ban/nghi-quyet-01',
      date: '2021-03-06',
    },
    targets: [
      {
        id: SHOWN_TARGET,
        ref: 'II.2(1)',
        section: 'II.2',
        wording: 'Phấn đấu tỷ lệ đóng góp của TFP đạt 35 %',
        label: text(`Đóng góp TFP ${GOOD_MARK}`, `TFP contribution ${GOOD_MARK}`),
        indicator: {
          code: 'tfp',
          name: text('Tỷ lệ đóng góp của TFP', 'TFP contribution'),
          unit: { type: 'percent', of: text('tăng trưởng GRDP', 'GRDP growth') },
          area: 'innovation',
        },
        kind: 'threshold',
        direction: 'increase',
        milestones: [
          { year: 2025, comparator: '>=', value: 35, ref: 'II.2(1)a', wording: 'đạt 35 % năm 2025' },
          { year: 2030, comparator: '>=', value: 50, approximate: true },
        ],
        baseline: {
          year: 2020,
          value: 20,
          source: { name: text('Cục Thống kê', 'Statistics office'), url: 'https://thongke.gov.vn/2020', date: '2021' },
          note: text('Ước tính', 'Estimate'),
        },
        note: text('Ghi chú', 'Note'),
      },
      {
        id: 'done',
        ref: 'II.2(2)',
        section: 'II.2',
        wording: 'Ban hành đề án',
        label: text('Ban hành đề án', 'Adopt the plan'),
        indicator: { code: 'plan', name: text('Đề án', 'Plan'), unit: { type: 'none' } },
        kind: 'qualitative',
        parent: SHOWN_TARGET,
        milestones: [{ year: 2025 }],
        statusOverride: { status: 'on-track', reason: text('Đang trình', 'Being submitted') },
      },
      {
        id: 'ranked',
        ref: 'II.2(3)',
        wording: 'Nằm trong nhóm 20 tỉnh dẫn đầu',
        label: text('Xếp hạng PCI', 'PCI rank'),
        indicator: { code: 'pci-rank', name: text('Xếp hạng PCI', 'PCI rank'), unit: { type: 'rank' } },
        kind: 'rank',
        direction: 'decrease',
        outOf: 63,
        milestones: [{ year: 2025, comparator: '<=', value: 20 }],
      },
      {
        id: 'leveled',
        ref: 'II.2(4)',
        wording: 'Hệ sinh thái khởi nghiệp đạt mức khá',
        label: text('Mức hệ sinh thái', 'Ecosystem level'),
        indicator: { code: 'eco-level', name: text('Mức', 'Level'), unit: { type: 'level' } },
        kind: 'level',
        direction: 'increase',
        scale: {
          levels: [text('yếu', 'weak'), text('trung bình', 'fair'), text('khá', 'good')],
          name: text('Thang', 'Scale'),
        },
        milestones: [{ year: 2025, value: 3 }],
      },
      {
        id: 'counted',
        ref: 'II.2(5)',
        wording: 'Từ 3 đến 5 doanh nghiệp',
        label: text('Doanh nghiệp KH&CN', 'S&T enterprises'),
        indicator: {
          code: 'st-firms',
          name: text('Doanh nghiệp', 'Enterprises'),
          unit: { type: 'count', noun: text('doanh nghiệp', 'enterprises') },
        },
        kind: 'range',
        direction: 'increase',
        milestones: [{ year: 2025, range: [3, 5], openAbove: true }],
      },
      {
        id: 'matched',
        ref: 'II.2(6)',
        wording: 'Chi của doanh nghiệp bằng chi ngân sách',
        label: text('Chi doanh nghiệp / ngân sách', 'Business / budget spending'),
        indicator: { code: 'firm-spend', name: text('Chi doanh nghiệp', 'Business spending'), unit: { type: 'ratio' } },
        kind: 'ratio',
        direction: 'increase',
        recurrence: 'yearly',
        relation: { indicator: 'budget-spend', label: text('chi ngân sách', 'budget spending') },
        milestones: [{ year: 2025, comparator: '>=', value: 1 }],
      },
    ],
    observations: [
      {
        indicator: 'tfp',
        date: '2023',
        value: 30,
        source: { name: text('Niên giám 2023', 'Yearbook 2023'), url: 'https://thongke.gov.vn/2023', date: '2024-06' },
        note: text('Sơ bộ', 'Preliminary'),
      },
      {
        indicator: 'plan',
        date: '2024-05',
        value: true,
        source: { name: text('Văn phòng', 'Office') },
        evidence: text('Quyết định 12', 'Decision 12'),
      },
      { indicator: 'pci-rank', date: '2023', value: 25, outOf: 63, source: { name: text('VCCI', 'VCCI') } },
      { indicator: 'eco-level', date: '2023', value: 2, source: { name: text('Bộ KH&CN', 'MOST') } },
      { indicator: 'st-firms', date: '2023', value: 4, source: { name: text('Sở KH&CN', 'DOST') } },
      {
        indicator: 'firm-spend',
        period: { from: 2021, to: 2023 },
        value: 0.6,
        source: { name: text('Sở Tài chính', 'DOF') },
      },
    ],
    note: text('Tài liệu thử', 'Test document'),
  };
}

/** A deep copy, so that each case breaks its own document. */
export function copy<T extends Json>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Free-text fields that are plain strings, and how long each may be. */
const STRING_FIELDS: Record<string, number> = { wording: 10_000, ref: 40, section: 40, number: 80, name: 200 };

/**
 * Puts `payload` in every text a reader can see: every `{vi, en}`, every wording, clause number,
 * section and document number, and the signatory's name (those whose length limit allows it).
 * Sections and the targets naming them get the same text, so the document stays valid.
 */
export function withText(doc: JsonObject, payload: string): JsonObject {
  const walk = (node: Json): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    if (typeof node.vi === 'string') {
      node.vi = payload;
      node.en = payload;
      return;
    }
    for (const [key, value] of Object.entries(node)) {
      const limit = STRING_FIELDS[key];
      if (typeof value === 'string' && limit !== undefined && payload.length <= limit) node[key] = payload;
      else walk(value);
    }
  };
  walk(doc);
  return doc;
}

/** The JSON path of every URL field in the base document, in the validator's notation. */
export const URL_PATHS = ['$.source.url', '$.targets[0].baseline.source.url', '$.observations[0].source.url'];

/** Puts `url` in every URL field: the document's source, a baseline's source, an observation's source. */
export function withUrl(doc: JsonObject, url: string): JsonObject {
  const d = doc as {
    source: JsonObject;
    targets: { baseline: { source: JsonObject } }[];
    observations: { source: JsonObject }[];
  };
  d.source.url = url;
  d.targets[0]!.baseline.source.url = url;
  d.observations[0]!.source.url = url;
  return doc;
}

/** An own, enumerable property of any name, as JSON.parse makes it: `__proto__` included. */
export function own(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The places a key is added "at every level", with their paths. */
export function everyLevel(doc: JsonObject): [object, string][] {
  const d = doc as unknown as {
    targets: { milestones: object[]; label: object; indicator: { unit: object }; baseline: { source: object } }[];
    observations: { source: object }[];
    adminUnit: object;
    source: object;
  };
  const t = d.targets[0]!;
  return [
    [doc, '$'],
    [d.adminUnit, '$.adminUnit'],
    [d.source, '$.source'],
    [t, '$.targets[0]'],
    [t.label, '$.targets[0].label'],
    [t.indicator.unit, '$.targets[0].indicator.unit'],
    [t.milestones[0]!, '$.targets[0].milestones[0]'],
    [t.baseline.source, '$.targets[0].baseline.source'],
    [d.observations[0]!, '$.observations[0]'],
    [d.observations[0]!.source, '$.observations[0].source'],
  ];
}
