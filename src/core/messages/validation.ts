/**
 * What the validator says, in vi and en. Each issue code has one entry; the parameters are the
 * JSON path's last key, what was expected and what was found, already turned into words.
 */

export interface IssueParams {
  /** The field name at the end of the path. */
  key?: string;
  expected?: string;
  received?: string;
  /** Free parameters a rule fills in (an id, a year, a period). */
  a?: string;
  b?: string;
}

type Message = (p: IssueParams) => string;

/** The English words the validator uses for types and values, in Vietnamese. */
const VI_WORDS: [RegExp, string][] = [
  [/^nothing$/, 'không có gì'],
  [/^a string$/, 'một chuỗi'],
  [/^a number$/, 'một số'],
  [/^true or false$/, 'true hoặc false'],
  [/^an array of two numbers \[min, max\]$/, 'một mảng hai số [min, max]'],
  [/^an array of (\d+)$/, 'một mảng $1 phần tử'],
  [/^an array$/, 'một mảng'],
  [/^an object$/, 'một đối tượng'],
  [/^a number, or true\/false$/, 'một số, hoặc true/false'],
  [/^a value or null$/, 'một giá trị hoặc null'],
];

function wordInVietnamese(word: string | undefined): string | undefined {
  if (word === undefined) return undefined;
  for (const [pattern, vi] of VI_WORDS) if (pattern.test(word)) return word.replace(pattern, vi);
  return word;
}

/** The same parameters with the type words (`a string`, `nothing`) in Vietnamese. */
export function inVietnamese(p: IssueParams): IssueParams {
  return { ...p, expected: wordInVietnamese(p.expected), received: wordInVietnamese(p.received) };
}

export const VALIDATION_MESSAGES = {
  'not-object': {
    vi: (p) => `Cần một đối tượng JSON (object), nhưng gặp ${p.received}.`,
    en: (p) => `Expected a JSON object, found ${p.received}.`,
  },
  'not-json': {
    vi: (p) => `Không đọc được JSON: ${p.a}.`,
    en: (p) => `Not valid JSON: ${p.a}.`,
  },
  'missing-field': {
    vi: (p) => `Thiếu trường bắt buộc "${p.key}".`,
    en: (p) => `The required field "${p.key}" is missing.`,
  },
  'unknown-field': {
    vi: (p) => `Trường "${p.key}" không có trong lược đồ (kiểm tra chính tả).`,
    en: (p) => `"${p.key}" is not a field of the schema (check the spelling).`,
  },
  type: {
    vi: (p) => `Cần ${p.expected}, nhưng gặp ${p.received}.`,
    en: (p) => `Expected ${p.expected}, found ${p.received}.`,
  },
  'not-one-of': {
    vi: (p) => `Giá trị phải là một trong: ${p.expected}; nhưng gặp ${p.received}.`,
    en: (p) => `Expected one of ${p.expected}, found ${p.received}.`,
  },
  'not-finite': {
    vi: (p) => `Cần một số hữu hạn, nhưng gặp ${p.received}.`,
    en: (p) => `Expected a finite number, found ${p.received}.`,
  },
  'not-integer': {
    vi: (p) => `Cần một số nguyên, nhưng gặp ${p.received}.`,
    en: (p) => `Expected a whole number, found ${p.received}.`,
  },
  'too-small': {
    vi: (p) => `Giá trị phải ${p.expected}, nhưng gặp ${p.received}.`,
    en: (p) => `The value must be ${p.expected}, found ${p.received}.`,
  },
  'too-large': {
    vi: (p) => `Giá trị phải ${p.expected}, nhưng gặp ${p.received}.`,
    en: (p) => `The value must be ${p.expected}, found ${p.received}.`,
  },
  'too-short': {
    vi: (p) => `Độ dài phải ${p.expected}, nhưng là ${p.received}.`,
    en: (p) => `The length must be ${p.expected}, found ${p.received}.`,
  },
  'too-long': {
    vi: (p) => `Độ dài phải ${p.expected}, nhưng là ${p.received}.`,
    en: (p) => `The length must be ${p.expected}, found ${p.received}.`,
  },
  'id-format': {
    vi: (p) =>
      `Mã định danh chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (tối đa 80 ký tự); gặp ${p.received}.`,
    en: (p) => `An id takes lower-case ASCII letters, digits and hyphens (up to 80); found ${p.received}.`,
  },
  'date-format': {
    vi: (p) => `Ngày phải có dạng YYYY, YYYY-MM hoặc YYYY-MM-DD; gặp ${p.received}.`,
    en: (p) => `A date is written YYYY, YYYY-MM or YYYY-MM-DD; found ${p.received}.`,
  },
  'date-impossible': {
    vi: (p) => `Ngày ${p.received} không tồn tại (hoặc năm nằm ngoài 1945–2100).`,
    en: (p) => `${p.received} is not a real date (or its year is outside 1945–2100).`,
  },
  'url-scheme': {
    vi: (p) => `Đường dẫn phải là địa chỉ http hoặc https đầy đủ; gặp ${p.received}.`,
    en: (p) => `A link must be a full http or https address; found ${p.received}.`,
  },
  'bad-format': {
    vi: (p) => `Giá trị ${p.received} không đúng định dạng.`,
    en: (p) => `${p.received} is not in the expected format.`,
  },
  'wrong-version': {
    vi: (p) => `Phiên bản lược đồ phải là ${p.expected}; gặp ${p.received}.`,
    en: (p) => `The schema version must be ${p.expected}; found ${p.received}.`,
  },
  // Rules that tie one field to another (rules.ts).
  'duplicate-id': {
    vi: (p) => `Mã "${p.a}" đã được dùng cho một chỉ tiêu khác (${p.b}).`,
    en: (p) => `The id "${p.a}" is already used by another target (${p.b}).`,
  },
  'parent-missing': {
    vi: (p) => `Chỉ tiêu cha "${p.a}" không tồn tại trong văn bản.`,
    en: (p) => `The parent target "${p.a}" does not exist in the document.`,
  },
  'parent-cycle': {
    vi: (p) => `Quan hệ cha–con tạo thành vòng lặp: ${p.a}.`,
    en: (p) => `The parent links form a cycle: ${p.a}.`,
  },
  'section-missing': {
    vi: (p) => `Mục "${p.a}" không có trong danh sách mục của văn bản.`,
    en: (p) => `Section "${p.a}" is not among the document's sections.`,
  },
  'period-reversed': {
    vi: (p) => `Giai đoạn bắt đầu (${p.a}) sau khi kết thúc (${p.b}).`,
    en: (p) => `The period starts (${p.a}) after it ends (${p.b}).`,
  },
  'horizon-before-period': {
    vi: (p) => `Tầm nhìn ${p.a} sớm hơn năm cuối giai đoạn ${p.b}.`,
    en: (p) => `The horizon ${p.a} comes before the end of the period, ${p.b}.`,
  },
  'milestone-outside-period': {
    vi: (p) => `Mốc năm ${p.a} nằm ngoài thời kỳ của văn bản (${p.b}).`,
    en: (p) => `The milestone year ${p.a} lies outside the document's span (${p.b}).`,
  },
  'milestones-order': {
    vi: (p) => `Các mốc phải theo thứ tự năm tăng dần, không trùng; năm ${p.a} đứng sau ${p.b}.`,
    en: (p) => `Milestones must be in increasing year order, without repeats; ${p.a} comes after ${p.b}.`,
  },
  'range-reversed': {
    vi: (p) => `Khoảng có cận dưới ${p.a} lớn hơn cận trên ${p.b}.`,
    en: (p) => `The range's minimum ${p.a} is above its maximum ${p.b}.`,
  },
  'needs-direction': {
    vi: (p) => `Chỉ tiêu loại "${p.a}" cần trường "direction" (chiều tốt: increase, decrease hoặc maintain).`,
    en: (p) => `A "${p.a}" target needs "direction" (which way is good: increase, decrease or maintain).`,
  },
  'needs-value': {
    vi: (p) => `Mốc của chỉ tiêu loại "${p.a}" cần ${p.b}.`,
    en: (p) => `A milestone of a "${p.a}" target needs ${p.b}.`,
  },
  'unexpected-value': {
    vi: (p) => `Mốc của chỉ tiêu loại "${p.a}" không được có ${p.b}.`,
    en: (p) => `A milestone of a "${p.a}" target must not have ${p.b}.`,
  },
  'needs-field': {
    vi: (p) => `Chỉ tiêu loại "${p.a}" cần trường "${p.b}".`,
    en: (p) => `A "${p.a}" target needs the field "${p.b}".`,
  },
  'baseline-needs-time': {
    vi: () => `Mốc cơ sở cần năm ("year") hoặc giai đoạn ("period"), không phải cả hai.`,
    en: () => `A baseline needs a year or a period, not both.`,
  },
  'baseline-after-milestone': {
    vi: (p) => `Năm cơ sở ${p.a} không sớm hơn mốc đầu tiên ${p.b}.`,
    en: (p) => `The baseline ${p.a} is not before the first milestone, ${p.b}.`,
  },
  'level-out-of-scale': {
    vi: (p) => `Mức ${p.a} nằm ngoài thang đo (1–${p.b}).`,
    en: (p) => `Level ${p.a} is outside the scale (1–${p.b}).`,
  },
  'rank-out-of-range': {
    vi: (p) => `Thứ hạng ${p.a} nằm ngoài 1–${p.b}.`,
    en: (p) => `Rank ${p.a} is outside 1–${p.b}.`,
  },
  negative: {
    vi: (p) => `Giá trị ${p.a} không thể âm với đơn vị "${p.b}".`,
    en: (p) => `${p.a} cannot be negative for the unit "${p.b}".`,
  },
  'observation-needs-time': {
    vi: () => `Số liệu cần ngày ("date") hoặc giai đoạn ("period"), không phải cả hai.`,
    en: () => `A reported value needs a date or a period, not both.`,
  },
  'observation-boolean': {
    vi: (p) => `Giá trị đúng/sai chỉ dùng cho chỉ tiêu định tính; chỉ số "${p.a}" là chỉ số định lượng.`,
    en: (p) => `A true/false value is only for a qualitative target; "${p.a}" is numeric.`,
  },
  'observation-number': {
    vi: (p) => `Chỉ số "${p.a}" là chỉ tiêu định tính: giá trị phải là true (đã xong) hoặc false.`,
    en: (p) => `"${p.a}" is qualitative: its value must be true (done) or false.`,
  },
  'indicator-conflict': {
    vi: (p) => `Chỉ số "${p.a}" được khai báo với hai đơn vị khác nhau.`,
    en: (p) => `The indicator "${p.a}" is declared with two different units.`,
  },
  'too-deep': {
    vi: () => `Tài liệu lồng nhau quá sâu hoặc quá lớn để kiểm tra.`,
    en: () => `The document is nested too deeply or is too large to check.`,
  },
} satisfies Record<string, { vi: Message; en: Message }>;

export type IssueCode = keyof typeof VALIDATION_MESSAGES;
