export interface NqCsvExportDetail {
  /** The file's text, starting with a byte-order mark. */
  csv: string;
  filename: string;
  /** Data rows in the file (the header line not counted). */
  rows: number;
}

/**
 * Fired when the reader asks for a goal table's CSV, before the download starts. Cancelable: a
 * page that calls `preventDefault()` handles the text itself (uploads it, shows it) and no file
 * is downloaded.
 */
export class NqCsvExportEvent extends Event {
  static readonly eventName = 'nq-csv-export';
  readonly detail: NqCsvExportDetail;

  constructor(detail: NqCsvExportDetail) {
    super(NqCsvExportEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nq-csv-export': NqCsvExportEvent;
  }
}
