/**
 * The page script of the CSP test (test/csp/csp.node.test.ts), bundled with the library by
 * esbuild and served as /page.js: it hands documents to the widgets marked `data-doc`, the good
 * one or one with a script payload in every text field, and says when it is done.
 */
import '../../src/index.js';
import { baseDocument, copy, withText } from '../hostile/base.js';
import { MARKUP_PAYLOADS } from '../hostile/corpus.js';

/** Every markup payload of the corpus at once, in every text field. */
export const ALL_PAYLOADS = MARKUP_PAYLOADS.map(([, p]) => p).join(' ');

for (const el of document.querySelectorAll<HTMLElement & { resolution?: unknown }>('[data-doc]')) {
  el.resolution = el.dataset.doc === 'hostile' ? withText(copy(baseDocument()), ALL_PAYLOADS) : baseDocument();
}
document.documentElement.dataset.pageReady = 'true';
