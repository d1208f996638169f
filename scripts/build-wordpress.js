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
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const SOURCE = 'wordpress/mmn-widgets';
const OUT = 'dist/wordpress';
const PLUGIN = join(OUT, 'mmn-widgets');
const ZIP = join(OUT, 'mmn-widgets.zip');

const fail = (message) => {
  console.error(`build:wordpress: ${message}`);
  process.exit(1);
};

for (const file of ['dist/mmn-widgets.iife.js', 'dist/locales', 'dist/widgets', 'dist/content/en.json', 'dist/structured-data', 'custom-elements.json']) {
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
  readme: readme.match(/^Stable tag:\s*(\S+)/m)?.[1],
};
for (const [where, version] of Object.entries(versions)) {
  if (version !== pkg.version) fail(`the plugin's ${where} says version ${version}, package.json ${pkg.version}.`);
}

// Labels for the settings page and the block's sidebar; any other attribute
// is labelled from its name.
const LABELS = {
  lang: 'Language',
  theme: 'Theme',
  'heading-level': 'Heading level',
  'org-name': 'Organisation name',
  phone: 'Phone number',
  'join-href': '"Join" link',
  'facebook-href': 'Facebook page',
};
// The values MmnElement accepts (src/shared/mmn-element.ts, THEMES), and the
// longest organisation name the banner shows (MAX_ORG_LENGTH in
// src/contact-banner/contact-banner.ts).
const THEMES = ['light', 'dark', 'auto'];
const MAX_TEXT = 80;

function kind(name) {
  if (name === 'lang') return { kind: 'lang' };
  if (name === 'heading-level') return { kind: 'level' };
  if (name === 'theme') return { kind: 'choice', values: THEMES };
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
  if (typeof constant !== 'string' && typeof constant !== 'number') fail(`${modulePath}: the default ${value} is not an exported string or number.`);
  return String(constant);
}

const declarations = manifest.modules.flatMap((module) => (module.declarations ?? []).map((d) => ({ ...d, path: module.path }))).filter((d) => d.tagName);
if (declarations.length === 0) fail('custom-elements.json lists no element.');
// mmn-overview first: it is what a new block shows.
declarations.sort((a, b) => (b.tagName === 'mmn-overview') - (a.tagName === 'mmn-overview'));

const attributes = {};
const widgets = [];
for (const d of declarations) {
  for (const attribute of d.attributes ?? []) {
    attributes[attribute.name] ??= {
      ...kind(attribute.name),
      label: LABELS[attribute.name] ?? attribute.name.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()),
      help: plain(attribute.description),
      default: await defaultValue(attribute.default, d.path),
    };
  }
  widgets.push({
    tag: d.tagName,
    name: d.tagName.replace(/^mmn-/, ''),
    label: plain(d.summary).replace(/\.$/, '') || d.tagName,
    summary: plain(d.summary),
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
for (const file of readdirSync('dist/content').filter((name) => name.endsWith('.json'))) cpSync(join('dist/content', file), join(PLUGIN, 'content', file));
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
  execFileSync('zip', ['-X', '-q', '-9', '-D', 'mmn-widgets.zip', '-@'], { cwd: OUT, input: files.join('\n'), env: { ...process.env, TZ: 'UTC' } });
} catch (error) {
  fail(`\`zip\` failed (${error.message.split('\n')[0]}); install Debian's zip (.ci/run does).`);
}
console.log(`build:wordpress: ${ZIP}, ${files.length} files, ${(statSync(ZIP).size / 1024).toFixed(1)} KB (${widgets.map((w) => w.tag).join(', ')})`);
