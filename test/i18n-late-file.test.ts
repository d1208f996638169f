import { expect } from '@open-wc/testing';
import '../src/define.js';
import { loadTemplates } from '../src/i18n/load.js';
import { $, settle, until, watchWarnings } from './helpers.js';

// A file of its own, so the German language file has not been loaded before:
// the page changes its mind while that file is on its way, and the file then
// arrives late.

const shownLanguage = (el: Element) => el.shadowRoot?.querySelector<HTMLElement>('[part~="container"]')?.lang ?? null;

describe('a language file that arrives after the page changed its language', () => {
  watchWarnings();

  it('leaves the widget in the language the page asks for now', async () => {
    const el = document.createElement('mmn-overview');
    el.lang = 'de';
    document.body.append(el);
    try {
      // Before German has arrived, the page asks for English.
      el.lang = 'en';
      await until(() => shownLanguage(el) === 'en', 'the widget shows English');
      // Now the German file is here: the same load the widget started, whose
      // handler ran before this await resumes.
      await loadTemplates('de');
      await settle(el);
      expect(shownLanguage(el)).to.equal('en');
      expect($(el, '[part~="heading"]').textContent.trim()).to.equal('What is MMN?');
    } finally {
      el.remove();
    }
  });
});
