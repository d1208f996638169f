// The language files, as built: what a reader of each language is shown
// must be the translators' text for each message, reachable both ways a
// page loads it. Run after the build.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { englishMessages, units } from '../../scripts/check-translations.js';

const { targetLocales, interchange } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const english = englishMessages();

test('the source has messages to translate', () => {
  assert.ok(english.size > 20, `${english.size} messages`);
});

for (const locale of targetLocales) {
  test(`${locale}: its language file holds, for each message, the translators' text, and nothing else`, async () => {
    const file = readFileSync(`dist/locales/${locale}.js`, 'utf8');
    assert.doesNotMatch(file, /\bimport\b/, 'a language file loads nothing else');
    const { templates } = await import(`../../dist/locales/${locale}.js`);
    const xliff = units(readFileSync(`${interchange.xliffDir}/${locale}.xlf`, 'utf8'));
    assert.deepEqual(Object.keys(templates).sort(), [...english.keys()].sort());
    for (const id of english.keys()) assert.equal(templates[id], xliff.get(id).target, `${locale} ${id}`);
  });

  test(`${locale}: the npm modules reach the same file through their literal import`, async () => {
    const { loadTemplates, loadedDate } = await import('../../dist/i18n/load.js');
    const viaNpm = await loadTemplates(locale);
    const { templates, dates } = await import(`../../dist/locales/${locale}.js`);
    assert.equal(viaNpm, templates, 'the same module instance');
    const [iso] = Object.keys(dates);
    assert.ok(iso, 'the file carries a review date');
    assert.equal(loadedDate(locale, iso), dates[iso]);
    assert.match(dates[iso], new RegExp(iso.slice(0, 4)), 'the written date has its year');
    assert.notEqual(dates[iso], iso, 'the date is written out, not left as YYYY-MM-DD');
  });
}
