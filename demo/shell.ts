/**
 * The demo's frame on every page: the navigation, the vi / en switch and the light / dark switch.
 * The choice is kept in localStorage and applied to <html>: `lang`, and the theme's tokens as
 * custom properties (src/themes/tokens.ts), which every widget reads.
 */
import { DARK_TOKENS, LIGHT_TOKENS } from '../src/themes/tokens.js';
import type { Locale } from '../src/core/vocabulary.js';

export interface DemoSettings {
  lang: Locale;
  theme: 'light' | 'dark';
}

const PAGES: [string, { vi: string; en: string }][] = [
  ['index.html', { vi: 'Nghị quyết', en: 'Resolutions' }],
  ['compare.html', { vi: 'So sánh các tỉnh', en: 'Compare provinces' }],
  ['live.html', { vi: 'Dữ liệu trực tiếp', en: 'Live data' }],
  ['embed.html', { vi: 'Nhúng vào trang', en: 'Embed' }],
  ['list.html', { vi: 'Danh sách (không widget)', en: 'Plain list' }],
];

const WORDS = {
  nav: { vi: 'Các trang demo', en: 'Demo pages' },
  lang: { vi: 'Ngôn ngữ', en: 'Language' },
  theme: { vi: 'Giao diện', en: 'Theme' },
  light: { vi: 'Sáng', en: 'Light' },
  dark: { vi: 'Tối', en: 'Dark' },
};

export function readSettings(): DemoSettings {
  const params = new URLSearchParams(location.search);
  const stored = (key: string) => params.get(key) ?? localStorage.getItem(`nq-demo-${key}`);
  return { lang: stored('lang') === 'en' ? 'en' : 'vi', theme: stored('theme') === 'dark' ? 'dark' : 'light' };
}

function apply(settings: DemoSettings): void {
  const root = document.documentElement;
  root.lang = settings.lang;
  const tokens = settings.theme === 'dark' ? DARK_TOKENS : LIGHT_TOKENS;
  for (const [name, value] of Object.entries(tokens)) root.style.setProperty(`--nq-${name}`, value);
  root.style.colorScheme = settings.theme;
  for (const node of document.querySelectorAll<HTMLElement>('[lang]:not(html)')) {
    if (node.tagName.startsWith('NQ-')) node.setAttribute('lang', settings.lang);
  }
}

/** Builds the frame, applies the settings, and calls `onChange` now and on every change. */
export function mountShell(onChange: (settings: DemoSettings) => void): void {
  let settings = readSettings();
  const header = document.createElement('nav');
  header.className = 'demo-nav';
  const links = document.createElement('ul');
  const here = location.pathname.split('/').pop() || 'index.html';
  const select = (name: string, options: [string, string][]) => {
    const label = document.createElement('label');
    const text = document.createElement('span');
    const box = document.createElement('select');
    box.name = name;
    for (const [value, words] of options) box.append(new Option(words, value));
    label.append(text, box);
    return { label, text, box };
  };
  const lang = select('lang', [
    ['vi', 'Tiếng Việt'],
    ['en', 'English'],
  ]);
  const theme = select('theme', [
    ['light', ''],
    ['dark', ''],
  ]);
  const render = () => {
    const l = settings.lang;
    header.setAttribute('aria-label', WORDS.nav[l]);
    links.replaceChildren(
      ...PAGES.map(([href, words]) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = `./${href}`;
        a.textContent = words[l];
        if (href === here) a.setAttribute('aria-current', 'page');
        li.append(a);
        return li;
      }),
    );
    lang.text.textContent = WORDS.lang[l];
    theme.text.textContent = WORDS.theme[l];
    theme.box.options[0]!.text = WORDS.light[l];
    theme.box.options[1]!.text = WORDS.dark[l];
    lang.box.value = l;
    theme.box.value = settings.theme;
  };
  const changed = () => {
    settings = { lang: lang.box.value === 'en' ? 'en' : 'vi', theme: theme.box.value === 'dark' ? 'dark' : 'light' };
    localStorage.setItem('nq-demo-lang', settings.lang);
    localStorage.setItem('nq-demo-theme', settings.theme);
    render();
    apply(settings);
    onChange(settings);
  };
  lang.box.addEventListener('change', changed);
  theme.box.addEventListener('change', changed);
  const controls = document.createElement('div');
  controls.className = 'demo-switches';
  controls.append(lang.label, theme.label);
  header.append(links, controls);
  document.body.prepend(header);
  render();
  apply(settings);
  onChange(settings);
}
