/**
 * What every story shares: the docs tables from custom-elements.json, the accessibility checks,
 * and two toolbar switches, language (vi/en) and theme (light/dark), applied around each story
 * the way a page would: `lang` on an ancestor and the theme's class on a subtree.
 */
/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';

// Made by `cem analyze` (npm run build, or npm run build-storybook). A glob, not an import, so a
// missing manifest leaves the docs tables without descriptions instead of failing the build.
const manifests = import.meta.glob<unknown>('../dist/custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);
else console.warn('dist/custom-elements.json is missing: run `npm run build` for the docs tables.');

// The two theme stylesheets as text, to be scoped to their classes only (see below).
const themeCss = import.meta.glob<string>('../src/themes/*.css', { eager: true, query: '?inline', import: 'default' });

/**
 * Each theme file applies to `:root, :host, .nq-theme-<name>`. Loading both on one page would let
 * the last one win on `:root` (and set the docs pages' own color-scheme); keeping only the class
 * lets each story pick its theme, as a page section with that class does.
 */
function scopedThemes(): string {
  return Object.entries(themeCss)
    .map(([path, css]) => {
      const name = /([\w-]+)\.css$/.exec(path)?.[1] ?? '';
      const scoped = css.replace(/:root\s*,\s*:host\s*,\s*/g, '');
      if (!scoped.includes(`.nq-theme-${name}`)) console.warn(`src/themes/${name}.css has no .nq-theme-${name} rule`);
      return scoped;
    })
    .join('\n');
}

if (Object.keys(themeCss).length > 0 && !document.getElementById('nq-storybook-themes')) {
  const style = document.createElement('style');
  style.id = 'nq-storybook-themes';
  style.textContent = `${scopedThemes()}
.nq-story { padding: 1rem; background: var(--nq-color-surface, #fff); color: var(--nq-color-text, #1f2328); }`;
  document.head.append(style);
}

const preview: Preview = {
  // A docs page per component, its tables from the manifest (attributes, properties, events,
  // slots, parts, custom properties); a story file opts out with tags: ['!autodocs'].
  tags: ['autodocs'],
  globalTypes: {
    lang: {
      description: 'Ngôn ngữ / Language',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'vi', title: 'Tiếng Việt', right: 'vi' },
          { value: 'en', title: 'English', right: 'en' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Giao diện / Theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'vi', theme: 'light' },
  decorators: [
    (story, context) => {
      const lang = String(context.globals['lang'] ?? 'vi');
      const theme = String(context.globals['theme'] ?? 'light');
      // Keyed: a widget reads an ancestor's lang when it renders, not when the ancestor changes,
      // so a switch gives the story fresh elements rather than an attribute change they miss.
      // (inside a template: Storybook renders a template or a node, not a bare directive)
      return html`${keyed(
        `${lang}/${theme}`,
        html`<div class="nq-story nq-theme-${theme}" lang=${lang} data-theme=${theme}>${story()}</div>`,
      )}`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    // axe on every story; violations are listed in the panel and fail the test runner if one is used.
    a11y: { test: 'error' },
    docs: { toc: true },
  },
};

export default preview;
