import { expect } from '@open-wc/testing';
import { foldText, matchesQuery, matchesTerms, queryTerms } from '../../src/core/text-search.js';

describe('text-search', () => {
  const folds: [string, string][] = [
    ['Đắk Lắk', 'dak lak'],
    ['đầu tư', 'dau tu'],
    ['ĐẦU TƯ', 'dau tu'],
    ['Nghệ An', 'nghe an'],
    ['Ưu tiên ứng dụng', 'uu tien ung dung'],
    ['khoa học  và\tcông nghệ ', 'khoa hoc va cong nghe'],
    // precomposed (NFC) and decomposed (NFD) input fold the same
    ['Cao B\u1eb1ng', 'cao bang'],
    ['Cao Ba\u0306\u0300ng', 'cao bang'],
    ['', ''],
  ];
  for (const [input, expected] of folds) {
    it(`foldText(${JSON.stringify(input)}) is ${JSON.stringify(expected)}`, () => {
      expect(foldText(input)).to.equal(expected);
    });
  }

  it('foldText maps đ and Đ, which NFD does not decompose, to d', () => {
    expect('đ'.normalize('NFD')).to.equal('đ');
    expect(foldText('đĐ')).to.equal('dd');
  });

  const matches: [string, string, boolean][] = [
    ['Đầu tư cho khoa học và công nghệ', 'dau tu', true],
    ['Tỉnh Đắk Lắk', 'Dak Lak', true],
    ['Tỉnh Đắk Lắk', 'lak dak', true],
    ['Tỉnh Đắk Lắk', 'DAK', true],
    ['Đầu tư cho khoa học', 'đầu tư', true],
    ['Đầu tư cho khoa học', 'dau tu nong nghiep', false],
    ['Cao Bằng', 'cao bang', true],
    ['Cao Bằng', '', true],
    ['Cao Bằng', '   ', true],
    ['số doanh nghiệp khoa học', '"khoa hoc" doanh', true],
    ['khoa công nghệ học', '"khoa hoc"', false],
  ];
  for (const [text, query, expected] of matches) {
    it(`matchesQuery(${JSON.stringify(text)}, ${JSON.stringify(query)}) is ${expected}`, () => {
      expect(matchesQuery(text, query)).to.equal(expected);
    });
  }

  it('queryTerms folds each word and keeps a quoted phrase whole', () => {
    expect(queryTerms('  Đầu  "Khoa Học"  tư ')).to.deep.equal(['dau', 'khoa hoc', 'tu']);
    expect(queryTerms('""')).to.deep.equal([]);
  });

  it('matchesTerms with no terms matches everything', () => {
    expect(matchesTerms('anything', [])).to.be.true;
  });
});
