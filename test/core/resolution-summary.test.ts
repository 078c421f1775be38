import { expect } from '@open-wc/testing';
import { assessResolution } from '../../src/core/assess.js';
import { highlightedTargets, resolutionHeader, rollUpSegments } from '../../src/core/resolution-summary.js';
import { makeDocument, makeTarget, observation } from '../helpers/documents.js';

describe('resolutionHeader', () => {
  it('says an unknown number and date are unknown, never inventing them', () => {
    const doc = makeDocument([], [], { number: null, date: null, status: 'draft' });
    const vi = resolutionHeader(doc, 'vi');
    expect(vi).to.include({
      number: 'chưa có số',
      numberKnown: false,
      date: 'chưa rõ ngày',
      dateKnown: false,
      statusLabel: 'Dự thảo',
    });
    expect(resolutionHeader(doc, 'en')).to.include({
      number: 'number not given',
      date: 'date not given',
      statusLabel: 'Draft',
    });
  });

  it('gives the date at its precision, the kind, the period and the relations', () => {
    const doc = makeDocument([], [], {
      number: '34-CTr/TU',
      kind: 'chuong-trinh-hanh-dong',
      date: '2013-03-06',
      period: { from: 2021, to: 2025 },
      horizon: 2030,
      relations: [{ type: 'implements', number: '20-NQ/TW', date: '2012-11-01' }],
    });
    const vi = resolutionHeader(doc, 'vi');
    expect(vi).to.include({
      number: '34-CTr/TU',
      kind: 'Chương trình hành động',
      date: '06/03/2013',
      dateTime: '2013-03-06',
      period: '2021–2025, tầm nhìn đến 2030',
    });
    expect(vi.relations).to.deep.equal(['Thực hiện 20-NQ/TW, 01/11/2012']);
    expect(resolutionHeader(doc, 'en')).to.include({
      kind: 'Action programme',
      date: '6 Mar 2013',
      period: '2021–2025, horizon 2030',
    });
  });
});

describe('rollUpSegments', () => {
  it('lists the statuses present, most urgent first, with their shares', () => {
    const doc = makeDocument(
      [makeTarget({ id: 'a' }), makeTarget({ id: 'b' }), makeTarget({ id: 'c' })],
      [observation('a', '2026', 60)],
    );
    const segments = rollUpSegments(assessResolution(doc, { asOf: '2026-11-22' }).rollUp, 'en');
    expect(segments.map((s) => [s.status, s.count, s.label])).to.deep.equal([
      ['achieved', 1, 'Achieved'],
      ['no-data', 2, 'No data'],
    ]);
    expect(segments[1]!.share).to.be.closeTo(2 / 3, 1e-9);
  });

  it('is empty for a document with no targets', () => {
    expect(rollUpSegments(assessResolution(makeDocument(), { asOf: '2026-11-22' }).rollUp, 'vi')).to.deep.equal([]);
  });
});

describe('highlightedTargets', () => {
  const doc = makeDocument([
    makeTarget({ id: 'a' }),
    makeTarget({ id: 'b', parent: 'a' }),
    makeTarget({ id: 'c' }),
    makeTarget({ id: 'd' }),
    makeTarget({ id: 'e' }),
  ]);
  it('takes the first three top-level targets by default', () => {
    expect(highlightedTargets(doc, undefined)).to.deep.equal(['a', 'c', 'd']);
  });
  it('takes the named ones that exist, in the order given, once each', () => {
    expect(highlightedTargets(doc, ' e, nope, b,e ')).to.deep.equal(['e', 'b']);
  });
  it('takes as many as asked', () => {
    expect(highlightedTargets(doc, '', 1)).to.deep.equal(['a']);
  });
  it('prefers targets with a reported value, and keeps the document order', () => {
    const reported = { ...doc, observations: [observation('e', '2024', 10), observation('d', '2024', 5)] };
    expect(highlightedTargets(reported, undefined)).to.deep.equal(['a', 'd', 'e']);
    expect(highlightedTargets(reported, undefined, 2)).to.deep.equal(['d', 'e']);
  });
});
