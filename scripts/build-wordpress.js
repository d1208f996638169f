// Builds the WordPress plugin: dist/wordpress/mmn-widgets/ and its zip,
// dist/wordpress/mmn-widgets.zip. Expects `npm run build` to have written
// dist/ (the classic bundle, its language files and the visit notes' file) and custom-elements.json.
//
// The plugin carries its own copy of the bundle (no CDN) and widgets.json:
// the widget list and each attribute's rule, read here from the library's
// custom-elements.json, so a new widget reaches the block, the shortcode and
// the settings without a change to the plugin's code.
//
// The zip is made by Debian's `zip` (installed by .ci/run) with sorted
// entries, fixed dates and no extra attributes, so the same input gives the
// same bytes.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parsePo } from './po.js';
import { REQUIRES_AT_LEAST, TESTED_UP_TO } from './wordpress-versions.js';

const SOURCE = 'wordpress/mmn-widgets';
const OUT = 'dist/wordpress';
const PLUGIN = join(OUT, 'mmn-widgets');
const ZIP = join(OUT, 'mmn-widgets.zip');

const fail = (message) => {
  console.error(`build:wordpress: ${message}`);
  process.exit(1);
};

for (const file of [
  'dist/mmn-widgets.iife.js',
  'dist/locales',
  'dist/widgets',
  'dist/content/en.json',
  'dist/structured-data',
  'custom-elements.json',
]) {
  if (!existsSync(file)) fail(`${file} is missing: run \`npm run build\` first.`);
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const localize = JSON.parse(readFileSync('lit-localize.json', 'utf8'));

// The plugin header, readme.txt and package.json must agree on the version.
const header = readFileSync(join(SOURCE, 'mmn-widgets.php'), 'utf8');
const readme = readFileSync(join(SOURCE, 'readme.txt'), 'utf8');
const versions = {
  header: header.match(/^ \* Version:\s*(\S+)/m)?.[1],
  constant: header.match(/MMN_WIDGETS_VERSION', '([^']+)'/)?.[1],
};
for (const [where, version] of Object.entries(versions)) {
  if (version !== pkg.version) fail(`the plugin's ${where} says version ${version}, package.json ${pkg.version}.`);
}
if (header.match(/^ \* Requires at least:\s*(\S+)/m)?.[1] !== REQUIRES_AT_LEAST)
  fail(`the plugin header's "Requires at least" is not ${REQUIRES_AT_LEAST} (scripts/wordpress-versions.js).`);

// The interface's words for editors (the block's sidebar, the settings page,
// the readme), in English; languages/*.po translate them. A widget or
// attribute missing here gets its manifest summary or description, and the
// build stops until every language translates it.
const WIDGET_TEXT = {
  'mmn-overview': {
    label: 'What is MMN?',
    summary:
      'A plain-language overview of Multifocal Motor Neuropathy (MMN): what it is, where it starts, how it changes, its signs.',
  },
  'mmn-vs-als': {
    label: 'MMN or ALS?',
    summary: 'Why MMN is sometimes mistaken for ALS, and how the two differ, in plain words.',
  },
  'contact-banner': {
    label: 'Contact banner',
    summary:
      'Invites readers to get in touch: with MyIgSource by default, or with your organisation, using only the contact details you give.',
  },
  'mmn-visit-notes': {
    label: 'Visit notes',
    summary:
      'A checklist readers fill in and print for a visit to the doctor. Nothing they tick or type leaves the page.',
  },
};
const ATTRIBUTE_TEXT = {
  lang: { label: 'Language', help: "The widgets' language. Without one, the page's language." },
  'heading-level': {
    label: 'Heading level',
    help: "The level of the widget's main heading (1 to 6), so that it fits your page's outline.",
  },
  theme: { label: 'Theme', help: "Light, dark, or auto (follows the reader's system setting)." },
  'org-name': {
    label: 'Organisation name',
    help: "Your organisation's name in the banner. With it, the banner shows only the phone number and links you give.",
  },
  phone: { label: 'Phone number', help: 'Digits, spaces, -, ., brackets and a leading +; shown as written.' },
  'join-href': { label: '"Join" link', help: 'A complete https:// address; anything else is left out.' },
  'facebook-href': { label: 'Facebook page', help: 'A complete https:// address; anything else is left out.' },
};
// How the theme's values are shown.
const VALUE_TEXT = { light: 'Light', dark: 'Dark', auto: 'Auto' };
// The names an editor would write for a widget whose tag is long.
const SHORT_NAMES = { 'contact-banner': 'banner', 'mmn-visit-notes': 'notes' };
// The block's name and description in the inserter (block.json; WordPress
// translates them with the plugin's text domain).
const BLOCK = {
  title: 'MMN patient information',
  description: 'Plain-language information about Multifocal Motor Neuropathy, and a way to reach help.',
  keywords: ['mmn', 'neuropathy', 'patient', 'als'],
};
// The values MmnElement accepts (src/shared/mmn-element.ts, THEMES), and the
// longest organisation name the banner shows (MAX_ORG_LENGTH in
// src/contact-banner/contact-banner.ts).
const THEMES = ['light', 'dark', 'auto'];
const MAX_TEXT = 80;

function kind(name) {
  if (name === 'lang') return { kind: 'lang' };
  if (name === 'heading-level') return { kind: 'level' };
  if (name === 'theme')
    return {
      kind: 'choice',
      values: THEMES,
      valueLabels: Object.fromEntries(THEMES.map((v) => [v, VALUE_TEXT[v] ?? v])),
    };
  if (name.endsWith('-href')) return { kind: 'url' };
  if (name === 'phone') return { kind: 'phone' };
  return { kind: 'text', maxLength: MAX_TEXT };
}

const plain = (text) => (text ?? '').replace(/`/g, '').replace(/\s+/g, ' ').trim();

/**
 * An attribute's default as the element uses it. The manifest writes it as
 * in the source: a literal (`'light'`, `2`), or a named constant of the
 * element's module (`DEFAULT_PHONE`), which is read from the built module.
 */
async function defaultValue(value, modulePath) {
  if (value === undefined) return '';
  if (/^'.*'$/.test(value)) return value.slice(1, -1);
  if (/^-?\d+(\.\d+)?$/.test(value)) return value;
  const built = await import(pathToFileURL(modulePath.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js')).href);
  const constant = built[value];
  if (typeof constant !== 'string' && typeof constant !== 'number')
    fail(`${modulePath}: the default ${value} is not an exported string or number.`);
  return String(constant);
}

const declarations = manifest.modules
  .flatMap((module) => (module.declarations ?? []).map((d) => ({ ...d, path: module.path })))
  .filter((d) => d.tagName);
if (declarations.length === 0) fail('custom-elements.json lists no element.');
// mmn-overview first: it is what a new block shows.
declarations.sort((a, b) => (b.tagName === 'mmn-overview') - (a.tagName === 'mmn-overview'));

const attributes = {};
const widgets = [];
for (const d of declarations) {
  for (const attribute of d.attributes ?? []) {
    attributes[attribute.name] ??= {
      ...kind(attribute.name),
      label:
        ATTRIBUTE_TEXT[attribute.name]?.label ??
        attribute.name.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()),
      help: ATTRIBUTE_TEXT[attribute.name]?.help ?? plain(attribute.description),
      // The banner's phone has no default of its own (MyIgSource's number
      // stands only under MyIgSource's name): the editor hints it, under that
      // name only (editor/block.js), from the element's DEFAULT_PHONE.
      default: await defaultValue(
        attribute.default ?? (attribute.name === 'phone' ? 'DEFAULT_PHONE' : undefined),
        d.path,
      ),
    };
  }
  const name = d.tagName.replace(/^mmn-/, '');
  widgets.push({
    tag: d.tagName,
    name,
    // What a shortcode's `name` may say: the short name first (the one the
    // notice about an unknown name suggests), the tag, the tag without `mmn-`.
    short: SHORT_NAMES[d.tagName] ?? name,
    names: [...new Set([SHORT_NAMES[d.tagName] ?? name, d.tagName, name])],
    label: WIDGET_TEXT[d.tagName]?.label ?? (plain(d.summary).replace(/\.$/, '') || d.tagName),
    summary: WIDGET_TEXT[d.tagName]?.summary ?? plain(d.summary),
    attributes: (d.attributes ?? []).map((a) => a.name),
  });
}
for (const [name, spec] of Object.entries(attributes)) {
  spec.common = widgets.every((w) => w.attributes.includes(name));
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(PLUGIN, { recursive: true });
cpSync(SOURCE, PLUGIN, { recursive: true });
cpSync('LICENSE', join(PLUGIN, 'LICENSE'));
mkdirSync(join(PLUGIN, 'assets'));
cpSync('dist/mmn-widgets.iife.js', join(PLUGIN, 'assets/mmn-widgets.iife.js'));
cpSync('dist/locales', join(PLUGIN, 'assets/locales'), { recursive: true });
// The visit notes' view: the bundle loads it from beside itself on pages with the notes.
cpSync('dist/widgets', join(PLUGIN, 'assets/widgets'), { recursive: true });
// The words as data (dist/content/<locale>.json and their schema), and the
// schema.org blocks the plugin prints (includes/structured-data.php).
mkdirSync(join(PLUGIN, 'content'));
for (const file of readdirSync('dist/content').filter((name) => name.endsWith('.json')))
  cpSync(join('dist/content', file), join(PLUGIN, 'content', file));
cpSync('dist/structured-data', join(PLUGIN, 'structured-data'), { recursive: true });
const registry = {
  generatedFrom: 'custom-elements.json',
  version: pkg.version,
  bundle: 'assets/mmn-widgets.iife.js',
  languages: [localize.sourceLocale, ...localize.targetLocales],
  widgets,
  attributes,
};
writeFileSync(join(PLUGIN, 'widgets.json'), `${JSON.stringify(registry, null, 2)}\n`);

// block.json, WordPress's own description of the block (apiVersion 3, so the
// editor can frame its canvas), with one attribute per widget attribute from
// the same list: `widgets`, then one string each, camelCased. PHP registers
// the block from this file; the editor script adds only edit() and save().
const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const block = {
  $schema: 'https://schemas.wp.org/trunk/block.json',
  apiVersion: 3,
  name: 'mmn-widgets/widget',
  version: pkg.version,
  title: BLOCK.title,
  description: BLOCK.description,
  category: 'widgets',
  icon: 'heart',
  keywords: BLOCK.keywords,
  textdomain: 'mmn-widgets',
  attributes: {
    widgets: { type: 'array', items: { type: 'string' }, default: [widgets[0].tag] },
    ...Object.fromEntries(Object.keys(attributes).map((name) => [camel(name), { type: 'string', default: '' }])),
  },
  supports: { html: false, align: ['wide', 'full'] },
  // Registered in includes/block.php. The widgets' bundle reaches the editor
  // canvas (the frame on 6.3+) through enqueue_block_assets, not here: a
  // block.json `script` would load on every front-end page of a classic theme.
  editorScript: 'mmn-widgets-editor',
};
writeFileSync(join(PLUGIN, 'block.json'), `${JSON.stringify(block, null, 2)}\n`);

// includes/labels.php: the same words as literal __() calls, so that
// xgettext finds them and WordPress translates them when a page shows them.
const phpString = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const tr = (text) => `__( ${phpString(text)}, 'mmn-widgets' )`;
const labelsPhp = `<?php
/**
 * Generated by scripts/build-wordpress.js from the widget list: the words the
 * block's sidebar and the settings page show, translated.
 *
 * @package mmn-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * @return array \`widgets\` (tag => label, summary), \`attributes\` (name => label, help), \`values\` (value => label).
 */
function mmn_widgets_labels() {
	return array(
		'widgets'    => array(
${widgets.map((w) => `			${phpString(w.tag)} => array(\n				'label'   => ${tr(w.label)},\n				'summary' => ${tr(w.summary)},\n			),`).join('\n')}
		),
		'attributes' => array(
${Object.entries(attributes)
  .map(
    ([name, spec]) => `			${phpString(name)} => array(\n				'label' => ${tr(spec.label)},\n				'help'  => ${tr(spec.help)},\n			),`,
  )
  .join('\n')}
		),
		'values'     => array(
${[...new Set(Object.values(attributes).flatMap((spec) => Object.entries(spec.valueLabels ?? {})))].map(([value, label]) => `			${phpString(value)} => ${tr(label)},`).join('\n')}
		),
	);
}
`;
writeFileSync(join(PLUGIN, 'includes/labels.php'), labelsPhp);

// Translations of the plugin's own interface (the widgets carry their own):
// languages/mmn-widgets.pot from the source strings (xgettext on the PHP and
// the editor script, plus block.json and the plugin header), each committed
// languages/mmn-widgets-<locale>.po merged with it (msgmerge) and compiled
// (msgfmt) to the .mo PHP reads, and the editor script's strings written as
// the JSON wp_set_script_translations() reads:
// mmn-widgets-<locale>-<md5 of "editor/block.js">.json. The build stops when a
// language lacks a string; `node scripts/build-wordpress.js --update-po`
// merges the new strings into the committed .po files for a translator.
const LOCALES = { es: 'es_ES', fr: 'fr_FR', de: 'de_DE', 'pt-BR': 'pt_BR', 'zh-Hans': 'zh_CN', ar: 'ar' };
const EDITOR_SCRIPT = 'editor/block.js';
const gettext = (tool, args, options = {}) => {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'], ...options });
  } catch (error) {
    if (error.code === 'ENOENT') fail(`\`${tool}\` is missing: install Debian's gettext (.ci/run does).`);
    fail(`${tool} ${args.join(' ')}: ${error.stderr || error.message}`);
  }
};
const poString = (text) => JSON.stringify(text);
const extra = [
  ...[
    ['MMN patient information', 'Plugin Name of the plugin'],
    [header.match(/^ \* Description:\s*(.+)$/m)[1].trim(), 'Description of the plugin'],
  ].map(([id, comment]) => `#. ${comment}\n#: mmn-widgets.php\nmsgid ${poString(id)}\nmsgstr ""\n`),
  `#: block.json\nmsgctxt "block title"\nmsgid ${poString(block.title)}\nmsgstr ""\n`,
  `#: block.json\nmsgctxt "block description"\nmsgid ${poString(block.description)}\nmsgstr ""\n`,
  ...block.keywords.map((k) => `#: block.json\nmsgctxt "block keyword"\nmsgid ${poString(k)}\nmsgstr ""\n`),
];
const languages = join(PLUGIN, 'languages');
rmSync(languages, { recursive: true, force: true }); // the committed .po files, copied with the source
mkdirSync(languages, { recursive: true });
const scratch = mkdtempSync(join(tmpdir(), 'mmn-wp-i18n-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true })); // also when fail() exits
try {
  const sources = [];
  const walkSources = (dir) => {
    for (const entry of readdirSync(join(PLUGIN, dir)).sort()) {
      const path = dir ? `${dir}/${entry}` : entry;
      if (statSync(join(PLUGIN, path)).isDirectory()) {
        if (path !== 'assets') walkSources(path);
      } else if (/\.(php|js)$/.test(entry)) sources.push(path);
    }
  };
  walkSources('');
  const keywords = [
    '__',
    '_e',
    'esc_html__',
    'esc_html_e',
    'esc_attr__',
    'esc_attr_e',
    '_x:1,2c',
    'esc_html_x:1,2c',
    'esc_attr_x:1,2c',
    '_n:1,2',
    '_nx:1,2,4c',
  ];
  gettext(
    'xgettext',
    [
      '--from-code=UTF-8',
      '--add-location=file',
      '--add-comments=translators:',
      '--no-wrap',
      '--sort-by-file',
      '--package-name=mmn-widgets',
      `--package-version=${pkg.version}`,
      ...keywords.map((k) => `--keyword=${k}`),
      '-o',
      join(scratch, 'code.pot'),
      ...sources,
    ],
    { cwd: PLUGIN },
  );
  writeFileSync(
    join(scratch, 'extra.pot'),
    `msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n${extra.join('\n')}`,
  );
  const pot = gettext('msgcat', [
    '--no-wrap',
    '--add-location=file',
    '--use-first',
    join(scratch, 'code.pot'),
    join(scratch, 'extra.pot'),
  ]).replace(/^"POT-Creation-Date: .*\\n"$/m, '"POT-Creation-Date: 2026-01-01 00:00+0000\\n"');
  writeFileSync(join(languages, 'mmn-widgets.pot'), pot);
  const update = process.argv.includes('--update-po');
  const scriptMd5 = createHash('md5').update(EDITOR_SCRIPT).digest('hex');
  const untranslated = [];
  for (const locale of Object.values(LOCALES)) {
    const source = join(SOURCE, 'languages', `mmn-widgets-${locale}.po`);
    if (!existsSync(source)) {
      if (!update)
        fail(
          `${source} is missing (run \`node scripts/build-wordpress.js --update-po\` to start it from the template).`,
        );
      gettext('msginit', [
        '--no-translator',
        '--no-wrap',
        `--locale=${locale}.UTF-8`,
        '-i',
        join(languages, 'mmn-widgets.pot'),
        '-o',
        source,
      ]);
    }
    // The merged .po stays out of the zip: it ships the .pot, .mo and .json.
    const merged = join(scratch, `mmn-widgets-${locale}.po`);
    gettext('msgmerge', [
      '--quiet',
      '--no-fuzzy-matching',
      '--no-wrap',
      '--add-location=file',
      '--sort-by-file',
      '-o',
      merged,
      source,
      join(languages, 'mmn-widgets.pot'),
    ]);
    if (update) cpSync(merged, source);
    const missing =
      gettext('msgattrib', ['--untranslated', '--no-obsolete', '--no-wrap', merged]) +
      gettext('msgattrib', ['--only-fuzzy', '--no-obsolete', '--no-wrap', merged]);
    const ids = parsePo(missing)
      .filter((e) => e.id !== '')
      .map((e) => e.id);
    if (ids.length) {
      untranslated.push(
        `${source} does not translate ${ids.length} string(s): ${ids.map((id) => JSON.stringify(id)).join(', ')}${update ? '' : ' (`node scripts/build-wordpress.js --update-po` adds them)'}.`,
      );
      continue;
    }
    gettext('msgattrib', ['--no-obsolete', '--no-wrap', '-o', merged, merged]);
    gettext('msgfmt', ['--check', '-o', join(languages, `mmn-widgets-${locale}.mo`), merged]);
    // The editor script's strings, as Jed's JSON (what wp.i18n takes).
    const entries = parsePo(readFileSync(merged, 'utf8'));
    const head = entries.find((e) => e.id === '');
    const messages = {
      '': {
        domain: 'messages',
        lang: locale,
        'plural-forms': head?.strings[0].match(/^Plural-Forms:\s*(.*)$/m)?.[1] ?? 'nplurals=2; plural=(n != 1);',
      },
    };
    for (const e of entries) {
      if (e.id && e.references.some((r) => r.split(':')[0] === EDITOR_SCRIPT))
        messages[e.context ? `${e.context}\u0004${e.id}` : e.id] = e.strings;
    }
    const json = {
      'translation-revision-date': '2026-01-01 00:00+0000',
      generator: 'mmn-widgets scripts/build-wordpress.js',
      source: EDITOR_SCRIPT,
      domain: 'messages',
      locale_data: { messages },
    };
    writeFileSync(join(languages, `mmn-widgets-${locale}-${scriptMd5}.json`), `${JSON.stringify(json)}\n`);
  }
  if (untranslated.length) fail(untranslated.join('\n'));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

// readme.txt as wordpress.org reads it: the source's {{placeholders}} filled
// from the widget list (a line and a section per widget, the names a
// shortcode takes), the tested versions (scripts/wordpress-versions.js) and
// the version. test/wordpress/readme.test.js checks wordpress.org's rules.
const filled = {
  version: pkg.version,
  requires: REQUIRES_AT_LEAST,
  tested: TESTED_UP_TO,
  names: widgets
    .map((w) => `\`${w.short}\``)
    .join(', ')
    .replace(/, ([^,]*)$/, ' or $1'),
  'widget-list': widgets.map((w) => `* **${w.label}** (\`${w.short}\`): ${w.summary}`).join('\n'),
  'widget-sections': widgets
    .map(
      (w) =>
        `= ${w.label} =\n\n${w.summary}\n\nIn the block, tick "${w.label}". As a shortcode: \`[mmn_widget name="${w.short}"]\` (${w.names
          .filter((n) => n !== w.short)
          .map((n) => `\`${n}\``)
          .join(
            ' and ',
          )} ${w.names.length > 2 ? 'work' : 'works'} too). Attributes: ${w.attributes.map((a) => `\`${a.replace(/-/g, '_')}\``).join(', ')}.`,
    )
    .join('\n\n'),
};
const readmeOut = readme.replace(
  /\{\{([a-z-]+)\}\}/g,
  (whole, key) => filled[key] ?? fail(`readme.txt: no value for ${whole}.`),
);
writeFileSync(join(PLUGIN, 'readme.txt'), readmeOut);

// The Live Preview blueprint (wordpress.org reads it from the plugin's SVN
// assets/blueprints/, beside trunk/, not from the zip): dist/wordpress/assets/.
mkdirSync(join(OUT, 'assets/blueprints'), { recursive: true });
cpSync('wordpress/assets/blueprints/blueprint.json', join(OUT, 'assets/blueprints/blueprint.json'));

// Same bytes for the same input: fixed dates, sorted entries, no extra fields.
const files = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    const date = new Date('2026-01-01T00:00:00Z');
    utimesSync(path, date, date);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(relative(OUT, path));
  }
};
walk(PLUGIN);
utimesSync(PLUGIN, new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'));
try {
  execFileSync('zip', ['-X', '-q', '-9', '-D', 'mmn-widgets.zip', '-@'], {
    cwd: OUT,
    input: files.join('\n'),
    env: { ...process.env, TZ: 'UTC' },
  });
} catch (error) {
  fail(`\`zip\` failed (${error.message.split('\n')[0]}); install Debian's zip (.ci/run does).`);
}
console.log(
  `build:wordpress: ${ZIP}, ${files.length} files, ${(statSync(ZIP).size / 1024).toFixed(1)} KB (${widgets.map((w) => w.tag).join(', ')})`,
);
