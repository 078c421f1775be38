import { expect } from '@open-wc/testing';
import { changedValues, describeChanges } from '../../src/data/changes.js';
import { makeDocument, makeTarget, observation } from '../helpers/documents.js';

const target = makeTarget({ id: 'share', label: { vi: 'Tỷ lệ chi cho KH&CN', en: 'S&T spending share' } });
const before = makeDocument([target], [observation('share', '2024', 1.8)]);
const after = makeDocument([target], [observation('share', '2024', 2.1), observation('share', '2025', 2.3)]);

describe('changedValues', () => {
  it('lists the observations that are new or changed, not the unchanged ones', () => {
    expect(changedValues(before, after).map((c) => [c.before, c.after])).to.deep.equal([
      [1.8, 2.1],
      [undefined, 2.3],
    ]);
    expect(changedValues(after, after)).to.deep.equal([]);
  });
});

describe('describeChanges', () => {
  it('names the changed values in vi and en, in their unit', () => {
    expect(describeChanges(before, after)).to.deep.equal({
      vi: 'Đã cập nhật: Tỷ lệ chi cho KH&CN: 2,1%; Tỷ lệ chi cho KH&CN: 2,3%.',
      en: 'Updated: S&T spending share: 2.1%; S&T spending share: 2.3%.',
    });
  });

  it('diffs a pair of documents once, however many widgets announce it', () => {
    const first = describeChanges(before, after);
    expect(describeChanges(before, after)).to.equal(first);
    expect(describeChanges(after, before)).to.not.equal(first);
  });
});
