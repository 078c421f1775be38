import { expect } from '@open-wc/testing';
import { whenIdle } from '../../src/components/goal-table/goal-table-idle.js';

/** Spins for `ms`: one step of work. */
const spin = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('whenIdle', () => {
  it('runs work slice by slice until it returns false, each slice stopping after a few ms', async () => {
    const perSlice: number[] = [];
    await new Promise<void>((resolve) => {
      let total = 0;
      whenIdle((stop) => {
        let steps = 0;
        do {
          spin(0.5);
          steps++;
        } while (!stop());
        perSlice.push(steps);
        total += steps;
        if (total < 100) return true;
        resolve();
        return false;
      });
    });
    expect(perSlice.length).to.be.greaterThan(1);
    // 8 ms of half-millisecond steps, and the one that crosses the line.
    expect(Math.max(...perSlice)).to.be.at.most(17);
    const before = perSlice.length;
    await wait(100);
    expect(perSlice.length, 'a slice ran after work returned false').to.equal(before);
  });

  it('runs no slice once cancelled, before the first or between two', async () => {
    let runs = 0;
    whenIdle(() => {
      runs++;
      return true;
    })();
    await wait(100);
    expect(runs).to.equal(0);
    let cancel = () => {};
    cancel = whenIdle(() => {
      runs++;
      cancel();
      return true;
    });
    await wait(100);
    expect(runs).to.equal(1);
  });
});
