import { expect } from '@open-wc/testing';
import { WIDGET_TAGS } from '../../src/widgets.js';
import { allWidgets, CLASH, container } from './harness.js';

// The built files, loaded the way a partner's page loads them: a page with
// only the script tag(s) and the three elements. Run `npm run build` first
// (`npm test` does).

interface Loaded {
  doc: Document;
  warnings: string[];
  errors: string[];
  /** Paths the page requested, from the Resource Timing API. */
  requests: string[];
}

async function page(
  scripts: string,
  lang = 'en',
  body = allWidgets({ 'mmn-vs-als': 'heading-level="3"' }),
): Promise<Loaded> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head>
    <script>
      window.seen = { warnings: [], errors: [] };
      const warn = console.warn;
      console.warn = (...a) => { seen.warnings.push(a.join(' ')); warn(...a); };
      addEventListener('error', (e) => seen.errors.push(String(e.message)));
    </script>
    ${scripts}
    </head><body>
    ${body}
    </body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { seen: { warnings: string[]; errors: string[] } };
  const doc = frame.contentDocument!;
  const requests = () =>
    win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname + new URL(entry.name).search);
  if (!scripts) return { doc, ...win.seen, requests: requests() };
  await Promise.all(WIDGET_TAGS.map((tag) => win.customElements.whenDefined(tag)));
  for (const el of doc.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('body > *')) {
    await el.updateComplete;
  }
  return { doc, ...win.seen, requests: requests() };
}

const ES = '<script type="module" src="/dist/mmn-widgets.js"></script>';
const CLASSIC = '<script src="/dist/mmn-widgets.iife.js"></script>';
const NOTES_FILE = '/dist/widgets/mmn-visit-notes.js';
/** What a reader sees of the first `tag` on the page ('' when it rendered nothing). */
const text = (doc: Document, tag: string) => container(doc.querySelector(tag)!)?.innerText ?? '';

function expectEveryWidget(doc: Document): void {
  expect(text(doc, 'mmn-overview')).to.contain('What is MMN?');
  expect(text(doc, 'mmn-vs-als')).to.contain('How MMN and ALS compare');
  expect(text(doc, 'contact-banner')).to.contain('Call +1 555-010-2000');
  expect(text(doc, 'mmn-visit-notes')).to.contain('Print my notes');
  expect(doc.querySelector('mmn-vs-als')!.shadowRoot!.querySelector('h3')).to.exist;
  for (const el of doc.querySelectorAll('body > *')) {
    expect(el.getBoundingClientRect().height, el.localName).to.be.greaterThan(40);
  }
}

describe('the built script-tag bundles', () => {
  it('dist/mmn-widgets.js shows every widget from one module script', async () => {
    const { doc, warnings, errors } = await page(ES);
    expectEveryWidget(doc);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });

  it('dist/mmn-widgets.iife.js shows every widget from one classic script', async () => {
    const { doc, warnings, errors } = await page(CLASSIC);
    expectEveryWidget(doc);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });

  it('throws nothing when the ES and classic bundles are both on the page', async () => {
    const { doc, warnings, errors } = await page(
      '<script src="/dist/mmn-widgets.iife.js"></script><script type="module" src="/dist/mmn-widgets.js"></script>',
    );
    expectEveryWidget(doc);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.have.length(1);
    expect(warnings[0].startsWith(`[mmn-widgets] ${CLASH} already defined`), warnings[0]).to.be.true;
  });

  it('throws nothing when the ES bundle is loaded from two URLs', async () => {
    const { doc, warnings, errors } = await page(
      '<script type="module" src="/dist/mmn-widgets.js"></script><script type="module" src="/dist/mmn-widgets.js?again"></script>',
    );
    expectEveryWidget(doc);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.have.length(1);
  });

  it('loads no translation on an English page', async () => {
    const { requests } = await page(ES);
    expect(requests).to.deep.equal(['/dist/mmn-widgets.js', NOTES_FILE]);
  });

  for (const bundle of [ES, CLASSIC]) {
    const which = bundle === ES ? 'ES' : 'classic';
    it(`loads the visit notes' file from beside the ${which} bundle only on a page that shows the notes, once`, async () => {
      const without = await page(bundle, 'en', '<mmn-overview></mmn-overview><contact-banner></contact-banner>');
      expect(without.requests.filter((path) => !path.startsWith('/dist/mmn-widgets'))).to.deep.equal([]);

      const twice = await page(
        bundle,
        'en',
        '<mmn-visit-notes></mmn-visit-notes><mmn-visit-notes lang="fr"></mmn-visit-notes>',
      );
      expect(twice.requests.filter((path) => path.startsWith('/dist/widgets/'))).to.deep.equal([NOTES_FILE]);
      const [english, french] = twice.doc.querySelectorAll('mmn-visit-notes');
      expect(text(twice.doc, 'mmn-visit-notes')).to.contain('Get ready to talk to your doctor');
      expect(french.shadowRoot!.querySelector('h2')!.textContent).to.not.equal(
        english.shadowRoot!.querySelector('h2')!.textContent,
      );
      // Its styles arrive with it: the print button is the accent colour, the sheet hidden.
      const button = english.shadowRoot!.querySelector('button.print')!;
      expect(parseFloat(getComputedStyle(button).minBlockSize)).to.be.at.least(48);
      expect(getComputedStyle(english.shadowRoot!.querySelector('.sheet')!).display).to.equal('none');
      expect(twice.errors).to.deep.equal([]);
      expect(twice.warnings).to.deep.equal([]);
    });
  }

  it("loads the visit notes' file when the bundle's URL has a query string, without a second copy of the library", async () => {
    const { doc, requests, warnings, errors } = await page(
      '<script type="module" src="/dist/mmn-widgets.js?ver=0.1.0"></script>',
      'en',
      '<mmn-visit-notes></mmn-visit-notes>',
    );
    expect(text(doc, 'mmn-visit-notes')).to.contain('Print my notes');
    expect(requests).to.deep.equal(['/dist/mmn-widgets.js?ver=0.1.0', NOTES_FILE]);
    expect(warnings).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });

  for (const bundle of [ES, CLASSIC]) {
    it(`loads only the page's language, from beside ${bundle === CLASSIC ? 'the classic' : 'the ES'} bundle`, async () => {
      const { doc, requests, errors } = await page(bundle, 'es');
      const heading = doc.querySelector('mmn-overview')!.shadowRoot!.querySelector('h2')!;
      expect(heading.textContent).to.equal('¿Qué es la NMM?');
      expect(requests.filter((path) => path.includes('/locales/'))).to.deep.equal(['/dist/locales/es.js']);
      expect(errors).to.deep.equal([]);
    });
  }

  it("warns once and breaks nothing else when the visit notes' file is missing beside the bundle", async () => {
    const { doc, warnings, errors, requests } = await page(
      '<script type="module" src="/test/e2e/generated/without-notes-file/mmn-widgets.js"></script>',
      'en',
      '<mmn-overview></mmn-overview><mmn-visit-notes></mmn-visit-notes><mmn-visit-notes></mmn-visit-notes>',
    );
    expect(text(doc, 'mmn-overview')).to.contain('What is MMN?');
    for (const notes of doc.querySelectorAll('mmn-visit-notes'))
      expect(notes.shadowRoot!.childElementCount).to.equal(0);
    expect(requests.filter((path) => path.includes('/widgets/'))).to.deep.equal([
      '/test/e2e/generated/without-notes-file/widgets/mmn-visit-notes.js',
    ]);
    expect(warnings).to.deep.equal([
      '[mmn-widgets] could not load the file of <mmn-visit-notes> (widgets/mmn-visit-notes.js beside the script); the notes are not shown.',
    ]);
    expect(errors).to.deep.equal([]);
  });

  it('sets no global variable of its own', async () => {
    const before = await page('');
    const after = await page('<script src="/dist/mmn-widgets.iife.js"></script>');
    const names = (doc: Document) => new Set(Object.keys(doc.defaultView!));
    const added = [...names(after.doc)].filter((name) => !names(before.doc).has(name));
    // Lit's own markers (litElementVersions, litHtmlVersions, reactiveElementVersions) are allowed.
    expect(added.filter((name) => !/^lit|^reactiveElement/.test(name))).to.deep.equal([]);
  });
});
