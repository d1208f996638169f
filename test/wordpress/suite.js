// The WordPress plugin's suite, the same on every version it runs on
// (test/wordpress/versions.js: 6.1 and 6.8, one file each): a real WordPress
// (Debian's files on Debian's PHP, with SQLite: native.js), offline, and
// driven by Chromium: the published posts, the block editor, the settings page
// and uninstall. One site per version, shared by every test of the file.
// Needs `npm run build && npm run build:wordpress` first (dist/wordpress/mmn-widgets.zip).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchChromium } from '../../scripts/chromium.js';
import { translations } from '../../scripts/po.js';
import {
  AUTHOR,
  BLUEPRINT,
  CONTENT_HOSTILE,
  DEFAULTS,
  NAMES,
  TEL,
  UNKNOWN,
  payloads,
  shortcodeSafe,
  startSite,
} from './site.js';
import { wordpressFor } from './versions.js';

const PLUGIN_DIR = 'dist/wordpress/mmn-widgets';
const registry = JSON.parse(readFileSync(join(PLUGIN_DIR, 'widgets.json'), 'utf8'));
const TAGS = registry.widgets.map((w) => w.tag);
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const BLOCK = JSON.parse(readFileSync(join(PLUGIN_DIR, 'block.json'), 'utf8'));
// The test site is Spanish (site.js): the plugin's interface shows its es_ES translations.
const SPANISH_PO = 'wordpress/mmn-widgets/languages/mmn-widgets-es_ES.po';
const SPANISH = existsSync(SPANISH_PO) ? translations(SPANISH_PO) : new Map();
/** What the Spanish site shows for an English string of the plugin. */
const t = (id, context) => SPANISH.get(context ? `${context}\u0004${id}` : id) ?? id;
/** The structured data the library's build wrote for a language (the plugin prints these), and the widgets' content in it. */
const STRUCTURED = (locale) => JSON.parse(readFileSync(join(PLUGIN_DIR, 'structured-data', `${locale}.json`), 'utf8'));
const CONTENT = (locale) => JSON.parse(readFileSync(`dist/content/${locale}.json`, 'utf8'));
const LD_JSON = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g;

/** The suite on one WordPress version ('6.1', '6.8'). */
export function wordpressSuite(version) {
  describe(`WordPress ${version}`, () => suite(version));
}

function suite(version) {
  const site = wordpressFor(version);
  const framedCanvas = Number(version.split('.')[1]) >= 3 || Number(version.split('.')[0]) > 6;
  let wp;
  let browser;
  let hostile;
  const seconds = {};

  before(async () => {
    hostile = await payloads();
    wp = await startSite(site, hostile);
    seconds.site = wp.startSeconds;
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    wp?.stop();
    console.log(
      `# WordPress ${site.version} (${site.theme}): ${wp?.output().split('\n')[0]}, ready in ${seconds.site?.toFixed(1)} s`,
    );
  });

  let visitor;
  /**
   * Opens a page as a logged-out visitor (in a fresh context when `fresh`, so
   * nothing comes from the cache), or in the given context; records requests,
   * dialogs and errors.
   */
  async function open(path, context, { fresh = false } = {}) {
    if (!context && !fresh) context = visitor ??= await browser.createBrowserContext();
    const ctx = context ?? (await browser.createBrowserContext());
    const page = await ctx.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    // PHP in WebAssembly on a shared 2-core machine: an admin page can take half a minute.
    page.setDefaultTimeout(120_000);
    const requests = [];
    const dialogs = [];
    const errors = [];
    page.on('request', (r) => requests.push(r.url()));
    let acceptDialogs = false;
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await (acceptDialogs ? d.accept() : d.dismiss());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    if (path) await page.goto(wp.origin + path, { waitUntil: 'load' });
    return {
      page,
      requests,
      dialogs,
      errors,
      acceptDialogs: () => (acceptDialogs = true),
      close: () => (context ? page.close() : ctx.close()),
    };
  }

  /**
   * Waits until every widget on the page has rendered, then describes each.
   * With `canvas`, the widgets are those in the editor's framed canvas
   * (iframe[name="editor-canvas"], a same-origin blob: document), read from
   * the outer page through the frame's contentDocument.
   */
  async function widgets(page, { canvas = false } = {}) {
    const args = { tags: TAGS, canvas };
    await page.waitForFunction(
      ({ tags, canvas }) => {
        const doc = canvas ? document.querySelector('iframe[name="editor-canvas"]')?.contentDocument : document;
        const found = doc ? [...doc.querySelectorAll(tags.join(','))] : [];
        return (!canvas || found.length > 0) && found.every((e) => e.shadowRoot?.querySelector('[part="container"]'));
      },
      { polling: 250 },
      args,
    );
    return page.evaluate(({ tags, canvas }) => {
      const doc = canvas ? document.querySelector('iframe[name="editor-canvas"]').contentDocument : document;
      return [...doc.querySelectorAll(tags.join(','))].map((e) => {
        const root = e.shadowRoot;
        const container = root.querySelector('[part="container"]');
        return {
          tag: e.localName,
          attributes: Object.fromEntries([...e.attributes].map((a) => [a.name, a.value])),
          lang: container.getAttribute('lang'),
          theme: container.className,
          heading: root.querySelector('h1,h2,h3,h4,h5,h6')?.localName,
          text: root.textContent.replace(/\s+/g, ' '),
          links: [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
        };
      });
    }, args);
  }

  /** The text of every JSON-LD script on the page, as the browser parsed the HTML. */
  const structuredData = (page) =>
    page.evaluate(() => [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent));
  /** The JSON-LD scripts in a page's HTML source, as a search engine's crawler reads it (no browser: for the pages that need no rendering). */
  const sourceStructuredData = async (path) => {
    const html = await (await fetch(wp.origin + path)).text();
    assert.match(html, /<\/html>\s*$/, `${path} is a whole page`);
    return { count: html.split('application/ld+json').length - 1, texts: [...html.matchAll(LD_JSON)].map((m) => m[1]) };
  };

  const mmnScripts = (page) =>
    page.evaluate(() =>
      [...document.scripts]
        .filter((s) => s.src.includes('/plugins/mmn-widgets/'))
        .map((s) => ({
          src: s.src,
          inBody: s.parentElement === document.body,
          afterContent: !!(
            document.querySelector('.wp-site-blocks')?.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING
          ),
        })),
    );

  test('php -l: every PHP file of the built plugin parses', () => {
    const files = [];
    const walk = (dir) =>
      readdirSync(dir).forEach((f) =>
        statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : f.endsWith('.php') && files.push(join(dir, f)),
      );
    walk(PLUGIN_DIR);
    assert.ok(files.length >= 5, `PHP files: ${files}`);
    for (const file of files) assert.match(execFileSync('php', ['-l', file], { encoding: 'utf8' }), /No syntax errors/);
  });

  test("structured data's language: the plugin's PHP matches a lang to one of ours as the widgets do (src/i18n/match.ts)", async () => {
    const { matchLocale } = await import('../../dist/i18n/match.js');
    // Tags the plugin's sanitiser lets through (and <html lang> gives): regions, scripts, variants, extensions, and tags Intl refuses.
    const tags = [
      'es',
      'es-ES',
      'ES-es',
      'es-419',
      'es-MX',
      'pt',
      'pt-PT',
      'pt-BR',
      'pt-Latn',
      'fr-CA',
      'de-CH',
      'de-1996',
      'en-GB',
      'en-Latn-US',
      'ar',
      'ar-EG',
      'ar-Latn',
      'zh',
      'zh-CN',
      'zh-SG',
      'zh-TW',
      'zh-HK',
      'zh-MO',
      'zh-US',
      'zh-158',
      'zh-Hans',
      'zh-Hant',
      'zh-Hans-TW',
      'zh-Hant-CN',
      'zh-Latn',
      'zh-Hani',
      'es-ES-valencia',
      'es-valencia-valencia',
      'es-u-ca-gregory',
      'es-u-ca-gregory-u-nu-latn',
      'es-x-private',
      'es-a',
      'es-ES-ES',
      'ja',
      'xx',
      'und',
      'e',
      '',
      'es_ES',
      ...hostile.filter((p) => p.length < 40).slice(0, 40),
    ];
    const php = `define('ABSPATH', '/'); define('MMN_WIDGETS_DIR', '${PLUGIN_DIR}/'); require MMN_WIDGETS_DIR . 'includes/registry.php'; require MMN_WIDGETS_DIR . 'includes/structured-data.php';
      echo json_encode(array_map('mmn_widgets_match_locale', json_decode(stream_get_contents(STDIN))));`;
    const ours = JSON.parse(execFileSync('php', ['-r', php], { input: JSON.stringify(tags), encoding: 'utf8' }));
    assert.deepEqual(
      Object.fromEntries(tags.map((tag, i) => [tag, ours[i]])),
      Object.fromEntries(tags.map((tag) => [tag, matchLocale(tag)])),
    );
    assert.equal(ours[tags.indexOf('zh-TW')], null, 'the test can tell languages apart');
  });

  test('the zip installed and activated: the plugin is in the site, from the zip', async () => {
    const res = await fetch(`${wp.origin}/wp-content/plugins/mmn-widgets/widgets.json`);
    assert.equal(res.status, 200);
    const served = await res.json();
    assert.deepEqual(
      served.widgets.map((w) => w.tag),
      TAGS,
    );
    // The editor's hints where a site sets no default: the widgets' own values, never a name from the source.
    assert.equal(served.attributes.phone.default, '+1 855-250-5111');
    assert.equal(served.attributes['org-name'].default, 'MyIgSource');
    assert.equal(served.attributes.theme.default, 'light');
  });

  test('a post with every widget (block and shortcodes): Spanish from the site, site defaults, one script in the footer, nothing from elsewhere, axe clean', async () => {
    const { page, requests, dialogs, errors, close } = await open('/?name=every-widget', undefined, { fresh: true });
    try {
      const found = await widgets(page);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'es-ES');
      assert.deepEqual(
        found.map((w) => w.tag),
        ['mmn-overview', 'mmn-vs-als', 'contact-banner', 'mmn-visit-notes', 'mmn-overview', 'contact-banner'],
      );
      for (const w of found) {
        assert.equal(w.lang, 'es', `${w.tag} speaks Spanish`);
        assert.equal(w.attributes.lang, undefined, 'no lang set: the page decides');
        assert.equal(w.attributes.theme, 'auto', 'the site-wide theme');
      }
      assert.equal(found[0].heading, 'h2', 'the default heading level');
      assert.equal(found[4].heading, 'h3', "the block's heading level");
      for (const b of found.filter((w) => w.tag === 'contact-banner')) {
        assert.ok(b.text.includes(DEFAULTS.org_name), 'the site-wide organisation');
        assert.ok(b.text.includes(DEFAULTS.phone), 'the site-wide phone');
        assert.deepEqual(b.links.sort(), [DEFAULTS.facebook_href, DEFAULTS.join_href, TEL].sort());
      }
      const scripts = await mmnScripts(page);
      assert.equal(scripts.length, 1, 'one script tag');
      assert.ok(scripts[0].inBody && scripts[0].afterContent, 'in the footer');
      assert.equal(requests.filter((u) => u.includes('mmn-widgets.iife.js')).length, 1);
      assert.equal(requests.filter((u) => u.includes('/locales/es.js')).length, 1, 'Spanish loaded once');
      // 6.8 makes a blob: URL of the site's own origin: not a request to anyone else.
      const foreign = requests.filter(
        (u) => !u.startsWith(`${wp.origin}/`) && !u.startsWith('data:') && !u.startsWith(`blob:${wp.origin}/`),
      );
      assert.deepEqual(foreign, [], 'no request beyond the site');
      assert.deepEqual(dialogs, []);
      assert.deepEqual(errors, []);
      await page.evaluate(AXE);
      const axe = await page.evaluate(async (tags) => {
        const result = await window.axe.run({ include: tags.map((t) => [t]) }, { resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id}: ${v.nodes.length}`);
      }, TAGS);
      assert.deepEqual(axe, [], 'axe violations');
    } finally {
      await close();
    }
  });

  test('structured data: one JSON-LD block for two overviews and the comparison, a MedicalWebPage about the condition in the page language (Spanish)', async () => {
    const { page, close } = await open('/?name=every-widget');
    try {
      const found = await widgets(page);
      const texts = await structuredData(page);
      assert.equal(texts.length, 1, 'exactly one JSON-LD script for the page');
      const data = JSON.parse(texts[0]);
      assert.equal(data['@context'], 'https://schema.org');
      assert.equal(data['@type'], 'MedicalWebPage');
      assert.equal(data.about['@type'], 'MedicalCondition');
      // The language the widgets show (the page's, es-ES), and the condition's name as they write it.
      assert.equal(data.inLanguage, 'es');
      assert.deepEqual(
        [...new Set(found.filter((w) => w.tag !== 'contact-banner' && w.tag !== 'mmn-visit-notes').map((w) => w.lang))],
        [data.inLanguage],
      );
      assert.equal(data.about.name, CONTENT('es').names.mmn);
      assert.ok(
        found
          .find((w) => w.tag === 'mmn-overview')
          .text.toLocaleLowerCase('es')
          .includes(data.about.name.toLocaleLowerCase('es')),
        `the overview says "${data.about.name}"`,
      );
      // The block the build wrote for the overview and the comparison together, unchanged.
      assert.deepEqual(data, STRUCTURED('es')['mmn-overview,mmn-vs-als']);
      assert.doesNotMatch(texts[0], /[<>&]/, 'no markup character in the script');
    } finally {
      await close();
    }
  });

  test("a block's and shortcodes' own values win: language, theme, heading level, banner details", async () => {
    const { page, close } = await open('/?name=own-values');
    try {
      const [overview, banner, vsAls] = await widgets(page);
      assert.deepEqual(
        [overview.tag, overview.lang, overview.theme, overview.heading],
        ['mmn-overview', 'fr', 'container theme-dark', 'h3'],
      );
      assert.deepEqual([banner.lang, banner.theme], ['en', 'container theme-light']);
      assert.ok(banner.text.includes('Our Clinic') && banner.text.includes('+1 555 010 0199'));
      assert.ok(banner.links.includes('https://example.org/join') && banner.links.includes('tel:+15550100199'));
      assert.ok(banner.links.includes(DEFAULTS.facebook_href), 'unset values still come from the site');
      assert.deepEqual(
        [vsAls.tag, vsAls.lang, vsAls.theme, vsAls.heading],
        ['mmn-vs-als', 'de', 'container theme-dark', 'h4'],
      );
      // Structured data in the language the first content widget shows (its own): the overview's
      // shortcode, though WordPress renders the comparison's block (further down) first.
      const texts = await structuredData(page);
      assert.equal(texts.length, 1);
      assert.deepEqual(JSON.parse(texts[0]), STRUCTURED('fr')['mmn-overview,mmn-vs-als']);
      assert.equal(JSON.parse(texts[0]).inLanguage, overview.lang);
    } finally {
      await close();
    }
  });

  /**
   * Checks a page full of hostile values: nothing runs, nothing links but the
   * site's own defaults. `content` hostile content widgets (an overview and a
   * comparison for each) come first, and give the page its one block of
   * structured data, which no hostile value reaches.
   */
  async function assertHarmless(path, expectedBanners, content = []) {
    const { page, dialogs, errors, close } = await open(path);
    try {
      const all = await widgets(page);
      const described = all.slice(0, content.length * 2);
      const found = all.slice(content.length * 2);
      assert.deepEqual(
        described.map((w) => w.tag),
        content.flatMap(() => ['mmn-overview', 'mmn-vs-als']),
      );
      for (const w of described) {
        assert.equal(w.lang, 'es', 'a hostile lang is dropped: the page language');
        for (const href of w.links) assert.match(href, /^https:\/\//, `${w.tag} links only to its sources`);
      }
      const texts = await structuredData(page);
      assert.equal(
        texts.length,
        content.length ? 1 : 0,
        content.length ? 'one JSON-LD script' : 'banners only: no structured data',
      );
      if (content.length) {
        // As the browser read it: the script was not ended early, and carries nothing of the payloads.
        assert.doesNotMatch(texts[0], /[<>]|<\/script/i);
        assert.deepEqual(
          JSON.parse(texts[0]),
          STRUCTURED('es')['mmn-overview,mmn-vs-als'],
          'exactly what the build wrote',
        );
        for (const p of content) assert.ok(!texts[0].includes(p), `no payload ${JSON.stringify(p)}`);
        // And in the HTML source: one script, whose text has no markup character at all.
        const source = await sourceStructuredData(path);
        assert.equal(source.count, 1);
        assert.doesNotMatch(source.texts[0], /[<>&]/);
      }
      assert.equal(found.length, expectedBanners, 'one banner for each hostile block or shortcode');
      for (const w of found) {
        assert.equal(w.tag, 'contact-banner', 'a hostile name shows no widget');
        // Only the site's own links, and tel: links of digits (a payload such as "(855)" is a valid phone).
        for (const href of w.links)
          assert.ok(
            [DEFAULTS.join_href, DEFAULTS.facebook_href].includes(href) || /^tel:\+?\d{3,15}$/.test(href),
            `unexpected link ${href}`,
          );
        assert.equal(w.attributes['join-href'], DEFAULTS.join_href);
        assert.equal(w.attributes['facebook-href'], DEFAULTS.facebook_href);
        assert.ok(['container theme-auto', 'container theme-light', 'container theme-dark'].includes(w.theme));
      }
      const bad = await page.evaluate((tags) => {
        const out = [];
        const content = document.querySelector('.wp-block-post-content') ?? document.body;
        const visit = (root) => {
          for (const el of root.querySelectorAll('*')) {
            for (const a of el.attributes) if (/^on/i.test(a.name)) out.push(`${el.localName}[${a.name}]`);
            if (
              [
                'script',
                'iframe',
                'img',
                'svg',
                'object',
                'embed',
                'math',
                'form',
                'style',
                'a',
                'details',
                'bdo',
              ].includes(el.localName) &&
              root === content
            )
              out.push(el.localName);
            if (el.shadowRoot) visit(el.shadowRoot);
          }
        };
        visit(content);
        for (const el of content.querySelectorAll(tags.join(',')))
          for (const a of el.attributes)
            if (!['lang', 'theme', 'heading-level', 'phone', 'join-href', 'facebook-href', 'org-name'].includes(a.name))
              out.push(`${el.localName}[${a.name}]`);
        return out;
      }, TAGS);
      assert.deepEqual(bad, [], 'no handler, foreign element or foreign attribute');
      await new Promise((r) => setTimeout(r, 500));
      assert.deepEqual(dialogs, [], 'no script ran');
      assert.deepEqual(errors, []);
      assert.equal((await mmnScripts(page)).length, 1);
    } finally {
      await close();
    }
  }

  test('hostile values in blocks (every payload in every attribute) neither run nor link, and banners alone print no structured data', async () => {
    await assertHarmless('/?name=hostile-block', hostile.length);
  });

  test("hostile values in an author's shortcodes (in banners, and in overviews and comparisons with structured data) neither run nor link", async () => {
    await assertHarmless('/?name=hostile-shortcode', hostile.filter(shortcodeSafe).length, CONTENT_HOSTILE(hostile));
  });

  test('structured data: a widget asking for a language we do not have shows English, and so does its structured data', async () => {
    const { page, close } = await open('/?name=unknown-lang');
    try {
      const found = await widgets(page);
      assert.deepEqual(
        found.map((w) => [w.tag, w.attributes.lang, w.lang]),
        [
          ['mmn-vs-als', 'ja', 'en'],
          ['mmn-overview', undefined, 'es'],
        ],
      );
      const texts = await structuredData(page);
      assert.equal(texts.length, 1);
      const data = JSON.parse(texts[0]);
      assert.equal(data.inLanguage, found[0].lang, 'the language the first content widget shows, not the page');
      assert.deepEqual(data, STRUCTURED('en')['mmn-overview,mmn-vs-als']);
    } finally {
      await close();
    }
  });

  test('structured data: none on a page with only banners (shortcode and block), none with no widget', async () => {
    for (const path of ['/?name=banner-only', '/?name=no-widget'])
      assert.deepEqual(await sourceStructuredData(path), { count: 0, texts: [] }, path);
    // The banners are there (the page is not empty for another reason).
    const html = await (await fetch(`${wp.origin}/?name=banner-only`)).text();
    assert.equal(html.split('<contact-banner').length - 1, 2);
  });

  test('names an editor would write: each widget answers to its tag, its tag without mmn- and its short name', async () => {
    const { page, close } = await open('/?name=names');
    try {
      const found = await widgets(page);
      const expected = NAMES.map(
        (name) => registry.widgets.find((w) => w.names.includes(name.trim().toLowerCase()))?.tag,
      );
      assert.ok(expected.every(Boolean), `every name is known: ${NAMES}`);
      assert.deepEqual(
        found.map((w) => w.tag),
        expected,
      );
      assert.deepEqual(new Set(expected), new Set(TAGS), 'every widget by some name');
      assert.equal(await page.$('.mmn-widgets-notice'), null, 'a visitor sees no note about the unknown name');
    } finally {
      await close();
    }
  });

  test('an unknown name: a short note, in the site language, for people who can edit the post, naming the valid names', async () => {
    const { page } = await open('/?name=names', await logIn('admin', 'password'));
    try {
      const notes = await page.$$eval('.mmn-widgets-notice', (all) => all.map((n) => n.textContent));
      const valid = registry.widgets.map((w) => w.short).join(', ');
      const message = t(
        'MMN widgets: no widget is called %1$s. Use one of these names: %2$s. Only people who can edit this page see this note.',
      );
      assert.notEqual(
        message,
        'MMN widgets: no widget is called %1$s. Use one of these names: %2$s. Only people who can edit this page see this note.',
        'translated into Spanish',
      );
      assert.deepEqual(notes, [message.replace('%1$s', `“${UNKNOWN}”`).replace('%2$s', valid)]);
      assert.deepEqual(
        registry.widgets.map((w) => w.short),
        ['overview', 'banner', 'notes', 'vs-als'],
      );
    } finally {
      await page.close();
    }
  });

  test('the Live Preview blueprint (wordpress/assets/blueprints/blueprint.json): installs the plugin, its landing page shows every widget', async () => {
    assert.equal(BLUEPRINT.preferredVersions?.wp, 'latest');
    assert.match(BLUEPRINT.landingPage, /^\//);
    // This site ran the blueprint's own steps, with the plugin from the local zip.
    const { page, requests, errors, close } = await open(BLUEPRINT.landingPage, undefined, { fresh: true });
    try {
      const found = await widgets(page);
      assert.deepEqual(new Set(found.map((w) => w.tag)), new Set(TAGS), 'every widget');
      assert.equal(found.length, TAGS.length);
      for (const w of found) assert.ok(w.text.trim().length > 40, `${w.tag} rendered its content`);
      assert.deepEqual(
        requests.filter(
          (u) => !u.startsWith(`${wp.origin}/`) && !u.startsWith('data:') && !u.startsWith(`blob:${wp.origin}/`),
        ),
        [],
      );
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });

  test('a post with no widget loads no script of the plugin', async () => {
    const { page, requests, close } = await open('/?name=no-widget', undefined, { fresh: true });
    try {
      assert.deepEqual(await mmnScripts(page), []);
      assert.deepEqual(
        requests.filter((u) => u.includes('/plugins/mmn-widgets/')),
        [],
      );
    } finally {
      await close();
    }
  });

  const sessions = new Map();
  /** A browser context logged in as that user; one per user for the whole run (each login costs seconds here). */
  async function logIn(user, password) {
    if (!sessions.has(user)) sessions.set(user, logInOnce(user, password));
    return sessions.get(user);
  }

  async function logInOnce(user, password) {
    const context = await browser.createBrowserContext();
    // wp-login.php moves the focus to the user name 200 ms after it loads, so
    // typing can end up in the wrong field: fill the fields, then check that
    // WordPress let us in (and try again if not).
    for (let attempt = 1; ; attempt += 1) {
      const { page } = await open('/wp-login.php', context);
      await page.$eval('#user_login', (field, value) => (field.value = value), user);
      await page.$eval('#user_pass', (field, value) => (field.value = value), password);
      await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
      const inside = !new URL(page.url()).pathname.endsWith('/wp-login.php');
      await page.close();
      if (inside) return context;
      if (attempt === 3) throw new Error(`could not log in as ${user}`);
    }
  }

  /**
   * The control a person finds by its label (the <label> WordPress's controls
   * render), whatever class names this WordPress version gives it. Returns a
   * handle, or null while it is not there.
   */
  async function labelled(page, label, kind) {
    const handle = await page.evaluateHandle(
      (text, kind) => {
        const label = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === text && l.htmlFor);
        const control = label && document.getElementById(label.htmlFor);
        const is = {
          checkbox: (e) => e.type === 'checkbox',
          select: (e) => e.localName === 'select',
          text: (e) => e.localName === 'input' && e.type !== 'checkbox',
        };
        return control && is[kind](control) ? control : null;
      },
      label,
      kind,
    );
    return handle.asElement();
  }

  test('the editor, as an author: insert the block, change it in the sidebar, see the preview in the canvas, publish', async () => {
    const context = await logIn(AUTHOR.login, AUTHOR.password);
    const { page, errors } = await open('/wp-admin/post-new.php', context);
    const blockHolds = (name, wanted) =>
      page
        .waitForFunction(
          (name, wanted) => {
            const value = window.wp.data.select('core/block-editor').getSelectedBlock()?.attributes[name];
            return Array.isArray(wanted) ? JSON.stringify(value) === JSON.stringify(wanted) : value === wanted;
          },
          { polling: 100, timeout: 5_000 },
          name,
          wanted,
        )
        .then(
          () => true,
          () => false,
        );
    // A choice made or text typed while the sidebar re-renders (it grows the
    // banner's fields) can land on a control that is being replaced: do it
    // again until the block holds the value, as a person would who sees it did
    // not take.
    const untilHeld = async (act, attribute, value, what) => {
      for (let attempt = 1; ; attempt += 1) {
        await act();
        if (await blockHolds(attribute, value)) return;
        if (attempt === 3) assert.fail(`${what} did not reach the block`);
      }
    };
    const find = async (label, kind) => {
      await page.waitForFunction(
        (text) => [...document.querySelectorAll('label')].some((l) => l.textContent.trim() === text),
        { polling: 250 },
        label,
      );
      const handle = await labelled(page, label, kind);
      assert.ok(handle, `a ${kind} labelled "${label}"`);
      return handle;
    };
    try {
      await page
        .waitForFunction(
          () =>
            window.wp?.blocks?.getBlockType?.('mmn-widgets/widget') &&
            window.wp.data.select('core/editor').getCurrentPostId(),
          { polling: 250 },
        )
        .catch(async (error) => {
          throw new Error(
            `${error.message}: the editor did not start (${page.url()}, "${await page.title()}", errors: ${errors})`,
          );
        });
      // What the inserter shows: the title and description from block.json, in the site's language.
      const type = await page.evaluate(() => {
        const { apiVersion, title, description } = window.wp.blocks.getBlockType('mmn-widgets/widget');
        return { apiVersion, title, description };
      });
      assert.deepEqual(type, {
        apiVersion: 3,
        title: t(BLOCK.title, 'block title'),
        description: t(BLOCK.description, 'block description'),
      });
      // No welcome guide over the editor; insert the block and open its settings, through the editor's data API.
      await page.evaluate(() => {
        const { select, dispatch } = window.wp.data;
        dispatch('core/preferences')?.set?.('core/edit-post', 'welcomeGuide', false);
        if (select('core/edit-post').isFeatureActive?.('welcomeGuide'))
          dispatch('core/edit-post').toggleFeature('welcomeGuide');
        dispatch('core/block-editor').insertBlocks(window.wp.blocks.createBlock('mmn-widgets/widget'));
        dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
      });
      await page.waitForFunction(
        () => window.wp.data.select('core/block-editor').getSelectedBlock()?.name === 'mmn-widgets/widget',
        { polling: 250 },
      );
      // The sidebar, found by its labels (in Spanish: the site's language).
      const banner = registry.widgets.find((w) => w.tag === 'contact-banner');
      await untilHeld(
        async () => (await find(t(banner.label), 'checkbox')).click(),
        'widgets',
        ['mmn-overview', 'contact-banner'],
        'ticking the banner',
      );
      const choose = (name, value, attribute) =>
        untilHeld(
          async () => (await find(t(registry.attributes[name].label), 'select')).select(value),
          attribute,
          value,
          `the ${name} choice "${value}"`,
        );
      // Typing goes over what is there (a triple click selects it).
      const typeInto = (name, value, attribute) =>
        untilHeld(
          async () => {
            const field = await find(t(registry.attributes[name].label), 'text');
            await field.click({ clickCount: 3 });
            await field.type(value);
          },
          attribute,
          value,
          `typing "${value}" in ${name}`,
        );
      await choose('lang', 'de', 'lang');
      await choose('theme', 'dark', 'theme');
      await choose('heading-level', '4', 'headingLevel');
      await typeInto('org-name', 'Editor Clinic', 'orgName');
      await typeInto('join-href', 'javascript:alert(1)', 'joinHref');
      const saved = await page.evaluate(() => window.wp.data.select('core/editor').getEditedPostContent());
      const json = saved.match(/<!-- wp:mmn-widgets\/widget (\{.*\}) \/-->/)?.[1];
      assert.ok(json, `serialized block in ${saved}`);
      assert.deepEqual(JSON.parse(json), {
        widgets: ['mmn-overview', 'contact-banner'],
        lang: 'de',
        headingLevel: '4',
        theme: 'dark',
        orgName: 'Editor Clinic',
        joinHref: 'javascript:alert(1)',
      });
      // The live preview is the real widget, rendered in the editor's canvas:
      // on 6.3 and later a frame of its own, whose document must define the elements.
      const framed = !!(await page.$('iframe[name="editor-canvas"]'));
      assert.equal(
        framed,
        framedCanvas,
        framedCanvas ? 'WordPress frames the canvas (every block is apiVersion 3)' : 'no framed canvas before 6.3',
      );
      const preview = await widgets(page, { canvas: framed });
      assert.deepEqual(
        preview.map((w) => [w.tag, w.lang, w.theme, w.heading]),
        [
          ['mmn-overview', 'de', 'container theme-dark', 'h4'],
          ['contact-banner', 'de', 'container theme-dark', 'h4'],
        ],
      );
      assert.ok(preview[1].text.includes('Editor Clinic'));
      assert.ok(!preview[1].links.some((h) => h.startsWith('javascript')));
      if (framed) {
        assert.equal(await page.$(TAGS.join(',')), null, 'the widgets are in the frame, not the outer page');
        const defined = await page.evaluate(
          (tags) =>
            tags.filter((tag) =>
              document.querySelector('iframe[name="editor-canvas"]').contentWindow.customElements.get(tag),
            ),
          TAGS,
        );
        assert.deepEqual(defined, TAGS, "defined by the frame's own copy of the bundle");
      }
      // Publish, then read the post as a visitor.
      const link = await page.evaluate(async () => {
        const { dispatch, select } = window.wp.data;
        dispatch('core/editor').editPost({ title: 'From the editor', status: 'publish' });
        await dispatch('core/editor').savePost();
        return select('core/editor').getPermalink();
      });
      const visitor = await open();
      try {
        await visitor.page.goto(link, { waitUntil: 'load' });
        const published = await widgets(visitor.page);
        assert.deepEqual(
          published.map((w) => [w.tag, w.lang, w.heading]),
          [
            ['mmn-overview', 'de', 'h4'],
            ['contact-banner', 'de', 'h4'],
          ],
        );
        assert.ok(published[1].text.includes('Editor Clinic'));
        assert.equal(
          published[1].attributes['join-href'],
          DEFAULTS.join_href,
          'the refused link falls back to the site default',
        );
      } finally {
        await visitor.close();
      }
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  const option = async () => (await fetch(`${wp.origin}/?mmn_test_option=1`)).json();
  const structuredOption = async () => (await fetch(`${wp.origin}/?mmn_test_structured_data=1`)).json();

  test('Settings → MMN widgets: shows the defaults, refuses bad values, needs the nonce and the capability', async () => {
    const admin = await logIn('admin', 'password');
    const { page } = await open('/wp-admin/options-general.php?page=mmn-widgets', admin);
    try {
      // In the site's language: the page's title and the fields' labels.
      assert.equal(await page.$eval('.wrap h1', (e) => e.textContent.trim()), t('MMN widgets'));
      assert.notEqual(t('MMN widgets'), 'MMN widgets');
      assert.equal(
        await page.$eval('label[for="mmn_widgets_org_name"]', (e) => e.textContent.trim()),
        t('Organisation name'),
      );
      assert.equal(await page.$eval('#mmn_widgets_theme option[value="dark"]', (e) => e.textContent.trim()), t('Dark'));
      assert.equal(await page.$eval('#mmn_widgets_org_name', (e) => e.value), DEFAULTS.org_name);
      assert.equal(await page.$eval('#mmn_widgets_theme', (e) => e.value), DEFAULTS.theme);
      // Structured data: on by default, a checkbox labelled in Spanish; turned off with the same save.
      const structuredBox = await labelled(page, t('Help search engines understand this information'), 'checkbox');
      assert.ok(structuredBox, 'the structured-data checkbox, by its label');
      assert.notEqual(
        t('Help search engines understand this information'),
        'Help search engines understand this information',
        'translated into Spanish',
      );
      assert.equal(await structuredBox.evaluate((e) => e.checked), true, 'on by default');
      assert.equal(await structuredData(page).then((texts) => texts.length), 0, 'no structured data in the admin');
      await structuredBox.click();
      await page.$eval('#mmn_widgets_join_href', (e) => (e.value = 'javascript:alert(1)'));
      await page.$eval('#mmn_widgets_phone', (e) => (e.value = '+1 555 010 0100'));
      await Promise.all([page.waitForNavigation(), page.click('#submit')]);
      assert.equal(await structuredOption(), '0');
      assert.equal(
        (await sourceStructuredData('/?name=every-widget')).count,
        0,
        'turned off: no structured data on a page with the overview',
      );
      assert.equal(await page.$eval('#mmn_widgets_structured_data', (e) => e.checked), false, 'the page shows it off');
      assert.ok(
        (await page.$eval('#setting-error-mmn_widgets_join_href', (e) => e.textContent)).includes(
          t('%s was not saved: the value is not one the widgets accept.').replace('%s', t('"Join" link')),
        ),
      );
      assert.deepEqual(await option(), { ...DEFAULTS, join_href: '', phone: '+1 555 010 0100' });
      // Without the nonce, options.php refuses.
      const status = await page.evaluate(async () => {
        const body = new URLSearchParams({
          option_page: 'mmn_widgets',
          action: 'update',
          'mmn_widgets_settings[org_name]': 'Forged',
        });
        return (await fetch('/wp-admin/options.php', { method: 'POST', body })).status;
      });
      assert.notEqual(status, 200);
      assert.equal((await option()).org_name, DEFAULTS.org_name, 'not saved');
      // On again (the default): the page has its structured data again.
      await page.click('#mmn_widgets_structured_data');
      await Promise.all([page.waitForNavigation(), page.click('#submit')]);
      assert.equal(await structuredOption(), '1');
      assert.equal((await sourceStructuredData('/?name=every-widget')).count, 1, 'on again');
    } finally {
      await page.close();
    }
    // An author may not see it.
    const author = await open(
      '/wp-admin/options-general.php?page=mmn-widgets',
      await logIn(AUTHOR.login, AUTHOR.password),
    );
    try {
      assert.equal(await author.page.$('#mmn_widgets_org_name'), null);
      // WordPress's own refusal, not any page without the field (an error, a login form).
      assert.match(
        await author.page.$eval('body', (body) => body.textContent),
        /Sorry, you are not allowed to access this page/,
      );
    } finally {
      await author.page.close();
    }
  });

  test('WP_DEBUG: no notice, warning or deprecation from the plugin', () => {
    const log = (() => {
      try {
        return readFileSync(join(wp.fixtures, 'debug.log'), 'utf8');
      } catch {
        return '';
      }
    })();
    assert.match(
      log,
      /mmn-test-probe: the debug log works/,
      'WordPress writes debug.log (else no notice could be seen)',
    );
    const ours = log.split('\n').filter((line) => line.includes('mmn-widgets') || line.includes('mmn_widgets'));
    assert.deepEqual(ours, []);
  });

  test('deleting the plugin removes its options', async () => {
    assert.equal((await option())?.org_name, DEFAULTS.org_name);
    assert.equal(await structuredOption(), '1', 'saved by the settings test');
    const { page, acceptDialogs } = await open('/wp-admin/plugins.php', await logIn('admin', 'password'));
    try {
      await Promise.all([
        page.waitForNavigation(),
        page.click('tr[data-plugin="mmn-widgets/mmn-widgets.php"] .deactivate a'),
      ]);
      acceptDialogs(); // "Are you sure you want to delete…?"
      await page.click('tr[data-plugin="mmn-widgets/mmn-widgets.php"] .delete a');
      await page.waitForFunction(
        () =>
          !document.querySelector('tr[data-plugin="mmn-widgets/mmn-widgets.php"]') ||
          document.querySelector('tr[data-plugin="mmn-widgets/mmn-widgets.php"].deleted, tr.plugin-deleted-tr'),
        { polling: 250 },
      );
      assert.equal(await option(), null);
      assert.equal(await structuredOption(), null, 'and the structured-data setting');
    } finally {
      await page.close();
    }
  });
}
