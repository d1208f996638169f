// What `npm publish` would ship: the bundles, per-element modules, type
// declarations, the manifest, editor data, README, LICENSE and CHANGELOG,
// and nothing a consumer cannot use. Run after `npm run build`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { widgetDates } from '../../scripts/review-dates.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const [pack] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }),
);
const files = pack.files.map((file) => file.path).sort();

test('the tarball holds every widget, every language and every export a consumer can import', async () => {
  const { WIDGET_TAGS } = await import('../../dist/widgets.js');
  const { targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  assert.ok(WIDGET_TAGS.length >= 3);
  for (const tag of WIDGET_TAGS) {
    // What `import 'mmn-widgets/<tag>'` and `'mmn-widgets/<tag>/define'` resolve to, as Node resolves them.
    for (const specifier of [`mmn-widgets/${tag}`, `mmn-widgets/${tag}/define`]) {
      const file = fileURLToPath(import.meta.resolve(specifier)).slice(process.cwd().length + 1);
      assert.ok(files.includes(file), `${specifier} → ${file} is not in the tarball`);
      assert.ok(files.includes(file.replace(/\.js$/, '.d.ts')), `${specifier} has no types`);
    }
  }
  for (const locale of targetLocales) assert.ok(files.includes(`dist/locales/${locale}.js`), `missing ${locale}`);
  // Every file a script-tag bundle loads from beside itself (a widget's own file, say).
  for (const bundle of ['dist/mmn-widgets.js', 'dist/mmn-widgets.iife.js']) {
    const beside = [...readFileSync(bundle, 'utf8').matchAll(/"\.\/(widgets\/[\w-]+\.js)"/g)].map(
      (m) => `dist/${m[1]}`,
    );
    assert.deepEqual(
      beside,
      ['dist/widgets/mmn-visit-notes.js'],
      `${bundle} loads beside itself: ${beside.join(', ')}`,
    );
    for (const file of beside) assert.ok(files.includes(file), `${bundle} loads ${file}, which is not in the tarball`);
  }
  // The bundles' stand-ins (src/**/*.bundle.ts) are theirs alone: npm users never load them.
  assert.deepEqual(
    files.filter((file) => file.includes('.bundle.')),
    [],
  );
  for (const file of ['README.md', 'LICENSE', 'CHANGELOG.md']) assert.ok(files.includes(file), `missing ${file}`);
});

test('the tarball holds nothing else: no sources, tests, stories or build tooling', () => {
  const allowed =
    /^(README\.md|LICENSE|CHANGELOG\.md|package\.json|custom-elements\.json|bin\/mmn-widgets\.js|dist\/.+\.(js|d\.ts|json))$/;
  const stray = files.filter((file) => !allowed.test(file) || /^dist\/.*\.test\./.test(file));
  assert.deepEqual(stray, []);
  for (const prefix of ['src/', 'test/', 'stories/', 'xliff/', 'scripts/', 'demo/', '.storybook/', 'node_modules/']) {
    assert.ok(!files.some((file) => file.startsWith(prefix)), `ships ${prefix}`);
  }
});

test('every export in package.json points at a file in the tarball', () => {
  const targets = Object.values(pkg.exports).flatMap((entry) =>
    typeof entry === 'string' ? [entry] : Object.values(entry),
  );
  for (const target of [
    ...targets,
    pkg.main,
    pkg.types,
    pkg.unpkg,
    pkg.jsdelivr,
    pkg['web-types'],
    pkg.customElements,
    ...Object.values(pkg.bin),
  ]) {
    const path = target.replace(/^\.\//, '');
    if (path.includes('*')) {
      // A pattern (`./content/*.json`): it must match a file in the tarball.
      const [before, after] = path.split('*');
      assert.ok(
        files.some((file) => file.startsWith(before) && file.endsWith(after)),
        `${target} matches nothing in the tarball`,
      );
    } else assert.ok(files.includes(path), `${target} is not in the tarball`);
  }
  // The content files of every language, and their schema.
  const { sourceLocale, targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  for (const locale of [sourceLocale, ...targetLocales, 'schema']) {
    const file = fileURLToPath(import.meta.resolve(`mmn-widgets/content/${locale}.json`)).slice(
      process.cwd().length + 1,
    );
    assert.ok(files.includes(file), `mmn-widgets/content/${locale}.json → ${file} is not in the tarball`);
  }
});

test('CDN fields point at the script-tag bundle', () => {
  assert.equal(pkg.exports['./bundle'].default, './dist/mmn-widgets.js');
  assert.equal(pkg.unpkg, pkg.exports['./bundle'].default);
  assert.equal(pkg.jsdelivr, pkg.exports['./bundle'].default);
});

test('the manifest shows when each content widget was last reviewed and is next due', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const dates = widgetDates();
  // A widget with medical copy shows its review date to readers (its `meta`
  // part): its manifest entry must say the same date, wherever in its folder
  // the copy is imported.
  const content = manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((declaration) => declaration.tagName && declaration.cssParts?.some((part) => part.name === 'meta'));
  assert.deepEqual(content.map((d) => d.tagName).sort(), ['mmn-overview', 'mmn-visit-notes', 'mmn-vs-als']);
  for (const declaration of content) {
    const { lastReviewed = '', nextReview = '' } = dates[declaration.tagName] ?? {};
    assert.match(lastReviewed, /^\d{4}-\d{2}-\d{2}$/, `${declaration.tagName} has a review date`);
    assert.match(nextReview, /^\d{4}-\d{2}-\d{2}$/, `${declaration.tagName} has a next review date`);
    assert.match(
      declaration.description,
      new RegExp(`Content last reviewed: ${lastReviewed}\\. Next review due: ${nextReview}\\.`),
    );
  }
});

test('the CHANGELOG has a Content section for the current version', () => {
  const changelog = readFileSync('CHANGELOG.md', 'utf8');
  const section = changelog.split(`## [${pkg.version}]`)[1]?.split('\n## ')[0] ?? '';
  assert.match(section, /### Content/);
  assert.match(section, /### Code/);
});

test('the CLI prints a server-rendered widget', () => {
  assert.match(
    execFileSync(process.execPath, ['bin/mmn-widgets.js', '--help'], { encoding: 'utf8' }),
    /--structured-data/,
  );
  const html = execFileSync(process.execPath, ['bin/mmn-widgets.js', 'render', 'mmn-overview', '--lang', 'es'], {
    encoding: 'utf8',
  });
  assert.match(
    html,
    /^<!--lit-part [^>]+--><!--lit-node 0--><mmn-overview\s+lang="es"><template shadowroot="open" shadowrootmode="open">/,
  );
  assert.match(html, /¿Qué es la NMM\?/);
  assert.throws(() => execFileSync(process.execPath, ['bin/mmn-widgets.js', 'render', 'mmn-nope'], { stdio: 'pipe' }));
});
