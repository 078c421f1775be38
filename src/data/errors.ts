/**
 * What went wrong while getting a document, said so that a reader (or the page owner) knows what
 * is wrong and where: which URL, which HTTP status, which line of the JSON, which fields of the
 * document. Every message is in Vietnamese and English.
 */
import type { ValidationIssue } from '../core/validate.js';

export const DATA_ERROR_CODES = [
  'network', // no response: offline, or the server is down
  'cors', // no response from another origin: blocked by CORS, or the server is down
  'csp', // the page's Content-Security-Policy blocked the request
  'timeout', // no response in time
  'http', // an HTTP error status (5xx, 429, 403, …)
  'not-found', // 404: polling stops
  'gone', // 410: polling stops
  'truncated', // the body ended before the document did
  'parse', // not JSON
  'invalid', // JSON, but not a valid resolution
  'stream', // the live stream is not an event stream, or sent an unreadable event
  'target', // the `target` attribute names no target of the document
] as const;
export type DataErrorCode = (typeof DATA_ERROR_CODES)[number];

/** Where the document came from, so a message can say "the inline JSON" or the URL. */
export type DataOrigin = 'property' | 'inline' | 'src' | 'live';

export interface DataError {
  code: DataErrorCode;
  origin: DataOrigin;
  message: { vi: string; en: string };
  url?: string;
  status?: number;
  /** For `invalid`: every issue the validator found. */
  issues?: ValidationIssue[];
  /** For `parse`: where the JSON went wrong, 1-based. */
  line?: number;
  column?: number;
  /** How long the server asked us to wait (ms), from `Retry-After`. */
  retryAfter?: number;
  /** True when no more attempts will be made (404, 410, 204 on a stream). */
  final?: boolean;
}

interface Details {
  url?: string;
  status?: number;
  issues?: ValidationIssue[];
  line?: number;
  column?: number;
  retryAfter?: number;
  /** For `parse` and `stream`: the engine's own words, appended in both languages. */
  detail?: string;
  /** For `cors` and `csp`: the page's origin. */
  pageOrigin?: string;
  /** For `timeout`: after how long (ms). */
  timeout?: number;
  /** For `target`: the id asked for. */
  target?: string;
  /** For `network`: the browser says it is offline. */
  offline?: boolean;
  contentType?: string;
}

/** How many validation issues a message lists; the rest are in `issues`. */
export const ISSUES_SHOWN = 3;

function where(origin: DataOrigin, url: string | undefined): { vi: string; en: string } {
  if (origin === 'inline') return { vi: 'thẻ <script type="application/json">', en: 'the <script type="application/json"> element' };
  if (origin === 'property') return { vi: 'thuộc tính resolution', en: 'the resolution property' };
  const u = url ?? '';
  return origin === 'live' ? { vi: `luồng ${u}`, en: `the stream ${u}` } : { vi: u, en: u };
}

function originOf(url: string | undefined): string {
  try {
    return url ? new URL(url).origin : '';
  } catch {
    return '';
  }
}

const seconds = (ms: number) => String(Math.max(1, Math.round(ms / 1000)));

function messageFor(code: DataErrorCode, origin: DataOrigin, d: Details): { vi: string; en: string } {
  const w = where(origin, d.url);
  const serverOrigin = originOf(d.url);
  switch (code) {
    case 'network':
      return d.offline
        ? { vi: `Thiết bị đang ngoại tuyến: chưa tải được ${w.vi}.`, en: `The device is offline: could not load ${w.en}.` }
        : {
            vi: `Không kết nối được tới ${w.vi}. Máy chủ dữ liệu không trả lời.`,
            en: `Could not connect to ${w.en}. The data server did not answer.`,
          };
    case 'cors':
      return {
        vi:
          `Trình duyệt không nhận được dữ liệu từ ${w.vi}: máy chủ không trả lời, hoặc trình duyệt chặn yêu cầu tới nguồn khác. ` +
          `Chủ trang cần cho phép: máy chủ dữ liệu gửi tiêu đề CORS "Access-Control-Allow-Origin" cho ${d.pageOrigin ?? 'trang này'}, ` +
          `và chính sách CSP của trang cho phép "connect-src ${serverOrigin}".`,
        en:
          `The browser got no data from ${w.en}: the server did not answer, or the browser blocked a request to another origin. ` +
          `The page owner must allow it: the data server must send the CORS header "Access-Control-Allow-Origin" for ${d.pageOrigin ?? 'this page'}, ` +
          `and the page's Content-Security-Policy must allow "connect-src ${serverOrigin}".`,
      };
    case 'csp':
      return {
        vi: `Chính sách bảo mật nội dung (CSP) của trang chặn kết nối tới ${w.vi}. Chủ trang cần thêm "${serverOrigin}" vào "connect-src".`,
        en: `The page's Content-Security-Policy blocks connections to ${w.en}. The page owner must add "${serverOrigin}" to "connect-src".`,
      };
    case 'timeout':
      return {
        vi: `Máy chủ không trả lời trong ${seconds(d.timeout ?? 0)} giây: ${w.vi}.`,
        en: `The server did not answer within ${seconds(d.timeout ?? 0)} s: ${w.en}.`,
      };
    case 'http': {
      const later =
        d.retryAfter !== undefined
          ? { vi: ` Sẽ thử lại sau ${seconds(d.retryAfter)} giây.`, en: ` Retrying in ${seconds(d.retryAfter)} s.` }
          : { vi: '', en: '' };
      return {
        vi: `Máy chủ trả về lỗi HTTP ${d.status ?? '?'} cho ${w.vi}.${later.vi}`,
        en: `The server answered HTTP ${d.status ?? '?'} for ${w.en}.${later.en}`,
      };
    }
    case 'not-found':
      return {
        vi: `Không tìm thấy dữ liệu (HTTP 404): ${w.vi}. Hãy kiểm tra địa chỉ; đã ngừng cập nhật.`,
        en: `No data found (HTTP 404): ${w.en}. Check the address; updates have stopped.`,
      };
    case 'gone':
      return {
        vi: `Dữ liệu đã bị gỡ bỏ (HTTP 410): ${w.vi}. Đã ngừng cập nhật.`,
        en: `The data has been withdrawn (HTTP 410): ${w.en}. Updates have stopped.`,
      };
    case 'truncated':
      return {
        vi: `Dữ liệu từ ${w.vi} bị cắt cụt: tải về chưa hết thì kết nối đã đóng.`,
        en: `The data from ${w.en} is truncated: the connection closed before the end of the document.`,
      };
    case 'parse': {
      const at =
        d.line !== undefined ? { vi: ` (dòng ${d.line}, cột ${d.column ?? 1})`, en: ` (line ${d.line}, column ${d.column ?? 1})` } : { vi: '', en: '' };
      return {
        vi: `Dữ liệu từ ${w.vi} không phải JSON hợp lệ${at.vi}.${d.detail ? ` ${d.detail}` : ''}`,
        en: `The data from ${w.en} is not valid JSON${at.en}.${d.detail ? ` ${d.detail}` : ''}`,
      };
    }
    case 'invalid': {
      const issues = d.issues ?? [];
      const shown = issues.slice(0, ISSUES_SHOWN);
      const more = issues.length - shown.length;
      return {
        vi:
          `Dữ liệu từ ${w.vi} không đúng lược đồ nghị quyết (${issues.length} lỗi): ` +
          shown.map((i) => `${i.path}: ${i.message.vi}`).join('; ') +
          (more > 0 ? `; và ${more} lỗi khác.` : '.'),
        en:
          `The data from ${w.en} is not a valid resolution (${issues.length} ${issues.length === 1 ? 'issue' : 'issues'}): ` +
          shown.map((i) => `${i.path}: ${i.message.en}`).join('; ') +
          (more > 0 ? `; and ${more} more.` : '.'),
      };
    }
    case 'stream':
      return d.contentType !== undefined
        ? {
            vi: `${w.vi} không phải luồng sự kiện (Content-Type là "${d.contentType}", cần "text/event-stream").`,
            en: `${w.en} is not an event stream (Content-Type is "${d.contentType}", expected "text/event-stream").`,
          }
        : {
            vi: `Luồng cập nhật ${d.url ?? ''} gửi một sự kiện không đọc được.${d.detail ? ` ${d.detail}` : ''}`,
            en: `The update stream ${d.url ?? ''} sent an unreadable event.${d.detail ? ` ${d.detail}` : ''}`,
          };
    case 'target':
      return {
        vi: `Nghị quyết không có chỉ tiêu nào có mã "${d.target ?? ''}" (thuộc tính target).`,
        en: `The resolution has no target with id "${d.target ?? ''}" (the target attribute).`,
      };
  }
}

/** Builds a DataError with its message in both languages. */
export function dataError(code: DataErrorCode, origin: DataOrigin, details: Details = {}): DataError {
  const error: DataError = { code, origin, message: messageFor(code, origin, details) };
  if (details.url !== undefined) error.url = details.url;
  if (details.status !== undefined) error.status = details.status;
  if (details.issues !== undefined) error.issues = details.issues;
  if (details.line !== undefined) error.line = details.line;
  if (details.column !== undefined) error.column = details.column;
  if (details.retryAfter !== undefined) error.retryAfter = details.retryAfter;
  if (code === 'not-found' || code === 'gone') error.final = true;
  return error;
}

/** Two errors that would read the same: a repeat of the same failure is not news. */
export function sameError(a: DataError | undefined, b: DataError | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.code === b.code && a.status === b.status && a.url === b.url && a.message.en === b.message.en;
}
