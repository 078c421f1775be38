/**
 * From text to a validated resolution, once per document: JSON first (with the line and column
 * of a syntax error, and a body that stops mid-document told apart from one that is malformed),
 * then the validator. Results for objects are memoized by identity, so twenty widgets that are
 * handed one object validate it once.
 */
import { validateResolution } from '../core/validate.js';
import type { Resolution } from '../core/schema.js';
import { dataError, type DataError, type DataOrigin } from './errors.js';

export type ParseResult = { ok: true; resolution: Resolution } | { ok: false; error: DataError };

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** Where V8, SpiderMonkey and JavaScriptCore say a JSON syntax error is, as an offset. */
function errorPosition(message: string, text: string): number | undefined {
  const pos = /at position (\d+)/.exec(message);
  if (pos) return Number(pos[1]);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) {
    const lines = text.split(/\r\n|\r|\n/);
    const line = Number(lc[1]);
    let offset = 0;
    for (let i = 0; i < line - 1 && i < lines.length; i++) offset += (lines[i]?.length ?? 0) + 1;
    return offset + Number(lc[2]) - 1;
  }
  if (/end of (JSON )?(input|data)/i.test(message)) return text.length;
  return undefined;
}

export interface ParseContext {
  origin: DataOrigin;
  url?: string;
}

/** Parses JSON text; an error names the line and column, and a cut-off body is `truncated`. */
export function parseJson(text: string, ctx: ParseContext): { ok: true; value: unknown } | { ok: false; error: DataError } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const position = errorPosition(message, text);
    const trimmed = text.trimEnd();
    const atEnd = position !== undefined && position >= trimmed.length;
    const base = ctx.url !== undefined ? { url: ctx.url } : {};
    // Only a body fetched over the network can be cut off by a dropped connection; an inline
    // script that stops early is a syntax error its editor can fix at the line given.
    if (atEnd && trimmed.length > 0 && (ctx.origin === 'src' || ctx.origin === 'live')) {
      return { ok: false, error: dataError('truncated', ctx.origin, base) };
    }
    const where = position !== undefined ? lineColumn(text, Math.min(position, text.length)) : {};
    return { ok: false, error: dataError('parse', ctx.origin, { ...base, ...where, detail: message.slice(0, 200) }) };
  }
}

/**
 * Documents this module has already validated: a widget that hands its validated document to
 * another (the goal table to its rows' gauges, `<nq-resolution>` to its parts) must not have it
 * validated again, whichever way the first widget got it.
 */
const validated = new WeakSet<object>();

/** Validates a parsed value; the issues travel with the error. */
export function checkDocument(value: unknown, ctx: ParseContext): ParseResult {
  const result = validateResolution(value);
  if (result.ok) {
    validated.add(result.resolution);
    return { ok: true, resolution: result.resolution };
  }
  const details = ctx.url !== undefined ? { url: ctx.url, issues: result.issues } : { issues: result.issues };
  return { ok: false, error: dataError('invalid', ctx.origin, details) };
}

export function parseDocument(text: string, ctx: ParseContext): ParseResult {
  const json = parseJson(text, ctx);
  return json.ok ? checkDocument(json.value, ctx) : json;
}

const byObject = new Map<string, WeakMap<object, ParseResult>>();

/**
 * Validates an object handed to the `resolution` property, once per object. A new object (an
 * edit made immutably) validates again; mutating an object in place does not, as with Lit.
 */
export function checkObject(value: unknown, ctx: ParseContext): ParseResult {
  if (value === null || typeof value !== 'object') return checkDocument(value, ctx);
  if (validated.has(value)) return { ok: true, resolution: value as Resolution };
  const key = `${ctx.origin} ${ctx.url ?? ''}`;
  let memo = byObject.get(key);
  if (!memo) byObject.set(key, (memo = new WeakMap()));
  const known = memo.get(value);
  if (known) return known;
  const result = checkDocument(value, ctx);
  memo.set(value, result);
  return result;
}
