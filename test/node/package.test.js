// What `npm publish` would ship: the bundles, per-element modules, type
// declarations, the manifest, editor data, README, LICENSE and CHANGELOG,
// and nothing a consumer cannot use. Run after `npm run build`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
const files = pack.files.map((file) => file.path).sort();

test('the tarball holds what a consumer needs', () => {
  const required = [
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'package.json',
    'custom-elements.json',
    'dist/mmn-widgets.js',
    'dist/mmn-widgets.iife.js',
    'dist/index.js',
    'dist/index.d.ts',
    'dist/define.js',
    'dist/react.js',
    'dist/react.d.ts',
    'dist/jsx.d.ts',
    'dist/ssr.js',
    'dist/ssr.d.ts',
    'dist/mmn-widgets.hydrate.js',
    'bin/mmn-widgets.js',
    'dist/editor/vscode.html-custom-data.json',
    'dist/editor/vscode.css-custom-data.json',
    'dist/editor/web-types.json',
    ...['mmn-overview', 'mmn-vs-als', 'contact-banner'].flatMap((tag) => [
      `dist/${tag}/${tag}.js`,
      `dist/${tag}/${tag}.d.ts`,
      `dist/${tag}/define.js`,
      `dist/${tag}/define.d.ts`,
    ]),
    ...['ar', 'de', 'es', 'fr', 'pt-BR', 'zh-Hans'].flatMap((locale) => [`dist/locales/${locale}.js`, `dist/i18n/locales/${locale}.js`]),
  ];
  for (const file of required) assert.ok(files.includes(file), `missing ${file}`);
});

test('the tarball holds nothing else: no sources, tests, stories or build tooling', () => {
  const allowed = /^(README\.md|LICENSE|CHANGELOG\.md|package\.json|custom-elements\.json|bin\/mmn-widgets\.js|dist\/.+\.(js|d\.ts|json))$/;
  const stray = files.filter((file) => !allowed.test(file) || /^dist\/.*\.test\./.test(file));
  assert.deepEqual(stray, []);
  for (const prefix of ['src/', 'test/', 'stories/', 'xliff/', 'scripts/', 'demo/', '.storybook/', 'node_modules/']) {
    assert.ok(!files.some((file) => file.startsWith(prefix)), `ships ${prefix}`);
  }
});

test('every export in package.json points at a file in the tarball', () => {
  const targets = Object.values(pkg.exports).flatMap((entry) => (typeof entry === 'string' ? [entry] : Object.values(entry)));
  for (const target of [...targets, pkg.main, pkg.types, pkg.unpkg, pkg.jsdelivr, pkg['web-types'], pkg.customElements, ...Object.values(pkg.bin)]) {
    assert.ok(files.includes(target.replace(/^\.\//, '')), `${target} is not in the tarball`);
  }
});

test('CDN fields point at the script-tag bundle', () => {
  assert.equal(pkg.unpkg, './dist/mmn-widgets.js');
  assert.equal(pkg.jsdelivr, './dist/mmn-widgets.js');
});

test('the manifest shows when each content widget was last reviewed', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const described = manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((declaration) => ['mmn-overview', 'mmn-vs-als'].includes(declaration.tagName));
  assert.equal(described.length, 2);
  for (const declaration of described) assert.match(declaration.description, /Content last reviewed: \d{4}-\d{2}-\d{2}\./);
});

test('the CHANGELOG has a Content section for the current version', () => {
  const changelog = readFileSync('CHANGELOG.md', 'utf8');
  const section = changelog.split(`## [${pkg.version}]`)[1]?.split('\n## ')[0] ?? '';
  assert.match(section, /### Content/);
  assert.match(section, /### Code/);
});

test('the CLI prints a server-rendered widget', () => {
  const html = execFileSync(process.execPath, ['bin/mmn-widgets.js', 'render', 'mmn-overview', '--lang', 'es'], { encoding: 'utf8' });
  assert.match(html, /^<!--lit-part [^>]+--><!--lit-node 0--><mmn-overview\s+lang="es"><template shadowroot="open" shadowrootmode="open">/);
  assert.match(html, /¿Qué es la NMM\?/);
  assert.throws(() => execFileSync(process.execPath, ['bin/mmn-widgets.js', 'render', 'mmn-nope'], { stdio: 'pipe' }));
});
