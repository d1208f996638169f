// Flesch-Kincaid grade of patient copy, computed in Node for the browser
// tests (the test sends the text a reader sees; see web-test-runner.config.js).
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/**
 * @param {string[]} blocks paragraphs and list items; a block without end
 *   punctuation (a list item) counts as one sentence.
 */
export function readingGrade(blocks) {
  const text = blocks
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((block) => (/[.!?]$/.test(block) ? block : `${block}.`))
    .join(' ');
  const sentences = text.split(/(?<=[.!?])\s+/).filter(Boolean);
  const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  const syllables = words.reduce((sum, word) => sum + syllable(word), 0);
  return {
    sentences: sentences.length,
    words: words.length,
    syllables,
    grade: fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables }),
    longestSentence: Math.max(...sentences.map((s) => s.split(/\s+/).length)),
  };
}
