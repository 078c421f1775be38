/**
 * A validation issue and how one is made: its code, its JSON path, and its message in vi and en.
 * Shared by the structural check (validate.ts) and the rules between fields (rules.ts).
 */
import { VALIDATION_MESSAGES, inVietnamese, type IssueCode, type IssueParams } from './messages/validation.js';

export interface ValidationIssue {
  code: IssueCode;
  /** Where: `$` is the document, then `.field` and `[index]`: `$.targets[2].milestones[0].value`. */
  path: string;
  expected?: string;
  received?: string;
  message: { vi: string; en: string };
}

export type PathKey = string | number;

/** Builds an issue with its localized message. */
export function makeIssue(code: IssueCode, keys: readonly PathKey[], params: IssueParams = {}): ValidationIssue {
  const messages = VALIDATION_MESSAGES[code];
  const issue: ValidationIssue = {
    code,
    path: formatPath(keys),
    message: { vi: messages.vi(inVietnamese(params)), en: messages.en(params) },
  };
  if (params.expected !== undefined) issue.expected = params.expected;
  if (params.received !== undefined) issue.received = params.received;
  return issue;
}

export function formatPath(keys: readonly PathKey[]): string {
  let out = '$';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** A short, safe description of a value for a message: never the whole of a 1 MB string. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (Object.is(value, -0)) return '-0';
    return String(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}
