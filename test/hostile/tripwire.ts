/**
 * What the hostile tests watch, in the browser: a global tripwire that every script payload of the
 * corpus calls, requests to `/nq-beacon/` that every CSS or image payload makes if it is ever
 * parsed, and the built-in prototypes, which no document may change.
 */

declare global {
  interface Window {
    /** Called by every script payload in test/hostile/corpus.ts: it must never run. */
    __nqTripwire?: (...args: unknown[]) => void;
  }
}

const calls: string[] = [];

/** Installs `window.__nqTripwire` (and a recording `alert`) once; returns the list of calls. */
export function installTripwire(): readonly string[] {
  if (!window.__nqTripwire) {
    window.__nqTripwire = (...args: unknown[]) => {
      calls.push(`__nqTripwire(${args.map(String).join(', ')}) at ${new Error().stack ?? ''}`);
    };
    window.alert = (message?: unknown) => {
      calls.push(`alert(${String(message)})`);
    };
    // The default buffer (250 entries) fills with the test runner's own modules; beacons would be lost.
    performance.setResourceTimingBufferSize(100_000);
  }
  return calls;
}

/** Every tripwire call since the last `resetWatch()`. */
export function tripwireCalls(): readonly string[] {
  return calls;
}

/** URLs a payload fetched: an `<img src>`, a CSS `url()`, an `@import` that was parsed and not shown as text. */
export function beaconRequests(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => name.includes('/nq-beacon/') || /\/x(\?|$)/.test(new URL(name).pathname));
}

export function resetWatch(): void {
  calls.length = 0;
  performance.clearResourceTimings();
}

// ---- prototypes ---------------------------------------------------------------------------------

/** The objects a prototype-pollution payload would change. */
function watched(): [string, object][] {
  return [
    ['Object.prototype', Object.prototype],
    ['Array.prototype', Array.prototype],
    ['Function.prototype', Function.prototype],
    ['String.prototype', String.prototype],
    ['Number.prototype', Number.prototype],
    ['Boolean.prototype', Boolean.prototype],
    ['Symbol.prototype', Symbol.prototype],
    ['Date.prototype', Date.prototype],
    ['RegExp.prototype', RegExp.prototype],
    ['Map.prototype', Map.prototype],
    ['Set.prototype', Set.prototype],
    ['Promise.prototype', Promise.prototype],
    ['Error.prototype', Error.prototype],
    ['EventTarget.prototype', EventTarget.prototype],
    ['Node.prototype', Node.prototype],
    ['Element.prototype', Element.prototype],
    ['HTMLElement.prototype', HTMLElement.prototype],
    ['Object', Object],
    ['Array', Array],
    ['JSON', JSON],
  ];
}

export type PrototypeSnapshot = Map<string, Map<PropertyKey, unknown[]>>;

/** Every own property of the watched objects, with what its descriptor holds (by identity). */
export function prototypeSnapshot(): PrototypeSnapshot {
  const out: PrototypeSnapshot = new Map();
  for (const [name, object] of watched()) {
    const props = new Map<PropertyKey, unknown[]>();
    for (const key of Reflect.ownKeys(object)) {
      const d = Object.getOwnPropertyDescriptor(object, key)!;
      props.set(key, [d.value, d.get, d.set, d.writable, d.enumerable, d.configurable]);
    }
    props.set('[[Prototype]]', [Object.getPrototypeOf(object)]);
    props.set('[[Extensible]]', [Object.isExtensible(object)]);
    out.set(name, props);
  }
  return out;
}

/** What changed between two snapshots: `Object.prototype.polluted added`; empty when nothing did. */
export function prototypeChanges(before: PrototypeSnapshot, after = prototypeSnapshot()): string[] {
  const changes: string[] = [];
  for (const [name, props] of after) {
    const old = before.get(name)!;
    for (const [key, values] of props) {
      const was = old.get(key);
      if (!was) changes.push(`${name}.${String(key)} added`);
      else if (values.some((v, i) => !Object.is(v, was[i]))) changes.push(`${name}.${String(key)} changed`);
    }
    for (const key of old.keys()) if (!props.has(key)) changes.push(`${name}.${String(key)} removed`);
  }
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'isAdmin', 'vi', 'en', 'targets', 'toString']) {
    if (key !== 'toString' && key in probe) changes.push(`({}).${key} is inherited`);
  }
  return changes;
}
