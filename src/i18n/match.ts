import { allLocales } from './locale-codes.js';

export type Locale = (typeof allLocales)[number];

const SIMPLE: ReadonlySet<string> = new Set(['en', 'es', 'fr', 'de', 'ar']);
const RTL: ReadonlySet<Locale> = new Set(['ar']);

/**
 * Matches a BCP 47 language tag to a locale we have: `es-MX` → `es`,
 * `pt`/`pt-PT` → `pt-BR`, `zh`/`zh-CN`/`zh-Hans-SG` → `zh-Hans`, `en-GB` → `en`.
 * Traditional Chinese (`zh-TW`, `zh-Hant`) and any other language return
 * `null`, as does a tag that is not valid BCP 47.
 */
export function matchLocale(tag: string): Locale | null {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(Intl.getCanonicalLocales(tag)[0]);
  } catch {
    return null;
  }
  const { language } = locale;
  // Only Chinese needs its script, guessed from the region (zh-CN → Hans,
  // zh-TW → Hant). maximize() costs about 8 ms the first time on a page, so
  // the other languages do without it.
  if (language === 'zh') return locale.maximize().script === 'Hans' ? 'zh-Hans' : null;
  if (language === 'pt') return 'pt-BR';
  return SIMPLE.has(language) ? (language as Locale) : null;
}

export function isRtl(locale: Locale): boolean {
  return RTL.has(locale);
}

export { allLocales };
