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
 *
 * With `structuredData: true`, a content widget is followed by one
 * `<script type="application/ld+json">` (schema.org, see
 * `mmn-widgets/structured-data`), outside its shadow root.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, type TemplateResult } from 'lit';
import './define.js';
import { loadTemplates } from './i18n/load.js';
import { isTarget, matchLocale } from './i18n/match.js';
import { hasStructuredData, structuredData, structuredDataScript } from './structured-data.js';
import { WIDGET_TAGS, WIDGETS, type WidgetTag } from './widgets.js';

export type { WidgetTag };
/** Every widget's tag. */
export { WIDGET_TAGS as WIDGETS };

/**
 * The widget's attributes by property name (`headingLevel` for
 * `heading-level`), as strings or numbers, exactly as on the element. Each
 * widget uses the ones it has; see `attributesOf`.
 */
export interface RenderOptions {
  lang?: string;
  theme?: string;
  headingLevel?: number | string;
  phone?: string;
  joinHref?: string;
  facebookHref?: string;
  orgName?: string;
  /**
   * For `mmn-overview` and `mmn-vs-als`: add schema.org structured data
   * (JSON-LD) after the element, in the widget's language. Ask for it on one
   * widget per page. Not an attribute.
   */
  structuredData?: boolean;
  [property: string]: number | string | boolean | undefined;
}

/** One attribute of a widget, and the property that reflects it. */
export interface WidgetAttribute {
  readonly attribute: string;
  readonly property: string;
}

/** The attributes a widget takes (from its class), `lang` first. */
export function attributesOf(tag: WidgetTag): readonly WidgetAttribute[] {
  const element = WIDGETS[tag];
  if (!element) throw new Error(`mmn-widgets: unknown widget "${tag}"; use one of ${WIDGET_TAGS.join(', ')}`);
  void element.observedAttributes; // reading it makes Lit finalize the class
  const found: WidgetAttribute[] = [{ attribute: 'lang', property: 'lang' }];
  for (const [property, options] of element.elementProperties) {
    if (options.attribute === false || typeof property !== 'string') continue;
    found.push({
      attribute: typeof options.attribute === 'string' ? options.attribute : property.toLowerCase(),
      property,
    });
  }
  return found;
}

const templates = new Map<string, TemplateStringsArray>();

/**
 * `<tag a="${…}" b="${…}"></tag>` as a Lit template. Tag and attribute names
 * come from our own classes, never from input; the values are bindings,
 * which Lit escapes. One strings array per shape, as Lit caches by identity.
 */
function element(tag: WidgetTag, attributes: readonly [name: string, value: string][]): TemplateResult {
  const key = [tag, ...attributes.map(([name]) => name)].join(' ');
  let strings = templates.get(key);
  if (!strings) {
    const parts = [`<${tag}`];
    for (const [name] of attributes) {
      parts[parts.length - 1] += ` ${name}="`;
      parts.push('"');
    }
    parts[parts.length - 1] += `></${tag}>`;
    strings = Object.assign(parts, { raw: parts });
    templates.set(key, strings);
  }
  return html(strings, ...attributes.map(([, value]) => value));
}

/**
 * Renders one widget to an HTML string. The same input always gives the
 * same output. Throws for an unknown tag; a bad attribute value is handled
 * as in the browser (the safe default, and one warning).
 */
export async function renderWidget(tag: WidgetTag, options: RenderOptions = {}): Promise<string> {
  const attributes: [string, string][] = [];
  for (const { attribute, property } of attributesOf(tag)) {
    const value = options[property];
    if (value !== undefined && value !== null) attributes.push([attribute, String(value)]);
  }
  const locale = options.lang ? matchLocale(String(options.lang)) : null;
  if (locale && isTarget(locale)) await loadTemplates(locale);
  const widget = await collectResult(render(element(tag, attributes)));
  if (!options.structuredData || !hasStructuredData(tag)) return widget;
  // The language the widget shows: one of ours, else English (never the raw `lang`).
  return widget + structuredDataScript(await structuredData(tag, { lang: locale ?? undefined }));
}
