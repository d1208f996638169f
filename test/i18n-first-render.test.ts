import { expect } from '@open-wc/testing';
import { WIDGET_TAGS } from '../src/define.js';
import { targetLocales } from '../src/i18n/match.js';
import { settle } from './helpers.js';

// A file of its own: each test file runs in a fresh page, so no language
// file has been loaded before these tests, and each language is seen
// arriving for the first time.

/** Every text the widget's main heading shows, from its first render on. */
async function headingsWhileLoading(tag: string, lang: string): Promise<string[]> {
  const el = document.createElement(tag);
  el.lang = lang;
  const seen: string[] = [];
  const look = () => {
    const heading = el.shadowRoot?.querySelector('[part~="heading"]');
    if (heading) seen.push(heading.textContent.trim());
  };
  const watcher = new MutationObserver(look);
  document.body.append(el);
  watcher.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
  look();
  await settle(el);
  watcher.disconnect();
  look();
  el.remove();
  return seen;
}

// The last language is left for the `:state(loading)` test below.
describe('the first render in a language not loaded yet', () => {
  for (const [index, lang] of targetLocales.slice(0, -1).entries()) {
    // One widget per language, taking turns, so each language arrives fresh.
    const tag = WIDGET_TAGS[index % WIDGET_TAGS.length];
    it(`<${tag} lang="${lang}"> never shows its English heading first`, async () => {
      const english = document.createElement(tag);
      document.body.append(english);
      await settle(english);
      const englishHeading = english.shadowRoot!.querySelector('[part~="heading"]')!.textContent.trim();
      english.remove();

      const seen = await headingsWhileLoading(tag, lang);
      expect(seen.length, 'the heading was seen').to.be.greaterThan(0);
      expect(seen, `${lang} headings`).to.not.include(englishHeading);
    });
  }
});

/** Whether `el` matches `:state(loading)`; null where the engine has no `:state()`. */
function loadingState(el: Element): boolean | null {
  try {
    return el.matches(':state(loading)');
  } catch {
    return null;
  }
}

/** Lets every queued microtask run (Lit's update is a microtask; a language file is a network request, never one). */
async function microtasks(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

describe(':state(loading), for the room a page reserved', () => {
  it('is on while the first render waits for a language file, then off; an English widget renders at once and drops it', async function () {
    // A language no test above loaded.
    const lang = targetLocales.at(-1)!;
    const waiting = document.createElement('mmn-vs-als');
    waiting.lang = lang;
    const english = document.createElement('mmn-vs-als');
    english.lang = 'en';
    const reserve = document.createElement('style');
    reserve.textContent = 'mmn-vs-als:is(:not(:defined), :state(loading)) { display: block; min-height: 50em; }';
    document.head.append(reserve);
    try {
      document.body.append(waiting, english);
      await microtasks();
      const during = loadingState(waiting);
      if (during === null) this.skip(); // no :state() here
      expect(loadingState(english), 'English rendered at once').to.be.false;
      expect(english.shadowRoot!.querySelector('[part~="heading"]')).to.exist;
      expect(during, 'before the language file arrived').to.be.true;
      expect(waiting.shadowRoot!.childElementCount, 'nothing rendered yet').to.equal(0);
      expect(waiting.getBoundingClientRect().height, 'the reserved room holds').to.be.closeTo(
        50 * parseFloat(getComputedStyle(waiting).fontSize),
        1,
      );
      await settle(waiting);
      expect(loadingState(waiting), 'after the first render').to.be.false;
      expect(waiting.shadowRoot!.querySelector('[part~="heading"]')).to.exist;
    } finally {
      waiting.remove();
      english.remove();
      reserve.remove();
    }
  });
});
