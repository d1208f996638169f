/**
 * Server-side rendering (Node): a widget as HTML with declarative shadow DOM,
 * readable with JavaScript off and by crawlers. Load
 * `dist/mmn-widgets.hydrate.js` on the page afterwards and the widgets take
 * over the rendered nodes without re-creating them.
 *
 * ```js
 * import { renderWidget } from 'mmn-widgets/ssr';
 * const html = await renderWidget('mmn-overview', { lang: 'es', theme: 'dark' });
 * ```
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import './define.js';
import { loadTemplates } from './i18n/load.js';
import { matchLocale } from './i18n/match.js';

export const WIDGETS = ['mmn-overview', 'mmn-vs-als', 'contact-banner'] as const;
export type WidgetTag = (typeof WIDGETS)[number];

/** The widget's attributes, as strings or numbers, exactly as on the element. */
export interface RenderOptions {
  lang?: string;
  theme?: string;
  headingLevel?: number | string;
  phone?: string;
  joinHref?: string;
  facebookHref?: string;
  orgName?: string;
}

/** Our three tag names only: never a name from input. */
const TAGS = Object.fromEntries(WIDGETS.map((tag) => [tag, unsafeStatic(tag)]));

const str = (value: number | string | undefined) => (value === undefined ? undefined : String(value));

/**
 * Renders one widget to an HTML string. The same input always gives the
 * same output. Throws for an unknown tag; a bad attribute value is handled
 * as in the browser (the safe default, and one warning).
 */
export async function renderWidget(tag: WidgetTag, options: RenderOptions = {}): Promise<string> {
  const name = TAGS[tag];
  if (!name) throw new Error(`mmn-widgets: unknown widget "${tag}"; use one of ${WIDGETS.join(', ')}`);
  const locale = options.lang ? matchLocale(options.lang) : null;
  if (locale && locale !== 'en') await loadTemplates(locale);
  const o = options;
  // prettier-ignore
  const template = html`<${name} lang=${ifDefined(o.lang)} theme=${ifDefined(o.theme)} heading-level=${ifDefined(str(o.headingLevel))} phone=${ifDefined(o.phone)} join-href=${ifDefined(o.joinHref)} facebook-href=${ifDefined(o.facebookHref)} org-name=${ifDefined(o.orgName)}></${name}>`;
  return collectResult(render(template));
}
