/**
 * Who checked each language's translation against the English copy, and when.
 *
 * STUB: replaced by issue 18's record at merge. Until then no translation
 * has a recorded check, so every language gives `undefined` (as English, the
 * source, always will). The content files (scripts/build-content.js) carry
 * whatever this returns.
 */
export interface TranslationReview {
  /** The day the translation was checked, `YYYY-MM-DD`. */
  readonly checked: string;
  /** Who checked it. */
  readonly by: string;
  /** What was checked. */
  readonly what: string;
}

/** The check of `locale`'s translation; `undefined` for English and for a language not checked yet. */
export function translationReview(locale: string): TranslationReview | undefined {
  void locale;
  return undefined;
}
