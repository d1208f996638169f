/**
 * Types for using the elements directly in React 19 JSX (React 19 passes
 * props to custom elements and listens to their events). Load them once:
 *
 * ```ts
 * import type {} from 'mmn-widgets/jsx';
 * ```
 *
 * Then `<contact-banner join-href="…" onmmn-cta-click={(e) => …} />` is typed.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ContactBanner } from './contact-banner/contact-banner.js';
import type { MmnOverview } from './mmn-overview/mmn-overview.js';
import type { MmnVsAls } from './mmn-vs-als/mmn-vs-als.js';
import type { MmnCtaClickEvent } from './shared/events.js';
import type { HeadingLevel, Theme } from './shared/mmn-element.js';

/** The attributes every widget takes. */
export interface MmnWidgetAttributes<T> extends DetailedHTMLProps<HTMLAttributes<T>, T> {
  'heading-level'?: HeadingLevel | `${HeadingLevel}`;
  theme?: Theme;
  lang?: string;
}

export interface ContactBannerAttributes extends MmnWidgetAttributes<ContactBanner> {
  phone?: string;
  'join-href'?: string;
  'facebook-href'?: string;
  'org-name'?: string;
  'onmmn-cta-click'?: (event: MmnCtaClickEvent) => void;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'mmn-overview': MmnWidgetAttributes<MmnOverview>;
      'mmn-vs-als': MmnWidgetAttributes<MmnVsAls>;
      'contact-banner': ContactBannerAttributes;
    }
  }
}
