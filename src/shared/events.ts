/** What a reader chose in a call-to-action. */
export type CtaAction = 'call' | 'join' | 'facebook';

export interface CtaClickDetail {
  /** The widget's name, e.g. `contact-banner`, whatever tag it is registered under. */
  readonly widget: string;
  readonly action: CtaAction;
  /** The link the reader followed (`tel:` or `https:`/`http:`). */
  readonly href: string;
}

/**
 * Fired when a reader activates a call-to-action link, before the browser
 * follows it. It bubbles and crosses shadow roots, so a host can count
 * clicks with its own analytics; the widgets themselves track nothing.
 * It is cancelable: a listener that calls `preventDefault()` stops the
 * browser from following the link (a single-page app can route "Join" itself).
 */
export class MmnCtaClickEvent extends CustomEvent<CtaClickDetail> {
  static readonly eventName = 'mmn-cta-click' as const;

  constructor(detail: CtaClickDetail) {
    super(MmnCtaClickEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mmn-cta-click': MmnCtaClickEvent;
  }
}
