/**
 * The demo's front page: each of the four seed resolutions (and the illustrative documents) with
 * one <nq-resolution> tag, as of a date and by a method the reader picks.
 */
import '../src/index.js';
import { mountShell, type DemoSettings } from './shell.js';

const DOCUMENTS: [string, { vi: string; en: string }][] = [
  ['nghe-an-khcn-2030', { vi: 'Nghệ An: KH,CN&ĐMST đến năm 2030', en: 'Nghệ An: S&T and innovation to 2030' }],
  [
    'dak-lak-khcn-2021-2025',
    { vi: 'Đắk Lắk: KH&CN 2021–2025, tầm nhìn 2030', en: 'Đắk Lắk: S&T 2021–2025, vision 2030' },
  ],
  [
    'cao-bang-2021-khcn-draft',
    { vi: 'Cao Bằng: dự thảo nghị quyết 2021–2025', en: 'Cao Bằng: draft resolution 2021–2025' },
  ],
  [
    'cao-bang-34-ctr-tu-2013',
    { vi: 'Cao Bằng: Chương trình hành động 34-CTr/TU (2013)', en: 'Cao Bằng: action programme 34-CTr/TU (2013)' },
  ],
  [
    'samples/all-kinds',
    { vi: 'Minh họa: mọi loại chỉ tiêu (dữ liệu minh họa)', en: 'Illustrative: every kind of target (sample data)' },
  ],
  ['samples/empty', { vi: 'Minh họa: văn bản không có chỉ tiêu', en: 'Illustrative: a document with no targets' }],
  ['samples/invalid', { vi: 'Minh họa: tài liệu sai lược đồ', en: 'Illustrative: an invalid document' }],
];

const WORDS = {
  title: { vi: 'Mục tiêu của nghị quyết và tiến độ thực hiện', en: 'Resolution targets and progress' },
  lead: {
    vi: 'Bốn văn bản thật về khoa học, công nghệ và đổi mới sáng tạo, mỗi văn bản một thẻ <nq-resolution>. Trạng thái được tính từ số liệu đã công bố, không nhập tay; chỉ tiêu chưa có số liệu hiện "chưa có số liệu".',
    en: 'Four real documents on science, technology and innovation, each shown with one <nq-resolution> tag. Statuses are computed from published values, never typed in; a target with no published value says so.',
  },
  doc: { vi: 'Văn bản', en: 'Document' },
  asOf: { vi: 'Tính đến ngày', en: 'As of' },
  method: { vi: 'Phương pháp', en: 'Method' },
};

const form = document.querySelector<HTMLFormElement>('#controls')!;
const main = document.querySelector<HTMLElement>('#main')!;
const docSelect = form.elements.namedItem('doc') as HTMLSelectElement;
const asOfInput = form.elements.namedItem('asOf') as HTMLInputElement;
const methodSelect = form.elements.namedItem('method') as HTMLSelectElement;
const params = new URLSearchParams(location.search);
asOfInput.value = params.get('as-of') ?? new Date().toISOString().slice(0, 10);
let settings: DemoSettings = { lang: 'vi', theme: 'light' };

const view = document.createElement('nq-resolution');
main.append(view);

function update(): void {
  const l = settings.lang;
  document.querySelector('#title')!.textContent = WORDS.title[l];
  document.querySelector('#lead')!.textContent = WORDS.lead[l];
  document.querySelector('#doc-label')!.textContent = WORDS.doc[l];
  document.querySelector('#asof-label')!.textContent = WORDS.asOf[l];
  document.querySelector('#method-label')!.textContent = WORDS.method[l];
  const chosen = docSelect.value || params.get('doc') || DOCUMENTS[0]![0];
  docSelect.replaceChildren(...DOCUMENTS.map(([id, words]) => new Option(words[l], id, false, id === chosen)));
  view.lang = l;
  view.src = new URL(`./data/${chosen}.json`, location.href).href;
  if (asOfInput.value) view.asOf = asOfInput.value;
  view.method = methodSelect.value || undefined;
}

form.addEventListener('change', update);
mountShell((s) => {
  settings = s;
  update();
});
