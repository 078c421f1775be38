import { expect } from '@open-wc/testing';
import { attributeModel, parseTarget, parseUnit } from '../../src/core/gauge-attributes.js';
import type { Goal } from '../../src/core/goal.js';
import type { Unit } from '../../src/core/schema.js';

describe('parseTarget', () => {
  const cases: [string | undefined, Goal | undefined][] = [
    ['50', { value: 50, comparator: '>=' }],
    ['≥50', { value: 50, comparator: '>=' }],
    ['>= 50', { value: 50, comparator: '>=' }],
    ['≤ 2', { value: 2, comparator: '<=' }],
    ['<5', { value: 5, comparator: '<' }],
    ['=100', { value: 100, comparator: '=' }],
    ['1.5..2', { value: 1.5, comparator: '=', range: [1.5, 2] }],
    ['1.5–2', { value: 1.5, comparator: '=', range: [1.5, 2] }],
    ['2..1.5', { value: 1.5, comparator: '=', range: [1.5, 2] }],
    ['-3', { value: -3, comparator: '>=' }],
    ['abc', undefined],
    ['', undefined],
    [undefined, undefined],
  ];
  for (const [text, goal] of cases) {
    it(`parseTarget(${JSON.stringify(text)}) is ${JSON.stringify(goal)}`, () => {
      expect(parseTarget(text)).to.deep.equal(goal);
    });
  }
});

describe('parseUnit', () => {
  const cases: [string | undefined, Unit][] = [
    ['%', { type: 'percent' }],
    ['percent', { type: 'percent' }],
    ['count', { type: 'count' }],
    ['dự án', { type: 'count', noun: { vi: 'dự án', en: 'dự án' } }],
    [undefined, { type: 'none' }],
  ];
  for (const [text, unit] of cases) {
    it(`parseUnit(${JSON.stringify(text)}) is ${JSON.stringify(unit)}`, () => {
      expect(parseUnit(text)).to.deep.equal(unit);
    });
  }
});

describe('attributeModel', () => {
  it("attributeModel({value: 42.5, target: '≥50', unit: '%'}): 42,5% on 0–60, no status (no deadline, no pace)", () => {
    const m = attributeModel({ value: 42.5, target: '≥50', unit: '%', label: 'Tỷ lệ' }, 'vi', 4);
    expect(m.value).to.equal('42,5%');
    expect(m.scale).to.deep.equal({ kind: 'linear', min: 0, max: 60 });
    expect(m.status).to.be.undefined;
    expect(m.markers.map((k) => k.label)).to.deep.equal(['≥ 50%']);
    expect(m.sentence).to.equal('42,5%. Mục tiêu: ≥ 50%.');
    expect(m.meter).to.deep.equal({ now: 42.5, min: 0, max: 60 });
  });
  it("attributeModel({value: 55, target: '50'}) is achieved", () => {
    const m = attributeModel({ value: 55, target: '50', unit: '%' }, 'en');
    expect(m.status).to.equal('achieved');
    expect(m.statusLabel).to.equal('Achieved');
    expect(m.sentence).to.equal('55%; Achieved. Target: ≥ 50%.');
  });
  it("attributeModel({value: 3, target: '5', unit: 'dự án'}): a count axis 0–6, not 0–100", () => {
    expect(attributeModel({ value: 3, target: '5', unit: 'dự án' }, 'vi').scale).to.deep.equal({
      kind: 'linear',
      min: 0,
      max: 6,
    });
  });
  it('attributeModel({min, max}) uses the given axis, and keeps the meter inside it', () => {
    const m = attributeModel({ value: 150, target: '80', min: 0, max: 100, unit: '%' }, 'vi');
    expect(m.scale).to.deep.equal({ kind: 'linear', min: 0, max: 100 });
    expect(m.meter?.now).to.equal(100);
    expect(m.indicator?.to).to.equal(1);
  });
  it("attributeModel({kind: 'rank', value: 37, target: '20', max: 63}): hạng 37/63 on an inverted axis, not achieved", () => {
    const m = attributeModel({ kind: 'rank', value: 37, target: '20', max: 63 }, 'vi');
    expect(m.value).to.equal('hạng 37/63');
    expect(m.scale?.kind).to.equal('inverted');
    expect(m.goal).to.equal('≤ hạng 20/63');
    expect(m.status).to.be.undefined;
    expect(attributeModel({ kind: 'rank', value: 12, target: '20', max: 63 }, 'vi').status).to.equal('achieved');
  });
  it("attributeModel({kind: 'range', value: 1.7, target: '1.5..2'}): a band, inside it achieved", () => {
    const m = attributeModel({ kind: 'range', value: 1.7, target: '1.5..2', unit: '%' }, 'vi');
    expect(m.band).to.not.be.undefined;
    expect(m.goal).to.equal('1,5–2%');
    expect(m.status).to.equal('achieved');
  });
  it("attributeModel({kind: 'level', value: 3, target: '4', max: 7}): a stepped scale of 7", () => {
    const m = attributeModel({ kind: 'level', value: 3, target: '4', max: 7 }, 'vi', 4);
    expect(m.scale).to.deep.equal({ kind: 'stepped', min: 0, max: 7, steps: 7 });
    expect(m.value).to.equal('3/7');
  });
  it('attributeModel({value: NaN}) is the empty state, not a zero', () => {
    const m = attributeModel({ value: NaN, target: '5' }, 'vi');
    expect(m.mode).to.equal('empty');
    expect(m.value).to.equal('Chưa có số liệu');
    expect(m.meter).to.be.undefined;
  });
  it("attributeModel({kind: 'bogus'}) is read as a threshold", () => {
    expect(attributeModel({ value: 1, target: '2', kind: 'bogus' }, 'vi').kind).to.equal('threshold');
  });
});
