/**
 * Storybook: `npm run storybook` (dev server on 127.0.0.1:6006) and `npm run build-storybook`
 * (static site in storybook-static/, built in CI). Written by hand: `npm create storybook` needs
 * downloads this network does not allow. Every Storybook package is pinned to 10.6.0, the last
 * version of @storybook/web-components-vite.
 */
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: {
    name: '@storybook/web-components-vite',
    // The root vite.config.ts is the library build (lib mode, rolldown output in dist/): loaded
    // here it would turn the Storybook build into a library build. Storybook gets its own.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  // The seed resolutions at /data/…: a story can give a widget `src="data/nghe-an-khcn-2030.json"`
  // and exercise the fetching path, not only the `resolution` property.
  staticDirs: [{ from: '../demo/data', to: '/data' }],
};

export default config;
