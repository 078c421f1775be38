import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { styleProps, type StyleProps } from '../../../src/components/shared/style-props.js';

describe('styleProps', () => {
  const draw = (host: HTMLElement, props: StyleProps) => render(html`<div ${styleProps(props)}></div>`, host);

  it('sets, changes and removes properties through the CSSOM, custom properties included', () => {
    const host = document.createElement('div');
    draw(host, { left: '10px', '--_depth': '2' });
    const div = host.querySelector('div')!;
    expect(div.style.getPropertyValue('left')).to.equal('10px');
    expect(div.style.getPropertyValue('--_depth')).to.equal('2');
    draw(host, { left: '20px', '--_depth': null });
    expect(div.style.getPropertyValue('left')).to.equal('20px');
    expect(div.style.getPropertyValue('--_depth')).to.equal('');
    draw(host, {});
    expect(div.style.getPropertyValue('left')).to.equal('');
  });

  it('is refused anywhere but on an element', () => {
    const host = document.createElement('div');
    expect(() => render(html`<div title=${styleProps({ left: '1px' })}></div>`, host)).to.throw(
      /belongs on an element/,
    );
  });
});
