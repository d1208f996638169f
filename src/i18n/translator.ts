import type { msg } from '@lit/localize';
import type { Templates } from './locale-module.js';

/**
 * The type of `@lit/localize`'s `msg`. Content builders take a function of
 * this type as a parameter, so `lit-localize extract` still finds every
 * message (it recognises calls by this type), while each widget passes the
 * translator of its own language: two widgets in two languages share no
 * page-global locale.
 */
export type Msg = typeof msg;

/**
 * A `msg` that looks each message up by its id in `templates`, falling back
 * to the English source text. Every message in this library has an id and
 * is a plain string (placeholders are written `{name}`, see `withValues`).
 */
export function translator(templates?: Templates): Msg {
  const translate = (template: unknown, options?: { id?: string }) => {
    const found = options?.id ? templates?.[options.id] : undefined;
    return typeof found === 'string' ? found : template;
  };
  return translate as Msg;
}

/**
 * Builds a content record once per locale: `(locale, msg) => content`.
 * Content is derived data; caching it keeps re-renders cheap.
 */
export function perLocale<T>(build: (msg: Msg) => T): (locale: string, msg: Msg) => T {
  const cache = new Map<string, T>();
  return (locale, msgFn) => {
    let content = cache.get(locale);
    if (!content) {
      content = build(msgFn);
      cache.set(locale, content);
    }
    return content;
  };
}
