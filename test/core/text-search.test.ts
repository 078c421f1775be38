import { expect } from '@open-wc/testing';
import fc from 'fast-check';
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

  it('foldText gives what its four regular-expression passes gave, on any text', () => {
    const reference = (t: string) =>
      t
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/[đĐðÐ]/g, 'd')
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .trim();
    // Letters, white space of every kind, marks in and out of U+0300–036F, stroked letters, lone
    // and paired surrogates, letters whose case changes their length.
    const piece = fc.constantFrom(
      ...['a', 'Z', '1', ' ', '\t', '\n', '\u00a0', '\u2028', '\u3000', '\u0085', 'đ', 'Đ', 'ð', 'Ð', 'ầ', 'Ư'],
      ...['e\u0301', '\u0301', '\u20dd', '\u0e31', '\ud800', '\udc00', '😀', '\u{1d167}', 'İ', 'Σ', 'ß', 'ǅ'],
    );
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: piece, maxLength: 60 }),
      // Longer than the chunk foldText turns into a string at a time.
      fc.string({ unit: piece, minLength: 4000, maxLength: 4200 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(foldText(t)).to.equal(reference(t));
      }),
      { numRuns: 300 },
    );
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
