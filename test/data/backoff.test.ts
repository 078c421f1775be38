import { expect } from '@open-wc/testing';
import { MAX_RETRY_AFTER_MS, backoffDelay, parseRetryAfter } from '../../src/data/backoff.js';

describe('backoffDelay', () => {
  const options = { base: 1000, max: 60_000 };
  const cases: [number, number, number][] = [
    // failures, random, expected
    [1, 0, 500],
    [1, 1, 1000],
    [2, 0, 1000],
    [2, 0.5, 1500],
    [3, 1, 4000],
    [10, 1, 60_000],
    [30, 0, 30_000],
  ];
  for (const [failures, random, expected] of cases) {
    it(`backoffDelay(${failures}, ${random}) is ${expected} ms`, () => {
      expect(backoffDelay(failures, random, options)).to.equal(expected);
    });
  }

  it('backoffDelay() grows exponentially and never passes max', () => {
    let previous = 0;
    for (let n = 1; n < 12; n++) {
      const d = backoffDelay(n, 1, options);
      expect(d).to.be.at.least(previous);
      expect(d).to.be.at.most(options.max);
      previous = d;
    }
  });

  it('backoffDelay() keeps jitter in [step/2, step] for any random', () => {
    for (const r of [-1, 0, 0.25, 0.99, 5]) {
      const d = backoffDelay(3, r, options);
      expect(d).to.be.within(2000, 4000);
    }
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 10, 22, 3, 32, 0);
  it('parseRetryAfter("120") is 120 s', () => expect(parseRetryAfter('120', now)).to.equal(120_000));
  it('parseRetryAfter(" 0 ") is 0', () => expect(parseRetryAfter(' 0 ', now)).to.equal(0));
  it('parseRetryAfter(HTTP-date) is the time until then', () => {
    expect(parseRetryAfter('Sun, 22 Nov 2026 03:32:30 GMT', now)).to.equal(30_000);
  });
  it('parseRetryAfter(a past HTTP-date) is 0', () => {
    expect(parseRetryAfter('Sun, 22 Nov 2026 03:00:00 GMT', now)).to.equal(0);
  });
  it('parseRetryAfter(a huge number) is capped', () => {
    expect(parseRetryAfter('99999999', now)).to.equal(MAX_RETRY_AFTER_MS);
  });
  for (const bad of [null, undefined, '', 'soon', '-5', '1.5']) {
    it(`parseRetryAfter(${JSON.stringify(bad)}) is undefined`, () => expect(parseRetryAfter(bad, now)).to.equal(undefined));
  }
});
