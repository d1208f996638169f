import { expect } from '@open-wc/testing';
import { WIDGET_TAGS } from '../../src/widgets.js';
import { allWidgets, CLASH } from './harness.js';

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

async function page(scripts: string, lang = 'en'): Promise<Loaded> {
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
    ${allWidgets({ 'mmn-vs-als': 'heading-level="3"' })}
    </body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { seen: { warnings: string[]; errors: string[] } };
  const doc = frame.contentDocument!;
  const requests = () =>
    win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname + new URL(entry.name).search);
  if (!scripts) return { doc, ...win.seen, requests: requests() };
  await Promise.all(
    WIDGET_TAGS.map((tag) => win.customElements.whenDefined(tag)),
  );
  for (const el of doc.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('body > *')) {
    await el.updateComplete;
  }
  return { doc, ...win.seen, requests: requests() };
}

function expectAllThree(doc: Document): void {
  const text = (tag: string) => (doc.querySelector(tag)!.shadowRoot!.querySelector('[part~="container"]') as HTMLElement).innerText;
  expect(text('mmn-overview')).to.contain('What is MMN?');
  expect(text('mmn-vs-als')).to.contain('How MMN and ALS compare');
  expect(text('contact-banner')).to.contain('Call +1 855-250-5111');
  expect(doc.querySelector('mmn-vs-als')!.shadowRoot!.querySelector('h3')).to.exist;
  for (const el of doc.querySelectorAll('body > *')) {
    expect(el.getBoundingClientRect().height, el.localName).to.be.greaterThan(40);
  }
}

describe('the built script-tag bundles', () => {
  it('dist/mmn-widgets.js shows all three widgets from one module script', async () => {
    const { doc, warnings, errors } = await page('<script type="module" src="/dist/mmn-widgets.js"></script>');
    expectAllThree(doc);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });

  it('dist/mmn-widgets.iife.js shows all three widgets from one classic script', async () => {
    const { doc, warnings, errors } = await page('<script src="/dist/mmn-widgets.iife.js"></script>');
    expectAllThree(doc);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });

  it('throws nothing when the ES and classic bundles are both on the page', async () => {
    const { doc, warnings, errors } = await page(
      '<script src="/dist/mmn-widgets.iife.js"></script><script type="module" src="/dist/mmn-widgets.js"></script>',
    );
    expectAllThree(doc);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.have.length(1);
    expect(warnings[0].startsWith(`[mmn-widgets] ${CLASH} already defined`), warnings[0]).to.be.true;
  });

  it('throws nothing when the ES bundle is loaded from two URLs', async () => {
    const { doc, warnings, errors } = await page(
      '<script type="module" src="/dist/mmn-widgets.js"></script><script type="module" src="/dist/mmn-widgets.js?again"></script>',
    );
    expectAllThree(doc);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.have.length(1);
  });

  it('loads no translation on an English page', async () => {
    const { requests } = await page('<script type="module" src="/dist/mmn-widgets.js"></script>');
    expect(requests).to.deep.equal(['/dist/mmn-widgets.js']);
  });

  for (const bundle of ['<script type="module" src="/dist/mmn-widgets.js"></script>', '<script src="/dist/mmn-widgets.iife.js"></script>']) {
    it(`loads only the page's language, from beside ${bundle.includes('iife') ? 'the classic' : 'the ES'} bundle`, async () => {
      const { doc, requests, errors } = await page(bundle, 'es');
      const heading = doc.querySelector('mmn-overview')!.shadowRoot!.querySelector('h2')!;
      expect(heading.textContent).to.equal('¿Qué es la NMM?');
      expect(requests.filter((path) => path.includes('/locales/'))).to.deep.equal(['/dist/locales/es.js']);
      expect(errors).to.deep.equal([]);
    });
  }

  it('sets no global variable of its own', async () => {
    const before = await page('');
    const after = await page('<script src="/dist/mmn-widgets.iife.js"></script>');
    const names = (doc: Document) => new Set(Object.keys(doc.defaultView!));
    const added = [...names(after.doc)].filter((name) => !names(before.doc).has(name));
    // Lit's own markers (litElementVersions, litHtmlVersions, reactiveElementVersions) are allowed.
    expect(added.filter((name) => !/^lit|^reactiveElement/.test(name))).to.deep.equal([]);
  });
});
