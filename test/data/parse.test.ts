import { expect } from '@open-wc/testing';
import type { Resolution } from '../../src/core/schema.js';
import { checkObject, parseDocument } from '../../src/data/parse.js';
import { makeDocument, makeTarget } from '../helpers/documents.js';

describe('checkObject', () => {
  it('takes a document this module validated as it is: a widget handing it on does not validate it again', () => {
    const text = JSON.stringify(makeDocument([makeTarget({ id: 'a' })]));
    const parsed = parseDocument(text, { origin: 'src', url: 'https://example.org/a.json' });
    expect(parsed.ok).to.equal(true);
    const validated = (parsed as { resolution: Resolution }).resolution;
    const handed = checkObject(validated, { origin: 'property' });
    // Validating again would return a fresh copy, not the same object.
    expect(handed).to.deep.equal({ ok: true, resolution: validated });
    expect((handed as { resolution: Resolution }).resolution).to.equal(validated);
  });

  it('validates an object it has not seen, once per object', () => {
    const doc = makeDocument([makeTarget({ id: 'a' })]);
    const first = checkObject(doc, { origin: 'property' });
    expect(first.ok).to.equal(true);
    expect((first as { resolution: Resolution }).resolution).to.not.equal(doc);
    expect(checkObject(doc, { origin: 'property' })).to.equal(first);
  });

  it('refuses an invalid object with its issues', () => {
    const result = checkObject({ schemaVersion: 1 }, { origin: 'property' });
    expect(result.ok).to.equal(false);
    expect((result as { error: { code: string } }).error.code).to.equal('invalid');
  });
});
