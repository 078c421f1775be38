/**
 * The text/event-stream format, as the HTML standard parses it: lines end in CRLF, LF or CR;
 * `data:` lines join with "\n"; `id:` sets the last event id (and survives events without one);
 * `retry:` with digits only sets the reconnection delay; a line starting with ":" is a comment;
 * a blank line dispatches; an event with no data is not dispatched. Fed chunk by chunk.
 */

export interface SseEvent {
  /** The `event:` field, or "message". */
  type: string;
  data: string;
  /** The last event id in force when this event was dispatched. */
  lastEventId: string;
}

export interface SseChunkResult {
  events: SseEvent[];
  /** The last `retry:` value in this chunk (ms). */
  retry?: number;
}

export class SseParser {
  #buffer = '';
  #skipLineFeed = false;
  #data: string[] = [];
  #type = '';
  #lastEventId: string;

  constructor(lastEventId = '') {
    this.#lastEventId = lastEventId;
  }

  get lastEventId(): string {
    return this.#lastEventId;
  }

  push(chunk: string): SseChunkResult {
    const out: SseChunkResult = { events: [] };
    let text = chunk;
    // A CR ended the previous chunk: an LF that starts this one belongs to the same line break.
    if (this.#skipLineFeed && text.startsWith('\n')) text = text.slice(1);
    this.#skipLineFeed = false;
    const buffer = this.#buffer + text;
    let start = 0;
    for (let i = 0; i < buffer.length; i++) {
      const c = buffer.charCodeAt(i);
      if (c !== 13 && c !== 10) continue;
      const line = buffer.slice(start, i);
      if (c === 13) {
        if (i + 1 < buffer.length) {
          if (buffer.charCodeAt(i + 1) === 10) i++;
        } else {
          this.#skipLineFeed = true;
        }
      }
      start = i + 1;
      this.#line(line, out);
    }
    this.#buffer = buffer.slice(start);
    return out;
  }

  #line(line: string, out: SseChunkResult): void {
    if (line === '') {
      this.#dispatch(out);
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'event':
        this.#type = value;
        break;
      case 'data':
        this.#data.push(value);
        break;
      case 'id':
        if (!value.includes('\0')) this.#lastEventId = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) out.retry = Number(value);
        break;
      default:
      // Unknown fields are ignored, as the standard says.
    }
  }

  #dispatch(out: SseChunkResult): void {
    const type = this.#type || 'message';
    this.#type = '';
    if (this.#data.length === 0) return;
    out.events.push({ type, data: this.#data.join('\n'), lastEventId: this.#lastEventId });
    this.#data = [];
  }
}
