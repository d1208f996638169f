import { importLocale } from './generated/import-locale.js';
import type { LocaleModule, TargetLocale, Templates } from './locale-module.js';

const loading = new Map<TargetLocale, Promise<Templates>>();
const loaded = new Map<string, LocaleModule>();

/** A locale's messages if they are already here (so a widget can render in it at once). */
export function loadedTemplates(locale: TargetLocale): Templates | undefined {
  return loaded.get(locale)?.templates;
}

/**
 * A review date (`2026-11-25`) as the loaded language file writes it, so
 * that a page need not pay for Intl's first date format (scripts/locales.js
 * writes these at build time).
 */
export function loadedDate(locale: string, isoDate: string): string | undefined {
  return loaded.get(locale)?.dates?.[isoDate];
}

/** The day the loaded language's translation was last checked, `YYYY-MM-DD`. */
export function loadedTranslationCheck(locale: string): string | undefined {
  return loaded.get(locale)?.translationChecked;
}

/**
 * Loads a language's messages once per page, only when a widget needs it.
 * English is the source and never loads anything. A failed load (offline,
 * a missing file) rejects, and may be tried again later.
 */
export function loadTemplates(locale: TargetLocale): Promise<Templates> {
  let templates = loading.get(locale);
  if (!templates) {
    templates = importLocale(locale).then((module) => {
      loaded.set(locale, module);
      return module.templates;
    });
    templates.catch(() => loading.delete(locale));
    loading.set(locale, templates);
  }
  return templates;
}
