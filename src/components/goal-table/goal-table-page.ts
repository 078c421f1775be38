/**
 * What ties a goal table to its page: print (every row, opened, no virtualization, for as long as
 * the page prints), the URL (read on connect and on back/forward, written with `replaceState`
 * so that a filter does not add a history entry), and the CSV download.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface PageHandlers {
  /** Called with true in `beforeprint` and false in `afterprint`; must render synchronously. */
  print(printing: boolean): void;
  /** Called on connect and on back/forward with the page's query string. */
  url(search: string): void;
}

export class GoalTablePage implements ReactiveController {
  readonly #handlers: PageHandlers;
  readonly #before = () => this.#handlers.print(true);
  readonly #after = () => this.#handlers.print(false);
  readonly #popstate = () => this.#handlers.url(location.search);

  constructor(host: ReactiveControllerHost, handlers: PageHandlers) {
    this.#handlers = handlers;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#before);
    window.addEventListener('afterprint', this.#after);
    window.addEventListener('popstate', this.#popstate);
    this.#handlers.url(location.search);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#before);
    window.removeEventListener('afterprint', this.#after);
    window.removeEventListener('popstate', this.#popstate);
  }

  /** Puts a new query string in the address bar, keeping the path and the hash. */
  replaceSearch(search: string): void {
    if (search !== location.search)
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }
}

/** Downloads text as a file, through a temporary object URL. */
export function downloadText(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: filename });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
