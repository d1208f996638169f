/**
 * React components for the widgets, built with `@lit/react`: props are the
 * elements' properties (`headingLevel`, `joinHref`), events are `on…` props.
 * Importing this module registers the elements. (React 19 can also use the
 * elements directly: see `mmn-widgets/jsx`.)
 *
 * ```tsx
 * import { ContactBanner } from 'mmn-widgets/react';
 * <ContactBanner joinHref="https://example.org/join" onMmnCtaClick={(e) => track(e.detail.action)} />
 * ```
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import './define.js';
import { MmnNotesCopyEvent, MmnNotesPrintEvent } from './mmn-visit-notes/events.js';
import { MmnCtaClickEvent } from './shared/events.js';
import { WIDGETS, type WidgetTag } from './widgets.js';

/** The call-to-action event's prop: `on` + the event's name in PascalCase, as Storybook names it. */
const ctaEvents = { onMmnCtaClick: MmnCtaClickEvent.eventName as EventName<MmnCtaClickEvent> };

/** The notes' events: counts for a host, never what the reader ticked or typed. */
const notesEvents = {
  onMmnNotesPrint: MmnNotesPrintEvent.eventName as EventName<MmnNotesPrintEvent>,
  onMmnNotesCopy: MmnNotesCopyEvent.eventName as EventName<MmnNotesCopyEvent>,
};

/** A React component for the registry's widget `tag`, named as its class. */
function wrap<I extends HTMLElement, E extends Record<string, EventName | string> = Record<never, never>>(
  tag: WidgetTag,
  elementClass: new () => I,
  events?: E,
) {
  return createComponent({ tagName: tag, elementClass, react: React, displayName: elementClass.name, events });
}

export const MmnOverview = wrap('mmn-overview', WIDGETS['mmn-overview']);
export const MmnVsAls = wrap('mmn-vs-als', WIDGETS['mmn-vs-als']);
export const ContactBanner = wrap('contact-banner', WIDGETS['contact-banner'], ctaEvents);
export const MmnVisitNotes = wrap('mmn-visit-notes', WIDGETS['mmn-visit-notes'], notesEvents);
