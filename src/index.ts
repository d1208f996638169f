/**
 * The classes, without registering any tag: a site can register them under
 * its own names (`customElements.define('clinic-mmn', class extends MmnOverview {})`)
 * or import `mmn-widgets/define` for the default tags.
 */
export * from './widgets.js';
export { MmnElement, type Theme, type HeadingLevel } from './shared/mmn-element.js';
export { MmnCtaClickEvent, type CtaAction, type CtaClickDetail } from './shared/events.js';
export { MmnNotesCopyEvent, MmnNotesPrintEvent, type NotesEventDetail } from './mmn-visit-notes/events.js';
export { defineElements } from './shared/define.js';
export { VERSION } from './version.js';
export type * from './content/types.js';
