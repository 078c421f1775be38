/**
 * The comparison page: one indicator across the provinces, built from the same four files the
 * front page shows. Targets are matched by indicator code (`tfp-contribution-grdp-growth`,
 * `st-budget-share`), so a new province joins the comparison by using the same code.
 */
import '../src/index.js';
import { formatMilestone, textOf } from '../src/core/format.js';
import { resolutionHeader } from '../src/core/resolution-summary.js';
import type { Resolution } from '../src/core/schema.js';
import { validateResolution } from '../src/core/validate.js';
import type { Locale } from '../src/core/vocabulary.js';
import { mountShell } from './shell.js';

const FILES = ['cao-bang-2021-khcn-draft', 'dak-lak-khcn-2021-2025', 'nghe-an-khcn-2030', 'cao-bang-34-ctr-tu-2013'];

const INDICATORS: [string, { vi: string; en: string }][] = [
  ['tfp-contribution-grdp-growth', { vi: 'Đóng góp của TFP vào tăng trưởng', en: 'TFP contribution to growth' }],
  ['st-budget-share', { vi: 'Tỷ lệ chi ngân sách cho khoa học và công nghệ', en: 'S&T share of budget spending' }],
];

const WORDS = {
  title: { vi: 'So sánh một chỉ tiêu giữa các tỉnh', en: 'One indicator across provinces' },
  lead: {
    vi: 'Cùng một chỉ số trong các nghị quyết của Cao Bằng, Đắk Lắk và Nghệ An, lấy từ chính các tệp dữ liệu của trang đầu. Văn bản chỉ nêu mục tiêu; chưa có số liệu thực hiện nào được công bố cho các chỉ số này, nên các đồng hồ hiện "chưa có số liệu".',
    en: 'The same indicator in the resolutions of Cao Bằng, Đắk Lắk and Nghệ An, taken from the same data files as the front page. The documents state targets only; no actual value has been published for these indicators, so the gauges say "no data".',
  },
  says: { vi: 'Các văn bản đặt mục tiêu', en: 'What the documents set' },
  timeline: { vi: 'Các mốc trên một trục thời gian', en: 'The milestones on one time axis' },
  table: { vi: 'Bốn văn bản trong một bảng', en: 'The four documents in one table' },
};

/** The document's number, or its kind and year when it has none. */
function documentName(doc: Resolution, lang: Locale): string {
  if (doc.number) return doc.number;
  const header = resolutionHeader(doc, lang);
  const when = doc.date ? doc.date.slice(0, 4) : (doc.period?.from ?? doc.horizon ?? '');
  return [header.kind, doc.status === 'draft' ? header.statusLabel.toLowerCase() : '', when].filter(Boolean).join(' ');
}

const main = document.querySelector<HTMLElement>('#main')!;
const docs: Resolution[] = [];

function section(code: string, name: { vi: string; en: string }, lang: Locale): HTMLElement {
  const box = document.createElement('section');
  box.className = 'panel';
  const h2 = document.createElement('h2');
  h2.textContent = name[lang];
  const list = document.createElement('ul');
  const gauges = document.createElement('div');
  gauges.className = 'compare-grid';
  const ids: string[] = [];
  for (const doc of docs) {
    for (const t of doc.targets.filter((x) => x.indicator.code === code)) {
      const li = document.createElement('li');
      const goals = t.milestones.map((m) => `${formatMilestone(m, t, lang)}${m.year ? ` (${m.year})` : ''}`).join(', ');
      li.textContent = `${textOf(doc.adminUnit.name, lang)} · ${documentName(doc, lang)}: ${goals}`;
      list.append(li);
      const gauge = document.createElement('nq-kpi-gauge');
      gauge.resolution = doc;
      gauge.target = t.id;
      gauge.lang = lang;
      gauge.label = `${textOf(doc.adminUnit.name, lang)}: ${textOf(t.label, lang)}`;
      gauges.append(gauge);
      ids.push(`${doc.id}:${t.id}`);
    }
  }
  const says = document.createElement('h3');
  says.textContent = WORDS.says[lang];
  const timelineTitle = document.createElement('h3');
  timelineTitle.textContent = WORDS.timeline[lang];
  const timeline = document.createElement('nq-target-timeline');
  timeline.resolutions = docs;
  timeline.targets = ids.join(',');
  timeline.lanes = true;
  timeline.lang = lang;
  box.append(h2, says, list, gauges, timelineTitle, timeline);
  return box;
}

function render(lang: Locale): void {
  document.querySelector('#title')!.textContent = WORDS.title[lang];
  document.querySelector('#lead')!.textContent = WORDS.lead[lang];
  const tableBox = document.createElement('section');
  tableBox.className = 'panel';
  const h2 = document.createElement('h2');
  h2.textContent = WORDS.table[lang];
  const table = document.createElement('nq-goal-table');
  table.resolutions = docs;
  table.lang = lang;
  tableBox.append(h2, table);
  main.replaceChildren(...INDICATORS.map(([code, name]) => section(code, name, lang)), tableBox);
}

const loaded = Promise.all(
  FILES.map(async (name) => {
    const result = validateResolution(await (await fetch(new URL(`./data/${name}.json`, import.meta.url))).text());
    if (result.ok) docs.push(result.resolution);
  }),
);
mountShell((settings) => void loaded.then(() => render(settings.lang)));
