/**
 * How each translation was checked, by language: the date a widget shows in
 * its meta line ("Translated from English. Translation checked on …").
 *
 * Honest by rule: say what kind of person checked what. The review of
 * 2026-12-01 was an independent language review (each language read in full
 * by a reviewer who had not written it), not a review by a native-speaking
 * clinician; say so until one happens. When a language is checked again,
 * change its record here. A new language is published only once its check
 * is recorded here: scripts/locales.js, which writes each record's date into
 * its language file for the meta line, fails the build without one.
 */
export interface TranslationReview {
  /** The day the check ended, `YYYY-MM-DD`. */
  readonly checked: string;
  /** What kind of reviewer checked it. */
  readonly by: string;
  /** What was checked. */
  readonly what: string;
  /** What was done with the findings afterwards, if anything. */
  readonly followUp?: string;
}

const LANGUAGE_REVIEW = {
  checked: '2026-12-01',
  by: 'an independent language reviewer who did not write the translation (not a native-speaking clinician)',
  what: 'every message of every widget, read in full against the English and the source page: meaning, medical terms, hedges, register and placeholders',
  followUp:
    'its S1 and S2 findings were fixed in content round 3 (issue 18), with a glossary of one term per concept; the same day a second independent reader checked every new or changed message against the English and the glossary, and its findings were fixed',
} as const satisfies TranslationReview;

const reviews: ReadonlyMap<string, TranslationReview> = new Map(
  ['es', 'fr', 'de', 'pt-BR', 'zh-Hans', 'ar'].map((locale) => [locale, LANGUAGE_REVIEW]),
);

/** The last check of a language's translation; undefined for English (the source) and for a language never checked. */
export function translationReview(locale: string): TranslationReview | undefined {
  return reviews.get(locale);
}
