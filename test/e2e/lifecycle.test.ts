import { expect } from '@open-wc/testing';
import { container, ES_BUNDLE, openPage, rendered, TAGS, type Page } from './harness.js';

// The custom-element lifecycle a host page can put the widgets through.

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const heading = (el: Element) => el.shadowRoot!.querySelector('[part~="heading"]')!;

describe('e2e: element lifecycle', () => {
  let page: Page;
  afterEach(() => page.close());

  it('keeps properties set before the script loaded, once upgraded', async () => {
    page = await openPage({
      head: ES_BUNDLE,
      body: '<script src="./test/e2e/fixtures/early.js"></script>',
      waitFor: ['contact-banner', 'mmn-overview'],
    });
    const banner = page.doc.getElementById('early-banner')!;
    expect(heading(banner).localName).to.equal('h4');
    const call = banner.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="cta-call"]')!;
    expect(call.href).to.equal('tel:+15550102000');
    expect(banner.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="cta-join"]')!.href).to.equal(
      'https://example.org/early',
    );
    expect(banner.shadowRoot!.textContent).to.contain('Early Org');
    const overview = page.doc.getElementById('early-overview')!;
    expect(container(overview)!.className).to.contain('theme-dark');
    expect(heading(overview).textContent).to.equal('¿Qué es la NMM?');
    expect(page.probe.errors).to.deep.equal([]);
  });

  it('survives being detached and reattached, and still follows the page', async () => {
    page = await openPage({
      head: ES_BUNDLE,
      body: '<div id="a"><mmn-overview></mmn-overview></div><div id="b"></div>',
    });
    const el = page.doc.querySelector<Widget>('mmn-overview')!;
    const first = heading(el);
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 20));
    page.doc.getElementById('b')!.append(el);
    await el.updateComplete;
    expect(heading(el)).to.equal(first); // the same rendered nodes, not a rebuild
    expect(container(el)!.isConnected).to.be.true;

    page.doc.documentElement.lang = 'de';
    const deadline = Date.now() + 3000;
    while (heading(el).textContent !== 'Was ist MMN?' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(heading(el).textContent).to.equal('Was ist MMN?');

    // Moving it many times leaves no duplicate content behind.
    for (let i = 0; i < 20; i += 1) page.doc.getElementById(i % 2 ? 'a' : 'b')!.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~="container"]')).to.have.length(1);
    expect(page.probe.errors).to.deep.equal([]);
  });

  it('follows attribute changes after the first render', async () => {
    page = await openPage({ head: ES_BUNDLE, body: '<contact-banner></contact-banner>', waitFor: ['contact-banner'] });
    const el = page.doc.querySelector<Widget>('contact-banner')!;
    expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(1);
    el.setAttribute('join-href', 'https://example.org/join');
    el.setAttribute('facebook-href', 'https://www.facebook.com/example');
    el.setAttribute('heading-level', '5');
    el.setAttribute('theme', 'dark');
    el.setAttribute('phone', '555 010 2000');
    el.setAttribute('org-name', 'Later Org');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(3);
    expect(heading(el).localName).to.equal('h5');
    expect(container(el)!.className).to.contain('theme-dark');
    expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="cta-call"]')!.href).to.equal('tel:5550102000');
    expect(el.shadowRoot!.textContent).to.contain('Later Org');
    el.removeAttribute('join-href');
    el.removeAttribute('theme');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(2);
    expect(container(el)!.className).to.contain('theme-light');
  });

  it('renders 100 widgets on one page', async () => {
    const tags = [...TAGS];
    const body = Array.from({ length: 100 }, (_, i) => {
      const tag = tags[i % tags.length];
      return `<${tag} heading-level="${(i % 6) + 1}" theme="${i % 2 ? 'dark' : 'light'}" lang="${['en', 'es', 'ar', 'zh'][i % 4]}"></${tag}>`;
    }).join('');
    page = await openPage({ head: ES_BUNDLE, body });
    await rendered(page.win, page.doc, tags);
    const all = [...page.doc.body.querySelectorAll(tags.join(','))];
    expect(all).to.have.length(100);
    for (const [i, el] of all.entries()) {
      expect(heading(el).localName, `widget ${i}`).to.equal(`h${(i % 6) + 1}`);
      expect(container(el)!.lang, `widget ${i}`).to.equal(['en', 'es', 'ar', 'zh-Hans'][i % 4]);
    }
    const { requests } = await page.log();
    // Each language once, however many widgets use it.
    expect(requests.filter((path) => path.includes('/locales/')).sort()).to.deep.equal([
      '/dist/locales/ar.js',
      '/dist/locales/es.js',
      '/dist/locales/zh-Hans.js',
    ]);
    expect(page.probe.errors).to.deep.equal([]);
    expect(page.probe.warnings).to.deep.equal([]);
  });
});
