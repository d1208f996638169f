import { expect, fixture, html } from '@open-wc/testing';
// Classes only: this page registers each tag itself, in the order a test needs.
import { ContactBanner, defineElements, VERSION } from '../src/index.js';
import { $, settle, watchWarnings } from './helpers.js';

// Registration on pages that are not what the define modules expect: no
// registry at all, our class already registered under a partner's name, a
// tag taken when a site registers its own class through defineElements.

describe('registration on unusual pages', () => {
  const warnings = watchWarnings();

  it('loads where there is no custom-element registry, without an error or a warning', async () => {
    const own = Object.getOwnPropertyDescriptor(window, 'customElements');
    const registry = window.customElements;
    Object.defineProperty(window, 'customElements', { value: undefined, configurable: true, writable: true });
    try {
      // Rejects, and so fails the test, if registering reached for the missing registry.
      await import('../src/mmn-vs-als/define.js');
    } finally {
      if (own) Object.defineProperty(window, 'customElements', own);
      else delete (window as { customElements?: unknown }).customElements;
    }
    expect(window.customElements).to.equal(registry);
    expect(customElements.get('mmn-vs-als')).to.be.undefined;
    expect(warnings.take()).to.deep.equal([]);
  });

  it('leaves <contact-banner> alone, with one warning, when the page registered the class under its own name', async () => {
    customElements.define('partner-banner', ContactBanner);
    await import('../src/contact-banner/define.js');
    const [warning, ...more] = warnings.take();
    expect(more).to.deep.equal([]);
    // The browser's own reason in brackets, worded by each engine.
    expect(warning).to.match(
      new RegExp(
        String.raw`^\[mmn-widgets\] <contact-banner> \(.+\) already defined on this page by another script; ` +
          String.raw`this copy \(${VERSION.replaceAll('.', String.raw`\.`)}\) left it as it is\. Load the library once per page\.$`,
      ),
    );
    expect(customElements.get('contact-banner')).to.be.undefined;
    // The partner's own tag still works.
    const el = await fixture<HTMLElement>(html`<partner-banner></partner-banner>`);
    await settle(el);
    expect($(el, '[part~="heading"]').textContent.trim()).to.equal('Talk to MyIgSource');
  });

  it('names no version for a class of the site’s own that finds its tag taken', () => {
    customElements.define('clinic-note', class extends HTMLElement {});
    expect(() => defineElements({ 'clinic-note': class extends HTMLElement {} })).to.not.throw();
    expect(warnings.take()).to.deep.equal([
      '[mmn-widgets] <clinic-note> already defined on this page by another script; this copy left it as it is. Load the library once per page.',
    ]);
  });
});
