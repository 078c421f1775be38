export interface NqTargetToggleDetail {
  /** The document's id and the target's id. */
  document: string;
  target: string;
  /** True when the reader opened the row's details, false when they closed them. */
  open: boolean;
}

/** Fired when the reader opens or closes a goal-table row's details (wording, milestones, history, why). */
export class NqTargetToggleEvent extends Event {
  static readonly eventName = 'nq-target-toggle';
  readonly detail: NqTargetToggleDetail;

  constructor(detail: NqTargetToggleDetail) {
    super(NqTargetToggleEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nq-target-toggle': NqTargetToggleEvent;
  }
}
