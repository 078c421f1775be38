// npm start: Vite's dev server over the whole repository, so demo/index.html can import
// ../src/index.ts directly (TypeScript and bare imports are handled by Vite; nothing is built).
// Listens on 127.0.0.1, port 5173 or the next free one.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { liveFeedPlugin } from './live-feed.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const server = await createServer({
  root: ROOT,
  configFile: false, // vite.config.ts describes the library build, not this server
  publicDir: false,
  clearScreen: false,
  server: { host: '127.0.0.1', port: 5173, strictPort: false, open: false },
  // /live/…: a local feed whose sample value changes every few seconds, for demo/live.html
  plugins: [liveFeedPlugin()],
});
await server.listen();

const base = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${server.config.server.port}/`;
const demo = new URL('demo/', base).href;
console.log(`\n  nghiquyet-widgets demo: ${demo}\n`);
if (!existsSync(join(ROOT, 'demo', 'index.html'))) {
  console.log('  (demo/index.html does not exist yet: the server is up, the page is not)\n');
}
console.log('  Ctrl+C to stop.\n');

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
