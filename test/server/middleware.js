// The data layer's test server, loaded by web-test-runner.config.js as Koa middleware. Everything
// under /nq-test/ is a scripted data server on the same port (and, seen from a page on
// localhost, a cross-origin one on 127.0.0.1): a test first POSTs a script of responses for an
// id, then its widgets fetch /nq-test/doc/<id> or /nq-test/sse/<id>, and the n-th request gets
// the n-th step (the last step repeats). /nq-test/log/<id> tells what the server received, so
// tests count requests on the server side. Responses are written to the raw Node response
// (ctx.respond = false): no other middleware adds ETags, compresses or buffers them.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const fixture = (name) => readFileSync(join(FIXTURES, name), 'utf8');

/** The fixed Last-Modified of every document unless a step gives its own. */
export const LAST_MODIFIED = 'Sun, 22 Nov 2026 03:32:00 GMT';

/** @type {Map<string, { steps: any[], stream: any[], log: any[], docs: number, streams: number, open: Set<import('node:http').ServerResponse> }>} */
const scripts = new Map();

function script(id) {
  let s = scripts.get(id);
  if (!s) {
    s = { steps: [{}], stream: [{}], log: [], docs: 0, streams: 0, open: new Set() };
    scripts.set(id, s);
  }
  return s;
}

/** The body a step names: a fixture, a changed copy of the valid one, or literal text. */
function bodyOf(step) {
  if (typeof step.text === 'string') return step.text;
  if (step.json !== undefined) return JSON.stringify(step.json);
  const name = step.fixture ?? 'resolution';
  if (name === 'resolution' && (step.value !== undefined || step.sample !== undefined)) {
    const doc = JSON.parse(fixture('resolution.json'));
    if (step.value !== undefined) doc.observations[0].value = step.value;
    if (step.sample !== undefined) doc.observations[0].sample = step.sample;
    return JSON.stringify(doc, null, 2);
  }
  return fixture(`${name}.json`);
}

function etagOf(body) {
  return `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
}

function corsHeaders(step, res) {
  if (!step.cors) return;
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Expose-Headers', 'ETag, Last-Modified, Retry-After');
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

/** Waits, unless the client goes away first. Resolves false when it did. */
function wait(ms, req) {
  if (!ms) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      req.off('close', gone);
      resolve(true);
    }, ms);
    const gone = () => {
      clearTimeout(timer);
      resolve(false);
    };
    req.once('close', gone);
  });
}

function record(s, req, url, extra) {
  const entry = {
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    ifNoneMatch: req.headers['if-none-match'] ?? null,
    ifModifiedSince: req.headers['if-modified-since'] ?? null,
    lastEventId: req.headers['last-event-id'] ?? null,
    origin: req.headers.origin ?? null,
    at: Date.now(),
    ...extra,
  };
  s.log.push(entry);
  return entry;
}

async function serveDocument(s, req, res, url) {
  const step = s.steps[Math.min(s.docs, s.steps.length - 1)] ?? {};
  s.docs++;
  const status = step.status ?? 200;
  const entry = record(s, req, url, { kind: 'doc', status });
  if (!(await wait(step.delay, req))) return;
  corsHeaders(step, res);
  res.setHeader('Cache-Control', step.cacheControl ?? 'no-cache');
  if (step.headers) for (const [k, v] of Object.entries(step.headers)) res.setHeader(k, v);
  if (status !== 200) {
    res.statusCode = status;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end(`status ${status}`);
    return;
  }
  const body = bodyOf(step);
  const etag = etagOf(body);
  const lastModified = step.lastModified ?? LAST_MODIFIED;
  if (step.etag !== false) res.setHeader('ETag', etag);
  res.setHeader('Last-Modified', lastModified);
  const inm = req.headers['if-none-match'];
  const ims = req.headers['if-modified-since'];
  const notModified = inm ? inm === etag : ims ? Date.parse(ims) >= Date.parse(lastModified) : false;
  if (notModified) {
    entry.status = 304;
    res.statusCode = 304;
    res.end();
    return;
  }
  res.statusCode = 200;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  const bytes = Buffer.from(body, 'utf8');
  if (step.truncate) {
    // Promise the whole body, send half, and drop the connection.
    res.setHeader('Content-Length', String(bytes.length));
    res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
    setTimeout(() => res.destroy(), 20);
    return;
  }
  if (step.cut) {
    // A body that ends cleanly, mid-document: what a proxy that lost the rest would send.
    res.end(bytes.subarray(0, Math.floor(bytes.length / 2)));
    return;
  }
  res.end(bytes);
}

function sseData(data) {
  if (data === undefined) return '';
  const text = typeof data === 'string' ? data : data.fixture ? bodyOf(data) : JSON.stringify(data);
  return text
    .split('\n')
    .map((line) => `data: ${line}\n`)
    .join('');
}

async function serveStream(s, req, res, url) {
  const step = s.stream[Math.min(s.streams, s.stream.length - 1)] ?? {};
  s.streams++;
  const status = step.status ?? 200;
  record(s, req, url, { kind: 'sse', status });
  corsHeaders(step, res);
  if (step.headers) for (const [k, v] of Object.entries(step.headers)) res.setHeader(k, v);
  if (status !== 200) {
    res.statusCode = status;
    res.end();
    return;
  }
  res.statusCode = 200;
  res.setHeader('Content-Type', step.contentType ?? 'text/event-stream; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.flushHeaders();
  s.open.add(res);
  res.on('close', () => s.open.delete(res));
  for (const e of step.events ?? []) {
    if (!(await wait(e.delay ?? step.gap ?? 0, req))) return;
    let chunk = '';
    if (e.comment !== undefined) chunk += `: ${e.comment}\n`;
    if (e.retry !== undefined) chunk += `retry: ${e.retry}\n`;
    if (e.event) chunk += `event: ${e.event}\n`;
    if (e.id !== undefined) chunk += `id: ${e.id}\n`;
    chunk += sseData(e.data);
    res.write(`${chunk}\n`);
  }
  if (step.close === 'destroy') setTimeout(() => res.destroy(), 10);
  else if (step.close === 'end') res.end();
  // otherwise: held open until the client leaves (or /nq-test/drop/<id>)
}

async function handle(req, res, url) {
  const [, , action, id = ''] = url.pathname.split('/');
  if (req.method === 'OPTIONS') {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', '*');
    res.statusCode = 204;
    res.end();
    return;
  }
  const s = script(id);
  const json = (value) => {
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('Cache-Control', 'no-store');
    res.end(JSON.stringify(value));
  };
  switch (action) {
    case 'script': {
      const body = JSON.parse((await readBody(req)) || '{}');
      for (const r of s.open) r.destroy();
      scripts.set(id, { steps: body.steps ?? [{}], stream: body.stream ?? [{}], log: [], docs: 0, streams: 0, open: new Set() });
      return json({ ok: true });
    }
    case 'log':
      return json({ requests: s.log, open: s.open.size });
    case 'drop':
      for (const r of s.open) r.destroy();
      return json({ ok: true });
    case 'doc':
      return serveDocument(s, req, res, url);
    case 'sse':
      return serveStream(s, req, res, url);
    default:
      res.statusCode = 404;
      res.end();
  }
}

/** @param {import('koa').Context} ctx @param {() => Promise<void>} next */
export async function nqTestServer(ctx, next) {
  if (!ctx.path.startsWith('/nq-test/')) return next();
  ctx.respond = false;
  // Koa starts every response as a 404; we answer on the raw response, so start from 200.
  ctx.res.statusCode = 200;
  const url = new URL(ctx.url, 'http://localhost');
  try {
    await handle(ctx.req, ctx.res, url);
  } catch (error) {
    if (!ctx.res.headersSent) ctx.res.statusCode = 500;
    ctx.res.end(String(error));
  }
}

export default [nqTestServer];
