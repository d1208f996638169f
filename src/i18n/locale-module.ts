import type { allLocales, targetLocales } from './generated/locale-codes.js';

/** Every language the widgets speak, English first among equals: lit-localize.json is the one list. */
export type Locale = (typeof allLocales)[number];

/** A language that has a language file (every one but English, the source). */
export type TargetLocale = (typeof targetLocales)[number];

/** A locale's messages by id, as `lit-localize build` writes them. */
export type Templates = Readonly<Record<string, unknown>>;

/**
 * What a language file holds: its messages, the content's review dates
 * written in that language, and the day its translation was last checked
 * (from src/content/translation-reviews.ts).
 */
export interface LocaleModule {
  readonly templates: Templates;
  readonly dates?: Readonly<Record<string, string>>;
  readonly translationChecked?: string;
}
