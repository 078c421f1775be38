/**
 * `validateResolution(input)`: checks anything (parsed JSON, a string, a hostile object) against the
 * resolution schema v1 and the rules between fields, and returns every issue with its JSON path,
 * what was expected, what was found, and a message in vi and en. It never throws.
 */
import * as v from 'valibot';
import { VALIDATION_MESSAGES, type IssueCode } from './messages/validation.js';
import { describeValue, makeIssue, type PathKey, type ValidationIssue } from './issues.js';
import { checkRules } from './rules.js';
import { ARRAY_LIMITS, ResolutionSchema, type Resolution } from './schema.js';

export type { ValidationIssue } from './issues.js';

export type ValidationResult =
  { ok: true; resolution: Resolution; issues: [] } | { ok: false; issues: ValidationIssue[] };

/** Beyond this many issues the rest are dropped: a reader fixes the first ones first. */
export const MAX_ISSUES = 200;

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  array: 'an array',
  strict_object: 'an object',
  object: 'an object',
  strict_tuple: 'an array of two numbers [min, max]',
  tuple: 'an array',
  union: 'a number, or true/false',
  nullable: 'a value or null',
};

function valueAt(input: unknown, keys: readonly PathKey[]): unknown {
  let cur: unknown = input;
  for (const key of keys) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, key)) return undefined;
    cur = (cur as Record<PathKey, unknown>)[key];
  }
  return cur;
}

/** Turns one valibot issue into ours, with its own code and message. */
function fromValibot(issue: v.BaseIssue<unknown>, input: unknown): ValidationIssue {
  const keys: PathKey[] = (issue.path ?? []).map((item) => item.key as PathKey);
  const last = keys[keys.length - 1];
  const key = last === undefined ? '$' : String(last);
  const found = valueAt(input, keys);
  const received = describeValue(found);
  const custom = issue.message.startsWith('@') ? issue.message.slice(1) : undefined;
  if (custom && custom in VALIDATION_MESSAGES) {
    return makeIssue(custom as IssueCode, keys, { key, received });
  }
  switch (issue.type) {
    case 'strict_object':
      if (keys.length === 0 || issue.expected === 'Object') return makeIssue('not-object', keys, { received });
      if (issue.expected === 'never') return makeIssue('unknown-field', keys, { key, received });
      return makeIssue('missing-field', keys, { key, expected: issue.expected ?? undefined });
    case 'strict_tuple':
      if (issue.expected === 'never') return makeIssue('unknown-field', keys, { key, received });
      return makeIssue('type', keys, { key, expected: TYPE_WORDS.strict_tuple, received });
    case 'picklist':
      return makeIssue('not-one-of', keys, {
        key,
        expected: (issue.expected ?? '').replace(/[()]/g, '').split(' | ').join(', '),
        received,
      });
    case 'literal':
      if (key === 'schemaVersion')
        return makeIssue('wrong-version', keys, { key, expected: issue.expected ?? '', received });
      return makeIssue('type', keys, { key, expected: issue.expected ?? '', received });
    case 'finite':
      return makeIssue('not-finite', keys, { key, received });
    case 'integer':
      return makeIssue('not-integer', keys, { key, received });
    case 'min_value':
      return makeIssue('too-small', keys, { key, expected: issue.expected ?? '', received });
    case 'max_value':
      return makeIssue('too-large', keys, { key, expected: issue.expected ?? '', received });
    case 'min_length':
      return makeIssue('too-short', keys, { key, expected: issue.expected ?? '', received: String(issue.received) });
    case 'max_length':
      return makeIssue('too-long', keys, { key, expected: issue.expected ?? '', received: String(issue.received) });
    case 'regex':
      return makeIssue('bad-format', keys, { key, received });
    default:
      if (found === undefined && issue.kind === 'schema') return makeIssue('missing-field', keys, { key });
      return makeIssue('type', keys, {
        key,
        expected: TYPE_WORDS[issue.type] ?? issue.expected ?? issue.type,
        received,
      });
  }
}

/** The top-level lists' lengths, checked before a single item is: 100,000 targets are refused at once. */
function oversizedArrays(doc: Record<string, unknown>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const [key, max] of Object.entries(ARRAY_LIMITS)) {
    const value = Object.prototype.hasOwnProperty.call(doc, key) ? doc[key] : undefined;
    if (Array.isArray(value) && value.length > max) {
      issues.push(makeIssue('too-long', [key], { key, expected: `<=${max}`, received: String(value.length) }));
    }
  }
  return issues;
}

/**
 * Validates a resolution. A string is parsed as JSON first. Returns the typed document when it
 * is valid, or every issue (up to MAX_ISSUES) when it is not. Never throws.
 */
export function validateResolution(input: unknown): ValidationResult {
  let doc: unknown = input;
  if (typeof input === 'string') {
    try {
      doc = JSON.parse(input);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, issues: [makeIssue('not-json', [], { a: reason.slice(0, 200) })] };
    }
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    return { ok: false, issues: [makeIssue('not-object', [], { received: describeValue(doc) })] };
  }
  try {
    const oversized = oversizedArrays(doc as Record<string, unknown>);
    if (oversized.length > 0) return { ok: false, issues: oversized };
    const parsed = v.safeParse(ResolutionSchema, doc, { abortEarly: false });
    if (!parsed.success) {
      const issues = parsed.issues.slice(0, MAX_ISSUES).map((issue) => fromValibot(issue, doc));
      return { ok: false, issues };
    }
    const issues = checkRules(parsed.output).slice(0, MAX_ISSUES);
    if (issues.length > 0) return { ok: false, issues };
    return { ok: true, resolution: parsed.output, issues: [] };
  } catch {
    // A stack overflow on absurd nesting, or a getter that throws: report, never crash the page.
    return { ok: false, issues: [makeIssue('too-deep', [])] };
  }
}
