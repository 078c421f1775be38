/**
 * A document with a stream's observations merged in, validated once per (document, patches)
 * pair: every widget following one stream shares the result instead of re-validating.
 */
import type { Observation, Resolution } from '../core/schema.js';
import { applyObservations } from './merge.js';
import { checkDocument, type ParseResult } from './parse.js';

const memo = new WeakMap<Resolution, WeakMap<readonly Observation[], ParseResult>>();

export function mergedDocument(doc: Resolution, patches: readonly Observation[], url: string): ParseResult {
  if (patches.length === 0) return { ok: true, resolution: doc };
  let byPatches = memo.get(doc);
  if (!byPatches) memo.set(doc, (byPatches = new WeakMap()));
  const known = byPatches.get(patches);
  if (known) return known;
  const result = checkDocument(applyObservations(doc, patches), { origin: 'live', url });
  byPatches.set(patches, result);
  return result;
}
