import { expect } from '@open-wc/testing';
import { measureTogether } from '../../../src/components/shared/measure.js';

describe('measureTogether', () => {
  it('makes every read asked for in one turn before any asker goes on', async () => {
    const log: string[] = [];
    const ask = (name: string) =>
      measureTogether(() => log.push(`read ${name}`)).then(() => {
        log.push(`render ${name}`);
      });
    await Promise.all([ask('a'), ask('b'), ask('c')]);
    expect(log).to.deep.equal(['read a', 'read b', 'read c', 'render a', 'render b', 'render c']);
  });

  it('rejects only the asker whose read threw; the next turn starts a new batch', async () => {
    const log: string[] = [];
    const failing = measureTogether(() => {
      throw new Error('a read failed');
    }).catch((e: Error) => log.push(`rejected: ${e.message}`));
    const fine = measureTogether(() => log.push('read b'));
    await Promise.all([failing, fine]);
    await measureTogether(() => log.push('next turn'));
    expect(log).to.deep.equal(['read b', 'rejected: a read failed', 'next turn']);
  });
});
