import { html, nothing, type PropertyDeclarations } from 'lit';
import { banner } from '../content/banner.js';
import { MmnCtaClickEvent, type CtaAction } from '../shared/events.js';
import { heading } from '../shared/heading.js';
import { MmnElement } from '../shared/mmn-element.js';
import { toPhoneNumber, toWebUrl, type PhoneNumber } from '../shared/safe-link.js';
import { warn } from '../shared/warn.js';
import { withValues } from '../shared/with-values.js';
import { bannerStyles } from './contact-banner.styles.js';

declare module '../shared/attributes.js' {
  interface WidgetAttributeMap {
    'contact-banner': {
      phone?: string;
      'join-href'?: string;
      'facebook-href'?: string;
      'org-name'?: string;
      'onmmn-cta-click'?: (event: MmnCtaClickEvent) => void;
    };
  }
}

/** MyIgSource's number, written so that it can be dialled from any country. */
export const DEFAULT_PHONE = '+1 855-250-5111';
export const DEFAULT_ORG = 'MyIgSource';
/** The default number's digits, however a partner writes it (with or without the +1). */
const DEFAULT_DIGITS = '18552505111';
const MAX_ORG_LENGTH = 80;

/**
 * A compact call-to-action: call, join and Facebook. It wraps from a 280px
 * sidebar to a full-width page.
 *
 * @summary "Talk to MyIgSource" banner (or your organisation's name) with phone, join and Facebook links.
 * @tagname contact-banner
 *
 * @fires {MmnCtaClickEvent} mmn-cta-click - When a reader activates a link, before the browser follows it. `detail: { widget: 'contact-banner', action: 'call' | 'join' | 'facebook', href }`. Bubbles, is composed, and is cancelable: `preventDefault()` keeps the browser from following the link.
 *
 * @csspart container - The banner's box.
 * @csspart heading - The heading.
 * @csspart cta - Every call-to-action link.
 * @csspart cta-call - The phone link.
 * @csspart cta-join - The join link.
 * @csspart cta-facebook - The Facebook link.
 *
 * @cssproperty --mmn-font-family - Font family. Default: inherited from the page.
 * @cssproperty --mmn-color-surface - Background.
 * @cssproperty --mmn-color-text - Text.
 * @cssproperty --mmn-color-accent - Buttons' colour, and the phone button's background.
 * @cssproperty --mmn-color-on-accent - Text on the phone button.
 * @cssproperty --mmn-color-border - Border.
 * @cssproperty --mmn-color-focus - Keyboard focus ring.
 * @cssproperty --mmn-radius - Corner radius. Default: 0.5em.
 * @cssproperty --mmn-space - Inner padding. Default: 1.25em.
 * @cssproperty --mmn-gap - Space below the widget, so stacked widgets do not touch. Default: 1.5em. A margin set on the element wins.
 * @cssproperty --mmn-measure - Longest line of paragraphs and lists. Default: 60ch (about 70-78 characters).
 */
export class ContactBanner extends MmnElement {
  static override styles = [...MmnElement.styles, bannerStyles];

  /** The widget's name in events, whatever tag it is registered under. */
  static readonly widgetName = 'contact-banner';

  static override properties: PropertyDeclarations = {
    phone: {},
    joinHref: { attribute: 'join-href' },
    facebookHref: { attribute: 'facebook-href' },
    orgName: { attribute: 'org-name' },
  };

  /**
   * Phone number, in national (`(555) 010-2000`) or international
   * (`+44 20 7946 0000`) form: digits, spaces, `-`, `.`, brackets and a
   * leading `+`. Shown as written; dialled as its digits, keeping the `+`.
   * Left unset, the banner shows MyIgSource's number (`+1 855-250-5111`)
   * only while it names MyIgSource: with an `org-name` of your own, it shows
   * no phone number at all.
   */
  phone?: string;

  /** Where "Join" leads; shown only when given as an `https:` or `http:` URL. */
  joinHref?: string;

  /** Facebook page; shown only when given as an `https:` or `http:` URL. */
  facebookHref?: string;

  /**
   * The organisation's name in the banner's heading ("Talk to …"), text and
   * links. Set it whenever you set `phone`, `join-href` or `facebook-href`.
   */
  orgName: string = DEFAULT_ORG;

  private activePhone: PhoneNumber | null = toPhoneNumber(DEFAULT_PHONE);
  private join: string | null = null;
  private facebook: string | null = null;
  private org = DEFAULT_ORG;
  /** A banner says at most once that its contact details are wrong (no org-name, or nothing to offer). */
  private warnedContact = false;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('orgName')) {
      const org = this.orgName == null ? '' : String(this.orgName).trim();
      // A name too long is cut, not replaced: a partner's banner never falls
      // back to MyIgSource's name, and so never to its number.
      const long = org.length > MAX_ORG_LENGTH;
      if (long) this.refuse('org-name', this.orgName, `at most ${MAX_ORG_LENGTH} characters`, 'its start');
      this.org = long ? `${org.slice(0, MAX_ORG_LENGTH)}…` : org || DEFAULT_ORG;
    }
    const partner = this.org !== DEFAULT_ORG;
    if (changed.has('phone') || changed.has('orgName')) {
      const given = this.phone == null ? null : toPhoneNumber(this.phone);
      if (changed.has('phone') && !given && this.phone != null) {
        this.refuse(
          'phone',
          this.phone,
          'a phone number of digits, spaces, -, . and brackets',
          partner ? 'no phone number' : DEFAULT_PHONE,
        );
      }
      // MyIgSource's number only ever stands under MyIgSource's name: a
      // partner's banner never advertises a number the partner did not give.
      this.activePhone = given ?? (partner ? null : toPhoneNumber(DEFAULT_PHONE));
    }
    if (changed.has('joinHref')) this.join = this.checkLink('join-href', this.joinHref);
    if (changed.has('facebookHref')) this.facebook = this.checkLink('facebook-href', this.facebookHref);
    if (this.warnedContact) return;
    // Contact details that mislead or offer nothing, said once per banner:
    // a partner's own details under MyIgSource's name would send readers to
    // the wrong organisation; a partner's name alone gives no way in.
    const digits = this.activePhone?.href.replace(/\D/g, '');
    const partnerPhone = !!digits && digits !== DEFAULT_DIGITS && `1${digits}` !== DEFAULT_DIGITS;
    const problem =
      !partner && (partnerPhone || this.join || this.facebook)
        ? `a phone or link of its own but no org-name: it still names ${DEFAULT_ORG}`
        : !this.activePhone && !this.join && !this.facebook
          ? 'no phone or link: it offers no way to get in touch'
          : '';
    if (problem) {
      this.warnedContact = true;
      warn(`<${this.localName}> has ${problem}.`);
    }
  }

  private checkLink(attribute: string, value: string | undefined | null): string | null {
    if (value == null || String(value).trim() === '') return null;
    const url = toWebUrl(value);
    if (!url) this.refuse(attribute, value, 'an https: or http: URL', 'no link');
    return url;
  }

  private onClick(event: MouseEvent): void {
    const link = event.currentTarget as HTMLAnchorElement;
    const go = this.dispatchEvent(
      new MmnCtaClickEvent({
        widget: ContactBanner.widgetName,
        action: link.dataset.action as CtaAction,
        href: link.href,
      }),
    );
    // A host that called preventDefault() routes the reader itself.
    if (!go) event.preventDefault();
  }

  /** One call-to-action link; its content is wrapped so it stays one line of text. */
  private link(action: CtaAction, href: string, label: unknown) {
    const web = action === 'call' ? '' : ' web';
    // Lit calls a template's listener with the element as `this`.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    return html`<a part="cta cta-${action}" class="cta ${action}${web}" data-action=${action} href=${href} @click=${this.onClick}
      ><span>${label}</span></a
    >`;
  }

  override render() {
    const { locale, msg, dir } = this.i18n;
    const c = banner(locale, msg);
    const { org, activePhone: phone, join, facebook } = this;
    const online = !!(join || facebook);
    const text = phone ? (online ? c.text.both : c.text.phone) : online ? c.text.online : c.text.none;
    return html`
      <div part="container" class=${this.containerClass} lang=${locale} dir=${dir}>
        <div class="intro">
          ${heading(this.level, withValues(c.heading, { org }), { id: 'heading', part: 'heading', className: 'title' })}
          <p>${withValues(text, { org })}</p>
        </div>
        ${
          phone || online
            ? html`<ul class="actions" aria-label=${c.links}>
              ${phone ? html`<li>${this.link('call', phone.href, html`${c.call} <span class="phone" dir="ltr">${phone.display}</span>`)}</li>` : nothing}
              ${join ? html`<li>${this.link('join', join, withValues(c.join, { org }))}</li>` : nothing}
              ${facebook ? html`<li>${this.link('facebook', facebook, withValues(c.facebook, { org }))}</li>` : nothing}
            </ul>`
            : nothing
        }
      </div>
    `;
  }
}
