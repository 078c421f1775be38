import { expect, fixture, html } from '@open-wc/testing';
import { linkHost, renderSourceLink } from '../../../src/components/shared/source-link.js';

describe('renderSourceLink', () => {
  it('links http(s) with noopener noreferrer and shows the host', async () => {
    const el = await fixture(html`<p>${renderSourceLink('Báo Nghệ An', 'https://baonghean.vn/pii-2024')}</p>`);
    const a = el.querySelector('a')!;
    expect(a.getAttribute('href')).to.equal('https://baonghean.vn/pii-2024');
    expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(el.textContent.replace(/\s+/g, ' ').trim()).to.equal('Báo Nghệ An (baonghean.vn)');
  });

  it('shows the real host of a URL that puts a trusted name before an @', () => {
    expect(linkHost('https://thuvienphapluat.vn@evil.example/van-ban')).to.equal('evil.example');
  });

  it('renders anything but http(s) as plain text', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'not a url', undefined]) {
      const el = await fixture(html`<p>${renderSourceLink('Nguồn', url)}</p>`);
      expect(el.querySelector('a'), String(url)).to.equal(null);
      expect(el.textContent.trim()).to.equal('Nguồn');
    }
  });
});
