import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
// The npm entry: classes only. Nothing may be registered by importing it.
import { ContactBanner, defineElements, MmnOverview, MmnVsAls, VERSION, WIDGET_TAGS } from '../src/index.js';
import { $, settle, watchWarnings } from './helpers.js';

describe('registration', () => {
  const warnings = watchWarnings();

  it('registers nothing when the classes are imported', () => {
    expect(WIDGET_TAGS.length).to.be.at.least(3);
    for (const tag of WIDGET_TAGS) {
      expect(customElements.get(tag), tag).to.be.undefined;
    }
  });

  it('lets a site register a widget under its own tag name', async () => {
    customElements.define('clinic-mmn-info', class extends MmnOverview {});
    const el = await fixture(html`<clinic-mmn-info heading-level="3"></clinic-mmn-info>`);
    await settle(el);
    expect($(el, 'h3').textContent).to.equal('What is MMN?');
  });

  it('registers the default tags from the define module, and a second load is harmless', async () => {
    await import('../src/define.js');
    expect(customElements.get('mmn-overview')).to.equal(MmnOverview);
    expect(customElements.get('mmn-vs-als')).to.equal(MmnVsAls);
    expect(customElements.get('contact-banner')).to.equal(ContactBanner);
    // The same module from another URL is a second copy of the module.
    const secondCopy = '../src/define.ts?second-load';
    await import(secondCopy);
    await import('../src/contact-banner/define.js');
    expect(warnings.take()).to.deep.equal([]);
  });

  it('leaves tags to the copy that came first and warns once, naming the clash', async () => {
    await import('../src/define.js');
    class OtherOverview extends MmnOverview {
      static override readonly version = '9.9.9';
    }
    class OtherBanner extends ContactBanner {}
    expect(() => defineElements({ 'mmn-overview': OtherOverview, 'contact-banner': OtherBanner })).to.not.throw();
    expect(customElements.get('mmn-overview')).to.equal(MmnOverview);
    const [warning, ...more] = warnings.take();
    expect(more).to.deep.equal([]);
    expect(warning).to.equal(
      `[mmn-widgets] <mmn-overview>, <contact-banner> already defined on this page by mmn-widgets ${VERSION}; ` +
        'this copy (9.9.9) left them as they are. Load the library once per page.',
    );
    // The widgets already on the page still work.
    const el = await fixture(staticHtml`<${unsafeStatic('mmn-overview')}></${unsafeStatic('mmn-overview')}>`);
    await settle(el);
    expect($(el, 'h2').textContent).to.equal('What is MMN?');
  });

  it('warns instead of throwing when a tag is held by a class that is not ours', () => {
    customElements.define('mmn-taken', class extends HTMLElement {});
    expect(() => defineElements({ 'mmn-taken': MmnVsAls })).to.not.throw();
    expect(warnings.take()).to.deep.equal([
      `[mmn-widgets] <mmn-taken> already defined on this page by another script; this copy (${VERSION}) left it as it is. Load the library once per page.`,
    ]);
  });

  it('keeps its version equal to package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
    expect(MmnOverview.version).to.equal(pkg.version);
  });
});
