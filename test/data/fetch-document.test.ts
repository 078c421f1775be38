import { expect } from '@open-wc/testing';
import { CspWatch, fetchDocument, type FetchDocumentOptions, type FetchOutcome } from '../../src/data/fetch-document.js';
import { docUrl, otherOrigin, script, serverLog, uniqueId } from './helpers.js';

const LAST_MODIFIED = 'Sun, 22 Nov 2026 03:32:00 GMT';

function options(extra: Partial<FetchDocumentOptions> = {}): FetchDocumentOptions {
  return {
    fetch: (input, init) => fetch(input, init),
    signal: new AbortController().signal,
    sameOrigin: true,
    now: Date.now(),
    timeout: 2000,
    pageOrigin: location.origin,
    ...extra,
  };
}

function failed(outcome: FetchOutcome) {
  if (outcome.kind !== 'failed') throw new Error(`expected a failure, got ${outcome.kind}`);
  return outcome.error;
}

describe('fetchDocument', () => {
  it('fetchDocument() returns the validated document with its ETag and Last-Modified', async () => {
    const id = uniqueId('ok');
    await script(id, [{}]);
    const out = await fetchDocument(docUrl(id), {}, options());
    expect(out.kind).to.equal('document');
    if (out.kind !== 'document') return;
    expect(out.resolution.id).to.equal('test-khcn-2030');
    expect(out.validators.etag).to.match(/^"[0-9a-f]{16}"$/);
    expect(out.validators.lastModified).to.equal(LAST_MODIFIED);
    expect(out.modifiedAt?.toISOString()).to.equal('2026-11-22T03:32:00.000Z');
  });

  it('fetchDocument() sends If-None-Match and If-Modified-Since, and a 304 is "unchanged"', async () => {
    const id = uniqueId('etag');
    await script(id, [{}]);
    const first = await fetchDocument(docUrl(id), {}, options());
    if (first.kind !== 'document') throw new Error(first.kind);
    const second = await fetchDocument(docUrl(id), first.validators, options());
    expect(second.kind).to.equal('unchanged');
    const { requests } = await serverLog(id);
    expect(requests.map((r) => r.status)).to.deep.equal([200, 304]);
    expect(requests[1]?.ifNoneMatch).to.equal(first.validators.etag);
    expect(requests[1]?.ifModifiedSince).to.equal(LAST_MODIFIED);
  });

  it('fetchDocument() gets a 304 from Last-Modified alone when the server sends no ETag', async () => {
    const id = uniqueId('lm');
    await script(id, [{ etag: false }]);
    const first = await fetchDocument(docUrl(id), {}, options());
    if (first.kind !== 'document') throw new Error(first.kind);
    expect(first.validators.etag).to.equal(undefined);
    expect((await fetchDocument(docUrl(id), first.validators, options())).kind).to.equal('unchanged');
    expect((await serverLog(id)).requests.map((r) => r.status)).to.deep.equal([200, 304]);
  });

  it('fetchDocument() reports a 500 with the status and the URL, in both languages', async () => {
    const id = uniqueId('500');
    await script(id, [{ status: 500 }]);
    const error = failed(await fetchDocument(docUrl(id), {}, options()));
    expect(error).to.include({ code: 'http', status: 500, url: docUrl(id) });
    expect(error.message.vi).to.contain('lỗi HTTP 500').and.contain(docUrl(id));
    expect(error.message.en).to.contain('HTTP 500').and.contain(docUrl(id));
    expect(error.final).to.equal(undefined);
  });

  it('fetchDocument() reads Retry-After on a 429, in seconds and as an HTTP-date', async () => {
    const id = uniqueId('429');
    const now = Date.parse(LAST_MODIFIED);
    await script(id, [{ status: 429, headers: { 'Retry-After': '7' } }, { status: 503, headers: { 'Retry-After': 'Sun, 22 Nov 2026 03:33:00 GMT' } }]);
    const a = failed(await fetchDocument(docUrl(id), {}, options({ now })));
    expect(a).to.include({ code: 'http', status: 429, retryAfter: 7000 });
    expect(a.message.vi).to.contain('Sẽ thử lại sau 7 giây');
    const b = failed(await fetchDocument(docUrl(id), {}, options({ now })));
    expect(b).to.include({ code: 'http', status: 503, retryAfter: 60_000 });
  });

  it('fetchDocument() makes 404 and 410 final', async () => {
    const id = uniqueId('gone');
    await script(id, [{ status: 404 }, { status: 410 }]);
    expect(failed(await fetchDocument(docUrl(id), {}, options()))).to.include({ code: 'not-found', status: 404, final: true });
    expect(failed(await fetchDocument(docUrl(id), {}, options()))).to.include({ code: 'gone', status: 410, final: true });
  });

  it('fetchDocument() reports a time-out when the signal is aborted with a TimeoutError', async () => {
    const id = uniqueId('slow');
    await script(id, [{ delay: 3000 }]);
    const abort = new AbortController();
    setTimeout(() => abort.abort(new DOMException('late', 'TimeoutError')), 100);
    const error = failed(await fetchDocument(docUrl(id), {}, options({ signal: abort.signal, timeout: 100 })));
    expect(error.code).to.equal('timeout');
    expect(error.message.en).to.contain('did not answer within 1 s');
  });

  it('fetchDocument() is "aborted" (no error) when the caller aborts', async () => {
    const id = uniqueId('abort');
    await script(id, [{ delay: 3000 }]);
    const abort = new AbortController();
    setTimeout(() => abort.abort(), 50);
    expect((await fetchDocument(docUrl(id), {}, options({ signal: abort.signal }))).kind).to.equal('aborted');
  });

  it('fetchDocument() reports malformed JSON with its line and column', async () => {
    const id = uniqueId('malformed');
    await script(id, [{ fixture: 'malformed' }]);
    const error = failed(await fetchDocument(docUrl(id), {}, options()));
    expect(error).to.include({ code: 'parse', line: 5 });
    expect(error.message.vi).to.contain('không phải JSON hợp lệ (dòng 5');
    expect(error.message.en).to.contain('is not valid JSON (line 5');
  });

  it('fetchDocument() reports a body cut off by a dropped connection as truncated', async () => {
    const id = uniqueId('truncate');
    await script(id, [{ truncate: true }]);
    expect(failed(await fetchDocument(docUrl(id), {}, options())).code).to.equal('truncated');
  });

  it('fetchDocument() reports a body that ends mid-document as truncated', async () => {
    const id = uniqueId('cut');
    await script(id, [{ cut: true }]);
    const error = failed(await fetchDocument(docUrl(id), {}, options()));
    expect(error.code).to.equal('truncated');
    expect(error.message.en).to.contain('truncated');
  });

  it('fetchDocument() reports a valid-JSON-but-invalid document with the paths of its issues', async () => {
    const id = uniqueId('invalid');
    await script(id, [{ fixture: 'invalid' }]);
    const error = failed(await fetchDocument(docUrl(id), {}, options()));
    expect(error.code).to.equal('invalid');
    const paths = (error.issues ?? []).map((i) => i.path);
    expect(paths).to.include('$.title').and.include('$.targets[0].milestones[0].value');
    expect(error.message.vi).to.contain('không đúng lược đồ').and.contain('$.title');
    expect(error.message.en).to.contain('$.targets[0].milestones[0].value');
  });

  it('fetchDocument() tells the page owner to allow CORS and connect-src when another origin blocks it', async () => {
    const id = uniqueId('cors');
    await script(id, [{ cors: false }]);
    const url = otherOrigin(docUrl(id));
    const error = failed(await fetchDocument(url, {}, options({ sameOrigin: false })));
    expect(error.code).to.equal('cors');
    expect(error.message.en).to.contain('Access-Control-Allow-Origin').and.contain('connect-src').and.contain(new URL(url).origin);
    expect(error.message.vi).to.contain('Access-Control-Allow-Origin').and.contain('connect-src');
  });

  it('fetchDocument() on another origin lets the HTTP cache revalidate: a 304 without a preflight', async () => {
    const id = uniqueId('xo');
    await script(id, [{ cors: true }]);
    const url = otherOrigin(docUrl(id));
    const first = await fetchDocument(url, {}, options({ sameOrigin: false }));
    if (first.kind !== 'document') throw new Error(first.kind);
    const second = await fetchDocument(url, first.validators, options({ sameOrigin: false }));
    expect(second.kind).to.equal('unchanged');
    const { requests } = await serverLog(id);
    expect(requests.map((r) => r.status)).to.deep.equal([200, 304]);
    expect(requests[1]?.ifNoneMatch).to.equal(first.validators.etag);
  });

  it('fetchDocument() names connect-src when the page CSP blocks the request', async () => {
    const id = uniqueId('csp');
    await script(id, [{ cors: true }]);
    const frame = document.createElement('iframe');
    frame.srcdoc = `<meta http-equiv="Content-Security-Policy" content="connect-src 'none'">`;
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & typeof globalThis;
    const csp = new CspWatch();
    csp.attach(win.document);
    try {
      const url = otherOrigin(docUrl(id));
      const error = failed(await fetchDocument(url, {}, options({ fetch: (i, init) => win.fetch(i, init), sameOrigin: false, csp })));
      expect(error.code).to.equal('csp');
      expect(error.message.en).to.contain('connect-src').and.contain(new URL(url).origin);
    } finally {
      csp.detach();
      frame.remove();
    }
  });
});
