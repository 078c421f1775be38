/**
 * Writes dist/resolution.schema.json: the JSON Schema (draft 2020-12) of a resolution file,
 * generated from the valibot schema in src/core/schema.ts so the two can never disagree on
 * structure. Rules between fields (unique ids, parents, milestones inside the period) are not
 * expressible in JSON Schema: `npx nghiquyet-widgets validate` checks those too.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import { ResolutionSchema } from '../src/core/schema.js';
import { SCHEMA_ID, SCHEMA_VERSION } from '../src/core/vocabulary.js';

export function buildJsonSchema(): Record<string, unknown> {
  // `check` actions (a real calendar date) have no JSON Schema form: the validator keeps them.
  const generated = toJsonSchema(ResolutionSchema, { target: 'draft-2020-12', errorMode: 'ignore' }) as Record<
    string,
    unknown
  >;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: SCHEMA_ID,
    version: `${SCHEMA_VERSION}.0.0`,
    description:
      'A Vietnamese government resolution (nghị quyết), its targets and the values reported against them. ' +
      'Numbers are stored as the document states them, in the indicator’s unit (35 % is 35). ' +
      'Every string a reader sees is {"vi": …, "en": …} with vi required.',
    ...rest,
  };
}

const out = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'resolution.schema.json');
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(buildJsonSchema(), null, 2) + '\n');
  console.log(`wrote ${out}`);
}
