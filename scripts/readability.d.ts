/** Types of readability.js, for the browser test that imports it. */
export interface Readability {
  locale: string;
  sentences: number;
  words: number;
  /** Words a sentence (Han characters in Chinese). */
  averageSentenceLength: number;
  longestSentence: number;
  /** es, fr and de only. */
  syllables?: number;
  formula?: 'Fernández-Huerta' | 'Kandel-Moles' | 'Amstad';
  score?: number;
}
export function syllables(word: string, locale: string): number;
export function sentences(blocks: string[]): string[];
export function words(sentence: string, locale: string): string[];
export function readability(blocks: string[], locale: string): Readability;
