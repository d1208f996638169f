// One word per concept in every language: every message of every widget, in
// English (from the source) and in each language (the xliff targets), is
// checked against xliff/glossary.json. No build needed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { englishMessages, units } from '../../scripts/check-translations.js';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const glossary = JSON.parse(readFileSync(`${config.interchange.xliffDir}/glossary.json`, 'utf8'));
const LOCALES = [config.sourceLocale, ...config.targetLocales];

const english = englishMessages();
/** `locale → (id → text)`: the source for English, the targets for the others. */
const messages = new Map([
  [config.sourceLocale, english],
  ...config.targetLocales.map((locale) => {
    const xliff = units(readFileSync(`${config.interchange.xliffDir}/${locale}.xlf`, 'utf8'));
    return [locale, new Map([...english.keys()].map((id) => [id, xliff.get(id)?.target ?? '']))];
  }),
]);

/** NFC, without Arabic short vowels and tatweel, so a pattern need not spell them. */
export const normalize = (text) => text.normalize('NFC').replace(/[\u064b-\u065f\u0670\u0640]/g, '');

// `\b` in a glossary pattern: a boundary between a letter (or digit) of any script and a non-letter.
const LETTER = '[\\p{L}\\p{M}\\p{N}]';
const BOUNDARY = `(?:(?<=${LETTER})(?!${LETTER})|(?<!${LETTER})(?=${LETTER}))`;

/** The glossary's pattern as a RegExp (case-insensitive unless `flags` says otherwise). */
export function pattern(source, flags = 'iu') {
  return new RegExp(source.replaceAll('\\b', BOUNDARY), flags.includes('g') ? flags : `${flags}g`);
}

const matches = (text, re) => [...normalize(text).matchAll(re)].map((m) => m[0]);

/** Each match, widened to the whole words it touches, as a reader would find it. */
function words(text, re) {
  const plain = normalize(text);
  const letter = new RegExp(LETTER, 'u');
  return [...plain.matchAll(re)].map((m) => {
    let [start, end] = [m.index, m.index + m[0].length];
    while (start > 0 && letter.test(plain[start - 1])) start--;
    while (end < plain.length && letter.test(plain[end])) end++;
    return plain.slice(start, end).trim();
  });
}

/** Every (concept, locale, term) of the glossary. */
const entries = glossary.concepts.flatMap((concept) =>
  Object.entries(concept.terms).map(([locale, term]) => ({ concept, locale, term })),
);

test('the glossary names every language, and every concept has a term in each', () => {
  assert.deepEqual([...glossary.locales].sort(), [...LOCALES].sort());
  for (const concept of glossary.concepts) {
    assert.deepEqual(Object.keys(concept.terms).sort(), [...LOCALES].sort(), concept.id);
    for (const [locale, term] of Object.entries(concept.terms)) {
      assert.ok(term.use && term.find && Array.isArray(term.avoid), `${concept.id} ${locale}: use, find and avoid`);
      assert.ok(concept.note && concept.concept, `${concept.id}: says what the concept is`);
    }
  }
});

test('each pattern catches its own example of the variant, and none of the texts it allows', () => {
  for (const { concept, locale, term } of entries) {
    assert.ok(
      matches(term.use, pattern(term.find, term.flags)).length,
      `${concept.id} ${locale}: "${term.find}" finds the term to use, "${term.use}"`,
    );
    for (const avoid of term.avoid) {
      const re = pattern(avoid.pattern, avoid.flags);
      const where = `${concept.id} ${locale} "${avoid.variant}"`;
      assert.ok(avoid.why && avoid.example, `${where}: says why, and gives an example`);
      assert.ok(
        matches(avoid.example, re).length,
        `${where}: /${avoid.pattern}/ does not catch its example "${avoid.example}"`,
      );
      for (const ok of avoid.allowed ?? [])
        assert.deepEqual(matches(ok, re), [], `${where}: catches "${ok}", which it allows`);
    }
  }
});

test('every exception names a message that exists and still needs it', () => {
  const stale = [];
  for (const { concept, locale, term } of entries) {
    const texts = messages.get(locale);
    for (const avoid of term.avoid) {
      for (const [id, why] of Object.entries(avoid.except ?? {})) {
        assert.ok(why, `${concept.id} ${locale} ${id}: an exception says why`);
        if (!texts.has(id)) stale.push(`${locale} ${id}: no such message (${concept.id}, "${avoid.variant}")`);
        else if (!matches(texts.get(id), pattern(avoid.pattern, avoid.flags)).length) {
          stale.push(`${locale} ${id}: no longer writes "${avoid.variant}" (${concept.id}): remove the exception`);
        }
      }
    }
    for (const [id, why] of Object.entries(term.absent ?? {})) {
      assert.ok(why, `${concept.id} ${locale} ${id}: an exception says why`);
      const en = english.get(id);
      if (en === undefined) stale.push(`${locale} ${id}: no such message (${concept.id})`);
      else if (!matches(en, pattern(concept.terms.en.find, concept.terms.en.flags)).length) {
        stale.push(`${locale} ${id}: its English no longer names ${concept.id}: remove the exception`);
      } else if (matches(messages.get(locale).get(id), pattern(term.find, term.flags)).length) {
        stale.push(`${locale} ${id}: now names ${concept.id} with "${term.use}": remove the exception`);
      }
    }
  }
  assert.deepEqual(stale, []);
});

for (const locale of LOCALES) {
  test(`${locale}: no message uses a variant the glossary says to avoid`, () => {
    const found = [];
    for (const concept of glossary.concepts) {
      const term = concept.terms[locale];
      for (const avoid of term.avoid) {
        const re = pattern(avoid.pattern, avoid.flags);
        for (const [id, text] of messages.get(locale)) {
          if (avoid.except?.[id]) continue;
          for (const variant of words(text, re)) {
            found.push(`${locale} ${id}: "${variant}" (${concept.id}: ${avoid.why}); use "${term.use}"`);
          }
        }
      }
    }
    assert.ok(messages.get(locale).size > 20, `${messages.get(locale).size} messages`);
    assert.deepEqual(found, [], `\n  ${found.join('\n  ')}\n`);
  });

  test(`${locale}: where the English names a concept, the message names it with the glossary's term`, () => {
    const missing = [];
    let checked = 0;
    for (const concept of glossary.concepts) {
      const inEnglish = pattern(concept.terms.en.find, concept.terms.en.flags);
      const term = concept.terms[locale];
      const re = pattern(term.find, term.flags);
      for (const [id, source] of english) {
        if (!matches(source, inEnglish).length || term.absent?.[id]) continue;
        checked++;
        if (!matches(messages.get(locale).get(id), re).length) {
          missing.push(`${locale} ${id}: names ${concept.id} without "${term.use}": "${messages.get(locale).get(id)}"`);
        }
      }
    }
    assert.ok(checked > 40, `${checked} messages name a concept`);
    assert.deepEqual(missing, [], `\n  ${missing.join('\n  ')}\n`);
  });
}
