import { expect } from '@open-wc/testing';
import {
  allWidgets,
  CLASH,
  CLASSIC_BUNDLE,
  container,
  ES_BUNDLE,
  openPage,
  STRICT_CSP,
  TAGS,
  type Page,
} from './harness.js';

// What the widgets promise a host page, checked on real pages that load the
// built files: strict CSP with Trusted Types, no requests but our own files,
// no storage, no globals but Lit's, and loading twice is harmless.

/** The globals Lit itself sets; the widgets add none. (Listed in the README and SECURITY.md.) */
const LIT_GLOBALS = ['litElementVersions', 'litHtmlVersions', 'litPropertyMetadata', 'reactiveElementVersions'];

const BODY = allWidgets();

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
  if (heading)
    expect(p.doc.querySelector('mmn-overview')!.shadowRoot!.querySelector('h2')!.textContent).to.equal(heading);
}

/** Activates every call-to-action, as a reader would. */
function clickEverything(p: Page): void {
  for (const link of p.doc.querySelector('contact-banner')!.shadowRoot!.querySelectorAll<HTMLElement>('a'))
    link.click();
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
    it(`requests only the bundle, the notes' file${lang === 'en' ? '' : ' and its language'} (${lang}), and touches no storage, cookie or network API`, async () => {
      const p = await page({ head: ES_BUNDLE, body: BODY, lang, csp: STRICT_CSP });
      expectAllRendered(p);
      clickEverything(p);
      p.doc.documentElement.lang = lang === 'en' ? 'es' : 'en'; // a live language switch
      await new Promise((resolve) => setTimeout(resolve, 200));
      const { requests } = await p.log();
      const expected = [
        '/page.html',
        '/test/e2e/probe.js',
        '/dist/mmn-widgets.js',
        '/dist/widgets/mmn-visit-notes.js', // BODY has every widget
        ...(lang === 'en' ? ['/dist/locales/es.js'] : ['/dist/locales/de.js']),
      ];
      expect([...new Set(requests)].sort()).to.deep.equal(expected.sort());
      expect(p.probe.apis).to.deep.equal([]);
      expect(p.probe.ctaClicks.map((click) => click.action)).to.deep.equal(['call', 'join', 'facebook']);
      expect(p.doc.cookie).to.equal('');
      expect(p.win.localStorage.length).to.equal(0);
      expect(p.win.sessionStorage.length).to.equal(0);
      if (p.win.indexedDB.databases) expect(await p.win.indexedDB.databases()).to.deep.equal([]);
    });
  }

  it('keeps the visit notes to the page: ticking, typing, printing and copying store nothing and request nothing, under strict CSP', async () => {
    const p = await page({
      head: ES_BUNDLE,
      body: '<mmn-visit-notes></mmn-visit-notes>',
      csp: `${STRICT_CSP}; trusted-types lit-html`,
    });
    await p.win.customElements.whenDefined('mmn-visit-notes');
    const el = p.doc.querySelector('mmn-visit-notes')!;
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const root = el.shadowRoot!;
    const requestsBefore = (await p.log()).requests.length;
    // The probe cancels clicks (to keep the page in place), so tick and type by events.
    const cramps = root.querySelector<HTMLInputElement>('input[value="cramps"]')!;
    cramps.checked = true;
    cramps.dispatchEvent(new Event('change', { bubbles: true }));
    const area = root.querySelector('textarea')!;
    area.value = 'Left hand, 2023';
    area.dispatchEvent(new Event('input', { bubbles: true }));
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    let whilePrinting: unknown;
    p.win.print = () => {
      whilePrinting = { sheets: p.doc.adoptedStyleSheets.length, marked: el.hasAttribute('data-mmn-printing') };
    };
    root
      .querySelector<HTMLButtonElement>('[part~="print"]')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    p.win.dispatchEvent(new Event('afterprint'));
    root
      .querySelector<HTMLButtonElement>('[part~="copy"]')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    // The print-only sheet went into the host document for the print, and out again.
    expect(whilePrinting).to.deep.equal({ sheets: 1, marked: true });
    expect(p.doc.adoptedStyleSheets).to.have.length(0);
    expect(root.querySelector('[part~="sheet"]')!.textContent).to.contain('Left hand, 2023');
    expect(p.probe.violations).to.deep.equal([]);
    expect(p.probe.errors).to.deep.equal([]);
    expect(p.probe.apis).to.deep.equal([]);
    expect((await p.log()).requests.length).to.equal(requestsBefore);
    expect(p.doc.cookie).to.equal('');
    expect(p.win.localStorage.length).to.equal(0);
    expect(p.win.sessionStorage.length).to.equal(0);
  });

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
      expect(p.probe.warnings[0].startsWith(`[mmn-widgets] ${CLASH} `), p.probe.warnings[0]).to.be.true;
      expect(p.probe.warnings[0]).to.match(clash);
    });
  }
});
