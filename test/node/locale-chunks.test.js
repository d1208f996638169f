// The script-tag bundles load dist/locales/<locale>.js, keyed by short ids;
// npm users load dist/i18n/locales/<locale>.js, keyed by the translators' ids.
// Both must hold the same translations, and every id the bundle asks for must
// be in each chunk, or a reader would silently see English. Run after the build.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { units } from '../../scripts/check-translations.js';

const { targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const bundle = readFileSync('dist/mmn-widgets.js', 'utf8');
const bundleIds = [...bundle.matchAll(/\{id:"(\w+)"\}/g)].map((m) => m[1]);
// Each message call in the bundle: its English text and its short id.
const bundleMessages = [...bundle.matchAll(/\("((?:[^"\\]|\\.)*)",\{id:"(\w+)"\}\)/g)].map(([, text, id]) => ({ english: JSON.parse(`"${text}"`), id }));

test('the bundle asks for every message by a short id', () => {
  assert.equal(new Set(bundleIds).size, 69);
  assert.ok(bundleIds.every((id) => /^[0-9a-z]{1,2}$/.test(id)), bundleIds.join(' '));
  assert.ok(!bundle.includes('overview.heading'), 'a long id was left in the bundle');
});

for (const locale of targetLocales) {
  test(`${locale}: the bundle's chunk and the npm chunk hold the same translations`, async () => {
    const { templates: short } = await import(`../../dist/locales/${locale}.js`);
    const { templates: long } = await import(`../../dist/i18n/locales/${locale}.js`);
    assert.deepEqual(Object.values(short).sort(), Object.values(long).sort());
    assert.ok(Object.keys(long).every((id) => id.includes('.')));
    for (const id of bundleIds) assert.equal(typeof short[id], 'string', `${locale} lacks message ${id}`);
  });

  test(`${locale}: each message in the bundle shows the translation of its own English text`, async () => {
    const { templates: short } = await import(`../../dist/locales/${locale}.js`);
    const translations = new Map(); // English → its translations, as the translators' XLIFF gives them
    for (const { source, target } of units(readFileSync(`xliff/${locale}.xlf`, 'utf8')).values()) {
      translations.set(source, [...(translations.get(source) ?? []), target]);
    }
    assert.equal(bundleMessages.length, bundleIds.length);
    for (const { english, id } of bundleMessages) {
      assert.ok(translations.get(english)?.includes(short[id]), `${locale} shows ${JSON.stringify(short[id])} for ${JSON.stringify(english)}`);
    }
  });
}
