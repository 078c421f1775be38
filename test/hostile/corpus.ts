/**
 * The hostile corpus (issue #9): documents built to break a chart library the ways others have
 * been broken — script in labels (Highcharts CVE-2021-29489, an ECharts tooltip, an ApexCharts
 * legend), `javascript:` links, CSS through values, prototype pollution through merged options
 * (Chart.js CVE-2020-7746), numbers and dates no chart expects, and documents too big or too deep.
 *
 * Each case says what must happen: `rejected` with the validator's issue codes at their paths, or
 * `renders-safely`: the document is valid (HTML in a label is legal data) and every widget shows
 * it as text. The big ones are built on demand by `build()`, never held at import time.
 */
import type { IssueCode } from '../../src/core/messages/validation.js';
import {
  SHOWN_TARGET,
  URL_PATHS,
  baseDocument,
  copy,
  everyLevel,
  own,
  withText,
  withUrl,
  type Json,
  type JsonObject,
} from './base.js';

export const GROUPS = ['markup', 'url', 'css', 'prototype', 'number', 'date', 'size', 'text', 'structure'] as const;
export type Group = (typeof GROUPS)[number];

export type Expectation =
  | { outcome: 'rejected'; issues: { code: IssueCode; path: string }[] }
  /** Valid; `shows` is text every widget must show literally (as text, not markup). */
  | { outcome: 'renders-safely'; shows?: string };

export interface HostileCase {
  name: string;
  group: Group;
  build: () => unknown;
  expect: Expectation;
  /** The validator must answer within this many ms (default {@link DEFAULT_BUDGET_MS}). */
  budgetMs?: number;
  /** Big enough that each test file should build it once and reuse it. */
  huge?: boolean;
}

export const DEFAULT_BUDGET_MS = 2000;

// ---- helpers ------------------------------------------------------------------------------------

type Doc = JsonObject & {
  targets: (JsonObject & {
    milestones: JsonObject[];
    label: JsonObject;
    indicator: JsonObject & { unit: JsonObject };
  })[];
  observations: (JsonObject & { source: JsonObject })[];
};

/** A fresh copy of the base document, changed by `change`. */
function doc(change: (d: Doc) => void = () => {}): () => Doc {
  return () => {
    const d = copy(baseDocument()) as Doc;
    change(d);
    return d;
  };
}

const t0 = (d: Doc) => d.targets[0]!;
const rejected = (...issues: [IssueCode, string][]): Expectation => ({
  outcome: 'rejected',
  issues: issues.map(([code, path]) => ({ code, path })),
});
const renders = (shows?: string): Expectation =>
  shows === undefined ? { outcome: 'renders-safely' } : { outcome: 'renders-safely', shows };

/** Nests `{a: …}` `depth` times around `inner`, without recursion. */
function nested(depth: number, inner: Json = 'x'): Json {
  let node: Json = inner;
  for (let i = 0; i < depth; i++) node = { a: node };
  return node;
}

const MB = 1024 * 1024;
const DEEP = 100_000;

// ---- markup in every text field -----------------------------------------------------------------

/** Script payloads: each would call the tripwire, or fetch a beacon, if it were ever parsed as HTML. */
export const MARKUP_PAYLOADS: [string, string][] = [
  ['an img with onerror', '<img src=x onerror=__nqTripwire(1)>'],
  ['an svg with onload', '<svg onload=__nqTripwire(2)>'],
  ['a closing script tag and a new script', '</script><script>__nqTripwire(3)</script>'],
  ['an attribute breakout', '"><img src=/nq-beacon/q onerror=__nqTripwire(4)>'],
  ['a single-quoted attribute breakout', "' onmouseover='__nqTripwire(5)' x='"],
  ['an iframe srcdoc', '<iframe srcdoc="<script>parent.__nqTripwire(6)</script>"></iframe>'],
  ['a javascript: link', '<a href="javascript:__nqTripwire(7)">x</a>'],
  ['a details ontoggle', '<details open ontoggle=__nqTripwire(8)>'],
  ['an autofocus input', '<input autofocus onfocus=__nqTripwire(9)>'],
  ['mXSS through math and style', '<math><mtext><table><mglyph><style><img src=x onerror=__nqTripwire(10)>'],
  ['a comment breakout', '<!--<img src="--><img src=x onerror=__nqTripwire(11)//">'],
  ['a Lit marker', '<?lit$123$><!--?lit$123$-->lit$123$<img src=x onerror=__nqTripwire(12)>'],
  ['a template-literal and mustache payload', "${__nqTripwire(13)}{{constructor.constructor('__nqTripwire(13)')()}}"],
  ['entity-encoded markup', '&lt;img src=x onerror=__nqTripwire(14)&gt;&#x3C;svg onload=__nqTripwire(14)&#x3E;'],
  ['a meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:__nqTripwire(15)">'],
  ['an object with a javascript: data', '<object data="javascript:__nqTripwire(16)"></object>'],
  ['a form action', '<form><button formaction=javascript:__nqTripwire(17)>x</button></form>'],
  ['a base href', '<base href="javascript:__nqTripwire(18)//">'],
];

const markupCases: HostileCase[] = MARKUP_PAYLOADS.map(([what, payload]) => ({
  name: `${what} in every text field`,
  group: 'markup',
  build: () => withText(copy(baseDocument()), payload),
  expect: renders(payload),
}));

// ---- CSS through anything that could reach a style ---------------------------------------------

export const CSS_PAYLOADS: [string, string][] = [
  ['a style declaration', 'red; background-image: url(/nq-beacon/css1); --x: 1'],
  ['a closing style tag', '</style><style>*{background:url(/nq-beacon/css2)}</style>'],
  ['an @import', '@import url(/nq-beacon/css3);'],
  ['an escaped url()', '\\75 rl(/nq-beacon/css4) expression(__nqTripwire(19))'],
  ['a rule breakout', '"}; :host { display: none } * { background: url(/nq-beacon/css5) } .x {"'],
];

const cssCases: HostileCase[] = CSS_PAYLOADS.map(([what, payload]) => ({
  name: `CSS: ${what} in every text field`,
  group: 'css',
  build: () => withText(copy(baseDocument()), payload),
  expect: renders(payload),
}));

// ---- URLs: http and https only -------------------------------------------------------------------

/** URLs that are not http(s), or that only look like it: each must be refused in every URL field. */
export const BAD_URLS: [string, string][] = [
  ['javascript:', 'javascript:__nqTripwire(20)'],
  ['JavaScript: in mixed case', 'JaVaScRiPt:__nqTripwire(21)'],
  ['javascript: after a leading space', ' javascript:__nqTripwire(22)'],
  ['javascript: broken by a tab', 'java\tscript:__nqTripwire(23)'],
  ['javascript: broken by a newline', 'java\nscript:__nqTripwire(24)'],
  ['javascript: broken by a carriage return', 'java\rscript:__nqTripwire(25)'],
  ['javascript: after a NUL', '\u0000javascript:__nqTripwire(26)'],
  ['javascript: after a control character', '\u0001javascript:__nqTripwire(27)'],
  ['javascript: with an http-looking comment', 'javascript://https://example.com/%0a__nqTripwire(28)'],
  ['a data: HTML URL', 'data:text/html,<script>__nqTripwire(29)</script>'],
  ['a base64 data: URL', 'data:text/html;base64,PHNjcmlwdD5fX25xVHJpcHdpcmUoMzApPC9zY3JpcHQ+'],
  ['vbscript:', 'vbscript:msgbox(1)'],
  ['a protocol-relative URL', '//evil.example/x'],
  ['an https URL after a leading space', ' https://example.com/'],
  ['an https URL with a trailing newline', 'https://example.com/\n'],
  ['backslashes for slashes', 'https:\\\\evil.example'],
  ['an entity-encoded javascript:', '&#106;avascript:__nqTripwire(31)'],
  ['a file: URL', 'file:///etc/passwd'],
];

const urlCases: HostileCase[] = BAD_URLS.map(([what, url]) => ({
  name: `URL: ${what} in every URL field`,
  group: 'url',
  build: () => withUrl(copy(baseDocument()), url),
  expect: rejected(...URL_PATHS.map((p): [IssueCode, string] => [url.length > 2000 ? 'too-long' : 'url-scheme', p])),
}));

/** http(s) URLs that are legal but odd: shown as links whose host is visible, or as plain text. */
const oddUrlCases: HostileCase[] = [
  {
    name: 'URL: credentials before the host (https://trusted.gov.vn@evil.example/)',
    group: 'url',
    build: () => withUrl(copy(baseDocument()), 'https://thuvienphapluat.vn@evil.example/van-ban'),
    expect: renders(),
  },
  {
    // A link whose host cannot be shown is refused: the validator asks the URL parser.
    name: 'URL: an http URL the URL parser refuses (http://999.999.999.999/)',
    group: 'url',
    build: () => withUrl(copy(baseDocument()), 'http://999.999.999.999/'),
    expect: rejected(...URL_PATHS.map((p): [IssueCode, string] => ['url-scheme', p])),
  },
  {
    name: 'URL: an IDN look-alike host in upper case',
    group: 'url',
    build: () => withUrl(copy(baseDocument()), 'HTTPS://XN--80AK6AA92E.COM/"><img/src=x/onerror=__nqTripwire(32)>'),
    expect: renders(),
  },
];

// ---- prototype keys at every level ---------------------------------------------------------------

function keyAtEveryLevel(key: string, value: () => unknown): HostileCase {
  const paths = everyLevel(baseDocument()).map(([, path]) => path);
  return {
    name: `a "${key}" key at every level`,
    group: 'prototype',
    build: () => {
      const d = copy(baseDocument());
      for (const [node] of everyLevel(d)) own(node, key, value());
      return d;
    },
    expect: rejected(...paths.map((p): [IssueCode, string] => ['unknown-field', `${p}.${key}`])),
  };
}

const prototypeCases: HostileCase[] = [
  keyAtEveryLevel('__proto__', () => ({ polluted: 'yes', isAdmin: true, toString: '__nqTripwire' })),
  keyAtEveryLevel('constructor', () => ({ prototype: { polluted: 'yes' } })),
  keyAtEveryLevel('prototype', () => ({ polluted: 'yes' })),
  {
    name: 'a __proto__ key at every level, as JSON text',
    group: 'prototype',
    build: () => {
      const d = copy(baseDocument());
      for (const [node] of everyLevel(d)) own(node, '__proto__', { polluted: 'yes' });
      return JSON.stringify(d);
    },
    expect: rejected(['unknown-field', '$.__proto__'], ['unknown-field', '$.targets[0].label.__proto__']),
  },
  {
    name: 'a label whose vi comes from its prototype, not its own field',
    group: 'prototype',
    build: doc((d) => {
      t0(d).label = Object.create({ vi: 'inherited' }) as JsonObject;
    }),
    // Harmless: the validator's result is a copy holding only own fields.
    expect: renders(),
  },
  {
    name: 'ids and codes named constructor, prototype, tostring, hasownproperty',
    group: 'prototype',
    build: doc((d) => {
      const names = ['constructor', 'prototype', 'tostring', 'hasownproperty', 'valueof', 'proto'];
      d.targets.forEach((t, i) => {
        const name = names[i % names.length]!;
        const code = t.indicator.code as string;
        // the first target keeps its id: the gauge shows it by that id
        if (i > 0) t.id = name;
        t.indicator.code = name;
        for (const o of d.observations) if (o.indicator === code) o.indicator = name;
      });
      d.targets[2]!.parent = 'prototype';
      d.sections = [{ ref: '__proto__', title: { vi: 'constructor' } }];
      for (const t of d.targets) if (t.section !== undefined) t.section = '__proto__';
    }),
    expect: renders(),
  },
];

// ---- numbers ---------------------------------------------------------------------------------------

const ms0 = (d: Doc) => t0(d).milestones[0]!;

const numberCases: HostileCase[] = [
  {
    name: 'NaN as a milestone value',
    group: 'number',
    build: doc((d) => (ms0(d).value = NaN)),
    expect: rejected(['type', '$.targets[0].milestones[0].value']),
  },
  {
    name: 'Infinity as a milestone value',
    group: 'number',
    build: doc((d) => (ms0(d).value = Infinity)),
    expect: rejected(['not-finite', '$.targets[0].milestones[0].value']),
  },
  {
    name: '-Infinity as an observed value',
    group: 'number',
    build: doc((d) => (d.observations[0]!.value = -Infinity)),
    expect: rejected(['not-finite', '$.observations[0].value']),
  },
  {
    name: '1e309 in JSON text (parsed as Infinity)',
    group: 'number',
    build: () => JSON.stringify(baseDocument()).replace('"value":35', '"value":1e309'),
    expect: rejected(['not-finite', '$.targets[0].milestones[0].value']),
  },
  {
    name: 'NaN in a range',
    group: 'number',
    build: doc((d) => (d.targets[4]!.milestones[0]!.range = [NaN, 5])),
    expect: rejected(['type', '$.targets[4].milestones[0].range[0]']),
  },
  {
    name: '-0 as a milestone value and an observed value',
    group: 'number',
    build: doc((d) => {
      ms0(d).value = -0;
      d.observations[0]!.value = -0;
    }),
    expect: renders(),
  },
  {
    name: 'enormous values (1e308) against an ordinary target',
    group: 'number',
    build: doc((d) => {
      d.observations[0]!.value = 1e308;
      d.observations[4]!.value = 1e308;
    }),
    expect: renders(),
  },
  {
    name: 'enormous targets and baselines (1e308, -1e308 growth)',
    group: 'number',
    build: doc((d) => {
      ms0(d).value = 1e308;
      (t0(d).baseline as JsonObject).value = 1e307;
      d.targets[1]!.milestones[0]!.year = 2025;
    }),
    expect: renders(),
  },
  {
    name: 'the smallest positive number (5e-324)',
    group: 'number',
    build: doc((d) => {
      ms0(d).value = 5e-324;
      d.observations[0]!.value = Number.MIN_VALUE;
    }),
    expect: renders(),
  },
  {
    name: 'a rank out of 1e300',
    group: 'number',
    build: doc((d) => {
      d.targets[2]!.outOf = 1e300;
      d.observations[2]!.outOf = 1e300;
      d.observations[2]!.value = 1e299;
    }),
    expect: renders(),
  },
  {
    name: 'a negative percent target',
    group: 'number',
    build: doc((d) => (ms0(d).value = -35)),
    expect: rejected(['negative', '$.targets[0].milestones[0]']),
  },
  {
    name: 'a negative count in a range',
    group: 'number',
    build: doc((d) => (d.targets[4]!.milestones[0]!.range = [-5, -3])),
    expect: rejected(['negative', '$.targets[4].milestones[0]']),
  },
  {
    name: 'a negative "out of" and a rank of 0',
    group: 'number',
    build: doc((d) => {
      d.targets[2]!.outOf = -63;
      d.observations[2]!.outOf = 1;
    }),
    expect: rejected(['too-small', '$.targets[2].outOf'], ['too-small', '$.observations[2].outOf']),
  },
  {
    name: 'a level beyond its scale',
    group: 'number',
    build: doc((d) => (d.targets[3]!.milestones[0]!.value = 99)),
    expect: rejected(['level-out-of-scale', '$.targets[3].milestones[0].value']),
  },
  {
    name: 'a fractional and an unsafe-integer year',
    group: 'number',
    build: doc((d) => {
      ms0(d).year = 2025.5;
      d.horizon = Number.MAX_SAFE_INTEGER + 2;
    }),
    expect: rejected(['not-integer', '$.targets[0].milestones[0].year'], ['too-large', '$.horizon']),
  },
  {
    name: 'numbers as strings, BigInt and boxed numbers',
    group: 'number',
    build: () => {
      const d = copy(baseDocument()) as Doc;
      ms0(d).value = '1e309';
      (d.observations[0] as Record<string, unknown>).value = 10n;
      (d.targets[1]!.milestones[0] as Record<string, unknown>).year = new Number(2025);
      return d;
    },
    expect: rejected(
      ['type', '$.targets[0].milestones[0].value'],
      ['type', '$.observations[0].value'],
      ['type', '$.targets[1].milestones[0].year'],
    ),
  },
];

// ---- dates -------------------------------------------------------------------------------------------

const dateCases: HostileCase[] = [
  {
    name: '2024-02-30',
    group: 'date',
    build: doc((d) => (d.date = '2024-02-30')),
    expect: rejected(['date-impossible', '$.date']),
  },
  {
    name: '2023-02-29 (not a leap year) as an observation date',
    group: 'date',
    build: doc((d) => (d.observations[0]!.date = '2023-02-29')),
    expect: rejected(['date-impossible', '$.observations[0].date']),
  },
  {
    name: 'month 13 and day 0',
    group: 'date',
    build: doc((d) => {
      d.date = '2024-13-01';
      (d.source as JsonObject).date = '2024-01-00';
    }),
    expect: rejected(['date-impossible', '$.date'], ['date-impossible', '$.source.date']),
  },
  {
    name: 'year 0 as a date and as a milestone year',
    group: 'date',
    build: doc((d) => {
      d.date = '0000';
      ms0(d).year = 0;
    }),
    expect: rejected(['date-impossible', '$.date'], ['too-small', '$.targets[0].milestones[0].year']),
  },
  {
    name: 'year 99999 as a horizon and as a date',
    group: 'date',
    build: doc((d) => {
      d.horizon = 99999;
      d.observations[0]!.date = '99999-01-01';
    }),
    expect: rejected(['too-large', '$.horizon'], ['date-format', '$.observations[0].date']),
  },
  {
    name: 'a negative year',
    group: 'date',
    build: doc((d) => (ms0(d).year = -2025)),
    expect: rejected(['too-small', '$.targets[0].milestones[0].year']),
  },
  {
    name: 'dates with a time, a leading space, full-width digits',
    group: 'date',
    build: doc((d) => {
      d.date = '2021-03-06T00:00:00Z';
      (d.source as JsonObject).date = ' 2021';
      d.observations[0]!.date = '２０２３';
    }),
    expect: rejected(
      ['date-format', '$.date'],
      ['date-format', '$.source.date'],
      ['date-format', '$.observations[0].date'],
    ),
  },
  {
    name: '2024-02-29 (a leap day)',
    group: 'date',
    build: doc((d) => (d.observations[0]!.date = '2024-02-29')),
    expect: renders(),
  },
];

// ---- size ----------------------------------------------------------------------------------------------

/** Targets that each would be valid, `n` of them. */
function manyTargets(n: number): () => Doc {
  return () => {
    const d = copy(baseDocument()) as Doc;
    const model = JSON.stringify(d.targets[2]);
    d.targets = Array.from({ length: n }, (_, i) => {
      const t = JSON.parse(model) as Doc['targets'][number];
      // the first keeps the id the gauge is shown by
      t.id = i === 0 ? SHOWN_TARGET : `t-${i}`;
      return t;
    });
    d.observations = [];
    return d;
  };
}

/** `n` observations like `model`, one a day from 2021-01-01, with values going up and down. */
export function dailyObservations<T extends JsonObject>(model: T, n: number, from = Date.UTC(2021, 0, 1)): T[] {
  return Array.from({ length: n }, (_, i) => ({
    ...model,
    date: new Date(from + i * 86_400_000).toISOString().slice(0, 10),
    value: (i * 7) % 100,
  }));
}

const sizeCases: HostileCase[] = [
  {
    name: 'a 1 MB label',
    group: 'size',
    build: doc((d) => (t0(d).label = { vi: 'x'.repeat(MB) })),
    expect: rejected(['too-long', '$.targets[0].label.vi']),
  },
  {
    name: 'a 1 MB wording of markup',
    group: 'size',
    build: doc((d) => (t0(d).wording = '<img src=x onerror=__nqTripwire(33)>'.repeat(MB / 32))),
    expect: rejected(['too-long', '$.targets[0].wording']),
  },
  {
    name: 'a 1 MB id',
    group: 'size',
    build: doc((d) => (d.id = 'a'.repeat(MB))),
    expect: rejected(['id-format', '$.id']),
  },
  {
    name: 'a 1 MB URL',
    group: 'size',
    build: doc((d) => ((d.source as JsonObject).url = `https://example.com/${'a'.repeat(MB)}`)),
    expect: rejected(['too-long', '$.source.url']),
  },
  {
    name: 'a 1 MB document as one JSON string of whitespace',
    group: 'size',
    build: () => ' '.repeat(MB),
    expect: rejected(['not-json', '$']),
  },
  {
    name: 'nesting 100,000 deep in a note',
    group: 'size',
    build: doc((d) => (d.note = nested(DEEP) as JsonObject)),
    expect: rejected(['unknown-field', '$.note.a']),
    huge: true,
  },
  {
    name: 'nesting 100,000 deep as a target',
    group: 'size',
    build: doc((d) => (d.targets[0] = nested(DEEP) as Doc['targets'][number])),
    expect: rejected(['unknown-field', '$.targets[0].a']),
    huge: true,
  },
  {
    name: 'nesting 100,000 deep in JSON text (arrays)',
    group: 'size',
    build: () =>
      JSON.stringify(baseDocument()).replace('"targets":[', `"targets":[${'['.repeat(DEEP)}${']'.repeat(DEEP)},`),
    expect: rejected(['missing-field', '$.targets[0].id']),
    huge: true,
  },
  {
    name: 'nesting 100,000 deep in JSON text (objects, unterminated)',
    group: 'size',
    build: () => '{"a":'.repeat(DEEP),
    expect: rejected(['not-json', '$']),
    huge: true,
  },
  {
    name: '100,000 targets',
    group: 'size',
    build: manyTargets(100_000),
    expect: rejected(['too-long', '$.targets']),
    // Every target is checked before the count is: see docs/security.md, "Limits".
    budgetMs: 6000,
    huge: true,
  },
  {
    // 10,000 and not 100,000: see docs/security.md, "Limits" (the timeline takes seconds beyond that)
    name: '10,000 observations, one a day for 27 years',
    group: 'size',
    build: doc((d) => (d.observations = dailyObservations(d.observations[0]!, 10_000))),
    expect: renders(),
    huge: true,
  },
  {
    name: 'labels at their 4,000-character limit, with no space to break at',
    group: 'size',
    build: () => withText(copy(baseDocument()), 'W'.repeat(4000)),
    expect: renders(),
  },
];

// ---- characters ------------------------------------------------------------------------------------------

const textCases: HostileCase[] = [
  {
    name: 'a right-to-left override in every label',
    group: 'text',
    build: () => withText(copy(baseDocument()), '\u202Enoitulos\u202C evil \u202E'),
    expect: renders('\u202Enoitulos'),
  },
  {
    name: 'unbalanced bidi isolates and embeddings',
    group: 'text',
    build: () => withText(copy(baseDocument()), '\u2067\u2066\u202B\u202A Tỷ lệ \u2069'),
    expect: renders(),
  },
  {
    name: 'zero-width characters in every label',
    group: 'text',
    build: () => withText(copy(baseDocument()), 'T\u200Bỷ\u200C l\u200Dệ\uFEFF\u2060 TFP'),
    expect: renders('T\u200Bỷ\u200C l\u200Dệ\uFEFF\u2060 TFP'),
  },
  {
    name: 'only zero-width and space characters as a label',
    group: 'text',
    build: () => withText(copy(baseDocument()), '\u200B\u200B \u00A0\u3000'),
    expect: renders(),
  },
  {
    name: 'NUL, control characters and a lone surrogate',
    group: 'text',
    build: () => withText(copy(baseDocument()), 'a\u0000b\u0007c\u001Bd\uD800e\uDFFF'),
    expect: renders(),
  },
  {
    name: 'a thousand combining marks',
    group: 'text',
    build: () => withText(copy(baseDocument()), `T${'\u0301\u0323\u0309'.repeat(333)}`),
    expect: renders(),
  },
  {
    name: 'newlines and tabs in labels',
    group: 'text',
    build: () => withText(copy(baseDocument()), 'dòng 1\r\ndòng 2\n\tdòng 3'),
    expect: renders(),
  },
  {
    name: 'Vietnamese in decomposed form (NFD)',
    group: 'text',
    build: () => withText(copy(baseDocument()), 'Tỷ lệ đóng góp của TFP'.normalize('NFD')),
    expect: renders(),
  },
];

// ---- structure -----------------------------------------------------------------------------------------------

const structureCases: HostileCase[] = [
  {
    name: 'duplicate target ids',
    group: 'structure',
    build: doc((d) => (d.targets[2]!.id = 'hostile')),
    expect: rejected(['duplicate-id', '$.targets[2].id']),
  },
  {
    name: 'one indicator declared with two units',
    group: 'structure',
    build: doc((d) => (d.targets[2]!.indicator.code = 'tfp')),
    expect: rejected(['indicator-conflict', '$.targets[2].indicator.unit']),
  },
  {
    name: 'a target that is its own parent',
    group: 'structure',
    build: doc((d) => (t0(d).parent = 'hostile')),
    expect: rejected(['parent-cycle', '$.targets[0].parent']),
  },
  {
    name: 'a cycle of two parents',
    group: 'structure',
    build: doc((d) => (t0(d).parent = 'done')),
    expect: rejected(['parent-cycle', '$.targets[0].parent']),
  },
  {
    name: 'a cycle of six parents',
    group: 'structure',
    build: doc((d) => d.targets.forEach((t, i) => (t.parent = d.targets[(i + 1) % d.targets.length]!.id as string))),
    expect: rejected(['parent-cycle', '$.targets[0].parent']),
  },
  {
    name: 'a parent that does not exist',
    group: 'structure',
    build: doc((d) => (t0(d).parent = 'nobody')),
    expect: rejected(['parent-missing', '$.targets[0].parent']),
  },
  {
    name: 'a chain of 60 nested targets',
    group: 'structure',
    build: () => {
      const d = manyTargets(60)();
      d.targets.forEach((t, i) => {
        if (i > 0) t.parent = d.targets[i - 1]!.id as string;
      });
      return d;
    },
    expect: renders(),
  },
  {
    name: 'an object that contains itself',
    group: 'structure',
    build: () => {
      const d = copy(baseDocument()) as Doc;
      d.note = d;
      (d.targets as unknown[]).push(d.targets);
      return d;
    },
    expect: rejected(['unknown-field', '$.note.schemaVersion'], ['missing-field', '$.targets[6].id']),
  },
  {
    name: 'targets as an array-like object with length 1e9',
    group: 'structure',
    build: doc((d) => ((d as JsonObject).targets = { length: 1e9, 0: 'x' } as unknown as Json)),
    expect: rejected(['type', '$.targets']),
  },
  {
    name: 'a getter that throws',
    group: 'structure',
    build: () => {
      const d = copy(baseDocument());
      Object.defineProperty(d, 'title', {
        enumerable: true,
        get() {
          throw new Error('hostile getter');
        },
      });
      return d;
    },
    expect: rejected(['too-deep', '$']),
  },
  {
    name: 'a Proxy whose every trap throws',
    group: 'structure',
    build: () =>
      new Proxy(copy(baseDocument()), {
        get() {
          throw new Error('hostile proxy');
        },
        ownKeys() {
          throw new Error('hostile proxy');
        },
        has() {
          throw new Error('hostile proxy');
        },
        getOwnPropertyDescriptor() {
          throw new Error('hostile proxy');
        },
      }),
    expect: rejected(['too-deep', '$']),
  },
  {
    name: 'a document that is an array',
    group: 'structure',
    build: () => [baseDocument()],
    expect: rejected(['not-object', '$']),
  },
  {
    name: 'a document that is the JSON text "null"',
    group: 'structure',
    build: () => 'null',
    expect: rejected(['not-object', '$']),
  },
  {
    name: 'JSON text with a byte-order mark',
    group: 'structure',
    build: () => `\uFEFF${JSON.stringify(baseDocument())}`,
    expect: rejected(['not-json', '$']),
  },
  {
    name: 'a schema version from the future',
    group: 'structure',
    build: doc((d) => (d.schemaVersion = 99)),
    expect: rejected(['wrong-version', '$.schemaVersion']),
  },
];

/** Every case, in groups. */
export const CORPUS: readonly HostileCase[] = [
  ...markupCases,
  ...cssCases,
  ...urlCases,
  ...oddUrlCases,
  ...prototypeCases,
  ...numberCases,
  ...dateCases,
  ...sizeCases,
  ...textCases,
  ...structureCases,
];

/** Builds each huge case once per test file, on first use. */
export function memoBuild(): (c: HostileCase) => unknown {
  const built = new Map<HostileCase, unknown>();
  return (c) => {
    if (!c.huge) return c.build();
    if (!built.has(c)) built.set(c, c.build());
    return built.get(c);
  };
}
