import { expect } from '@open-wc/testing';
import { CLASSIC_BUNDLE, container, ES_BUNDLE, openPage, STRICT_CSP, TAGS, type Page } from './harness.js';

// What the widgets promise a host page, checked on real pages that load the
// built files: strict CSP with Trusted Types, no requests but our own files,
// no storage, no globals but Lit's, and loading twice is harmless.

/** The globals Lit itself sets; the widgets add none. (Listed in the README and SECURITY.md.) */
const LIT_GLOBALS = ['litElementVersions', 'litHtmlVersions', 'litPropertyMetadata', 'reactiveElementVersions'];

const BODY = `
  <mmn-overview></mmn-overview>
  <mmn-vs-als></mmn-vs-als>
  <contact-banner org-name="MMN Friends" join-href="https://example.org/join" facebook-href="https://www.facebook.com/example"></contact-banner>`;

let open: Page[] = [];
async function page(options: Parameters<typeof openPage>[0]): Promise<Page> {
  const p = await openPage(options);
  open.push(p);
  return p;
}
afterEach(() => {
  for (const p of open) p.close();
  open = [];
});

function expectAllRendered(p: Page, heading?: string): void {
  for (const tag of TAGS) {
    const box = container(p.doc.querySelector(tag)!);
    expect(box, `<${tag}> rendered`).to.exist;
    expect(box!.getBoundingClientRect().height, `<${tag}> has height`).to.be.greaterThan(40);
  }
  if (heading) expect(p.doc.querySelector('mmn-overview')!.shadowRoot!.querySelector('h2')!.textContent).to.equal(heading);
}

/** Activates every call-to-action, as a reader would. */
function clickEverything(p: Page): void {
  for (const link of p.doc.querySelector('contact-banner')!.shadowRoot!.querySelectorAll<HTMLElement>('a')) link.click();
}

describe('e2e: a strict Content-Security-Policy with Trusted Types', () => {
  for (const [name, bundle] of [
    ['ES module', ES_BUNDLE],
    ['classic script', CLASSIC_BUNDLE],
  ]) {
    for (const lang of ['en', 'es', 'ar']) {
      it(`renders the ${name} bundle in ${lang} with no violation`, async () => {
        const p = await page({ head: bundle, body: BODY, lang, csp: STRICT_CSP });
        expectAllRendered(p);
        clickEverything(p);
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(p.probe.violations).to.deep.equal([]);
        expect((await p.log()).reports).to.deep.equal([]);
        expect(p.probe.errors).to.deep.equal([]);
      });
    }
  }

  it('needs only the Trusted Types policy named lit-html', async () => {
    const p = await page({ head: ES_BUNDLE, body: BODY, lang: 'fr', csp: `${STRICT_CSP}; trusted-types lit-html` });
    expectAllRendered(p, 'Qu’est-ce que la NMM\u00a0?');
    expect(p.probe.violations).to.deep.equal([]);
    if ('trustedTypes' in p.win) expect([...new Set(p.probe.policies)]).to.deep.equal(['lit-html']);
  });

  it('is caught when a page breaks its policy (the check can fail)', async () => {
    const p = await page({
      head: `${ES_BUNDLE}<script src="https://cdn.example.org/other.js"></script>`,
      body: BODY,
      csp: STRICT_CSP,
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(p.probe.violations.join('\n')).to.contain('cdn.example.org');
  });
});

describe('e2e: privacy', () => {
  for (const lang of ['en', 'de']) {
    it(`requests only the bundle${lang === 'en' ? '' : ' and its language'} (${lang}), and touches no storage, cookie or network API`, async () => {
      const p = await page({ head: ES_BUNDLE, body: BODY, lang, csp: STRICT_CSP });
      expectAllRendered(p);
      clickEverything(p);
      p.doc.documentElement.lang = lang === 'en' ? 'es' : 'en'; // a live language switch
      await new Promise((resolve) => setTimeout(resolve, 200));
      const { requests } = await p.log();
      const expected = ['/page.html', '/test/e2e/probe.js', '/dist/mmn-widgets.js', ...(lang === 'en' ? ['/dist/locales/es.js'] : ['/dist/locales/de.js'])];
      expect([...new Set(requests)].sort()).to.deep.equal(expected.sort());
      expect(p.probe.apis).to.deep.equal([]);
      expect(p.probe.ctaClicks.map((click) => click.action)).to.deep.equal(['call', 'join', 'facebook']);
      expect(p.doc.cookie).to.equal('');
      expect(p.win.localStorage.length).to.equal(0);
      expect(p.win.sessionStorage.length).to.equal(0);
      if (p.win.indexedDB.databases) expect(await p.win.indexedDB.databases()).to.deep.equal([]);
    });
  }

  it('would see a script that stores, sets a cookie or sends a beacon (the check can fail)', async () => {
    const p = await page({ head: '<script src="./test/e2e/fixtures/nosy.js"></script>', body: '' });
    expect(p.probe.apis).to.include.members(['document.cookie =', 'localStorage', 'sendBeacon']);
    p.win.localStorage.clear();
    p.doc.cookie = 'seen=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
  });

  for (const [name, bundle] of [
    ['ES module', ES_BUNDLE],
    ['classic script', CLASSIC_BUNDLE],
  ]) {
    it(`adds no global variable but Lit's own (${name})`, async () => {
      const p = await page({ head: bundle, body: BODY });
      const before = new Set([...p.probe.globalsAtStart, '__probe']);
      const added = Object.getOwnPropertyNames(p.win).filter((name) => !before.has(name));
      expect(added.sort()).to.deep.equal(LIT_GLOBALS.filter((name) => added.includes(name)).sort());
      expect(added.filter((name) => !LIT_GLOBALS.includes(name))).to.deep.equal([]);
    });
  }
});

describe('e2e: loaded twice', () => {
  const cases: [string, string, RegExp][] = [
    [
      'the ES bundle from two URLs',
      `${ES_BUNDLE}<script type="module" src="./dist/mmn-widgets.js?copy=2"></script>`,
      /already defined on this page by mmn-widgets 0\.1\.0; this copy \(0\.1\.0\)/,
    ],
    [
      'the ES and classic bundles together',
      `${CLASSIC_BUNDLE}${ES_BUNDLE}`,
      /already defined on this page by mmn-widgets 0\.1\.0; this copy \(0\.1\.0\)/,
    ],
    [
      'two versions of the library',
      `${ES_BUNDLE}<script type="module" src="./test/e2e/generated/other-version/mmn-widgets.js"></script>`,
      /already defined on this page by mmn-widgets 0\.1\.0; this copy \(0\.0\.9-e2e\)/,
    ],
  ];
  for (const [name, scripts, clash] of cases) {
    it(`throws nothing, keeps every element working and warns once: ${name}`, async () => {
      const p = await page({ head: scripts, body: BODY, lang: 'es' });
      // Both copies have run once the second one's warning is there.
      const deadline = Date.now() + 5000;
      while (!p.probe.warnings.length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      expectAllRendered(p, '¿Qué es la NMM?');
      clickEverything(p);
      expect(p.probe.ctaClicks).to.have.length(3);
      expect(p.probe.errors).to.deep.equal([]);
      expect(p.probe.warnings).to.have.length(1);
      expect(p.probe.warnings[0]).to.match(/^\[mmn-widgets\] <mmn-overview>, <mmn-vs-als>, <contact-banner> /);
      expect(p.probe.warnings[0]).to.match(clash);
    });
  }
});
