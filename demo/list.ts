/**
 * The plain demo page: each seed resolution with every target, its computed status and the
 * sentence that explains it. Built with DOM text nodes only, never HTML from the data.
 */
import { assessResolution, type TargetAssessment } from '../src/core/assess.js';
import { explain } from '../src/core/explanation.js';
import { formatMilestone, formatPartialDate, formatValue, textOf } from '../src/core/format.js';
import type { Resolution } from '../src/core/schema.js';
import { STATUS_INFO } from '../src/core/status.js';
import { validateResolution } from '../src/core/validate.js';
import { STATUSES, type Locale } from '../src/core/vocabulary.js';
import { observationDate } from '../src/core/explanation.js';

const SEEDS = ['nghe-an-khcn-2030', 'dak-lak-khcn-2021-2025', 'cao-bang-2021-khcn-draft', 'cao-bang-34-ctr-tu-2013'];
const SAMPLES = ['samples/all-kinds', 'samples/empty', 'samples/invalid'];

const UI: Record<Locale, Record<string, string>> = {
  vi: {
    title: 'Mục tiêu của nghị quyết và tiến độ thực hiện',
    lead: 'Bốn văn bản thật về khoa học, công nghệ và đổi mới sáng tạo. Trạng thái được tính từ số liệu, không nhập tay.',
    lang: 'Ngôn ngữ',
    asOf: 'Tính đến ngày',
    method: 'Phương pháp',
    samples: 'Hiện tài liệu minh họa',
    number: 'Số',
    unknownNumber: 'chưa có',
    date: 'Ngày',
    unknownDate: 'chưa rõ',
    draft: 'Dự thảo',
    targets: 'chỉ tiêu',
    latest: 'Số liệu mới nhất',
    none: 'chưa có',
    sample: 'dữ liệu minh họa',
    invalid: 'Tài liệu không hợp lệ',
  },
  en: {
    title: 'Resolution targets and progress',
    lead: 'Four real documents on science, technology and innovation. Statuses are computed from the data, never typed in.',
    lang: 'Language',
    asOf: 'As of',
    method: 'Method',
    samples: 'Show illustrative documents',
    number: 'No.',
    unknownNumber: 'unknown',
    date: 'Date',
    unknownDate: 'unknown',
    draft: 'Draft',
    targets: 'targets',
    latest: 'Latest value',
    none: 'none yet',
    sample: 'sample data',
    invalid: 'Invalid document',
  },
};

const form = document.querySelector<HTMLFormElement>('#controls')!;
const main = document.querySelector<HTMLElement>('#documents')!;
const today = new Date().toISOString().slice(0, 10);
(form.elements.namedItem('asOf') as HTMLInputElement).value = today;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function targetItem(a: TargetAssessment, lang: Locale): HTMLLIElement {
  const t = a.target;
  const li = el('li');
  const head = el('p');
  const status = el('span', `${STATUS_INFO[a.status].label[lang]}`, { class: 'status', 'data-status': a.status });
  head.append(el('strong', `${t.ref} · ${textOf(t.label, lang)}`), ' — ', status);
  if (a.sample) head.append(' ', el('span', UI[lang].sample, { class: 'sample' }));
  const goals = t.milestones.map((m) => `${formatMilestone(m, t, lang)}${m.year ? ` (${m.year})` : ''}`).join('; ');
  const latest = a.latest
    ? `${formatValue(a.latest.value, t.indicator.unit, lang, { outOf: t.outOf, scale: t.scale })} (${observationDate(a.latest.observation, lang)}, ${textOf(a.latest.observation.source.name, lang)})`
    : UI[lang].none;
  li.append(head, el('p', `${goals} · ${UI[lang].latest}: ${latest}`, { class: 'meta' }));
  li.append(el('p', explain(a.explanation, t, lang), { class: 'why' }));
  li.append(el('p', `“${t.wording}”`, { class: 'wording', lang: 'vi' }));
  return li;
}

function documentArticle(doc: Resolution, lang: Locale, asOf: string, method: string): HTMLElement {
  const article = el('article', undefined, { class: 'document', id: doc.id });
  const { targets, rollUp } = assessResolution(doc, { asOf, method: method || undefined });
  const h2 = el('h2', textOf(doc.title, lang));
  if (doc.status === 'draft') h2.prepend(el('span', UI[lang].draft, { class: 'sample' }), ' ');
  if (doc.sample) h2.append(' ', el('span', UI[lang].sample, { class: 'sample' }));
  const meta = [
    textOf(doc.issuer, lang),
    `${UI[lang].number}: ${doc.number ?? UI[lang].unknownNumber}`,
    `${UI[lang].date}: ${doc.date ? formatPartialDate(doc.date, lang) : UI[lang].unknownDate}`,
    `${rollUp.total} ${UI[lang].targets}`,
  ].join(' · ');
  const counts = el('ul', undefined, { class: 'rollup' });
  for (const s of STATUSES)
    if (rollUp.byStatus[s] > 0) counts.append(el('li', `${STATUS_INFO[s].label[lang]}: ${rollUp.byStatus[s]}`));
  const list = el('ol', undefined, { class: 'targets' });
  for (const a of targets) list.append(targetItem(a, lang));
  article.append(h2, el('p', meta, { class: 'meta' }), counts, list);
  return article;
}

async function render(): Promise<void> {
  const data = new FormData(form);
  const field = (name: string) => {
    const value = data.get(name);
    return typeof value === 'string' ? value : '';
  };
  const lang: Locale = field('lang') === 'en' ? 'en' : 'vi';
  const asOf = field('asOf') || today;
  const method = field('method');
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]'))
    node.textContent = UI[lang][node.dataset.i18n ?? ''] ?? '';
  const names = data.get('samples') ? [...SEEDS, ...SAMPLES] : SEEDS;
  const articles = await Promise.all(
    names.map(async (name) => {
      const response = await fetch(new URL(`./data/${name}.json`, import.meta.url));
      const result = validateResolution(await response.text());
      if (result.ok) return documentArticle(result.resolution, lang, asOf, method);
      const box = el('article', undefined, { class: 'document error' });
      box.append(el('h2', `${UI[lang].invalid}: ${name}.json`));
      const list = el('ul');
      for (const issue of result.issues) list.append(el('li', `${issue.path} — ${issue.message[lang]}`));
      box.append(list);
      return box;
    }),
  );
  main.replaceChildren(...articles);
}

form.addEventListener('change', () => void render());
void render();
