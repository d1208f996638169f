// `npm run build:content`, part of `npm run build`: the widgets' words as data,
// for apps, messages, chatbots and handouts that cannot run the widgets.
//
// - dist/content/<locale>.json: every widget's copy in one language, made by
//   the same content builders (src/content/*.ts) the widgets render from,
//   run here with that language's translator — no second copy of any
//   sentence. Each widget carries its review dates, sources and the record of
//   who checked the translation.
// - dist/content/schema.json: the JSON Schema (draft 2020-12) of those files.
// - dist/structured-data/<locale>.json: the schema.org JSON-LD of the content
//   widgets (src/structured-data.ts), alone and together, ready for servers
//   that cannot run JavaScript (the WordPress plugin prints these).
//
// Reads the built modules in dist/ (build:tsc) and the language files
// (build:bundles), so what it writes is what the package runs.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = (path) => import(pathToFileURL(join('dist', path)).href);
const [
  { banner },
  { common },
  { names },
  { overview },
  { visitNotes },
  { vsAls },
  reviews,
  { loadTemplates },
  { isRtl, isTarget },
  { translator },
  sd,
] = await Promise.all(
  [
    'content/banner.js',
    'content/common.js',
    'content/names.js',
    'content/overview.js',
    'content/visit-notes.js',
    'content/vs-als.js',
    'content/translation-reviews.js',
    'i18n/load.js',
    'i18n/match.js',
    'i18n/translator.js',
    'structured-data.js',
  ].map(dist),
);

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const { sourceLocale, targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const locales = [sourceLocale, ...targetLocales];

/** Each widget's tag and the builder of its copy. */
const WIDGETS = {
  'mmn-overview': overview,
  'mmn-vs-als': vsAls,
  'contact-banner': banner,
  'mmn-visit-notes': visitNotes,
};

/**
 * One widget: the record's dates and sources, the translation record, and
 * every other field of the record as its copy, whatever its fields are named.
 */
function widget(record, locale) {
  const { lastReviewed, nextReview, sources, ...copy } = record;
  return {
    ...(lastReviewed ? { lastReviewed } : {}),
    ...(nextReview ? { nextReview } : {}),
    ...(sources ? { sources } : {}),
    translation: (isTarget(locale) && reviews.translationReview(locale)) || null,
    copy,
  };
}

/** One widget's entry; `required` adds to the fields every widget has. */
function widgetSchema(description, required) {
  return {
    description,
    type: 'object',
    required: [...required, 'translation', 'copy'],
    additionalProperties: false,
    properties: {
      lastReviewed: { ...DATE, description: 'The day a person last checked the copy against its sources.' },
      nextReview: { ...DATE, description: 'The day the copy is due to be checked again (absent until a date is set).' },
      sources: { type: 'array', minItems: 1, items: { $ref: '#/$defs/source' } },
      translation: { $ref: '#/$defs/translation' },
      copy: { type: 'object', additionalProperties: { $ref: '#/$defs/copy' } },
    },
  };
}

const DATE = { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'mmn-widgets content in one language',
  description:
    "Every widget's words in one language, made by the same content builders the widgets render from. Text may hold placeholders in braces ({org}, {date}, {publisher}, {title}, {disease}, {answer}) that the widgets fill in.",
  type: 'object',
  required: ['package', 'version', 'locale', 'dir', 'sourceLocale', 'common', 'names', 'widgets'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    package: { const: pkg.name },
    version: {
      type: 'string',
      pattern: '^\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?$',
      description: 'The version of mmn-widgets the words belong to.',
    },
    locale: { enum: locales, description: 'BCP 47 tag of the language.' },
    dir: { enum: ['ltr', 'rtl'], description: 'The direction the language is written in.' },
    sourceLocale: {
      const: sourceLocale,
      description: 'The language the copy is written in; every other one is translated from it.',
    },
    common: {
      $ref: '#/$defs/copy',
      description: 'The words under every content widget: review line, sources, disclaimer.',
    },
    names: {
      type: 'object',
      description: "The conditions' full names on their own.",
      required: ['mmn', 'als', 'carpalTunnel'],
      properties: {
        mmn: { $ref: '#/$defs/name' },
        als: { $ref: '#/$defs/name' },
        carpalTunnel: { $ref: '#/$defs/name' },
      },
      additionalProperties: { $ref: '#/$defs/name' },
    },
    widgets: {
      type: 'object',
      required: Object.keys(WIDGETS),
      additionalProperties: false,
      properties: Object.fromEntries(
        Object.keys(WIDGETS).map((tag) => [
          tag,
          { $ref: tag === 'contact-banner' ? '#/$defs/widget' : '#/$defs/contentWidget' },
        ]),
      ),
    },
  },
  $defs: {
    name: { type: 'string', minLength: 1 },
    copy: {
      description: 'Text, or lists and groups of text, as the widget shows it.',
      anyOf: [
        { type: 'string', minLength: 1 },
        { type: 'array', items: { $ref: '#/$defs/copy' } },
        { type: 'object', additionalProperties: { $ref: '#/$defs/copy' } },
      ],
    },
    source: {
      type: 'object',
      required: ['publisher', 'title'],
      additionalProperties: false,
      properties: {
        publisher: { type: 'string', minLength: 1 },
        title: { type: 'string', minLength: 1 },
        url: { type: 'string', format: 'uri' },
      },
    },
    translation: {
      description:
        "Who checked this language's translation against the English copy, and when; null for English and for a language not checked yet.",
      oneOf: [
        { type: 'null' },
        {
          type: 'object',
          required: ['checked', 'by', 'what'],
          properties: { checked: DATE, by: { type: 'string', minLength: 1 }, what: { type: 'string', minLength: 1 } },
        },
      ],
    },
    widget: widgetSchema('A widget without medical copy (the banner).', []),
    contentWidget: widgetSchema(
      'A widget with medical copy: it always says when it was reviewed and what it is based on.',
      ['lastReviewed', 'sources'],
    ),
  },
};

rmSync('dist/content/schema.json', { force: true });
rmSync('dist/structured-data', { recursive: true, force: true });
mkdirSync('dist/content', { recursive: true });
mkdirSync('dist/structured-data', { recursive: true });
writeFileSync('dist/content/schema.json', `${JSON.stringify(schema, null, 2)}\n`);

const together = sd.CONTENT_WIDGETS.join(',');
for (const locale of locales) {
  const msg = isTarget(locale) ? translator(await loadTemplates(locale)) : translator();
  const file = {
    $schema: './schema.json',
    package: pkg.name,
    version: pkg.version,
    locale,
    dir: isRtl(locale) ? 'rtl' : 'ltr',
    sourceLocale,
    common: common(locale, msg),
    names: names(locale, msg),
    widgets: Object.fromEntries(
      Object.entries(WIDGETS).map(([tag, build]) => [tag, widget(build(locale, msg), locale)]),
    ),
  };
  writeFileSync(`dist/content/${locale}.json`, `${JSON.stringify(file, null, 2)}\n`);
  // One block per page: each content widget alone, and all of them on one page.
  const blocks = Object.fromEntries(sd.CONTENT_WIDGETS.map((tag) => [tag, sd.buildStructuredData(tag, locale, msg)]));
  blocks[together] = sd.buildStructuredData(sd.CONTENT_WIDGETS, locale, msg);
  writeFileSync(`dist/structured-data/${locale}.json`, `${JSON.stringify(blocks, null, 2)}\n`);
}
console.log(
  `build:content: dist/content/{${locales.join(',')}}.json, schema.json; dist/structured-data/ (${sd.CONTENT_WIDGETS.join(', ')})`,
);
