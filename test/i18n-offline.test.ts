import { expect, fixture } from '@open-wc/testing';
import '../src/define.js';
import { loadTemplates } from '../src/i18n/load.js';
import { $, settle, until, watchWarnings } from './helpers.js';

// A language file that cannot load: the reader is offline, or the file is
// missing from the server. A file of its own: this page forbids every script
// load from the moment its tests start (a Content-Security-Policy), which
// no other test could live with. Spanish is loaded before that, so a
// language that is already here can be compared with one that cannot come.

const heading = (el: Element) => $(el, '[part~="heading"]').textContent.trim();
/** The language the widget shows, or null before its first render. */
const shownLanguage = (el: Element) => el.shadowRoot?.querySelector<HTMLElement>('[part~="container"]')?.lang ?? null;

describe('a language file that cannot load', () => {
  const warnings = watchWarnings();
  /** Every script the page tried to load and was refused. */
  const refused: string[] = [];
  const COULD_NOT_LOAD = '[mmn-widgets] could not load the fr translation; showing English.';

  before(async () => {
    await loadTemplates('es');
    document.addEventListener('securitypolicyviolation', (event) => refused.push(event.blockedURI));
    const policy = document.createElement('meta');
    policy.httpEquiv = 'Content-Security-Policy';
    policy.content = "script-src 'none'";
    document.head.append(policy);
  });

  it('shows the widget in English, with one warning that names the language', async () => {
    const wrapper = await fixture<HTMLElement>('<div lang="fr"><mmn-overview></mmn-overview></div>');
    const el = wrapper.firstElementChild!;
    await until(() => shownLanguage(el) !== null, 'the widget renders');
    expect(warnings.take()).to.deep.equal([COULD_NOT_LOAD]);
    expect(heading(el)).to.equal('What is MMN?');
    expect(shownLanguage(el)).to.equal('en');
    expect(el.matches(':state(loading)'), 'still marked as loading').to.be.false;
    // Firefox reports the refusal a little after the load has failed.
    await until(() => refused.length > 0, 'the refusal is reported');
    expect(refused).to.have.length(1);
    expect(refused[0]).to.match(/\/locales\/fr\.js$/);
  });

  it('tries again for the next widget in that language', async () => {
    const tries = refused.length;
    const wrapper = await fixture<HTMLElement>('<div lang="fr"><mmn-vs-als></mmn-vs-als></div>');
    const el = wrapper.firstElementChild!;
    await until(() => shownLanguage(el) !== null, 'the widget renders');
    expect(warnings.take()).to.deep.equal([COULD_NOT_LOAD]);
    await until(() => refused.length > tries, 'the file is requested again');
    expect(shownLanguage(el)).to.equal('en');
  });

  it('tries the file again the next time the page asks for that language', async () => {
    const wrapper = await fixture<HTMLElement>('<div lang="fr"><contact-banner></contact-banner></div>');
    const el = wrapper.firstElementChild!;
    await until(() => warnings.take().length === 1, 'the first try fails');
    const tries = refused.length;
    // Taken off the page and put back (a single-page app's route change): a second try.
    el.remove();
    wrapper.append(el);
    await until(() => refused.length > tries, 'the file is requested again');
    await until(() => warnings.take().length === 1, 'the second try fails');
    expect(shownLanguage(el)).to.equal('en');
    // And when lang changes away and back.
    wrapper.lang = 'en';
    await settle(el);
    wrapper.lang = 'fr';
    await until(() => refused.length > tries + 1, 'the file is requested a third time');
    await until(() => warnings.take().length === 1, 'the third try fails');
    expect(shownLanguage(el)).to.equal('en');
  });

  it('keeps a language chosen while the failing one was loading', async () => {
    const wrapper = await fixture<HTMLElement>('<div lang="fr"></div>');
    const el = document.createElement('mmn-overview');
    wrapper.append(el);
    // Spanish is already here, so it shows at once; French fails after.
    wrapper.lang = 'es';
    await until(() => warnings.take().length === 1, 'the French load fails');
    await settle(el);
    expect(shownLanguage(el)).to.equal('es');
    expect(heading(el)).to.equal('¿Qué es la NMM?');
  });
});
