import { expect } from '@open-wc/testing';
import type { Observation, Resolution } from '../../src/core/schema.js';
import { applyObservations, asObservationList, mergeObservations, observationKey } from '../../src/data/merge.js';

const source = { name: { vi: 'Nguồn' } };
const obs = (indicator: string, when: string | [number, number], value: number): Observation =>
  typeof when === 'string'
    ? { indicator, date: when, value, source }
    : { indicator, period: { from: when[0], to: when[1] }, value, source };

describe('merge', () => {
  it('observationKey() tells dates and periods apart', () => {
    expect(observationKey(obs('a', '2024', 1))).to.not.equal(observationKey(obs('a', [2024, 2024], 1)));
    expect(observationKey(obs('a', '2024', 1))).to.equal(observationKey(obs('a', '2024', 9)));
  });

  it('mergeObservations() replaces a same-key observation in place and appends new ones', () => {
    const base = [obs('a', '2023', 1), obs('b', '2023', 2)];
    const out = mergeObservations(base, [obs('b', '2023', 20), obs('a', '2024', 3)]);
    expect(out.map((o) => [o.indicator, o.date, o.value])).to.deep.equal([
      ['a', '2023', 1],
      ['b', '2023', 20],
      ['a', '2024', 3],
    ]);
    expect(base[1]?.value).to.equal(2);
  });

  it('mergeObservations() lets the later of two incoming same-key observations win', () => {
    const out = mergeObservations([], [obs('a', '2023', 1), obs('a', '2023', 5)]);
    expect(out.map((o) => o.value)).to.deep.equal([5]);
  });

  it('applyObservations() returns the same document when there is nothing to apply', () => {
    const doc = { observations: [] } as unknown as Resolution;
    expect(applyObservations(doc, [])).to.equal(doc);
    const merged = applyObservations(doc, [obs('a', '2023', 1)]);
    expect(merged).to.not.equal(doc);
    expect(merged.observations).to.have.length(1);
  });

  it('asObservationList() accepts an array or { observations }, and rejects anything else', () => {
    expect(asObservationList([obs('a', '2023', 1)])).to.have.length(1);
    expect(asObservationList({ observations: [obs('a', '2023', 1)] })).to.have.length(1);
    expect(asObservationList({ value: 1 })).to.equal(undefined);
    expect(asObservationList([{ value: 1 }])).to.equal(undefined);
    expect(asObservationList('x')).to.equal(undefined);
  });
});
