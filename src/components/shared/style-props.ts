/**
 * `styleProps({ left: '10px', '--_depth': '2' })`: sets inline style properties through the CSSOM
 * (`element.style.setProperty`), never as a `style="…"` attribute.
 *
 * Why not Lit's `styleMap` or a `style=` binding: both write a style attribute on the first render,
 * which a page whose Content-Security-Policy has `style-src 'self'` (no 'unsafe-inline') blocks,
 * with a `securitypolicyviolation` event each time. Properties set through the CSSOM are allowed.
 */
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

export type StyleProps = Readonly<Record<string, string | number | null | undefined>>;

class StylePropsDirective extends Directive {
  #set = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT)
      throw new Error('styleProps() belongs on an element: <div ${styleProps({…})}>');
  }

  render(_props: StyleProps): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [props]: [StyleProps]): typeof nothing {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.#set) {
      if (props[name] === undefined || props[name] === null) {
        style.removeProperty(name);
        this.#set.delete(name);
      }
    }
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined || value === null) continue;
      style.setProperty(name, String(value));
      this.#set.add(name);
    }
    return nothing;
  }
}

export const styleProps = directive(StylePropsDirective);
