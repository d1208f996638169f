import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { container, openPage, rendered, STRICT_CSP, TAGS, type Page } from './harness.js';

// The embed-code builder (docs-dist/builder/, from `npm run build:docs`), as
// a clinic's web editor uses it: every control changes both the live preview
// and the snippet; the snippet carries the right SRI hashes, for the bundle
// and for each language file it can make the browser run; and a fresh page
// holding only the copied snippet (pointed at the local build) renders the
// same widgets. Opened from disk (file://), it is tested in
// test/node/builder-file.test.js: a page served over HTTP cannot frame a file.

let frame: HTMLIFrameElement;
let doc: Document;
let win: Window & typeof globalThis;

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

async function openBuilder(): Promise<void> {
  frame = document.createElement('iframe');
  frame.style.width = '1200px';
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/docs-dist/builder/index.html';
  document.body.append(frame);
  await loaded;
  doc = frame.contentDocument!;
  win = frame.contentWindow as typeof win;
  await rendered(win, doc, ['mmn-overview']);
}

const field = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
const snippet = () => field<HTMLTextAreaElement>('snippet').value;
const previewed = () => [...field('preview').children] as Widget[];
const previewedTag = (tag: string) => previewed().find((el) => el.localName === tag)!;

async function settled(): Promise<void> {
  await rendered(
    win,
    doc,
    TAGS.filter((tag) => doc.querySelector(`#preview ${tag}`)),
  );
}

async function choose(id: string, value: string): Promise<void> {
  const select = field<HTMLSelectElement>(id);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await settled();
}

/** Ticks or unticks a widget under "What to show". */
async function show(tag: string, on = true): Promise<void> {
  const box = field<HTMLInputElement>(`show-${tag}`);
  if (box.checked !== on) box.click();
  await settled();
}

async function type(id: string, value: string, { leave = false } = {}): Promise<void> {
  const input = field<HTMLInputElement>(id);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  if (leave) input.dispatchEvent(new Event('change'));
  await settled();
}

async function host(value: 'self' | 'jsdelivr' | 'unpkg', folder?: string): Promise<void> {
  const radio = field<HTMLInputElement>(`host-${value}`);
  radio.checked = true;
  radio.dispatchEvent(new Event('change'));
  if (folder !== undefined) await type('folder', folder);
}

const bannerLink = (part: string) =>
  previewedTag('contact-banner').shadowRoot!.querySelector<HTMLAnchorElement>(`[part~="${part}"]`);

/** The CSP source that allows the snippet's inline import map: 'sha256-…' of its text. */
async function cspHash(code: string): Promise<string> {
  const text = code.match(/<script type="importmap">(.*)<\/script>/)![1];
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return `sha256-${btoa(String.fromCharCode(...digest))}`;
}

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 2000;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
}

async function sri(url: string): Promise<string> {
  const bytes = await (await fetch(url)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

describe('e2e: the embed-code builder', () => {
  beforeEach(openBuilder);
  afterEach(() => frame.remove());

  it('labels every control in plain words, with the technical choices under "Advanced"', () => {
    for (const control of doc.querySelectorAll<HTMLInputElement>('select, input, textarea')) {
      expect(control.labels?.length, `#${control.id} has a label`).to.be.greaterThan(0);
      expect(control.labels![0].textContent.trim()).to.not.equal('');
    }
    const labels = [...doc.querySelectorAll('label')].map((label) => label.textContent.trim());
    for (const name of [
      'Language',
      'Colours',
      'Your organisation’s name',
      'Phone number',
      'Web page where people can join',
      'Your Facebook page',
    ]) {
      expect(labels).to.include(name);
    }
    const advanced = field<HTMLDetailsElement>('advanced');
    expect(advanced.localName).to.equal('details');
    expect(advanced.open).to.be.false;
    expect(advanced.contains(field('heading-level'))).to.be.true;
    expect(advanced.contains(field('host-jsdelivr'))).to.be.true;
    // Outside "Advanced", no jargon.
    const outside = [...doc.querySelectorAll('#options > :not(details)')].map((el) => el.textContent).join(' ');
    for (const jargon of ['lang', 'jsDelivr', 'unpkg', 'CDN', 'Heading level', 'attribute']) {
      expect(outside, jargon).to.not.match(new RegExp(`\\b${jargon}\\b`));
    }
  });

  it('is one self-contained page: no module script or stylesheet to fetch, and no widget of its own outside the preview', async () => {
    // As built (the test server adds a script of its own to every page it serves).
    const built = new DOMParser().parseFromString(
      await (await fetch('/docs-dist/builder/index.html')).text(),
      'text/html',
    );
    const own = ':not([src^="/__web-dev-server"])';
    expect(
      built.querySelectorAll(`script[src]${own}, link[rel="stylesheet"], script[type="module"]${own}`),
    ).to.have.length(0);
    const widgets = doc.querySelectorAll(TAGS.join(', '));
    for (const el of widgets) expect(field('preview').contains(el), `<${el.localName}> outside the preview`).to.be.true;
  });

  it('offers a note for search engines: once, in the chosen language, the same as the package ships', async () => {
    const notes = () =>
      [...snippet().matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map(([, body]): unknown => {
        expect(body).to.not.match(/[<>]/);
        return JSON.parse(body) as unknown;
      });
    const box = field<HTMLInputElement>('structured-data');
    expect(box.labels![0].textContent.trim()).to.equal('Help search engines understand this information');
    expect(box.checked).to.be.true;
    // "Same as my website" cannot say which language the page is in.
    expect(notes()).to.have.length(0);
    expect(field('structured-data-status').textContent).to.contain('Choose the language');
    await choose('language', 'fr');
    const shipped = (await (await fetch('/dist/structured-data/fr.json')).json()) as Record<string, unknown>;
    expect(notes()).to.deep.equal([shipped['mmn-overview']]);
    await show('mmn-vs-als');
    expect(notes()).to.deep.equal([shipped['mmn-overview,mmn-vs-als']]);
    box.click();
    await settled();
    expect(notes()).to.have.length(0);
    box.click();
    await show('mmn-overview', false);
    await show('mmn-vs-als', false);
    await show('contact-banner');
    expect(notes()).to.have.length(0);
    expect(field('structured-data-status').textContent).to.contain('Only the overview and the comparison');
  });

  it('updates the preview and the snippet for each control', async () => {
    await show('mmn-overview', false);
    await show('contact-banner');
    expect(previewed().map((el) => el.localName)).to.deep.equal(['contact-banner']);
    expect(snippet()).to.contain('<contact-banner></contact-banner>');

    await choose('language', 'es');
    expect(container(previewed()[0])!.lang).to.equal('es');
    expect(snippet()).to.contain('lang="es"');

    await choose('theme', 'dark');
    expect(container(previewed()[0])!.className).to.contain('theme-dark');
    expect(snippet()).to.contain('theme="dark"');

    await choose('heading-level', '4');
    expect(previewed()[0].shadowRoot!.querySelector('[part~="heading"]')!.localName).to.equal('h4');
    expect(snippet()).to.contain('heading-level="4"');

    await type('color-surface', '#fffbe6');
    expect(win.getComputedStyle(container(previewed()[0])!).backgroundColor).to.equal('rgb(255, 251, 230)');
    expect(snippet()).to.contain('--mmn-color-surface: #fffbe6;');

    field('reset-colours').click();
    expect(snippet()).to.not.contain('--mmn-color');
  });

  it("names the partner's organisation, and warns the editor when details are given without it", async () => {
    await show('contact-banner');
    await type('phone', '+44 20 7946 0000');
    expect(field('org-name-warning').textContent).to.contain('Talk to MyIgSource');
    expect(bannerLink('cta-call')!.getAttribute('href')).to.equal('tel:+442079460000');

    await type('org-name', 'Riverside "Neuro" Clinic');
    expect(field('org-name-warning').textContent).to.equal('');
    const heading = previewedTag('contact-banner').shadowRoot!.querySelector('[part~="heading"]')!;
    expect(heading.textContent).to.equal('Talk to Riverside "Neuro" Clinic');
    expect(snippet()).to.contain(
      '<contact-banner org-name="Riverside &quot;Neuro&quot; Clinic" phone="+44 20 7946 0000"></contact-banner>',
    );
  });

  it("leaves the phone empty, with MyIgSource's number as the hint and the default", async () => {
    await show('contact-banner');
    const phone = field<HTMLInputElement>('phone');
    expect(phone.value).to.equal('');
    expect(phone.placeholder).to.equal('+1 855-250-5111');
    expect(field('phone-hint').textContent).to.contain('Left empty').and.to.contain('+1 855-250-5111');
    expect(snippet()).to.not.contain('phone=');
    expect(bannerLink('cta-call')!.getAttribute('href')).to.equal('tel:+18552505111');
  });

  it("never shows MyIgSource's number beside a partner's name: not in the hint, the example or the preview", async () => {
    await show('contact-banner');
    await type('org-name', 'Riverside Clinic');
    const phone = field<HTMLInputElement>('phone');
    expect(phone.placeholder).to.equal('');
    expect(field('phone-hint').textContent)
      .to.contain('Left empty, the box shows no phone number')
      .and.not.contain('855');
    expect(bannerLink('cta-call')).to.equal(null);
    const preview =
      previewedTag('contact-banner').shadowRoot!.querySelector<HTMLElement>('[part~="container"]')!.innerText;
    expect(preview).to.contain('Ask Riverside Clinic').and.not.contain('855');
    expect(field('org-name-warning').textContent).to.contain('no way to get in touch');

    await type('join-href', 'www.riverside.org/join', { leave: true });
    expect(field('org-name-warning').textContent).to.equal('');
    expect(
      previewedTag('contact-banner').shadowRoot!.querySelector<HTMLElement>('[part~="container"]')!.innerText,
    ).to.contain('Reach Riverside Clinic online');
  });

  it('completes bare web addresses to https:// and shows them so', async () => {
    await show('contact-banner');
    await type('org-name', 'Riverside Clinic');
    await type('join-href', 'www.riverside.org/join', { leave: true });
    expect(field<HTMLInputElement>('join-href').value).to.equal('https://www.riverside.org/join');
    expect(field('join-href-error').hidden).to.be.true;
    expect(snippet()).to.contain('join-href="https://www.riverside.org/join"');
    expect(bannerLink('cta-join')!.href).to.equal('https://www.riverside.org/join');

    await type('facebook-href', 'facebook.com/riversideclinic');
    expect(snippet()).to.contain('facebook-href="https://facebook.com/riversideclinic"');
    await type('facebook-href', 'http://example.org/fb?a=1&b=2');
    expect(snippet()).to.contain('facebook-href="http://example.org/fb?a=1&amp;b=2"');
  });

  it('refuses an unsafe link: shows an error and leaves it out of the snippet and preview', async () => {
    await show('contact-banner');
    for (const bad of ['javascript:alert(1)', 'join here', '/join']) {
      await type('join-href', bad, { leave: true });
      expect(field('join-href-error').hidden, bad).to.be.false;
      expect(field('join-href').getAttribute('aria-invalid')).to.equal('true');
      expect(snippet()).to.not.contain('join-href');
      expect(bannerLink('cta-join')).to.not.exist;
    }
  });

  it('escapes what the partner types', async () => {
    await show('contact-banner');
    await type('phone', '555"><script>alert(1)</script>');
    await type('org-name', '</contact-banner><script>alert(1)</script>');
    expect(snippet()).to.not.contain('<script>alert');
    expect(snippet()).to.contain('org-name="&lt;/contact-banner&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it('puts several widgets in one snippet: one script tag, then the chosen elements', async () => {
    await show('mmn-vs-als');
    await show('contact-banner');
    await type('org-name', 'Riverside Clinic');
    expect(previewed().map((el) => el.localName)).to.deep.equal(['mmn-overview', 'mmn-vs-als', 'contact-banner']);
    const code = snippet();
    // One script that loads code; the only other <script> is the import map of the language files' hashes.
    expect(code.match(/<script type="module"/g)).to.have.length(1);
    expect(code.match(/<script\b(?! type="importmap">)/g)).to.have.length(1);
    const scriptAt = code.indexOf('<script type="module"');
    const elements = ['<mmn-overview>', '<mmn-vs-als>', '<contact-banner org-name="Riverside Clinic">'].map((tag) =>
      code.indexOf(tag),
    );
    expect(elements.every((at) => at > scriptAt)).to.be.true;
    expect(elements).to.deep.equal([...elements].sort((a, b) => a - b));
    for (const tag of ['mmn-overview', 'mmn-vs-als', 'contact-banner']) {
      expect(code).to.contain(`${tag}:is(:not(:defined), :state(loading)) { min-height:`);
    }
  });

  it('offers hosting the files yourself, listing the files, until the package is on a CDN', async () => {
    expect(field<HTMLInputElement>('host-self').checked).to.be.true;
    const files = [...doc.querySelectorAll<HTMLAnchorElement>('#file-list a')].map((a) => a.textContent);
    expect(files).to.deep.equal([
      'mmn-widgets.js',
      'widgets/mmn-visit-notes.js',
      ...['ar', 'de', 'es', 'fr', 'pt-BR', 'zh-Hans'].map((l) => `locales/${l}.js`),
    ]);
    for (const a of doc.querySelectorAll<HTMLAnchorElement>('#file-list a')) {
      expect((await fetch(a.href)).ok, a.href).to.be.true;
    }
    expect(snippet()).to.contain('<script type="module" src="/mmn-widgets/mmn-widgets.js"');
    await host('self', 'https://www.riverside.org/files');
    expect(snippet()).to.contain('src="https://www.riverside.org/files/mmn-widgets.js"');
    await host('jsdelivr');
    expect(field('cdn-hint').textContent).to.contain('published');
    expect(snippet()).to.match(
      /src="https:\/\/cdn\.jsdelivr\.net\/npm\/mmn-widgets@\d+\.\d+\.\d+\/dist\/mmn-widgets\.js"/,
    );
    await host('unpkg');
    expect(snippet()).to.match(/src="https:\/\/unpkg\.com\/mmn-widgets@\d+\.\d+\.\d+\/dist\/mmn-widgets\.js"/);
  });

  it('gives the SRI hash of the bundle and of every language file the snippet can run', async () => {
    const bundle = await sri('/dist/mmn-widgets.js');
    expect(snippet()).to.contain(
      `<script type="module" src="/mmn-widgets/mmn-widgets.js" integrity="${bundle}" crossorigin="anonymous"></script>`,
    );
    expect(snippet()).to.match(/content last reviewed \d{4}-\d{2}-\d{2}, next review due \d{4}-\d{2}-\d{2}/);

    // "Same as my website": any of the six languages may run, so all six are covered.
    const all = ['ar', 'de', 'es', 'fr', 'pt-BR', 'zh-Hans'];
    for (const locale of all) {
      const hash = await sri(`/dist/locales/${locale}.js`);
      expect(snippet()).to.contain(
        `<link rel="modulepreload" href="/mmn-widgets/locales/${locale}.js" integrity="${hash}" crossorigin="anonymous">`,
      );
    }
    expect(field('integrity').textContent).to.contain('all 6 language files');
    // The same hashes in an import map (WebKit applies only these to import()), and the CSP hash to allow it.
    const map = JSON.parse(snippet().match(/<script type="importmap">(.*)<\/script>/)![1]) as {
      integrity: Record<string, string>;
    };
    expect(Object.keys(map.integrity)).to.deep.equal(all.map((locale) => `/mmn-widgets/locales/${locale}.js`));
    for (const locale of all)
      expect(map.integrity[`/mmn-widgets/locales/${locale}.js`]).to.equal(await sri(`/dist/locales/${locale}.js`));
    expect(snippet().indexOf('importmap')).to.be.below(snippet().indexOf('<script type="module"'));
    await until(() => field('csp-hint').textContent.includes('sha256-'));
    expect(field('csp-hint').textContent).to.contain(`'${await cspHash(snippet())}'`);

    await choose('language', 'de');
    expect(snippet().match(/rel="modulepreload"/g)).to.have.length(1);
    expect(snippet()).to.contain(`href="/mmn-widgets/locales/de.js" integrity="${await sri('/dist/locales/de.js')}"`);
    expect(snippet().indexOf('modulepreload')).to.be.below(snippet().indexOf('<script type="module"'));

    await choose('language', 'en');
    expect(snippet()).to.not.contain('modulepreload');

    // The visit notes' own file, loaded beside the bundle: preloaded and hashed only when the notes are chosen.
    await show('mmn-visit-notes');
    const notes = await sri('/dist/widgets/mmn-visit-notes.js');
    expect(snippet().match(/rel="modulepreload"/g)).to.have.length(1);
    expect(snippet()).to.contain(
      `<link rel="modulepreload" href="/mmn-widgets/widgets/mmn-visit-notes.js" integrity="${notes}" crossorigin="anonymous">`,
    );
    const notesMap = JSON.parse(snippet().match(/<script type="importmap">(.*)<\/script>/)![1]) as {
      integrity: Record<string, string>;
    };
    expect(notesMap.integrity).to.deep.equal({ '/mmn-widgets/widgets/mmn-visit-notes.js': notes });
    expect(field('integrity').textContent).to.contain('the visit notes’ file');
    await show('mmn-visit-notes', false);
    expect(snippet()).to.not.contain('modulepreload');
  });

  it('copies the snippet with the keyboard', async () => {
    let copied = '';
    Object.defineProperty(win.navigator, 'clipboard', {
      value: { writeText: (text: string) => Promise.resolve(void (copied = text)) },
      configurable: true,
    });
    field('copy').focus();
    await sendKeys({ press: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(copied).to.equal(snippet());
    expect(field('copy-status').textContent).to.contain('Copied');
  });

  it('says where to paste it, and which site builders forbid scripts or frame them', () => {
    const guide = field('where').textContent.replace(/\s+/g, ' ');
    expect(guide).to.contain('MMN widgets plugin').and.to.contain('Custom HTML');
    expect(guide.indexOf('plugin')).to.be.below(guide.indexOf('Custom HTML'));
    expect(guide).to.contain('removes scripts that editors and authors paste');
    expect(guide).to.contain('Squarespace').and.to.contain('Code');
    expect(guide).to.match(/Wix[\s\S]*frame: drag the box’s bottom edge to make it at least \d[\d,]* pixels tall/);
    expect(guide).to.match(/Google Sites[\s\S]*at least \d[\d,]* pixels tall/);
    expect(guide).to.contain('Blogger');
  });

  it('gives a snippet with several widgets that renders them on a fresh page, as previewed', async () => {
    await show('mmn-vs-als');
    await show('contact-banner');
    await show('mmn-visit-notes');
    await choose('language', 'fr');
    await choose('theme', 'dark');
    await choose('heading-level', '3');
    await type('org-name', 'Clinique du Parc');
    await type('phone', '+33 1 23 45 67 89');
    await type('join-href', 'example.org/join', { leave: true });
    await type('color-accent', '#ffcc00');
    await host('self', '/dist/');
    const previewText = previewed().map((el) => container(el)!.innerText);
    const previewAccent = win.getComputedStyle(bannerLink('cta-call')!).backgroundColor;

    let page: Page | undefined;
    try {
      const tags = ['mmn-overview', 'mmn-vs-als', 'contact-banner', 'mmn-visit-notes'];
      page = await openPage({ head: '', body: snippet(), waitFor: tags, width: 1200 });
      const els = [...page.doc.querySelectorAll(tags.join(', '))];
      expect(els.map((el) => el.localName)).to.deep.equal(tags);
      expect(els.map((el) => container(el)!.innerText)).to.deep.equal(previewText);
      const banner = els[2];
      expect(banner.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.equal('Contactez Clinique du Parc');
      expect(banner.shadowRoot!.querySelector('[part~="heading"]')!.localName).to.equal('h3');
      expect(
        page.win.getComputedStyle(banner.shadowRoot!.querySelector('[part~="cta-call"]')!).backgroundColor,
      ).to.equal(previewAccent);
      expect(page.probe.errors).to.deep.equal([]);
      expect(page.probe.warnings).to.deep.equal([]);
    } finally {
      page?.close();
    }
  });
});

describe("e2e: the snippet's integrity hashes cover the language files", () => {
  let code = '';
  before(async () => {
    await openBuilder();
    await choose('language', 'de');
    code = snippet();
    frame.remove();
  });

  /**
   * The snippet, loading its files from `folder` (the real build, or one with
   * de.js altered by one byte). Folders relative to each page's own /e2e/<id>/
   * path, so no page reuses a file another page fetched (or refused).
   */
  const from = (snippetCode: string, folder: string) => snippetCode.replaceAll('/mmn-widgets/', folder);

  function heading(page: Page): Promise<string> {
    const el = page.doc.querySelector('mmn-overview')!;
    return Promise.resolve(el.shadowRoot!.querySelector('[part~="heading"]')!.textContent);
  }

  it('runs the German file when it is the one the hash describes', async () => {
    const page = await openPage({ body: from(code, './dist/'), waitFor: ['mmn-overview'] });
    try {
      expect(await heading(page)).to.equal('Was ist MMN?');
      expect(page.probe.warnings).to.deep.equal([]);
    } finally {
      page.close();
    }
  });

  for (const [mode, lang] of [
    ['a chosen language', ''],
    ['"same as my website"', 'de'],
  ] as const) {
    it(`does not run a German file with one byte changed (${mode})`, async () => {
      let snippetCode = code;
      if (lang) {
        await openBuilder(); // "Same as my website" is where it starts
        snippetCode = snippet();
        frame.remove();
      }
      const page = await openPage({
        lang: lang || 'en',
        body: from(snippetCode, './test/e2e/generated/tampered/'),
        waitFor: ['mmn-overview'],
      });
      try {
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(await heading(page)).to.not.equal('Was ist MMX?');
        expect(await heading(page)).to.equal('What is MMN?'); // English, with a warning
        expect(page.probe.warnings.some((w) => w.includes('could not load the de translation'))).to.be.true;
        // It was fetched, and refused.
        expect((await page.log()).requests).to.include('/test/e2e/generated/tampered/locales/de.js');
      } finally {
        page.close();
      }
    });
  }

  it('does not run it under a strict CSP that allows the import map by its hash, with no violation', async () => {
    // A site with a strict style-src puts the snippet's reserve CSS in its own stylesheet.
    const tampered = from(code, './test/e2e/generated/tampered/').replace(/<style>[\s\S]*<\/style>\n/, '');
    const csp = STRICT_CSP.replace("script-src 'self'", `script-src 'self' '${await cspHash(tampered)}'`);
    const page = await openPage({ body: tampered, csp, waitFor: ['mmn-overview'] });
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await heading(page)).to.equal('What is MMN?');
      expect(page.probe.violations).to.deep.equal([]);
      expect((await page.log()).reports).to.deep.equal([]);
    } finally {
      page.close();
    }
  });

  it('still shows German under a strict CSP that does not allow the import map', async () => {
    const body = from(code, './dist/').replace(/<style>[\s\S]*<\/style>\n/, '');
    const page = await openPage({ body, csp: STRICT_CSP, waitFor: ['mmn-overview'] });
    try {
      expect(await heading(page)).to.equal('Was ist MMN?');
      expect(page.probe.errors).to.deep.equal([]);
    } finally {
      page.close();
    }
  });

  it('would run it without the hashes (the checks above can see a tampered file)', async () => {
    const unchecked = code
      .replace(/(rel="modulepreload" href="[^"]+") integrity="[^"]+"/, '$1')
      .replace(/<script type="importmap">.*<\/script>\n/, '');
    expect(unchecked).to.not.contain('importmap');
    expect(unchecked.match(/integrity=/g)).to.have.length(1); // the bundle's own
    expect(unchecked).to.not.equal(code);
    const page = await openPage({ body: from(unchecked, './test/e2e/generated/tampered/'), waitFor: ['mmn-overview'] });
    try {
      expect(await heading(page)).to.equal('Was ist MMX?');
    } finally {
      page.close();
    }
  });
});
