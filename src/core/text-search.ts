/**
 * Search that ignores diacritics and case, the way a reader types on a keyboard without a
 * Vietnamese input method: "dau tu" finds "đầu tư", "Dak Lak" finds "Đắk Lắk".
 *
 * Folding is NFD (which splits "ầ" into "a" + two combining marks), then the combining marks are
 * dropped and the rest is lower-cased. "đ" and "Đ" are letters of their own, not "d" with a mark,
 * so NFD leaves them whole: they are mapped to "d" by hand, as are the few other stroked letters a
 * pasted name may carry.
 */

/** One code point that is a combining mark, or white space: tested only for the rare non-ASCII ones. */
const MARK = /^\p{M}$/u;
const SPACE = /^\s$/;
/** Characters collected before they are turned into a string (under String.fromCharCode's argument limit). */
const CHUNK = 4096;

/**
 * Text folded for comparison: no diacritics, lower case, runs of white space as one space, trimmed.
 *
 * Exactly `text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐðÐ]/g, 'd').toLowerCase()
 * .replace(/\s+/g, ' ').trim()` (a test checks it against that on random text), in one pass over
 * the characters: a table folds every row's text, several hundred characters each, and the four
 * regular-expression passes took about twice as long.
 *
 * @example foldText('Đắk Lắk') // "dak lak"
 * @example foldText('  ĐẦU   tư ') // "dau tu"
 */
export function foldText(text: string): string {
  const s = text.normalize('NFD');
  const codes: number[] = [];
  let out = '';
  let n = 0;
  let space = true; // white space here is dropped: at the start, or after white space
  const flush = () => {
    out += String.fromCharCode(...(n === codes.length ? codes : codes.slice(0, n)));
    n = 0;
  };
  for (let i = 0; i < s.length; i++) {
    if (n >= CHUNK) flush();
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c === 32 || (c >= 9 && c <= 13)) {
        if (!space) codes[n++] = 32;
        space = true;
      } else {
        codes[n++] = c;
        space = false;
      }
      continue;
    }
    // Vietnamese diacritics, after NFD, are all in Combining Diacritical Marks.
    if (c >= 0x300 && c <= 0x36f) continue;
    // Stroked letters, which NFD leaves whole.
    if (c === 0x111 || c === 0x110 || c === 0xf0 || c === 0xd0) {
      codes[n++] = 100; // d
      space = false;
      continue;
    }
    const pair = c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const ch = pair ? s.slice(i, i + 2) : s.charAt(i);
    if (MARK.test(ch)) {
      if (pair) i++;
    } else if (SPACE.test(ch)) {
      if (!space) codes[n++] = 32;
      space = true;
    } else {
      codes[n++] = c;
      if (pair) codes[n++] = s.charCodeAt(++i);
      space = false;
    }
  }
  flush();
  // Only white space emits a space, and never two in a row: one at the end is the trailing run.
  return (out.endsWith(' ') ? out.slice(0, -1) : out).toLowerCase();
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
