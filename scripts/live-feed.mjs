// A local live feed for the demo (demo/live.html): a sample resolution whose value changes every
// few seconds, served under /live/ both as a polled JSON document (ETag, Last-Modified, 304) and
// as a Server-Sent Events stream (a whole `resolution` first, then `observations` events). Every
// value it changes is marked `sample: true`: the widgets show it as sample data.
//
//   import { liveFeed, liveFeedPlugin } from './live-feed.mjs';
//   createServer({ ..., plugins: [liveFeedPlugin()] })   // Vite (scripts/serve.mjs)
//   app.use(liveFeed())                                   // any Connect/Express server
//   node scripts/live-feed.mjs [port]                     // on its own, on 127.0.0.1 (default 8787)
//
// GET /live/resolution.json   the document now
// GET /live/stream            text/event-stream; honours Last-Event-ID (header or ?lastEventId=)
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLE = join(ROOT, 'demo', 'data', 'samples', 'all-kinds.json');

/** Used when demo/data/samples/all-kinds.json is not there: one target, one observation. */
const FALLBACK = {
  schemaVersion: 1,
  id: 'sample-live-feed',
  number: null,
  kind: 'nghi-quyet',
  status: 'issued',
  issuer: { vi: 'Ví dụ', en: 'Example' },
  adminUnit: { name: { vi: 'Tỉnh mẫu', en: 'Sample province' } },
  date: '2021',
  title: { vi: 'Nghị quyết mẫu: số liệu trực tiếp', en: 'Sample resolution: live data' },
  period: { from: 2021, to: 2030 },
  sample: true,
  targets: [
    {
      id: 'sample-live-share',
      ref: '1',
      wording: 'Tỷ lệ mẫu đạt ít nhất 60% vào năm 2030.',
      label: { vi: 'Tỷ lệ mẫu', en: 'Sample share' },
      indicator: { code: 'sample-live-share', name: { vi: 'Tỷ lệ mẫu', en: 'Sample share' }, unit: { type: 'percent' } },
      kind: 'threshold',
      direction: 'increase',
      milestones: [{ year: 2030, comparator: '>=', value: 60 }],
    },
  ],
  observations: [{ indicator: 'sample-live-share', date: '2025', value: 40, source: { name: { vi: 'Số liệu mẫu', en: 'Sample data' } }, sample: true }],
};

function loadDocument() {
  if (existsSync(SAMPLE)) {
    try {
      return JSON.parse(readFileSync(SAMPLE, 'utf8'));
    } catch {
      /* fall through: a half-written sample must not stop the demo */
    }
  }
  return structuredClone(FALLBACK);
}

/** The observation the feed moves: the latest one of the first percent threshold target. */
function pickObservation(doc) {
  const percent = new Set(
    doc.targets.filter((t) => t.kind === 'threshold' && t.indicator.unit.type === 'percent').map((t) => t.indicator.code),
  );
  const candidates = (doc.observations ?? []).filter((o) => percent.has(o.indicator) && typeof o.value === 'number' && o.date);
  const first = candidates[0]?.indicator;
  const mine = candidates.filter((o) => o.indicator === first);
  return mine.sort((a, b) => (a.date < b.date ? 1 : -1))[0];
}

/**
 * Connect/Node middleware serving the feed under `base`. Options: `intervalMs` between changes
 * (default 4000), `base` path (default '/live').
 */
export function liveFeed({ intervalMs = 4000, base = '/live' } = {}) {
  const doc = loadDocument();
  const moving = pickObservation(doc);
  const start = moving ? moving.value : 0;
  let version = 1;
  let lastModified = new Date();
  let body = JSON.stringify(doc, null, 2);
  const clients = new Set();
  let timer;

  const etag = () => `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;

  function send(res, event, data) {
    res.write(`event: ${event}\nid: ${version}\n${JSON.stringify(data).split('\n').map((l) => `data: ${l}`).join('\n')}\n\n`);
  }

  function tick() {
    if (!moving) return;
    version++;
    // A slow wave around the starting value, kept inside 0–100 %, one decimal.
    const value = Math.round(Math.min(100, Math.max(0, start + 6 * Math.sin(version / 2))) * 10) / 10;
    moving.value = value;
    moving.sample = true;
    lastModified = new Date();
    body = JSON.stringify(doc, null, 2);
    for (const res of clients) send(res, 'observations', [moving]);
  }

  function ensureTicking() {
    if (timer) return;
    timer = setInterval(tick, intervalMs);
    timer.unref?.();
  }

  function cors(res) {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Expose-Headers', 'ETag, Last-Modified, Retry-After');
  }

  function serveDocument(req, res) {
    ensureTicking();
    cors(res);
    const tag = etag();
    // HTTP dates have whole seconds: compare at that precision.
    const modified = new Date(Math.floor(lastModified.getTime() / 1000) * 1000);
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('ETag', tag);
    res.setHeader('Last-Modified', modified.toUTCString());
    const inm = req.headers['if-none-match'];
    const ims = req.headers['if-modified-since'];
    if (inm ? inm === tag : ims ? Date.parse(ims) >= modified.getTime() : false) {
      res.statusCode = 304;
      res.end();
      return;
    }
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.end(body);
  }

  function serveStream(req, res, url) {
    ensureTicking();
    cors(res);
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' });
    res.write('retry: 3000\n\n');
    const last = req.headers['last-event-id'] ?? url.searchParams.get('lastEventId');
    // A client that saw the current version needs nothing; any other gets the whole document.
    if (String(last) !== String(version)) send(res, 'resolution', doc);
    clients.add(res);
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
    heartbeat.unref?.();
    req.on('close', () => {
      clearInterval(heartbeat);
      clients.delete(res);
    });
  }

  return function liveFeedMiddleware(req, res, next) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(`${base}/`)) return next?.();
    if (req.method === 'OPTIONS') {
      cors(res);
      res.setHeader('Access-Control-Allow-Headers', 'If-None-Match, If-Modified-Since, Last-Event-ID');
      res.statusCode = 204;
      res.end();
      return;
    }
    const path = url.pathname.slice(base.length);
    if (path === '/resolution.json') return serveDocument(req, res);
    if (path === '/stream') return serveStream(req, res, url);
    res.statusCode = 404;
    res.end();
  };
}

/** The same, as a Vite plugin: `plugins: [liveFeedPlugin()]`. */
export function liveFeedPlugin(options) {
  return {
    name: 'nq-live-feed',
    configureServer(server) {
      server.middlewares.use(liveFeed(options));
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const port = Number(process.argv[2] ?? 8787);
  const handler = liveFeed();
  createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.end();
    }),
  ).listen(port, '127.0.0.1', () => {
    console.log(`live feed: http://127.0.0.1:${port}/live/resolution.json and /live/stream`);
  });
}
