/**
 * Which embed page a frame shows, from its widget, language and query: one
 * rule for the router (embed-router.ts) and the builder's frame code.
 *
 * A page pre-renders its widget with the widget's defaults, for readers whose
 * frame runs no script. For the banner those defaults are MyIgSource's name
 * and phone number, which a page cannot swap for a partner's without a
 * script. So a banner with any detail of a partner's own (an `org-name` other
 * than MyIgSource, a `phone`, `join-href` or `facebook-href`) goes to
 * `contact-banner/partner/<lang>.html`, which pre-renders no banner at all:
 * without a script it shows nothing, never MyIgSource's details on a
 * partner's page; with one, the banner from the query, as on any page.
 */

/** The banner's attributes that carry a partner's own contact details. */
const PARTNER_DETAILS = ['phone', 'join-href', 'facebook-href'] as const;

/** Whether a banner with this query shows any detail of a partner's own (a value the element may still refuse counts). */
export function isPartnerBanner(query: URLSearchParams, defaultOrg: string): boolean {
  const org = query.get('org-name')?.trim();
  if (org && org !== defaultOrg) return true;
  return PARTNER_DETAILS.some((name) => !!query.get(name)?.trim());
}

/** The page's path under `embed/`, without the query: `<widget>/<lang>.html`, or the partner banner's page. */
export function embedPath(widget: string, lang: string, query: URLSearchParams, defaultOrg: string): string {
  return widget === 'contact-banner' && isPartnerBanner(query, defaultOrg)
    ? `${widget}/partner/${lang}.html`
    : `${widget}/${lang}.html`;
}
