/**
 * Registers every widget of the registry (`widgets.ts`) under its default
 * tag. Loading it twice, or beside another copy, throws nothing: the first
 * copy keeps the tags and one warning names the clash.
 */
import { defineElements } from './shared/define.js';
import { WIDGETS, type WidgetTagMap } from './widgets.js';

defineElements(WIDGETS);

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementTagNameMap extends WidgetTagMap {}
}

export * from './widgets.js';
