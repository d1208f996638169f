// Builds the embed-code builder into docs-dist/builder/: one self-contained
// index.html (styles, data, the widgets and the builder's own script all
// inline, so it works opened from disk, where browsers refuse module scripts
// from files), and files/, copies of the files a partner hosts themselves.
// The snippet's URLs are versioned, with the Subresource Integrity hash of the
// exact bundle and of each language file, computed here. Run after `npm run build`.
//
// Inputs: package.json, README.md (the reserved heights), dist/widgets.js (the
// registry), dist/mmn-widgets.js, dist/mmn-widgets.iife.js,
// dist/widgets/*.js, dist/locales/*.js, docs/builder/{index.html,builder.css,builder.ts},
// src/shared/safe-link.ts, src/shared/styles.ts, src/contact-banner/contact-banner.ts,
// src/content/*.ts (review dates, next reviews). Output: docs-dist/builder/.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';
import { build } from 'esbuild';
import { widgetDates } from './review-dates.js';

if (!existsSync('dist/mmn-widgets.js')) throw new Error('Run `npm run build` first.');
const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Set to true once this version is published to npm (and so on jsDelivr and unpkg). */
const ON_CDN = false;

/** The themes' default colours, read from the source so the pickers start where the widgets do. */
const styles = readFileSync('src/shared/styles.ts', 'utf8');
const tokens = [...styles.matchAll(/var\((--mmn-[\w-]+), light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)\)/g)];
const defaults = {
  light: Object.fromEntries(tokens.map(([, property, light]) => [property, light])),
  dark: Object.fromEntries(tokens.map(([, property, , dark]) => [property, dark])),
};
const gap = Number(styles.match(/var\(--mmn-gap, ([\d.]+)em\)/)?.[1]);
const banner = readFileSync('src/contact-banner/contact-banner.ts', 'utf8');
const defaultPhone = banner.match(/export const DEFAULT_PHONE = '([^']+)'/)?.[1];
const defaultOrg = banner.match(/export const DEFAULT_ORG = '([^']+)'/)?.[1];
if (!gap || !defaultPhone || !defaultOrg)
  throw new Error('build-docs: could not read the gap, default phone or organisation from src/');

/** Each `.js` file of a dist/ folder, by name, with its path from dist/ and its SRI hash. */
const hashed = (folder) =>
  Object.fromEntries(
    readdirSync(`dist/${folder}`)
      .filter((file) => file.endsWith('.js'))
      .sort()
      .map((file) => [
        file.replace(/\.js$/, ''),
        { file: `${folder}/${file}`, integrity: sri(readFileSync(`dist/${folder}/${file}`)) },
      ]),
  );
const locales = hashed('locales');
// Files a widget's code is split into, loaded beside the bundle only on pages
// that show it (dist/widgets/<tag>.js; today the visit notes' view).
const widgetFiles = hashed('widgets');
const besideTheBundle = [...Object.values(widgetFiles), ...Object.values(locales)].map(({ file }) => file);
const localesKB = Math.round(
  Object.values(locales).reduce((sum, { file }) => sum + brotliCompressSync(readFileSync(`dist/${file}`)).length, 0) /
    1024,
);

// The room to reserve for each widget, [wide, narrow] in em: the README's CSS
// ("Avoiding a layout shift"), the one place partners read it from.
const { WIDGET_TAGS } = await import('../dist/widgets.js');
const readme = readFileSync('README.md', 'utf8');
const reserve = Object.fromEntries(
  WIDGET_TAGS.map((tag) => {
    const figures = [
      ...readme.matchAll(
        new RegExp(
          `^\\s*${tag}:is\\(:not\\(:defined\\), :state\\(loading\\)\\) \\{ min-height: ([\\d.]+)em; \\}`,
          'gm',
        ),
      ),
    ];
    if (figures.length !== 2)
      throw new Error(`build-docs: README.md should reserve a wide and a narrow height for ${tag}`);
    return [tag, figures.map(([, em]) => Number(em))];
  }),
);
// Heights 768px wide (scripts/measure-heights.js, in English: 98.4, 71.4, 9.6 and 106 em on
// 2026-12-01), rounded up with room to spare for a translation's longer lines and its
// extra meta line, in px of a 16px font.
const frameHeight = {
  'mmn-overview': 101 * 16,
  'mmn-vs-als': 74 * 16,
  'contact-banner': 12 * 16,
  'mmn-visit-notes': 109 * 16,
};
const unmeasured = WIDGET_TAGS.filter((tag) => !frameHeight[tag]);
if (unmeasured.length) throw new Error(`build-docs: no frame height for ${unmeasured.join(', ')}`);

const data = {
  version,
  bundle: { file: 'mmn-widgets.js', integrity: sri(readFileSync('dist/mmn-widgets.js')) },
  locales,
  widgetFiles,
  localesKB,
  cdn: {
    jsdelivr: `https://cdn.jsdelivr.net/npm/${name}@${version}/dist/`,
    unpkg: `https://unpkg.com/${name}@${version}/dist/`,
  },
  onCdn: ON_CDN,
  downloads: ['mmn-widgets.js', ...besideTheBundle],
  lastReviewed: Object.fromEntries(Object.entries(widgetDates()).map(([tag, dates]) => [tag, dates.lastReviewed])),
  nextReview: Object.fromEntries(Object.entries(widgetDates()).map(([tag, dates]) => [tag, dates.nextReview])),
  defaults,
  defaultPhone,
  defaultOrg,
  reserve,
  gap,
  frameHeight,
  // The static site (npm run build:site) that serves the embed pages, ending
  // with "/": MMN_SITE_URL at build time; else the builder works it out where
  // it is served from the site itself (<site>/builder/).
  siteUrl: siteUrl(process.env.MMN_SITE_URL),
  // schema.org JSON-LD per language (scripts/build-content.js), for the "search engines" option.
  structuredData: Object.fromEntries(
    (({ sourceLocale, targetLocales }) => [sourceLocale, ...targetLocales])(
      JSON.parse(readFileSync('lit-localize.json', 'utf8')),
    ).map((locale) => [locale, JSON.parse(readFileSync(`dist/structured-data/${locale}.json`, 'utf8'))]),
  ),
};

function siteUrl(value) {
  if (!value) return '';
  const url = new URL(value);
  if (!['https:', 'http:'].includes(url.protocol))
    throw new Error(`build-docs: MMN_SITE_URL must be an https: or http: address, not ${value}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * Text to put inside an inline <script> or <style>: nothing in it may end the
 * element or open a comment. In JavaScript these occur only inside strings,
 * templates and regular expressions, where "<\/" and "<\!" mean the same.
 */
function inline(text, what, js = true) {
  if (js) text = text.replace(/<(\/script|\/style|!--)/gi, '<\\$1');
  if (/<\/(script|style)|<!--/i.test(text))
    throw new Error(`build-docs: ${what} holds "</script", "</style" or "<!--"; it cannot be inlined`);
  return text;
}

const script = await build({
  entryPoints: ['docs/builder/builder.ts'],
  bundle: true,
  format: 'iife',
  target: 'es2021',
  minify: true,
  write: false,
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});

// The files the inlined classic bundle loads beside itself (./locales/<locale>.js,
// ./widgets/<tag>.js) as data: URLs, found where it looks for them: a page
// opened from disk cannot import files. They import nothing, so a data: URL works.
const importMap = {
  imports: Object.fromEntries(
    besideTheBundle.map((file) => [
      `./${file}`,
      `data:text/javascript;base64,${readFileSync(`dist/${file}`).toString('base64')}`,
    ]),
  ),
};

/** Every language of lit-localize.json, named in its own language ("Español"), for the language menu. */
const { sourceLocale, targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const languageOptions = [sourceLocale, ...targetLocales]
  .map((locale) => {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale);
    const label = name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
    return `<option value="${escapeHtml(locale)}" lang="${escapeHtml(locale)}">${escapeHtml(label)}</option>`;
  })
  .join('\n            ');

// Placeholders are swapped with split/join: the texts hold `$` patterns that String#replace would expand.
const fill = (page, values) => Object.entries(values).reduce((text, [key, value]) => text.split(key).join(value), page);
const page = fill(readFileSync('docs/builder/index.html', 'utf8'), {
  __IMPORT_MAP__: JSON.stringify(importMap),
  __LANGUAGE_OPTIONS__: languageOptions,
  __BUILDER_CSS__: inline(readFileSync('docs/builder/builder.css', 'utf8'), 'builder.css', false),
  // Inside <script type="application/json">: keep "<" out of it.
  __BUILDER_DATA__: JSON.stringify(data).replace(/</g, '\\u003c'),
  __WIDGETS_JS__: inline(readFileSync('dist/mmn-widgets.iife.js', 'utf8'), 'dist/mmn-widgets.iife.js'),
  __BUILDER_JS__: inline(script.outputFiles[0].text, 'the builder script'),
});

const out = 'docs-dist/builder';
rmSync(out, { recursive: true, force: true });
mkdirSync(`${out}/files`, { recursive: true });
writeFileSync(`${out}/index.html`, page);
cpSync('dist/mmn-widgets.js', `${out}/files/mmn-widgets.js`);
cpSync('dist/locales', `${out}/files/locales`, { recursive: true });
cpSync('dist/widgets', `${out}/files/widgets`, { recursive: true });
console.log(`builder: ${out}/index.html (${name}@${version}, ${(page.length / 1024).toFixed(0)} KB, self-contained)`);
