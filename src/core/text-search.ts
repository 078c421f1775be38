/**
 * Search that ignores diacritics and case, the way a reader types on a keyboard without a
 * Vietnamese input method: "dau tu" finds "đầu tư", "Dak Lak" finds "Đắk Lắk".
 *
 * Folding is NFD (which splits "ầ" into "a" + two combining marks), then the combining marks are
 * dropped and the rest is lower-cased. "đ" and "Đ" are letters of their own, not "d" with a mark,
 * so NFD leaves them whole: they are mapped to "d" by hand, as are the few other stroked letters a
 * pasted name may carry.
 */

const COMBINING = /\p{M}/gu;
const STROKED = /[đĐðÐ]/g;
const SPACES = /\s+/g;

/**
 * Text folded for comparison: no diacritics, lower case, runs of white space as one space, trimmed.
 *
 * @example foldText('Đắk Lắk') // "dak lak"
 * @example foldText('  ĐẦU   tư ') // "dau tu"
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(COMBINING, '').replace(STROKED, 'd').toLowerCase().replace(SPACES, ' ').trim();
}

/**
 * The words of a query, folded; quotes keep a phrase together ("khoa học" "dau tu").
 * An empty or blank query has no terms, and matches everything.
 */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  const pattern = /"([^"]*)"|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(query)) !== null) {
    const term = foldText(m[1] ?? m[2] ?? '');
    if (term) terms.push(term);
  }
  return terms;
}

/** True when every term occurs in the folded text (terms from {@link queryTerms}). */
export function matchesTerms(foldedText: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!foldedText.includes(term)) return false;
  return true;
}

/**
 * True when every word of the query occurs in the text, ignoring diacritics and case.
 *
 * @example matchesQuery('Đầu tư cho khoa học', 'dau tu') // true
 * @example matchesQuery('Đắk Lắk', 'lak dak') // true: word order does not matter
 */
export function matchesQuery(text: string, query: string): boolean {
  return matchesTerms(foldText(text), queryTerms(query));
}
