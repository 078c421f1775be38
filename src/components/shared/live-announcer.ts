/**
 * A polite live region that says what changed, at most once every 5 seconds: a stream that
 * updates every second must not talk over the reader. Within the window the latest message
 * waits and replaces any older waiting one.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Locale } from '../../core/vocabulary.js';
import { browserClock, Timer, type Clock } from '../../data/env.js';

export interface Announcement {
  readonly seq: number;
  readonly message: { vi: string; en: string };
}

/** The shortest time between two announcements (ms). */
export const ANNOUNCE_INTERVAL = 5000;

export class LiveAnnouncer implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #source: () => Announcement | undefined;
  readonly #clock: Clock;
  readonly #interval: number;
  readonly #timer: Timer;
  #seen: number | undefined;
  #current: { vi: string; en: string } | undefined;
  #waiting: { vi: string; en: string } | undefined;
  #lastAt = Number.NEGATIVE_INFINITY;

  constructor(
    host: ReactiveControllerHost,
    source: () => Announcement | undefined,
    options: { clock?: Clock; interval?: number } = {},
  ) {
    this.#host = host;
    this.#source = source;
    this.#clock = options.clock ?? browserClock;
    this.#interval = options.interval ?? ANNOUNCE_INTERVAL;
    this.#timer = new Timer(this.#clock);
    host.addController(this);
  }

  /** What the region says now. */
  get message(): { vi: string; en: string } | undefined {
    return this.#current;
  }

  hostConnected(): void {
    // Whatever changed before the widget was (re)attached is not news.
    this.#seen = this.#source()?.seq;
  }

  hostDisconnected(): void {
    this.#timer.stop();
    this.#waiting = undefined;
  }

  hostUpdate(): void {
    const a = this.#source();
    if (!a || a.seq === this.#seen) return;
    this.#seen = a.seq;
    const now = this.#clock.now();
    if (now - this.#lastAt >= this.#interval) {
      this.#current = a.message;
      this.#lastAt = now;
      return;
    }
    this.#waiting = a.message;
    if (!this.#timer.pending) {
      this.#timer.start(this.#lastAt + this.#interval - now, () => {
        this.#current = this.#waiting;
        this.#waiting = undefined;
        this.#lastAt = this.#clock.now();
        this.#host.requestUpdate();
      });
    }
  }

  render(lang: Locale): TemplateResult {
    return html`<div part="live-region" class="nq-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      ${this.#current?.[lang] ?? ''}
    </div>`;
  }
}
