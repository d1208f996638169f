/**
 * schema.org structured data (JSON-LD) for the content widgets, so search
 * engines can tell that the page carries medical information for patients,
 * when it was reviewed and what it is based on. Built from the same content
 * records the widgets render, in the same language: no sentence of its own.
 *
 * ```js
 * import { structuredData } from 'mmn-widgets/structured-data';
 * const script = document.createElement('script');
 * script.type = 'application/ld+json';
 * script.textContent = JSON.stringify(await structuredData('mmn-overview', { lang: 'es' }));
 * document.head.append(script);
 * ```
 *
 * Only the facts the copy states: the condition's names, a short
 * description, its signs and, for `<mmn-vs-als>`, what it is mistaken for
 * and what tells ALS apart. No codes, treatments or claims.
 *
 * Never part of the script-tag bundle. The types come from `schema-dts`
 * (generated from the schema.org vocabulary), so a property schema.org lacks
 * is a compile error here; the public type is our own, so consumers need not
 * install `schema-dts`.
 */
import type {
  DDxElement,
  MedicalCondition,
  MedicalSignOrSymptom,
  MedicalWebPage,
  WebPage,
  WithContext,
} from 'schema-dts';
import { names } from './content/names.js';
import { overview } from './content/overview.js';
import type { Source } from './content/types.js';
import { vsAls } from './content/vs-als.js';
import { loadTemplates } from './i18n/load.js';
import { isTarget, matchLocale, type Locale } from './i18n/match.js';
import { translator, type Msg } from './i18n/translator.js';

/** The widgets with medical copy that structured data describes. */
export const CONTENT_WIDGETS = ['mmn-overview', 'mmn-vs-als'] as const;
export type ContentWidgetTag = (typeof CONTENT_WIDGETS)[number];

/**
 * A schema.org `MedicalWebPage` as JSON-LD: plain JSON. With `schema-dts`
 * installed it can be used as `WithContext<MedicalWebPage>`.
 */
export interface StructuredData {
  readonly '@context': 'https://schema.org';
  readonly '@type': 'MedicalWebPage';
  readonly inLanguage: string;
  readonly lastReviewed: string;
  readonly [property: string]: unknown;
}

export interface StructuredDataOptions {
  /** A BCP 47 tag, matched as the widgets match `lang`; English when absent or not one of ours. */
  lang?: string;
}

/** Whether `tag` is a widget that has structured data. */
export function hasStructuredData(tag: string): tag is ContentWidgetTag {
  return (CONTENT_WIDGETS as readonly string[]).includes(tag);
}

/** The rows of the comparison in which the source tells ALS apart from MMN: it gets worse fast, and weakens the breathing muscles. */
const TELLS_ALS_APART = ['speed', 'breathing'];

const sign = (name: string, description?: string): MedicalSignOrSymptom => ({
  '@type': 'MedicalSignOrSymptom',
  name,
  ...(description ? { description } : {}),
});

const basedOn = (source: Source): WebPage => ({
  '@type': 'WebPage',
  name: source.title,
  publisher: { '@type': 'Organization', name: source.publisher },
  inLanguage: 'en',
  ...(source.url ? { url: source.url } : {}),
});

interface Part {
  readonly lastReviewed: string;
  readonly sources: readonly Source[];
  readonly description: string;
  readonly alternateName: string;
  readonly signs: readonly MedicalSignOrSymptom[];
  readonly differentialDiagnosis: readonly DDxElement[];
}

function part(tag: ContentWidgetTag, locale: Locale, msg: Msg): Part {
  const short = vsAls(locale, msg).table;
  const name = names(locale, msg);
  if (tag === 'mmn-overview') {
    const c = overview(locale, msg);
    return {
      lastReviewed: c.lastReviewed,
      sources: c.sources,
      description: c.intro[0],
      alternateName: short.mmn,
      signs: (c.sections.find((section) => section.id === 'symptoms')?.items ?? []).map((item) => sign(item)),
      differentialDiagnosis: [],
    };
  }
  const c = vsAls(locale, msg);
  const rows = c.table.rows;
  return {
    lastReviewed: c.lastReviewed,
    sources: c.sources,
    description: c.intro[0],
    alternateName: c.table.mmn,
    signs: rows.filter((row) => row.id === 'signs').map((row) => sign(row.label)),
    differentialDiagnosis: [
      {
        '@type': 'DDxElement',
        diagnosis: { '@type': 'MedicalCondition', name: name.als, alternateName: c.table.als },
        distinguishingSign: rows
          .filter((row) => TELLS_ALS_APART.includes(row.id))
          .map((row) => sign(row.label, row.als)),
      },
      { '@type': 'DDxElement', diagnosis: { '@type': 'MedicalCondition', name: name.carpalTunnel } },
    ],
  };
}

/**
 * One `MedicalWebPage` for the content widgets on a page, in `locale` with
 * its translator: the earliest review date among them, every source once,
 * and the condition described by the first widget. Synchronous: `msg` must
 * already have the language's messages (see `structuredData`).
 */
export function buildStructuredData(
  widgets: ContentWidgetTag | readonly ContentWidgetTag[],
  locale: Locale,
  msg: Msg,
): StructuredData {
  const tags = [...new Set(typeof widgets === 'string' ? [widgets] : widgets)].filter(hasStructuredData);
  if (!tags.length) throw new Error(`mmn-widgets: structured data is for ${CONTENT_WIDGETS.join(' and ')}`);
  const parts = tags.map((tag) => part(tag, locale, msg));
  const sources = new Map<string, Source>();
  for (const each of parts)
    for (const source of each.sources) sources.set(`${source.publisher}\n${source.title}`, source);
  const based = [...sources.values()].map(basedOn);
  const differentialDiagnosis = parts.flatMap((each) => each.differentialDiagnosis);
  const condition: MedicalCondition = {
    '@type': 'MedicalCondition',
    name: names(locale, msg).mmn,
    alternateName: parts[0].alternateName,
    description: parts[0].description,
    signOrSymptom: parts.flatMap((each) => each.signs),
    ...(differentialDiagnosis.length ? { differentialDiagnosis } : {}),
  };
  const page: WithContext<MedicalWebPage> = {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    inLanguage: locale,
    lastReviewed: parts.map((each) => each.lastReviewed).sort()[0],
    audience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
    isBasedOn: based.length === 1 ? based[0] : based,
    about: condition,
  };
  return page as unknown as StructuredData;
}

/** The locale the widgets would show for `lang`: one of ours, else English. */
export function localeFor(lang: string | undefined | null): Locale {
  return (lang ? matchLocale(String(lang)) : null) ?? 'en';
}

/**
 * The structured data for one content widget, or for several on one page, in
 * the language `lang` asks for (loading its messages once).
 */
export async function structuredData(
  widgets: ContentWidgetTag | readonly ContentWidgetTag[],
  options: StructuredDataOptions = {},
): Promise<StructuredData> {
  const locale = localeFor(options.lang);
  const msg = isTarget(locale) ? translator(await loadTemplates(locale)) : translator();
  return buildStructuredData(widgets, locale, msg);
}

/**
 * JSON for the body of a `<script type="application/ld+json">` in HTML:
 * `<`, `>` and `&` are written as `\u003c` and so on, and so are U+2028 and
 * U+2029, so no text can end the script or start markup.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The whole `<script type="application/ld+json">…</script>` element, for server-rendered HTML. */
export function structuredDataScript(data: StructuredData): string {
  return `<script type="application/ld+json">${jsonForScript(data)}</script>`;
}
