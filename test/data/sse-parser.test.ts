import { expect } from '@open-wc/testing';
import { SseParser } from '../../src/data/sse-parser.js';

describe('SseParser', () => {
  it('push() dispatches an event on a blank line, with its type, data and id', () => {
    const p = new SseParser();
    const { events } = p.push('event: resolution\nid: 7\ndata: {"a":1}\n\n');
    expect(events).to.deep.equal([{ type: 'resolution', data: '{"a":1}', lastEventId: '7' }]);
    expect(p.lastEventId).to.equal('7');
  });

  it('push() joins data lines with a line feed and defaults the type to "message"', () => {
    const { events } = new SseParser().push('data: [1,\ndata: 2]\n\n');
    expect(events).to.deep.equal([{ type: 'message', data: '[1,\n2]', lastEventId: '' }]);
  });

  it('push() accepts CRLF, LF and CR line ends, even split across chunks', () => {
    const p = new SseParser();
    const a = p.push('data: a\r');
    const b = p.push('\n\r\ndata: b\r\rdata: c\n\n');
    expect(a.events).to.deep.equal([]);
    expect([...b.events].map((e) => e.data)).to.deep.equal(['a', 'b', 'c']);
  });

  it('push() buffers a line cut in the middle', () => {
    const p = new SseParser();
    expect(p.push('da').events).to.deep.equal([]);
    expect(p.push('ta: hel').events).to.deep.equal([]);
    expect(p.push('lo\n\n').events.map((e) => e.data)).to.deep.equal(['hello']);
  });

  it('push() ignores comments and unknown fields, and dispatches no event without data', () => {
    const { events } = new SseParser().push(': heartbeat\nfoo: bar\nevent: x\n\ndata: y\n\n');
    expect(events).to.deep.equal([{ type: 'message', data: 'y', lastEventId: '' }]);
  });

  it('push() reads retry: with digits only', () => {
    expect(new SseParser().push('retry: 2500\n\n').retry).to.equal(2500);
    expect(new SseParser().push('retry: 2.5\n\n').retry).to.equal(undefined);
    expect(new SseParser().push('retry: soon\n\n').retry).to.equal(undefined);
  });

  it('push() keeps the last id for events without one, and an empty id: resets it', () => {
    const p = new SseParser('3');
    const { events } = p.push('data: a\n\nid: 4\ndata: b\n\ndata: c\n\nid\ndata: d\n\n');
    expect(events.map((e) => e.lastEventId)).to.deep.equal(['3', '4', '4', '']);
  });

  it('push() ignores an id that contains NUL', () => {
    const p = new SseParser('1');
    p.push('id: a\0b\ndata: x\n\n');
    expect(p.lastEventId).to.equal('1');
  });

  it('push() strips one space after the colon only', () => {
    expect(new SseParser().push('data:  two\n\n').events[0]?.data).to.equal(' two');
    expect(new SseParser().push('data:none\n\n').events[0]?.data).to.equal('none');
  });
});
