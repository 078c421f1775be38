/**
 * The embed page: pick a document, a widget and its options, see it, and copy the snippet (one
 * script tag and one element) that shows the same thing on any page with no build step.
 */
import '../src/index.js';
import { textOf } from '../src/core/format.js';
import type { Resolution } from '../src/core/schema.js';
import { validateResolution } from '../src/core/validate.js';
import type { Locale } from '../src/core/vocabulary.js';
import { mountShell } from './shell.js';

/** Where the one-file build is published; the package's own `dist/cdn/` file on unpkg. */
const CDN = 'https://unpkg.com/nghiquyet-widgets@0/dist/cdn/nghiquyet-widgets.js';
const FILES = [
  'nghe-an-khcn-2030',
  'dak-lak-khcn-2021-2025',
  'cao-bang-2021-khcn-draft',
  'cao-bang-34-ctr-tu-2013',
  'samples/all-kinds',
];

const WIDGETS: [string, { vi: string; en: string }, boolean][] = [
  ['gauge-radial', { vi: 'Đồng hồ (tròn)', en: 'Gauge (radial)' }, true],
  ['gauge-bullet', { vi: 'Đồng hồ (thanh ngang)', en: 'Gauge (bullet)' }, true],
  ['gauge-compact', { vi: 'Đồng hồ (gọn, trong câu)', en: 'Gauge (compact, in text)' }, true],
  ['table', { vi: 'Bảng chỉ tiêu', en: 'Goal table' }, false],
  ['timeline', { vi: 'Dòng thời gian', en: 'Timeline' }, false],
  ['resolution', { vi: 'Cả văn bản', en: 'Whole document' }, false],
];

const WORDS = {
  title: { vi: 'Nhúng một widget vào trang của bạn', en: 'Embed a widget in your page' },
  lead: {
    vi: 'Chọn văn bản, chỉ tiêu và widget; sao chép đoạn mã và dán vào bất kỳ trang nào (kể cả trình soạn thảo CMS cho phép HTML). Tệp dữ liệu phải nằm trên máy chủ của bạn hoặc một máy chủ cho phép CORS.',
    en: 'Pick a document, a target and a widget; copy the snippet and paste it into any page (a CMS editor that accepts HTML will do). The data file must be on your server, or on one that allows CORS.',
  },
  doc: { vi: 'Văn bản', en: 'Document' },
  widget: { vi: 'Widget', en: 'Widget' },
  target: { vi: 'Chỉ tiêu', en: 'Target' },
  lang: { vi: 'Ngôn ngữ của widget', en: 'Widget language' },
  method: { vi: 'Phương pháp', en: 'Method' },
  refresh: { vi: 'Cập nhật mỗi (giây)', en: 'Refresh every (seconds)' },
  preview: { vi: 'Xem trước', en: 'Preview' },
  snippet: { vi: 'Đoạn mã', en: 'Snippet' },
  how: {
    vi: 'Thay địa chỉ src bằng địa chỉ tệp JSON của bạn. Với npm: npm install nghiquyet-widgets rồi import "nghiquyet-widgets/kpi-gauge.js".',
    en: 'Replace the src address with your JSON file’s. With npm: npm install nghiquyet-widgets, then import "nghiquyet-widgets/kpi-gauge.js".',
  },
  copy: { vi: 'Sao chép', en: 'Copy' },
  copied: { vi: 'Đã sao chép.', en: 'Copied.' },
};

const form = document.querySelector<HTMLFormElement>('#controls')!;
const field = <T extends Element>(name: string) => form.elements.namedItem(name) as unknown as T;
const docs = new Map<string, Resolution>();
let uiLang: Locale = 'vi';

/** The element's tag and attributes for the current choices. */
function choice(): { tag: string; attrs: [string, string][]; url: string } {
  const name = field<HTMLSelectElement>('doc').value;
  const widget = field<HTMLSelectElement>('widget').value;
  const url = new URL(`./data/${name}.json`, location.href).href;
  const attrs: [string, string][] = [['src', url]];
  const tag = widget.startsWith('gauge')
    ? 'nq-kpi-gauge'
    : widget === 'table'
      ? 'nq-goal-table'
      : widget === 'timeline'
        ? 'nq-target-timeline'
        : 'nq-resolution';
  if (tag === 'nq-kpi-gauge') {
    attrs.push(['target', field<HTMLSelectElement>('target').value]);
    const variant = widget.slice('gauge-'.length);
    if (variant !== 'radial') attrs.push(['variant', variant]);
  }
  attrs.push(['lang', field<HTMLSelectElement>('lang').value]);
  const method = field<HTMLSelectElement>('method').value;
  if (method) attrs.push(['method', method]);
  const refresh = Number(field<HTMLInputElement>('refresh').value);
  if (refresh >= 1) attrs.push(['refresh', String(Math.floor(refresh))]);
  return { tag, attrs, url };
}

function update(): void {
  const { tag, attrs } = choice();
  const preview = document.querySelector('#preview')!;
  const el = document.createElement(tag);
  for (const [k, v] of attrs) el.setAttribute(k, v);
  preview.replaceChildren(el);
  const attributes = attrs.map(([k, v]) => ` ${k}="${v.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join('');
  document.querySelector('#snippet')!.textContent =
    `<script type="module" src="${CDN}"></script>\n<${tag}${attributes}></${tag}>`;
  field<HTMLSelectElement>('target').disabled = tag !== 'nq-kpi-gauge';
}

function fillTargets(): void {
  const doc = docs.get(field<HTMLSelectElement>('doc').value);
  const select = field<HTMLSelectElement>('target');
  const current = select.value;
  select.replaceChildren(
    ...(doc?.targets ?? []).map(
      (t) => new Option(`${t.ref} · ${textOf(t.label, uiLang)}`, t.id, false, t.id === current),
    ),
  );
}

function labels(): void {
  document.querySelector('#title')!.textContent = WORDS.title[uiLang];
  document.querySelector('#lead')!.textContent = WORDS.lead[uiLang];
  for (const node of document.querySelectorAll<HTMLElement>('[data-w]'))
    node.textContent = WORDS[node.dataset.w as keyof typeof WORDS][uiLang];
  const docSelect = field<HTMLSelectElement>('doc');
  const chosenDoc = docSelect.value || FILES[0]!;
  docSelect.replaceChildren(
    ...FILES.filter((f) => docs.has(f)).map(
      (f) => new Option(textOf(docs.get(f)!.title, uiLang), f, false, f === chosenDoc),
    ),
  );
  const widgetSelect = field<HTMLSelectElement>('widget');
  const chosenWidget = widgetSelect.value || WIDGETS[0]![0];
  widgetSelect.replaceChildren(
    ...WIDGETS.map(([id, words]) => new Option(words[uiLang], id, false, id === chosenWidget)),
  );
  fillTargets();
}

document.querySelector('#copy')!.addEventListener('click', () => {
  const text = document.querySelector('#snippet')!.textContent ?? '';
  const done = () => (document.querySelector('#copied')!.textContent = WORDS.copied[uiLang]);
  navigator.clipboard?.writeText(text).then(done, () => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('#snippet')!);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  });
});
form.addEventListener('change', (event) => {
  if ((event.target as HTMLElement).getAttribute('name') === 'doc') fillTargets();
  update();
});

const loaded = Promise.all(
  FILES.map(async (name) => {
    const result = validateResolution(await (await fetch(new URL(`./data/${name}.json`, import.meta.url))).text());
    if (result.ok) docs.set(name, result.resolution);
  }),
);
mountShell((settings) => {
  uiLang = settings.lang;
  void loaded.then(() => {
    labels();
    update();
  });
});
