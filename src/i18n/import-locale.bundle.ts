import type { LocaleModule, TargetLocale } from './locale-module.js';

/**
 * The script-tag bundles' stand-in for `generated/import-locale.ts` (rollup
 * swaps it in): a language file is loaded from `locales/` beside the bundle,
 * on the script's own origin, only when a widget shows that language. The
 * classic (IIFE) bundle cannot split code, so it cannot use literal imports.
 */
export function importLocale(locale: TargetLocale): Promise<LocaleModule> {
  return import(/* @vite-ignore */ /* webpackIgnore: true */ new URL(`./locales/${locale}.js`, import.meta.url).href);
}
