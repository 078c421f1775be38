/**
 * Renders Storybook CSF3 stories without Storybook, the way its web-components renderer does:
 * args from the meta and the story, loaders awaited, the story's render (or the meta's), its
 * decorators and the meta's, inside the wrapper .storybook/preview.ts puts around every story
 * (`lang` and the theme class). The axe test (stories.node.test.ts) drives it from Node.
 */
import { html, nothing, render } from 'lit';

type Fn = (...args: unknown[]) => unknown;
interface StoryObject {
  args?: Record<string, unknown>;
  render?: Fn;
  loaders?: Fn[];
  decorators?: Fn[];
  name?: string;
}
interface Meta extends StoryObject {
  title?: string;
  excludeStories?: string[] | RegExp;
  includeStories?: string[] | RegExp;
}
type StoriesModule = Record<string, unknown> & { default: Meta };

interface Entry {
  id: string;
  meta: Meta;
  story: StoryObject | Fn;
}

function isStory(name: string, meta: Meta): boolean {
  const matches = (rule: string[] | RegExp | undefined) =>
    rule === undefined ? undefined : Array.isArray(rule) ? rule.includes(name) : rule.test(name);
  if (name === 'default' || name.startsWith('__')) return false;
  if (matches(meta.excludeStories) === true) return false;
  return matches(meta.includeStories) ?? true;
}

/** Every Lit element inside `root`, through shadow roots. */
function litElements(root: Element | ShadowRoot, out: { updateComplete: Promise<unknown> }[] = []) {
  for (const el of root.querySelectorAll('*')) {
    if ('updateComplete' in el) out.push(el as unknown as { updateComplete: Promise<unknown> });
    if (el.shadowRoot) litElements(el.shadowRoot, out);
  }
  return out;
}

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

export function runStories(files: Record<string, StoriesModule>): void {
  const entries: Entry[] = [];
  for (const [file, module] of Object.entries(files)) {
    const meta = module.default;
    for (const [name, story] of Object.entries(module)) {
      if (!isStory(name, meta) || (typeof story !== 'object' && typeof story !== 'function') || story === null)
        continue;
      entries.push({ id: `${meta.title ?? file} / ${name}`, meta, story: story });
    }
  }
  const container = document.getElementById('story')!;

  async function show(i: number, theme: string, lang: string): Promise<void> {
    render(nothing, container);
    const { meta, story } = entries[i]!;
    const s: StoryObject = typeof story === 'function' ? { render: story } : story;
    const args = { ...meta.args, ...s.args };
    const context: Record<string, unknown> = { args, globals: { lang, theme }, id: entries[i]!.id, loaded: {} };
    for (const loader of [...(meta.loaders ?? []), ...(s.loaders ?? [])])
      Object.assign(context.loaded as object, await loader(context));
    const draw = s.render ?? meta.render;
    if (!draw) throw new Error(`${entries[i]!.id} has no render`);
    let storyFn = (): unknown => draw(args, context);
    for (const decorator of [...(s.decorators ?? []), ...(meta.decorators ?? [])]) {
      const inner = storyFn;
      storyFn = () => decorator(inner, context);
    }
    render(
      html`<div class="nq-story nq-theme-${theme}" lang=${lang} data-theme=${theme}>${storyFn()}</div>`,
      container,
    );
    // drawn, fetched (stories with src), drawn again
    for (let round = 0; round < 3; round++) {
      await Promise.all(litElements(container).map((e) => e.updateComplete));
      await frame();
      if (round === 1 && container.querySelector('[src]')) await new Promise((r) => setTimeout(r, 400));
    }
  }

  Object.assign(window, { __nqStories: entries.map((e) => e.id), __nqShowStory: show });
  document.documentElement.dataset.pageReady = 'true';
}
