import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { buildJsonSchema } from '../../scripts/build-schema.js';
import { SCHEMA_ID } from '../../src/core/vocabulary.js';

const schema = buildJsonSchema();
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addKeyword('version');
const check = ajv.compile(schema);
const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

describe('resolution.schema.json', () => {
  it('is draft 2020-12 with an $id and a version', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema.$id, SCHEMA_ID);
    assert.equal(schema.version, '1.0.0');
  });

  const files = [
    ...readdirSync('demo/data')
      .filter((f) => f.endsWith('.json'))
      .map((f) => `demo/data/${f}`),
    'demo/data/samples/all-kinds.json',
  ];
  for (const file of files) {
    it(`accepts ${file}, as the validator does`, () => {
      assert.equal(check(read(file)), true, JSON.stringify(check.errors, null, 1));
    });
  }

  it('rejects the invalid sample: a wrong type, an unknown field', () => {
    assert.equal(check(read('demo/data/samples/invalid.json')), false);
    const paths = (check.errors ?? []).map((e) => e.instancePath);
    assert.ok(paths.includes('/horizon'), JSON.stringify(paths));
  });

  it('rejects a number given as text and a target without vi', () => {
    const doc = read('demo/data/nghe-an-khcn-2030.json') as {
      targets: { milestones: { value?: unknown }[]; label: unknown }[];
    };
    doc.targets[0]!.milestones[0]!.value = '50%';
    doc.targets[1]!.label = { en: 'Only English' };
    assert.equal(check(doc), false);
  });
});
