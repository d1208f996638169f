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
    if (heading) seen.push(heading.textContent!.trim());
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

describe('the first render in a language not loaded yet', () => {
  for (const [index, lang] of targetLocales.entries()) {
    // One widget per language, taking turns, so each language arrives fresh.
    const tag = WIDGET_TAGS[index % WIDGET_TAGS.length];
    it(`<${tag} lang="${lang}"> never shows its English heading first`, async () => {
      const english = document.createElement(tag);
      document.body.append(english);
      await settle(english);
      const englishHeading = english.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim();
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

describe(':state(loading), for the room a page reserved', () => {
  it('is on from connection until the first render in a language still loading, then off', async function () {
    // A language no test above loaded: the last one, on a widget of its own.
    const lang = targetLocales.at(-1)!;
    const el = document.createElement('mmn-vs-als');
    el.lang = lang;
    const reserve = document.createElement('style');
    reserve.textContent = 'mmn-vs-als:is(:not(:defined), :state(loading)) { display: block; min-height: 50em; }';
    document.head.append(reserve);
    try {
      document.body.append(el);
      const during = loadingState(el);
      if (during === null) this.skip(); // no :state() here
      expect(during, 'before the language file arrived').to.be.true;
      expect(el.shadowRoot!.childElementCount, 'nothing rendered yet').to.equal(0);
      expect(el.getBoundingClientRect().height, 'the reserved room holds').to.be.closeTo(50 * parseFloat(getComputedStyle(el).fontSize), 1);
      await settle(el);
      expect(loadingState(el), 'after the first render').to.be.false;
      expect(el.shadowRoot!.querySelector('[part~="heading"]')).to.exist;
    } finally {
      el.remove();
      reserve.remove();
    }
  });

  it('is never on for a widget that renders at once (English)', async () => {
    const el = document.createElement('contact-banner');
    document.body.append(el);
    await settle(el);
    expect(loadingState(el)).to.not.equal(true);
    el.remove();
  });
});
