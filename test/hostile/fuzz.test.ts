/**
 * fast-check into the validator and into every widget (issue #9: zero uncaught errors): any JSON
 * value, JSON text, and valid documents with one field replaced by anything, hostile values
 * included. The validator must never throw and must answer in bounded time; a widget given the
 * result must raise no uncaught error, run no script, change no prototype and draw nothing
 * unsafe. 500 cases into the validator and 100 into the widgets here; 10,000 each under
 * `npm run test:long`.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateResolution } from '../../src/core/validate.js';
import { scale } from '../lifecycle/scale.js';
import { baseDocument, copy, type Json } from './base.js';
import { MARKUP_PAYLOADS } from './corpus.js';
import {
  beaconRequests,
  installTripwire,
  prototypeChanges,
  prototypeSnapshot,
  resetWatch,
  tripwireCalls,
} from './tripwire.js';
import {
  createWidget,
  loadWidgets,
  safetyProblems,
  settle,
  stage,
  watchPageErrors,
  widgetTitle,
  type WidgetElement,
} from './widgets.js';

const VALIDATOR_RUNS = scale(500, 10_000);
const RENDER_RUNS = scale(100, 10_000);
/** No single validation may take longer (the documents here are small). */
const VALIDATE_BUDGET_MS = 250;

const widgets = await loadWidgets();
const present = widgets.filter((w) => w.present);
const errors = watchPageErrors();

/** Values that break renderers: odd numbers, markup, bad URLs, odd characters, prototype keys. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, -1e308, 5e-324, 2 ** 53 + 1, '', ' ', '\u202E', '\u200B'),
  fc.constantFrom(
    ...MARKUP_PAYLOADS.map(([, p]) => p),
    'javascript:__nqTripwire()',
    ' https://x.test',
    'http://999.999.999.999/',
  ),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'vi', 'en', 'value'), fc.jsonValue(), {
    maxKeys: 3,
  }),
);

/** Every path to a value in the base document, objects and arrays included. */
function pathsOf(node: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(node)) node.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (node !== null && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) pathsOf(v, [...prefix, k], out);
  return out;
}

const PATHS = pathsOf(baseDocument()).filter((p) => p.length > 0);

/** The base document with the value at one path replaced (or a new key added beside it). */
const mutatedDocument: fc.Arbitrary<unknown> = fc
  .tuple(fc.nat({ max: PATHS.length - 1 }), hostileValue, fc.boolean())
  .map(([i, value, addKey]) => {
    const doc = copy(baseDocument());
    const path = PATHS[i]!;
    let node = doc as unknown as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (addKey && typeof node === 'object' && !Array.isArray(node)) {
      Object.defineProperty(node, '__proto__', { value, enumerable: true, configurable: true, writable: true });
    } else node[last] = value;
    return doc;
  });

/** Anything a page might hand a widget's `resolution` property. */
const anyInput: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: mutatedDocument },
  { weight: 2, arbitrary: fc.jsonValue() },
  { weight: 1, arbitrary: fc.json() },
  { weight: 1, arbitrary: fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true }) },
);

describe('fuzz: validateResolution', () => {
  before(() => installTripwire());

  it(`never throws and answers within ${VALIDATE_BUDGET_MS} ms, on ${VALIDATOR_RUNS} inputs`, function () {
    this.timeout(VALIDATOR_RUNS * 50 + 10_000);
    const before = prototypeSnapshot();
    fc.assert(
      fc.property(anyInput, (input) => {
        const start = performance.now();
        const result = validateResolution(input);
        const ms = performance.now() - start;
        expect(ms, 'ms').to.be.below(VALIDATE_BUDGET_MS);
        expect(result.ok === (result.issues.length === 0)).to.equal(true);
        for (const issue of result.issues) {
          expect(issue.path.startsWith('$')).to.equal(true);
          expect(issue.message.vi).to.not.equal('');
          expect(issue.message.en).to.not.equal('');
        }
      }),
      { numRuns: VALIDATOR_RUNS },
    );
    expect(tripwireCalls()).to.deep.equal([]);
    expect(prototypeChanges(before)).to.deep.equal([]);
  });
});

describe('fuzz: widgets', () => {
  for (const w of widgets.filter((x) => !x.present)) describe(widgetTitle('fuzz', w), () => {});
  if (present.length === 0) return;

  let host: HTMLElement;
  let elements: WidgetElement[];

  before(async () => {
    installTripwire();
    host = stage();
    elements = present.map((w) => createWidget(w));
    host.append(...elements);
    await Promise.all(elements.map((el) => settle(el, 0)));
  });

  after(() => host.remove());

  it(`draw ${RENDER_RUNS} fuzzed documents with no uncaught error (${present.map((w) => w.tag).join(', ')})`, async function () {
    this.timeout(RENDER_RUNS * 500 + 10_000);
    resetWatch();
    const before = prototypeSnapshot();
    await fc.assert(
      fc.asyncProperty(anyInput, async (input) => {
        for (const el of elements) el.resolution = input;
        await Promise.all(elements.map((el) => settle(el, 0)));
        for (const el of elements) expect(safetyProblems(el), `<${el.localName}>`).to.deep.equal([]);
        expect(errors, 'uncaught errors').to.deep.equal([]);
        expect(tripwireCalls(), 'tripwire').to.deep.equal([]);
      }),
      { numRuns: RENDER_RUNS },
    );
    // a good document is drawn again afterwards: no widget was left broken
    for (const el of elements) el.resolution = baseDocument();
    await Promise.all(elements.map((el) => settle(el, 0)));
    expect(errors, 'uncaught errors').to.deep.equal([]);
    expect(beaconRequests(), 'payload requests').to.deep.equal([]);
    expect(prototypeChanges(before), 'prototypes').to.deep.equal([]);
  });
});
