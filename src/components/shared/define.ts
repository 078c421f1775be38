/**
 * Defines a custom element unless its tag is already taken.
 *
 * A page can hold two copies of this library: the CDN file and a bundled copy, or two bundles of
 * different apps. `customElements.define` throws on the second definition of a tag, which would
 * stop the second copy's module (and everything after it) from running. Here the first copy keeps
 * the tag, the second one warns once and carries on; both copies' elements are the first copy's.
 *
 * Without a registry (a module imported in Node, for types or server code) nothing is defined.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements as CustomElementRegistry | undefined;
  if (!registry) return;
  const existing = registry.get(tag);
  if (!existing) {
    registry.define(tag, ctor);
  } else if (existing !== ctor) {
    console.warn(
      `<${tag}> is already defined, most likely by another copy of nghiquyet-widgets on this page; ` +
        'this copy does not redefine it and its elements use the first definition.',
    );
  }
}
