/**
 * Storybook's Vite configuration, instead of the root vite.config.ts (the library build). Kept
 * minimal on purpose: Storybook sets root, entries and the output folder itself, and an earlier
 * attempt that also set the output folder produced a build with no index.html.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false, // static files come from `staticDirs` in main.ts
  logLevel: 'warn',
  // the preview bundles React (for docs pages) and axe: big chunks are expected in a docs site
  build: { chunkSizeWarningLimit: 4096 },
  // other tools' output in the repository: reloading the stories for it is noise
  server: { watch: { ignored: ['**/.tmp/**', '**/bench/.out/**', '**/storybook-static/**', '**/test-results/**'] } },
});
