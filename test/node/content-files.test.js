// dist/content/<locale>.json, the widgets' words as data: every language's
// file validates against dist/content/schema.json with Ajv (a maintained
// JSON Schema validator, draft 2020-12), and holds the translators' words
// (read from xliff/, not from our code). Run after `npm run build`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { units } from '../../scripts/check-translations.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const { sourceLocale, targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const locales = [sourceLocale, ...targetLocales];
const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
const schema = read('dist/content/schema.json');
const file = (locale) => read(`dist/content/${locale}.json`);
const translation = (locale, id) => units(readFileSync(`xliff/${locale}.xlf`, 'utf8')).get(id).target;

function validator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

test("the schema is draft 2020-12, and every language's file is valid against it", () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  const validate = validator();
  for (const locale of locales) {
    const valid = validate(file(locale));
    assert.ok(valid, `${locale}.json: ${JSON.stringify(validate.errors, null, 2)}`);
  }
});

test('the schema refuses a file without a review date, with a bad date, or with a widget it does not know', () => {
  const validate = validator();
  const broken = [
    (f) => delete f.widgets['mmn-overview'].lastReviewed,
    (f) => (f.widgets['mmn-vs-als'].lastReviewed = '30 November 2026'),
    (f) => (f.widgets['mmn-vs-als'].nextReview = '2026-13-45'),
    (f) => delete f.widgets['mmn-visit-notes'].sources,
    (f) => (f.widgets['mmn-nope'] = f.widgets['mmn-overview']),
    (f) => (f.locale = 'xx'),
    (f) => (f.widgets['contact-banner'].copy.heading = ''),
    (f) => (f.widgets['mmn-overview'].translation = { checked: '2026-12-01' }),
  ];
  for (const [i, breakIt] of broken.entries()) {
    const copy = file('es');
    breakIt(copy);
    assert.equal(validate(copy), false, `change ${i} was accepted`);
  }
});

test('each file names its package version, language, direction, and per content widget its dates, sources and translation record', () => {
  for (const locale of locales) {
    const f = file(locale);
    assert.equal(f.version, pkg.version);
    assert.equal(f.locale, locale);
    assert.equal(f.dir, locale === 'ar' ? 'rtl' : 'ltr');
    for (const tag of ['mmn-overview', 'mmn-vs-als', 'mmn-visit-notes']) {
      const w = f.widgets[tag];
      assert.match(w.lastReviewed, /^\d{4}-\d{2}-\d{2}$/, `${locale} ${tag}`);
      assert.deepEqual(w.sources, [{ publisher: 'MyIgSource', title: 'Multifocal Motor Neuropathy (MMN)' }]);
      assert.ok('translation' in w);
      if (locale === sourceLocale) assert.equal(w.translation, null);
    }
  }
});

test("the words are the translators', as the widgets show them", () => {
  for (const locale of targetLocales) {
    const f = file(locale);
    assert.equal(f.widgets['mmn-overview'].copy.heading, translation(locale, 'overview.heading'));
    assert.equal(f.widgets['mmn-vs-als'].copy.table.rows[1].als, translation(locale, 'vsAls.table.speed.als'));
    assert.equal(f.widgets['contact-banner'].copy.heading, translation(locale, 'banner.heading'));
    assert.equal(f.common.disclaimer, translation(locale, 'common.disclaimer'));
    assert.equal(f.names.mmn, translation(locale, 'names.mmn'));
  }
  const en = file('en');
  assert.equal(en.widgets['mmn-overview'].copy.heading, 'What is MMN?');
  assert.equal(en.widgets['contact-banner'].copy.heading, 'Talk to {org}');
  assert.equal(en.widgets['mmn-visit-notes'].copy.signs.choices[0].label, 'Weakness in a finger, thumb, or hand');
});
