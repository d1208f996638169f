import type { Locale } from './match.js';
import type { Templates } from './translator.js';

/** What a locale module holds: its messages, and its review dates already written out. */
type LocaleModule = { templates: Templates; dates?: Readonly<Record<string, string>> };

const loading = new Map<Locale, Promise<Templates>>();
const loaded = new Map<string, LocaleModule>();

/** A locale's messages if they are already here (so a widget can render in it at once). */
export function loadedTemplates(locale: Locale): Templates | undefined {
  return loaded.get(locale)?.templates;
}

/**
 * A review date (`2026-11-25`) as the loaded locale module writes it, so
 * that a page need not pay for Intl's first date format
 * (scripts/locale-dates.js writes these at build time).
 */
export function loadedDate(locale: string, isoDate: string): string | undefined {
  return loaded.get(locale)?.dates?.[isoDate];
}

/**
 * Loads a locale's messages from `./locales/<locale>.js` beside this module
 * (beside the bundle, in the script-tag build): same origin as the script,
 * only when a widget needs that language, once per page. English is the
 * source and never loads anything.
 */
export function loadTemplates(locale: Locale): Promise<Templates> {
  let templates = loading.get(locale);
  if (!templates) {
    const url = new URL(`./locales/${locale}.js`, import.meta.url).href;
    templates = import(/* @vite-ignore */ /* webpackIgnore: true */ url).then(
      (module: LocaleModule) => {
        loaded.set(locale, module);
        return module.templates;
      },
    );
    // A failed load (offline, a missing file) may be tried again later.
    templates.catch(() => loading.delete(locale));
    loading.set(locale, templates);
  }
  return templates;
}
