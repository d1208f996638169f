import { allLocales, sourceLocale, targetLocales } from './generated/locale-codes.js';
import type { Locale, TargetLocale } from './locale-module.js';

export type { Locale, TargetLocale };
export { allLocales, sourceLocale, targetLocales };

/** Languages written right to left (by their usual script). */
const RTL_LANGUAGES: ReadonlySet<string> = new Set(['ar', 'ckb', 'dv', 'fa', 'he', 'ps', 'sd', 'ug', 'ur', 'yi']);

interface Candidate {
  readonly locale: Locale;
  readonly language: string;
  readonly script?: string;
  readonly region?: string;
}

let candidates: readonly Candidate[] | undefined;

/** The locales of lit-localize.json, parsed once, on first use. */
function all(): readonly Candidate[] {
  candidates ??= allLocales.map((locale) => {
    const { language, script, region } = new Intl.Locale(locale);
    return { locale, language, script, region };
  });
  return candidates;
}

/**
 * Matches a BCP 47 language tag to one of our locales (lit-localize.json):
 * the same language, and the same script where our locale names one; then
 * the same region if several remain. So `es-MX` → `es`, `pt-PT` → `pt-BR`,
 * `zh-CN` → `zh-Hans` (its script, Hans, is implied by the region), while
 * `zh-TW` (Hant) finds nothing. Returns `null` for a language we do not have
 * and for a tag that is not valid BCP 47.
 */
export function matchLocale(tag: string): Locale | null {
  let requested: Intl.Locale;
  try {
    requested = new Intl.Locale(Intl.getCanonicalLocales(tag)[0]);
  } catch {
    return null;
  }
  let found = all().filter((candidate) => candidate.language === requested.language);
  // Only a language we have in a named script needs the requested one's
  // script, guessed from its region where not written (maximize() costs
  // about 8 ms the first time on a page, so only then).
  if (found.some((candidate) => candidate.script)) {
    const script = requested.script ?? requested.maximize().script;
    found = found.filter((candidate) => !candidate.script || candidate.script === script);
  }
  if (found.length > 1) found = found.filter((candidate) => candidate.region === requested.region).concat(found);
  return found[0]?.locale ?? null;
}

export function isRtl(locale: Locale): boolean {
  return RTL_LANGUAGES.has(locale.split('-')[0]);
}

/** Whether a locale has a language file to load (every one but the source). */
export function isTarget(locale: Locale): locale is TargetLocale {
  return locale !== sourceLocale;
}
