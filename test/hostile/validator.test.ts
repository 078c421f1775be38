import { expect } from '@open-wc/testing';
import { validateResolution } from '../../src/core/validate.js';
import { baseDocument, type JsonObject } from './base.js';
import { CORPUS, DEFAULT_BUDGET_MS, GROUPS, dailyObservations, memoBuild } from './corpus.js';
import { installTripwire, prototypeChanges, prototypeSnapshot, resetWatch, tripwireCalls } from './tripwire.js';

const build = memoBuild();

/** Objects in the validator's result whose prototype is not the plain one, or that hold a `__proto__` key. */
function oddObjects(value: unknown, path = '$', out: string[] = []): string[] {
  if (value === null || typeof value !== 'object') return out;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== Array.prototype) out.push(`${path} has an unusual prototype`);
  if (Object.prototype.hasOwnProperty.call(value, '__proto__')) out.push(`${path} has a __proto__ key`);
  if (out.length > 10) return out;
  if (Array.isArray(value)) {
    // 100,000 copies of one observation: looking at the first few is enough
    value.slice(0, 20).forEach((v, i) => oddObjects(v, `${path}[${i}]`, out));
  } else for (const [k, v] of Object.entries(value)) oddObjects(v, `${path}.${k}`, out);
  return out;
}

describe('hostile corpus: validateResolution', () => {
  before(() => installTripwire());

  it(`has at least 60 cases with distinct names, in every group (${CORPUS.length})`, () => {
    expect(CORPUS.length).to.be.at.least(60);
    expect(new Set(CORPUS.map((c) => c.name)).size).to.equal(CORPUS.length);
    for (const group of GROUPS)
      expect(
        CORPUS.some((c) => c.group === group),
        group,
      ).to.equal(true);
  });

  for (const c of CORPUS) {
    const verb = c.expect.outcome === 'rejected' ? 'rejects' : 'accepts';
    it(`${verb} ${c.name}`, function () {
      const budget = c.budgetMs ?? DEFAULT_BUDGET_MS;
      this.timeout(budget * 3 + 5000);
      resetWatch();
      const before = prototypeSnapshot();
      const input = build(c);

      const start = performance.now();
      const result = validateResolution(input);
      const ms = performance.now() - start;

      const shown = JSON.stringify(result.issues.slice(0, 8).map((i) => [i.code, i.path]));
      if (c.expect.outcome === 'rejected') {
        expect(result.ok, 'rejected').to.equal(false);
        for (const want of c.expect.issues) {
          const found = result.issues.some((i) => i.code === want.code && i.path === want.path);
          expect(found, `${want.code} at ${want.path}; found ${shown}`).to.equal(true);
        }
      } else {
        expect(result.issues, shown).to.deep.equal([]);
        expect(result.ok).to.equal(true);
        if (result.ok) expect(oddObjects(result.resolution)).to.deep.equal([]);
      }
      for (const issue of result.issues) {
        // a clear error: both languages, and never an echo of a 1 MB value
        expect(issue.message.vi, issue.path).to.be.a('string').and.not.equal('');
        expect(issue.message.en, issue.path).to.be.a('string').and.not.equal('');
        expect(issue.message.en.length + issue.message.vi.length, issue.path).to.be.below(1000);
        expect(issue.path.length, 'path length').to.be.below(1000);
      }
      expect(ms, `validated in ${ms.toFixed(0)} ms`).to.be.below(budget);
      expect(tripwireCalls()).to.deep.equal([]);
      expect(prototypeChanges(before)).to.deep.equal([]);
    });
  }

  it('validates the most observations the schema allows (200,000) within 8 s', function () {
    this.timeout(20_000);
    const doc = baseDocument();
    // four indicators, one a day from 1950: every observation a distinct one
    const models = (doc.observations as JsonObject[]).filter((o) => typeof o.value === 'number').slice(0, 4);
    doc.observations = models.flatMap((o) => dailyObservations(o, 50_000, Date.UTC(1950, 0, 1)));
    const start = performance.now();
    const result = validateResolution(doc);
    const ms = performance.now() - start;
    expect(result.issues.slice(0, 3)).to.deep.equal([]);
    expect(ms, `${ms.toFixed(0)} ms`).to.be.below(8000);
  });

  it('leaves the built-in prototypes as they were after the whole corpus', () => {
    const probe = {} as Record<string, unknown>;
    expect(probe.polluted).to.equal(undefined);
    expect(probe.isAdmin).to.equal(undefined);
    expect(Object.getPrototypeOf(probe)).to.equal(Object.prototype);
    expect(tripwireCalls()).to.deep.equal([]);
  });
});
