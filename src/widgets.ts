/**
 * The widgets, by their default tags: the one list that registration
 * (`define.ts`), server rendering (`ssr.ts`), the React wrappers and JSX
 * types, the size budgets, the stories' and the tests' lists derive from.
 * Adding a widget: its folder, its content and translations, one line here,
 * its story and tests (ARCHITECTURE.md).
 */
import { ContactBanner } from './contact-banner/contact-banner.js';
import { MmnOverview } from './mmn-overview/mmn-overview.js';
import { MmnVsAls } from './mmn-vs-als/mmn-vs-als.js';
import { MmnVisitNotes } from './mmn-visit-notes/mmn-visit-notes.js';

export const WIDGETS = {
  'mmn-overview': MmnOverview,
  'mmn-vs-als': MmnVsAls,
  'contact-banner': ContactBanner,
  'mmn-visit-notes': MmnVisitNotes,
} as const;

/** A widget's default tag. */
export type WidgetTag = keyof typeof WIDGETS;

/** Each tag's element type, as `HTMLElementTagNameMap` has it once the tags are registered. */
export type WidgetTagMap = { [T in WidgetTag]: InstanceType<(typeof WIDGETS)[T]> };

/** The tags, in the registry's order. */
export const WIDGET_TAGS = Object.keys(WIDGETS) as readonly WidgetTag[];

export { ContactBanner, MmnOverview, MmnVisitNotes, MmnVsAls };
