import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { quote, warn } from '../shared/warn.js';
import { loadedTemplates, loadTemplates } from './load.js';
import { allLocales, isRtl, isTarget, matchLocale, type Locale } from './match.js';
import { translator, type Msg } from './translator.js';

type Host = ReactiveControllerHost & HTMLElement;

const ENGLISH = translator();
const warned = new Set<string>();

/** Every connected widget, told when a `lang` attribute changes anywhere in the document. */
const watching = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function watch(controller: LocaleController): void {
  watching.add(controller);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => {
      for (const each of watching) each.refresh();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unwatch(controller: LocaleController): void {
  watching.delete(controller);
  if (!watching.size) {
    observer?.disconnect();
    observer = undefined;
  }
}

/**
 * The language the page asks of `element`: its own `lang`, else the nearest
 * ancestor's (through shadow roots), which ends at `<html lang>`. `null`
 * when none says.
 */
export function requestedLanguage(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang')!.trim();
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

/**
 * Gives one widget its own language, independent of every other widget on
 * the page: two widgets in two languages each get their own translator.
 * Follows `lang` changes live, loads a language's messages lazily, and holds
 * the first render until they are there, so the reader never sees English
 * flash before their language.
 */
export class LocaleController implements ReactiveController {
  /** The language now rendered. */
  locale: Locale = 'en';
  /** Translates into `locale`. */
  msg: Msg = ENGLISH;
  /** Resolves when the language being loaded is in place. */
  pending: Promise<void> | undefined;

  private wanted: Locale = 'en';

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  get dir(): 'rtl' | 'ltr' {
    return isRtl(this.locale) ? 'rtl' : 'ltr';
  }

  hostConnected(): void {
    watch(this);
    this.refresh();
  }

  hostDisconnected(): void {
    unwatch(this);
  }

  /** Looks again at the language the page asks for, and switches to it. */
  refresh(): void {
    if (this.host.isConnected) this.use(requestedLanguage(this.host));
  }

  /**
   * Switches to the language `requested` (a BCP 47 tag, or null for none).
   * When its messages are already loaded (a second widget in the same
   * language, or server rendering after `loadTemplates`), at once.
   */
  use(requested: string | null): void {
    let next: Locale = 'en';
    if (requested) {
      const matched = matchLocale(requested);
      if (matched) next = matched;
      else if (!warned.has(requested)) {
        warned.add(requested);
        warn(`no translation for lang=${quote(requested)}; showing English. Languages: ${allLocales.join(', ')}.`);
      }
    }
    if (next === this.wanted) return;
    this.wanted = next;
    if (!isTarget(next)) {
      this.apply(next, ENGLISH);
      return;
    }
    const ready = loadedTemplates(next);
    if (ready) {
      this.apply(next, translator(ready));
      return;
    }
    this.pending = loadTemplates(next).then(
      (templates) => {
        if (this.wanted === next) this.apply(next, translator(templates));
      },
      () => {
        warn(`could not load the ${next} translation; showing English.`);
        if (this.wanted !== next) return;
        // Forget the wish, so the next look at the page (a lang change, the
        // widget connected again) tries the language file again.
        this.wanted = 'en';
        this.apply('en', ENGLISH);
      },
    );
  }

  private apply(locale: Locale, msg: Msg): void {
    this.locale = locale;
    this.msg = msg;
    this.pending = undefined;
    this.host.requestUpdate();
  }
}
