/*
 * The notes' events live beside their widget, not in shared/events.ts: a
 * page that loads another widget alone does not download them.
 */
/** What a notes event tells a host: which widget, and nothing the reader ticked or typed. */
export interface NotesEventDetail {
  /** The widget's name, `mmn-visit-notes`, whatever tag it is registered under. */
  readonly widget: string;
}

/**
 * Fired when a reader asks to print their notes, before the print dialog
 * opens. Its detail never holds what the reader ticked or typed.
 */
export class MmnNotesPrintEvent extends CustomEvent<NotesEventDetail> {
  static readonly eventName = 'mmn-notes-print' as const;

  constructor(detail: NotesEventDetail) {
    super(MmnNotesPrintEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

/**
 * Fired when a reader copies their notes as text. Its detail never holds
 * what the reader ticked or typed.
 */
export class MmnNotesCopyEvent extends CustomEvent<NotesEventDetail> {
  static readonly eventName = 'mmn-notes-copy' as const;

  constructor(detail: NotesEventDetail) {
    super(MmnNotesCopyEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mmn-notes-print': MmnNotesPrintEvent;
    'mmn-notes-copy': MmnNotesCopyEvent;
  }
}
