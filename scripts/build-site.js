// Builds the static site, site-dist/: files for any static host or CDN
// (GitHub Pages, Netlify, a bucket behind a CDN), nothing that needs a server.
//
//   index.html                    what this is, with links
//   builder/                      the embed-code builder (docs-dist/builder/)
//   demo/, dist/                  the demo pages and the bundles they load
//   storybook/                    Storybook (storybook-static/)
//   embed.js                      optional: sizes a host page's frames to their content
//   embed/index.html              ?widget=…&lang=…&… : sends the frame on to
//   embed/<widget>/<lang>.html    one widget, pre-rendered in one language
//   embed/contact-banner/partner/<lang>.html
//                                 a partner's banner: nothing pre-rendered, so
//                                 that no reader without scripts sees
//                                 MyIgSource's details on a partner's page
//                                 (site/embed-address.ts says which page)
//
// Each embed page is self-contained: the widget pre-rendered (declarative
// shadow DOM, readable with scripts off), and one inline classic script with
// every widget and that page's one language (no import(), no request at all),
// so it works in a frame sandboxed without allow-same-origin, whose opaque
// origin makes module requests to a host without CORS headers fail. Its
// Content-Security-Policy (a <meta>: a static host may send no headers)
// allows exactly the hashes of its inline script and styles.
//
// Inputs: dist/ (npm run build), docs-dist/builder/ (npm run build:docs),
// storybook-static/ (npm run build-storybook), demo/, site/, src/ (bundled
// here with esbuild), lit-localize.json. Output: site-dist/.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

for (const [path, script] of [
  ['dist/ssr.js', 'build'],
  ['docs-dist/builder/index.html', 'build:docs'],
  ['storybook-static/index.html', 'build-storybook'],
]) {
  if (!existsSync(path)) throw new Error(`build-site: ${path} is missing; run \`npm run ${script}\` first.`);
}
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const { sourceLocale, targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const locales = [sourceLocale, ...targetLocales];
const { renderWidget, WIDGETS: TAGS } = await import('../dist/ssr.js');
const { isRtl } = await import('../dist/i18n/match.js');
const { DEFAULT_ORG } = await import('../dist/contact-banner/contact-banner.js');
const root = fileURLToPath(new URL('../', import.meta.url));
const out = 'site-dist';

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const escapeHtml = (text) =>
  String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Script text that cannot end its <script> element or open a comment (as in build-docs.js). */
function inline(text, what) {
  text = text.replace(/<(\/script|!--)/gi, '<\\$1');
  if (/<\/script|<!--/i.test(text))
    throw new Error(`build-site: ${what} holds "</script" or "<!--"; it cannot be inlined`);
  return text;
}

/**
 * esbuild, with the script-tag bundles' two swaps done the embed pages' way:
 * `./generated/import-locale.js` becomes one static language (or none), and
 * the translators' notes are dropped from the content modules (rollup.config.js).
 */
async function bundle(entry, locale) {
  const note = /,\s*desc:\s*(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`)/g;
  const plugin = {
    name: 'embed-page',
    setup(b) {
      b.onResolve({ filter: /^\.\/generated\/import-locale\.js$/ }, () => ({
        path: 'import-locale',
        namespace: 'embed',
      }));
      b.onLoad({ filter: /.*/, namespace: 'embed' }, () => ({
        resolveDir: root,
        loader: 'js',
        contents:
          locale && locale !== sourceLocale
            ? `import * as language from './dist/locales/${locale}.js';
               export const importLocale = (l) => l === ${JSON.stringify(locale)} ? Promise.resolve(language) : Promise.reject(new Error('mmn-widgets: this page carries ' + ${JSON.stringify(locale)} + ' only'));`
            : `export const importLocale = (l) => Promise.reject(new Error('mmn-widgets: this page carries English only, not ' + l));`,
      }));
      // Both imports of site/embed-widgets.ts are for their side effects, which
      // package.json's "sideEffects" (written for dist/) does not list.
      const sideEffects = { './embed-page.js': 'site/embed-page.ts', '../src/define.js': 'src/define.ts' };
      b.onResolve({ filter: /^(\.\/embed-page|\.\.\/src\/define)\.js$/ }, ({ path }) => ({
        path: `${root}${sideEffects[path]}`,
        sideEffects: true,
      }));
      b.onLoad({ filter: /[\\/]src[\\/]content[\\/][^\\/]+\.ts$/ }, ({ path }) => ({
        contents: readFileSync(path, 'utf8').replace(note, ''),
        loader: 'ts',
      }));
    },
  };
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    target: 'es2021',
    minify: true,
    legalComments: 'none',
    write: false,
    tsconfig: 'tsconfig.json',
    logLevel: 'warning',
    plugins: [plugin],
    define: { WIDGET_LIST: JSON.stringify(TAGS), DEFAULT_ORG: JSON.stringify(DEFAULT_ORG) },
  });
  return inline(result.outputFiles[0].text, entry);
}

/** A page's CSP: nothing but its own inline script(s) and styles, by hash. */
function csp(html) {
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, text]) => sha256(text));
  const styles = [...new Set([...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, text]) => sha256(text)))];
  return [
    "default-src 'none'",
    `script-src ${scripts.join(' ') || "'none'"}`,
    `style-src ${styles.join(' ') || "'none'"}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}

/** The page, with its CSP computed from its own inline content. */
function page({ lang, dir = 'ltr', title, head = '', body }) {
  const rest = `<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
${head}
</head>
<body>
${body}
</body>
</html>
`;
  return `<!doctype html>
<html lang="${escapeHtml(lang)}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp(rest))}">
${rest}`;
}

// Margins collapse into nothing (flow-root), so the page's height is its content's: what the parent frame is told.
const EMBED_STYLE = `<style>
html, body { margin: 0; }
body { display: flow-root; padding: 4px; }
main > * { --mmn-gap: 0; }
</style>`;

rmSync(out, { recursive: true, force: true });
mkdirSync(`${out}/embed`, { recursive: true });

// The embed pages: one per widget and language.
const sizes = [];
for (const locale of locales) {
  const script = await bundle('site/embed-widgets.ts', locale);
  for (const tag of TAGS) {
    const widget = await renderWidget(tag, { lang: locale });
    const heading = widget
      .match(/<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>/)?.[1]
      .replace(/<[^>]*>/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    const embedPage = (title, content) =>
      page({
        lang: locale,
        dir: isRtl(locale) ? 'rtl' : 'ltr',
        title,
        // Links leave the frame for a new tab; embed-page.ts sends a phone link to the top page instead.
        head: `<base target="_blank">\n${EMBED_STYLE}`,
        body: `<main>\n${content}\n</main>\n<script>${script}</script>`,
      });
    mkdirSync(`${out}/embed/${tag}`, { recursive: true });
    const html = embedPage(heading || tag, widget);
    writeFileSync(`${out}/embed/${tag}/${locale}.html`, html);
    sizes.push(html.length);
    if (tag === 'contact-banner') {
      // The partner's banner: the element with the pre-rendered one's
      // attributes and no shadow root, which the script replaces with the
      // query's. Without a script it shows nothing: a page cannot know the
      // partner's name then, and MyIgSource's would mislead. Its title names
      // no organisation either (embed-page.ts sets the heading's once shown).
      const open = widget.match(/<contact-banner\b[^>]*>/)?.[0];
      if (!open || open.includes(DEFAULT_ORG))
        throw new Error(`build-site: the pre-rendered banner's opening tag is not as expected (${locale})`);
      const partner = embedPage(tag, `${open}</contact-banner>`);
      mkdirSync(`${out}/embed/${tag}/partner`, { recursive: true });
      writeFileSync(`${out}/embed/${tag}/partner/${locale}.html`, partner);
      sizes.push(partner.length);
    }
  }
}

// embed/index.html: the address with every choice in the query string.
const router = await bundle('site/embed-router.ts');
const choices = TAGS.map((tag) => `<li><a href="./${tag}/en.html">${tag}</a></li>`).join('\n');
writeFileSync(
  `${out}/embed/index.html`,
  page({
    lang: 'en',
    title: 'mmn-widgets embed page',
    body: `<script>${router}</script>
<noscript>
<p>This address needs JavaScript to choose a widget. Each widget also has an address of its own, which works without it:</p>
<ul>
${choices}
</ul>
</noscript>`,
  }),
);

cpSync('site/embed.js', `${out}/embed.js`);
cpSync('docs-dist/builder', `${out}/builder`, { recursive: true });
cpSync('storybook-static', `${out}/storybook`, { recursive: true });
cpSync('demo', `${out}/demo`, { recursive: true });
mkdirSync(`${out}/dist`, { recursive: true });
for (const file of ['mmn-widgets.js', 'mmn-widgets.iife.js', 'locales', 'widgets'])
  cpSync(`dist/${file}`, `${out}/dist/${file}`, { recursive: true });

const index = readFileSync('site/index.html', 'utf8')
  .split('__VERSION__')
  .join(escapeHtml(version))
  .split('__EMBEDS__')
  .join(
    TAGS.map((tag) => `<li><a href="embed/${tag}/en.html"><code>embed/${tag}/en.html</code></a></li>`).join(
      '\n        ',
    ),
  );
writeFileSync(`${out}/index.html`, index);

const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(`site: ${out}/ (${sizes.length} embed pages, ${kb(Math.min(...sizes))}–${kb(Math.max(...sizes))} each)`);
