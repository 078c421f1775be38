import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  levelScale,
  linearScale,
  niceCeil,
  niceFloor,
  positionOf,
  rankScale,
  scaleTicks,
  tickStep,
} from '../../src/core/gauge-scale.js';

describe('tickStep', () => {
  const cases: [number, number, number][] = [
    [100, 4, 50],
    [60, 4, 20],
    [3, 4, 1],
    [1, 4, 0.5],
    [2.5, 5, 0.5],
    [4000, 4, 1000],
  ];
  for (const [span, count, step] of cases) {
    it(`tickStep(${span}, ${count}) is ${step}`, () => {
      expect(tickStep(span, count)).to.equal(step);
    });
  }
  it('tickStep(0, 4) and tickStep(10, 0) are 1, not NaN or Infinity', () => {
    expect(tickStep(0, 4)).to.equal(1);
    expect(tickStep(10, 0)).to.equal(1);
  });
});

describe('niceCeil and niceFloor', () => {
  const cases: [number, boolean, number][] = [
    [3.45, true, 4],
    [57.5, false, 60],
    [92, false, 100],
    [2.3, false, 3],
    [3450, true, 4000],
    [0.23, false, 0.3],
    [0, true, 1],
  ];
  for (const [value, integer, out] of cases) {
    it(`niceCeil(${value}, ${integer}) is ${out}`, () => {
      expect(niceCeil(value, integer)).to.equal(out);
    });
  }
  it('niceFloor(5) is 0 and niceFloor(-3.2) is -4', () => {
    expect(niceFloor(5)).to.equal(0);
    expect(niceFloor(-3.2)).to.equal(-4);
  });
});

describe('linearScale', () => {
  it("linearScale([1, 3], 'count') is 0–4: a count of 3 does not get a 0–100 axis", () => {
    expect(linearScale([1, 3], 'count')).to.deep.equal({ kind: 'linear', min: 0, max: 4 });
  });
  it("linearScale([40, 50], 'percent') is 0–60, with room above the target", () => {
    expect(linearScale([40, 50], 'percent')).to.deep.equal({ kind: 'linear', min: 0, max: 60 });
  });
  it("linearScale([93, 90], 'percent') stops at 100: nothing goes past it", () => {
    expect(linearScale([93, 90], 'percent').max).to.equal(100);
  });
  it("linearScale([120, 100], 'percent') goes past 100 when a value does", () => {
    expect(linearScale([120, 100], 'percent').max).to.be.above(120);
  });
  it("linearScale([1.2, 2], 'percent') is 0–3, not 0–100, for a 2% share", () => {
    expect(linearScale([1.2, 2], 'percent')).to.deep.equal({ kind: 'linear', min: 0, max: 3 });
  });
  it("linearScale([-3, 10], 'none') goes below 0 for a falling growth rate", () => {
    const s = linearScale([-3, 10], 'none');
    expect(s.min).to.be.at.most(-3);
    expect(s.max).to.be.at.least(10);
  });
  it("linearScale([], 'count') is 0–1, a usable axis with nothing on it", () => {
    expect(linearScale([], 'count')).to.deep.equal({ kind: 'linear', min: 0, max: 1 });
  });
  it('linearScale(values, unit) holds every value, for any values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 6 }),
        (values) => {
          const s = linearScale(values, 'count');
          for (const v of values) expect(positionOf(s, v)).to.be.within(0, 1);
          expect(s.min).to.be.at.most(Math.min(...values, 0));
          expect(s.max).to.be.at.least(Math.max(...values));
        },
      ),
    );
  });
});

describe('rankScale', () => {
  const s = rankScale(63);
  it('rankScale(63): 63 at the start, 1 at the end (1 is best)', () => {
    expect(positionOf(s, 63)).to.equal(0);
    expect(positionOf(s, 1)).to.equal(1);
    expect(positionOf(s, 37)).to.be.closeTo(26 / 62, 1e-12);
  });
  it('scaleTicks(rankScale(63), 4, true) runs from 63 down to 1', () => {
    const ticks = scaleTicks(s, 4, true);
    expect(ticks[0]).to.equal(63);
    expect(ticks[ticks.length - 1]).to.equal(1);
  });
});

describe('levelScale', () => {
  it('levelScale(7): level 3 fills 3 of 7 steps', () => {
    expect(positionOf(levelScale(7), 3)).to.be.closeTo(3 / 7, 1e-12);
  });
  it('scaleTicks(levelScale(7), 7) has a boundary per step', () => {
    expect(scaleTicks(levelScale(7), 7)).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('scaleTicks', () => {
  it('scaleTicks({0–60}, 4) is 0, 20, 40, 60', () => {
    expect(scaleTicks({ kind: 'linear', min: 0, max: 60 }, 4)).to.deep.equal([0, 20, 40, 60]);
  });
  it('scaleTicks({0–0.3}, 3) has no binary noise', () => {
    expect(scaleTicks({ kind: 'linear', min: 0, max: 0.3 }, 3)).to.deep.equal([0, 0.1, 0.2, 0.3]);
  });
  it('scaleTicks({0–4}, 8, true) has whole numbers only', () => {
    expect(scaleTicks({ kind: 'linear', min: 0, max: 4 }, 8, true)).to.deep.equal([0, 1, 2, 3, 4]);
  });
  it('scaleTicks(scale, 0) is empty', () => {
    expect(scaleTicks({ kind: 'linear', min: 0, max: 60 }, 0)).to.deep.equal([]);
  });
  it('scaleTicks always includes both ends, for any axis', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1000, max: 0, noNaN: true }),
        fc.double({ min: 0.001, max: 1e5, noNaN: true }),
        fc.integer({ min: 1, max: 8 }),
        (min, span, count) => {
          const ticks = scaleTicks({ kind: 'linear', min, max: min + span }, count);
          expect(ticks[0]).to.equal(min);
          expect(ticks[ticks.length - 1]).to.equal(min + span);
        },
      ),
    );
  });
});

describe('positionOf', () => {
  it('positionOf(scale, NaN) is 0 and out-of-range values are clamped', () => {
    const s = { kind: 'linear' as const, min: 0, max: 10 };
    expect(positionOf(s, NaN)).to.equal(0);
    expect(positionOf(s, -5)).to.equal(0);
    expect(positionOf(s, 50)).to.equal(1);
  });
});
