import { expect } from '@open-wc/testing';
import { DEFAULT_QUERY, type TableQuery } from '../../src/core/table-model.js';
import { queryFromParams, queryToParams, withQuery } from '../../src/core/table-url.js';

const query: TableQuery = {
  sort: 'status',
  direction: 'descending',
  group: 'area',
  filters: { status: ['off-track', 'missed'], area: ['budget'], year: [2025, 2030], document: ['nghe-an-khcn-2030'] },
  search: 'dau tu',
};

describe('table-url', () => {
  it('withQuery then queryFromParams gives the same query back', () => {
    const search = withQuery('', query, DEFAULT_QUERY);
    expect(search).to.equal(
      '?sort=status&dir=descending&group=area&status=off-track%2Cmissed&area=budget&year=2025%2C2030&doc=nghe-an-khcn-2030&q=dau+tu',
    );
    expect(queryFromParams(new URLSearchParams(search), DEFAULT_QUERY)).to.deep.equal(query);
  });

  it('withQuery keeps other parameters and removes the ones back at their default', () => {
    expect(withQuery('?lang=vi&sort=name&q=x', DEFAULT_QUERY, DEFAULT_QUERY)).to.equal('?lang=vi');
    expect(withQuery('?lang=vi', { ...DEFAULT_QUERY, search: 'Đắk Lắk' }, DEFAULT_QUERY)).to.equal(
      '?lang=vi&q=%C4%90%E1%BA%AFk+L%E1%BA%AFk',
    );
  });

  it('withQuery with a prefix keeps two tables apart', () => {
    const search = withQuery('?t1-q=a', { ...DEFAULT_QUERY, search: 'b' }, DEFAULT_QUERY, 't2-');
    expect(search).to.equal('?t1-q=a&t2-q=b');
    expect(queryFromParams(new URLSearchParams(search), DEFAULT_QUERY, 't1-').search).to.equal('a');
  });

  it('queryFromParams ignores values that are not valid', () => {
    const params = new URLSearchParams(
      'sort=nope&dir=up&group=x&status=late,missed&year=20x5,2030&area=Bad Area&doc=<script>',
    );
    expect(queryFromParams(params, DEFAULT_QUERY)).to.deep.equal({
      ...DEFAULT_QUERY,
      filters: { status: ['missed'], area: [], year: [2030], document: [] },
    });
  });

  it('queryToParams marks default values for removal', () => {
    expect(queryToParams(DEFAULT_QUERY, DEFAULT_QUERY)).to.deep.equal({
      sort: null,
      dir: null,
      group: null,
      status: null,
      area: null,
      year: null,
      doc: null,
      q: null,
    });
  });
});
