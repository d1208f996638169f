/**
 * React wrappers, for React 18 and older (React 19 uses custom elements
 * directly: see `mmn-widgets/jsx`). Importing this module registers the
 * elements.
 *
 * ```tsx
 * import { ContactBanner } from 'mmn-widgets/react';
 * <ContactBanner joinHref="https://example.org/join" onCtaClick={(e) => track(e.detail.action)} />
 * ```
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { ContactBanner as ContactBannerElement } from './contact-banner/contact-banner.js';
import './define.js';
import { MmnOverview as MmnOverviewElement } from './mmn-overview/mmn-overview.js';
import { MmnVsAls as MmnVsAlsElement } from './mmn-vs-als/mmn-vs-als.js';
import type { MmnCtaClickEvent } from './shared/events.js';

export const MmnOverview = createComponent({
  tagName: 'mmn-overview',
  elementClass: MmnOverviewElement,
  react: React,
  displayName: 'MmnOverview',
});

export const MmnVsAls = createComponent({
  tagName: 'mmn-vs-als',
  elementClass: MmnVsAlsElement,
  react: React,
  displayName: 'MmnVsAls',
});

export const ContactBanner = createComponent({
  tagName: 'contact-banner',
  elementClass: ContactBannerElement,
  react: React,
  displayName: 'ContactBanner',
  events: { onCtaClick: 'mmn-cta-click' as EventName<MmnCtaClickEvent> },
});
