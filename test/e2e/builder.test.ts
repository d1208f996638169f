import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { container, openPage, rendered, type Page } from './harness.js';

// The embed-code builder (docs-dist/builder/, from `npm run build:docs`):
// every control changes both the live preview and the snippet, the snippet
// carries the right SRI hash, Copy works from the keyboard, and a fresh page
// holding only the copied snippet (pointed at the local build) renders the
// same widget.

let frame: HTMLIFrameElement;
let doc: Document;
let win: Window & typeof globalThis;

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
  await rendered(win, doc, ['mmn-overview', 'contact-banner']);
}

const field = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
const snippet = () => field<HTMLTextAreaElement>('snippet').value;
const previewed = () => field('preview').firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };

async function choose(id: string, value: string): Promise<void> {
  const select = field<HTMLSelectElement>(id);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await previewed().updateComplete;
}

async function type(id: string, value: string): Promise<void> {
  const input = field<HTMLInputElement>(id);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await previewed().updateComplete;
}

describe('e2e: the embed-code builder', () => {
  beforeEach(openBuilder);
  afterEach(() => frame.remove());

  it('labels every control', () => {
    for (const control of doc.querySelectorAll<HTMLInputElement>('select, input, textarea')) {
      expect(control.labels?.length, `#${control.id} has a label`).to.be.greaterThan(0);
      expect(control.labels![0].textContent!.trim()).to.not.equal('');
    }
    const labels = [...doc.querySelectorAll('label')].map((label) => label.textContent!.trim());
    for (const name of ['Widget', 'Language', 'Theme', 'Heading level', 'Phone', 'Join link', 'Facebook link']) {
      expect(labels).to.include(name);
    }
  });

  it('updates the preview and the snippet for each control', async () => {
    await choose('widget', 'contact-banner');
    expect(previewed().localName).to.equal('contact-banner');
    expect(snippet()).to.contain('<contact-banner></contact-banner>');

    await choose('language', 'es');
    expect(container(previewed())!.lang).to.equal('es');
    expect(snippet()).to.contain('lang="es"');

    await choose('theme', 'dark');
    expect(container(previewed())!.className).to.contain('theme-dark');
    expect(snippet()).to.contain('theme="dark"');

    await choose('heading-level', '4');
    expect(previewed().shadowRoot!.querySelector('[part~="heading"]')!.localName).to.equal('h4');
    expect(snippet()).to.contain('heading-level="4"');

    await type('phone', '+1 555 010 2000');
    expect(previewed().shadowRoot!.querySelector<HTMLAnchorElement>('[part~="cta-call"]')!.href).to.equal('tel:+15550102000');
    expect(snippet()).to.contain('phone="+1 555 010 2000"');

    await type('join-href', 'https://example.org/join?a=1&b=2');
    expect(previewed().shadowRoot!.querySelector<HTMLAnchorElement>('[part~="cta-join"]')!.href).to.equal('https://example.org/join?a=1&b=2');
    expect(snippet()).to.contain('join-href="https://example.org/join?a=1&amp;b=2"');

    await type('facebook-href', 'https://www.facebook.com/example');
    expect(previewed().shadowRoot!.querySelector('[part~="cta-facebook"]')).to.exist;
    expect(snippet()).to.contain('facebook-href="https://www.facebook.com/example"');

    await type('color-surface', '#fffbe6');
    expect(win.getComputedStyle(container(previewed())!).backgroundColor).to.equal('rgb(255, 251, 230)');
    expect(snippet()).to.contain('--mmn-color-surface: #fffbe6;');

    await type('color-accent', '#7a1f5c');
    expect(snippet()).to.contain('--mmn-color-accent: #7a1f5c;');

    const unpkg = field<HTMLInputElement>('cdn-unpkg');
    unpkg.checked = true;
    unpkg.dispatchEvent(new Event('change'));
    expect(snippet()).to.match(/src="https:\/\/unpkg\.com\/mmn-widgets@\d+\.\d+\.\d+\/dist\/mmn-widgets\.js"/);

    field('reset-colours').click();
    expect(snippet()).to.not.contain('--mmn-color');
  });

  it('refuses an unsafe link: shows an error and leaves it out of the snippet and preview', async () => {
    await choose('widget', 'contact-banner');
    await type('join-href', 'javascript:alert(1)');
    expect(field('join-href-error').hidden).to.be.false;
    expect(field('join-href').getAttribute('aria-invalid')).to.equal('true');
    expect(snippet()).to.not.contain('javascript');
    expect(previewed().shadowRoot!.querySelector('[part~="cta-join"]')).to.not.exist;
  });

  it('escapes what the partner types', async () => {
    await choose('widget', 'contact-banner');
    await type('phone', '555"><script>alert(1)</script>');
    expect(snippet()).to.not.contain('<script>alert');
  });

  it('uses a versioned CDN URL with the SRI hash of the exact bundle', async () => {
    const bytes = await (await fetch('/dist/mmn-widgets.js')).arrayBuffer();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
    const expected = `sha384-${btoa(String.fromCharCode(...digest))}`;
    expect(snippet()).to.match(
      /<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/mmn-widgets@\d+\.\d+\.\d+\/dist\/mmn-widgets\.js" integrity="sha384-[\w+/=]+" crossorigin="anonymous"><\/script>/,
    );
    expect(snippet()).to.contain(`integrity="${expected}"`);
    expect(snippet()).to.match(/content last reviewed \d{4}-\d{2}-\d{2}/);
    expect(snippet()).to.contain('mmn-overview:not(:defined)');
  });

  it('copies the snippet with the keyboard', async () => {
    let copied = '';
    Object.defineProperty(win.navigator, 'clipboard', {
      value: { writeText: async (text: string) => void (copied = text) },
      configurable: true,
    });
    field('copy').focus();
    await sendKeys({ press: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(copied).to.equal(snippet());
    expect(field('copy-status').textContent).to.contain('Copied');
  });

  it('gives a snippet that renders the same widget on a fresh page', async () => {
    await choose('widget', 'contact-banner');
    await choose('language', 'fr');
    await choose('theme', 'dark');
    await choose('heading-level', '3');
    await type('join-href', 'https://example.org/join');
    await type('color-accent', '#ffcc00');
    const previewText = container(previewed())!.innerText;
    const previewAccent = win.getComputedStyle(previewed().shadowRoot!.querySelector('[part~="cta-call"]')!).backgroundColor;

    // Only the snippet, with its CDN URL pointed at the local build (same bytes, same hash).
    const local = snippet().replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/mmn-widgets@[^/]+\/dist\//, './dist/');
    let page: Page | undefined;
    try {
      page = await openPage({ head: '', body: local, waitFor: ['contact-banner'], width: 1200 });
      const el = page.doc.querySelector('contact-banner')!;
      expect(container(el)!.innerText).to.equal(previewText);
      expect(el.shadowRoot!.querySelector('[part~="heading"]')!.localName).to.equal('h3');
      expect(page.win.getComputedStyle(el.shadowRoot!.querySelector('[part~="cta-call"]')!).backgroundColor).to.equal(previewAccent);
      expect(page.probe.errors).to.deep.equal([]);
    } finally {
      page?.close();
    }
  });
});
