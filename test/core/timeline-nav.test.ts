import { expect } from '@open-wc/testing';
import { firstStop, moveFocus, navRows, positionOf, type NavItem, type NavKey } from '../../src/core/timeline-nav.js';

const it_ = (row: number, t: number, kind: NavItem['kind'] = 'value'): Omit<NavItem, 'id'> => ({
  row,
  t,
  kind,
  x: 0,
  y: 0,
  lines: [],
  label: `${row}@${t}`,
  documentId: 'd',
});

// row 0: the issue date; row 1: 2021, 2023, 2025 milestone; row 2: 2022, 2030
const rows = navRows([
  it_(1, 2025, 'milestone'),
  it_(1, 2021),
  it_(0, 2013.2, 'issue'),
  it_(2, 2030, 'milestone'),
  it_(1, 2023),
  it_(2, 2022),
]);

describe('navRows', () => {
  it('navRows sorts each row by time and names the items n-<row>-<index>', () => {
    expect(rows.map((r) => r.map((i) => `${i.id}:${i.t}`))).to.deep.equal([
      ['n-0-0:2013.2'],
      ['n-1-0:2021', 'n-1-1:2023', 'n-1-2:2025'],
      ['n-2-0:2022', 'n-2-1:2030'],
    ]);
  });
  it('navRows puts a value before a milestone at the same time', () => {
    const r = navRows([it_(0, 2025, 'milestone'), it_(0, 2025, 'value')]);
    expect(r[0]!.map((i) => i.kind)).to.deep.equal(['value', 'milestone']);
  });
  it('navRows sorts an undated milestone (t = Infinity) last', () => {
    const r = navRows([it_(0, Infinity, 'milestone'), it_(0, 2025)]);
    expect(r[0]!.map((i) => i.t)).to.deep.equal([2025, Infinity]);
  });
});

describe('moveFocus', () => {
  const cases: [from: [number, number], key: NavKey, to: [number, number]][] = [
    [[1, 0], 'ArrowRight', [1, 1]],
    [[1, 2], 'ArrowRight', [2, 0]], // past the end of a row: on to the next row
    [[2, 1], 'ArrowRight', [2, 1]], // the very last point stays
    [[1, 1], 'ArrowLeft', [1, 0]],
    [[1, 0], 'ArrowLeft', [0, 0]], // before the start: back to the previous row's end
    [[0, 0], 'ArrowLeft', [0, 0]],
    [[1, 0], 'ArrowDown', [2, 0]], // 2021 → 2022, the nearest in time
    [[1, 2], 'ArrowDown', [2, 0]], // 2025 → 2022 (3 years) rather than 2030 (5)
    [[2, 1], 'ArrowUp', [1, 2]], // 2030 → 2025
    [[0, 0], 'ArrowUp', [0, 0]],
    [[2, 1], 'ArrowDown', [2, 1]],
    [[1, 1], 'Home', [1, 0]],
    [[1, 1], 'End', [1, 2]],
    [[2, 0], 'PageUp', [0, 0]],
    [[0, 0], 'PageDown', [2, 0]],
  ];
  for (const [from, key, to] of cases) {
    it(`moveFocus(rows, {row: ${from[0]}, index: ${from[1]}}, '${key}') goes to {row: ${to[0]}, index: ${to[1]}}`, () => {
      expect(moveFocus(rows, { row: from[0], index: from[1] }, key)).to.deep.equal({ row: to[0], index: to[1] });
    });
  }
  it('moveFocus(…, ArrowDown) prefers a point of the same kind at the same time', () => {
    const tie = navRows([it_(0, 2025, 'milestone'), it_(1, 2025, 'value'), it_(1, 2025, 'milestone')]);
    expect(moveFocus(tie, { row: 0, index: 0 }, 'ArrowDown')).to.deep.equal({ row: 1, index: 1 });
  });
  it('moveFocus([], …) stays where it is', () => {
    expect(moveFocus([], { row: 0, index: 0 }, 'ArrowRight')).to.deep.equal({ row: 0, index: 0 });
  });
});

describe('positionOf and firstStop', () => {
  it('positionOf(rows, id) finds the row and index of an item; an unknown id is the first item', () => {
    const id = rows[1]![2]!.id;
    expect(positionOf(rows, id)).to.deep.equal({ row: 1, index: 2 });
    expect(positionOf(rows, 'no-such-id')).to.deep.equal({ row: 0, index: 0 });
    expect(positionOf(rows, undefined)).to.deep.equal({ row: 0, index: 0 });
  });
  it('firstStop(rows) is the first milestone, else the first item, else nothing', () => {
    expect(firstStop(rows)).to.equal(rows[1]![2]!.id);
    const noMilestone = navRows([it_(0, 2013.2, 'issue'), it_(1, 2021)]);
    expect(firstStop(noMilestone)).to.equal(noMilestone[0]![0]!.id);
    expect(firstStop([])).to.equal(undefined);
  });
});
