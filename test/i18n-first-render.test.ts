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
