// Readability of patient copy in the languages other than English, from the
// formulas' published definitions. Plain JavaScript with no dependency, so a
// browser test can measure the text it sees (the English Flesch-Kincaid grade
// stays in reading-grade.js, with the `syllable` package).
//
// All three formulas are Flesch's Reading Ease refitted to one language
// (higher is easier; about 60-70 is plain adult prose, 80+ easy):
//   Spanish, Fernández-Huerta (1959): 206.84 − 60 × syllables/word − 1.02 × words/sentence
//     (often misquoted with "sentences per 100 words", which would make
//     shorter sentences harder; the sign shows F is words per sentence:
//     Law, LINGUIST List 22.2332, 2011)
//   French, Kandel & Moles (1958):    207 − 73.6 × syllables/word − 1.015 × words/sentence
//   German, Amstad (1978):            180 − 58.5 × syllables/word − words/sentence
//
// Syllables are counted with a documented vowel-group rule per language (no
// maintained npm package counts Spanish, French and German syllables: the
// registry's `syllable` is English only, and hyphenation patterns such as
// `hyphen` leave short syllables at a word's edges unsplit, so they count
// too few). A syllable is a group of vowel letters, with these rules:
//   es: a strong vowel (a e o, accented or not) next to another strong vowel
//       starts a new syllable (hiatus: "le-er"), as does an accented weak
//       vowel (í ú: "dí-a"); weak i u ü with any vowel stay one (diphthong:
//       "bien", "cuan-do"); y is a vowel only at a word's end ("muy", "y").
//   fr: a final e or es after a consonant is silent ("ra-re", "mala-dies");
//       ë ï (tréma) and é after a vowel start a new syllable ("na-ïf",
//       "my-é-line").
//   de: ä ö ü are vowels; ie, ei, eu, äu, au and doubled vowels are one
//       syllable, as a vowel group already makes them.
// These rules miss some words (French verbs in -ent, German "Pa-ti-ent"),
// by a syllable each; the figures are for following a trend, not a verdict.

const VOWELS = {
  es: 'aeiouáéíóúü',
  fr: 'aeiouyàâéèêëîïôûùüœæ',
  de: 'aeiouyäöü',
};

/** Syllables in one word of `locale` (es, fr, de), by its vowel groups. */
export function syllables(word, locale) {
  const w = word.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (!w) return 0;
  const vowels = VOWELS[locale];
  if (!vowels) throw new Error(`no syllable rule for ${locale}`);
  const isVowel = (ch, i) => vowels.includes(ch) || (locale === 'es' && ch === 'y' && i === w.length - 1);
  let count = 0;
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    if (!isVowel(ch, i)) continue;
    const prev = i > 0 && isVowel(w[i - 1], i - 1) ? w[i - 1] : null;
    if (!prev) count++;
    else if (locale === 'es' && startsSpanishSyllable(prev, ch)) count++;
    else if (locale === 'fr' && 'ëïé'.includes(ch)) count++;
  }
  if (locale === 'fr' && count > 1 && /[^aeiouyàâéèêëîïôûùüœæ](e|es)$/.test(w)) count--;
  return Math.max(count, 1);
}

const STRONG = 'aeoáéó';
const ACCENTED_WEAK = 'íú';

function startsSpanishSyllable(prev, ch) {
  if (ACCENTED_WEAK.includes(prev) || ACCENTED_WEAK.includes(ch)) return true;
  return STRONG.includes(prev) && STRONG.includes(ch);
}

/** Full stops of each script: Latin, CJK full-width, Arabic question mark. */
const SENTENCE_END = /[.!?。！？؟]/;

/**
 * Sentences of the text a reader sees: paragraphs and list items (a block
 * without end punctuation, a list item, counts as one sentence).
 */
export function sentences(blocks) {
  return blocks
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .flatMap((block) => block.split(/(?<=[.!?。！？؟][”’»"\u00a0]*)\s*(?=\S)/u))
    .map((s) => s.trim())
    .filter((s) => s && /[\p{L}\p{N}]/u.test(s))
    .map((s) => (SENTENCE_END.test(s) ? s : `${s}.`));
}

/** Words of a sentence: runs of letters or digits (a Chinese character counts as one). */
export function words(sentence, locale) {
  if (locale === 'zh-Hans') {
    // Chinese is written without spaces: each Han character is counted, and
    // a Latin abbreviation (MMN) as one.
    return sentence.match(/\p{Script=Han}|[\p{L}\p{N}]+/gu) ?? [];
  }
  return sentence.split(/[\s\u00a0]+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

const FORMULAS = {
  es: { name: 'Fernández-Huerta', score: (asl, asw) => 206.84 - 60 * asw - 1.02 * asl },
  fr: { name: 'Kandel-Moles', score: (asl, asw) => 207 - 73.6 * asw - 1.015 * asl },
  de: { name: 'Amstad', score: (asl, asw) => 180 - 58.5 * asw - asl },
};

/**
 * Figures for the blocks a reader sees in `locale`: sentences, words, the
 * average sentence length (words; Han characters in Chinese), the longest
 * sentence, and, in es, fr and de, the language's reading-ease score.
 */
export function readability(blocks, locale) {
  const list = sentences(blocks);
  const perSentence = list.map((s) => words(s, locale));
  const allWords = perSentence.flat();
  const result = {
    locale,
    sentences: list.length,
    words: allWords.length,
    averageSentenceLength: allWords.length / list.length,
    longestSentence: Math.max(...perSentence.map((w) => w.length)),
  };
  const formula = FORMULAS[locale];
  if (formula) {
    const syllableCount = allWords.reduce((sum, word) => sum + syllables(word, locale), 0);
    Object.assign(result, {
      syllables: syllableCount,
      formula: formula.name,
      score: formula.score(allWords.length / list.length, syllableCount / allWords.length),
    });
  }
  return result;
}
