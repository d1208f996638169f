// The site the WordPress tests run against: the plugin's Live Preview
// blueprint (wordpress/assets/blueprints/blueprint.json) with its plugin taken
// from the local zip instead of wordpress.org, the version's default block
// theme, a Spanish site with site-wide defaults, an author, and posts with the
// block and shortcodes (every widget, own values, every hostile value of
// test/payloads.ts, the names editors write), and posts with a banner only, a
// widget in a language we do not have, and no widget.
import { readFileSync } from 'node:fs';
import { transform } from 'esbuild';
import { startWordPress } from './native.js';

/** The site-wide defaults the blueprint sets (Settings → MMN widgets). */
export const DEFAULTS = {
  org_name: 'Clínica Ejemplo',
  phone: '+34 910 000 000',
  join_href: 'https://clinic.example/unete',
  facebook_href: 'https://www.facebook.com/clinic.example',
  theme: 'auto',
};
export const TEL = `tel:${DEFAULTS.phone.replace(/[^\d+]/g, '')}`;
export const AUTHOR = { login: 'author', password: 'author-password-1' };

/** The project's hostile values (test/payloads.ts), compiled on the fly. */
export async function payloads() {
  const { code } = await transform(readFileSync('test/payloads.ts', 'utf8'), { loader: 'ts', format: 'esm' });
  const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return module.PAYLOADS;
}

const block = (attributes) => `<!-- wp:mmn-widgets/widget ${JSON.stringify(attributes)} /-->`;
const shortcode = (attributes) =>
  `[mmn_widget ${Object.entries(attributes)
    .map(([k, v]) => (v.includes('"') ? `${k}='${v}'` : `${k}="${v}"`))
    .join(' ')}]`;
/** A value a shortcode can carry (the shortcode syntax has no escape for these). */
export const shortcodeSafe = (v) =>
  v.length <= 1000 && !/[[\]]/.test(v) && !(v.includes('"') && v.includes("'")) && !v.includes('/]');

/** A valid .mo file with one message, so that WordPress accepts es_ES as the site language. */
function spanishMo() {
  const original = Buffer.from('Language\0');
  const translation = Buffer.from('Idioma\0');
  const header = Buffer.alloc(44);
  [0x950412de, 0, 1, 28, 36, 0, 44, original.length - 1, 44, translation.length - 1, 44 + original.length].forEach(
    (n, i) => header.writeUInt32LE(n, i * 4),
  );
  return Buffer.concat([header, original, translation]);
}

export const BLUEPRINT = JSON.parse(readFileSync('wordpress/assets/blueprints/blueprint.json', 'utf8'));

/** The blueprint's steps, installing the plugin from the local zip (the one the build made) rather than wordpress.org. */
export function blueprintSteps() {
  const steps = structuredClone(BLUEPRINT.steps);
  const install = steps.filter((s) => s.step === 'installPlugin' && s.pluginData?.slug === 'mmn-widgets');
  if (install.length !== 1) throw new Error('the blueprint must install mmn-widgets once, from wordpress.org/plugins');
  install[0].pluginData = { resource: 'vfs', path: '/fixtures/mmn-widgets.zip' };
  return steps;
}

/** The payloads that try to end a script or open markup, in the content widgets of the hostile shortcode post (a few: each widget is a page of text). */
export const CONTENT_HOSTILE = (hostile) =>
  hostile
    .filter(shortcodeSafe)
    .filter((p) => /<\/?script/i.test(p))
    .slice(0, 6);

/** The names a shortcode takes for each widget, and one that matches none. */
export const NAMES = [
  'overview',
  'mmn-overview',
  'vs-als',
  'mmn-vs-als',
  'banner',
  'contact-banner',
  'notes',
  'visit-notes',
  'mmn-visit-notes',
  ' Banner ',
];
export const UNKNOWN = 'bannr';

/** Starts WordPress with the test site. */
export async function startSite(site, hostile) {
  const banner = (p) => ({
    name: 'contact-banner',
    org_name: p,
    phone: p,
    join_href: p,
    facebook_href: p,
    theme: p,
    heading_level: p,
    lang: p,
  });
  const posts = [
    {
      slug: 'every-widget',
      title: 'Every widget',
      content: [
        '<!-- wp:paragraph --><p>Información para pacientes.</p><!-- /wp:paragraph -->',
        '<!-- wp:shortcode -->[mmn_widget name="overview"]<!-- /wp:shortcode -->',
        '<!-- wp:shortcode -->[mmn_widget name="vs-als"]<!-- /wp:shortcode -->',
        '<!-- wp:shortcode -->[mmn_widget name="contact-banner"]<!-- /wp:shortcode -->',
        '<!-- wp:shortcode -->[mmn_widget name="visit-notes"]<!-- /wp:shortcode -->',
        block({ widgets: ['mmn-overview', 'contact-banner'], headingLevel: '3' }),
      ].join('\n\n'),
    },
    {
      slug: 'own-values',
      title: 'Own values',
      content: [
        '[mmn_widget name="overview" lang="fr" theme="dark" heading_level="3"]',
        '[mmn_widget name="contact-banner" lang="en" org_name="Our Clinic" phone="+1 555 010 0199" join-href="https://example.org/join" theme="light"]',
        block({ widgets: ['mmn-vs-als'], lang: 'de', theme: 'dark', headingLevel: '4' }),
      ].join('\n\n'),
    },
    {
      slug: 'hostile-block',
      title: 'Hostile block',
      content: hostile
        .map((p) =>
          block({
            widgets: ['contact-banner', p],
            lang: p,
            theme: p,
            headingLevel: p,
            phone: p,
            joinHref: p,
            facebookHref: p,
            orgName: p,
          }),
        )
        .join('\n'),
    },
    {
      slug: 'hostile-shortcode',
      title: 'Hostile shortcode',
      author: true,
      // First the content widgets (so the page has structured data) with the markup payloads, then every payload in a banner and as a name.
      content: [
        ...CONTENT_HOSTILE(hostile).flatMap((p) =>
          ['overview', 'vs-als'].map((name) => shortcode({ ...banner(p), name })),
        ),
        ...hostile.filter(shortcodeSafe).map((p) => `${shortcode(banner(p))}\n${shortcode({ name: p })}`),
      ].join('\n\n'),
    },
    // Structured data: a banner alone has none; a widget in a language we do not have is in English, and so is its structured data.
    {
      slug: 'banner-only',
      title: 'Banner only',
      content: ['[mmn_widget name="banner"]', block({ widgets: ['contact-banner'] })].join('\n\n'),
    },
    {
      slug: 'unknown-lang',
      title: 'Unknown language',
      content: ['[mmn_widget name="vs-als" lang="ja"]', '[mmn_widget name="overview"]'].join('\n\n'),
    },
    {
      slug: 'names',
      title: 'Names',
      content: [...NAMES, UNKNOWN]
        .map((name) => `<!-- wp:shortcode -->[mmn_widget name="${name}"]<!-- /wp:shortcode -->`)
        .join('\n\n'),
    },
    {
      slug: 'no-widget',
      title: 'No widget',
      content: '<!-- wp:paragraph --><p>Nothing to see.</p><!-- /wp:paragraph -->',
    },
  ];
  const php = `<?php
require '/wordpress/wp-load.php';
$author = wp_insert_user(array('user_login' => '${AUTHOR.login}', 'user_pass' => '${AUTHOR.password}', 'user_email' => 'author@example.org', 'role' => 'author'));
foreach (json_decode(file_get_contents('/fixtures/posts.json'), true) as $post) {
  if (!empty($post['author'])) { wp_set_current_user($author); kses_init_filters(); } else { wp_set_current_user(1); kses_remove_filters(); }
  $id = wp_insert_post(array('post_title' => $post['title'], 'post_name' => $post['slug'], 'post_status' => 'publish', 'post_content' => wp_slash($post['content'])), true);
  if (is_wp_error($id)) { throw new Exception($id->get_error_message()); }
}`;
  const probe = `<?php
// Test only: answers ?mmn_test_option with the plugin's option (?mmn_test_structured_data
// with the structured-data setting), to check the settings page and uninstall,
// and writes one line to debug.log, so the WP_DEBUG test knows the log works.
add_action('init', function () {
  if (isset($_GET['mmn_test_option'])) {
    error_log('mmn-test-probe: the debug log works');
    wp_send_json(get_option('mmn_widgets_settings', null));
  }
  if (isset($_GET['mmn_test_structured_data'])) {
    wp_send_json(get_option('mmn_widgets_structured_data', null));
  }
});`;
  return startWordPress({
    site,
    before: blueprintSteps(),
    files: { 'posts.json': JSON.stringify(posts) },
    muPlugins: { 'mmn-test-probe.php': probe },
    // WordPress takes a site language only when it has its file: a one-entry es_ES.mo.
    wpFiles: { 'wp-content/languages/es_ES.mo': spanishMo() },
    steps: [
      { step: 'runPHP', code: php },
      // A Spanish site: <html lang="es-ES">.
      { step: 'setSiteOptions', options: { mmn_widgets_settings: DEFAULTS, WPLANG: 'es_ES' } },
    ],
  });
}
