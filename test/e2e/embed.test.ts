import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { URL_PAYLOADS } from '../payloads.js';
import { sourceLocale, targetLocales } from '../../src/i18n/generated/locale-codes.js';
import { container, isSafeLink, TAGS } from './harness.js';

// The static site's embed pages (site-dist/embed/, from `npm run build:site`)
// as partners use them: framed by a host page of another origin (the host
// page is on localhost, the site on 127.0.0.1), sandboxed without
// allow-same-origin, sized by embed.js. A sandboxed frame's origin is opaque,
// so the test asks it what it shows by message: the test server adds
// test/e2e/probe.js and an answer to `{ type: 'probe?' }` to each page it
// serves under probed/ (test/e2e/server.js); the pages are otherwise served
// byte for byte, with no CORS header.

/** The banner's default organisation, whose details a partner's banner must never show. */
const DEFAULT_ORG = 'MyIgSource';
const LOCALES = [sourceLocale, ...targetLocales];

const SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation';
const SITE_ORIGIN = `http://127.0.0.1:${location.port}`;

interface Answer {
  origin: string;
  /** The page's path under site-dist/embed/: where the router sent the frame. */
  address: string;
  title: string;
  defined: boolean;
  tag: string;
  lang: string | null;
  theme: string;
  text: string;
  links: string[];
  images: number;
  height: number;
  resources: string[];
  clicks: { href: string; target: string }[];
  probe: {
    errors: string[];
    violations: string[];
    dialogs: string[];
    apis: string[];
    ctaClicks: { action: string; href: string }[];
  };
}

interface Host {
  id: string;
  frame: HTMLIFrameElement;
  doc: Document;
  frames: HTMLIFrameElement[];
  log(): Promise<{ requests: string[] }>;
}

/**
 * A host page (localhost) with one frame per address (relative to the site's
 * embed/ folder), sandboxed, and embed.js when asked.
 */
async function openHost(
  addresses: string[],
  { embedJs = true, width = 800, sandbox = SANDBOX, variant = 'probed' } = {},
): Promise<Host> {
  const frames = addresses
    .map(
      (address) =>
        `<iframe src="${SITE_ORIGIN}/e2e/__ID__/${variant}/site-dist/embed/${address.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" title="MMN" height="600" sandbox="${sandbox}" style="width: 100%; border: 0; display: block"></iframe>`,
    )
    .join('\n');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script src="./test/e2e/probe.js"></script>
${embedJs ? `<script src="${SITE_ORIGIN}/e2e/__ID__/${variant}/site-dist/embed.js" defer></script>` : ''}
<style>body { margin: 0 }</style>
</head><body>${frames}</body></html>`;
  return openHostPage(html, width);
}

/** A host page (localhost) holding `body` as it is, with embed.js; `__SITE__` stands for the site's address. */
async function openHostWith(body: string): Promise<Host> {
  const site = `${SITE_ORIGIN}/e2e/__ID__/probed/site-dist/`;
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script src="./test/e2e/probe.js"></script>
<script src="${site}embed.js" defer></script>
</head><body>${body.split('__SITE__').join(site)}</body></html>`;
  return openHostPage(html, 800);
}

/** Serves `html` as a host page (localhost) and opens it in a frame of the test page, `width` pixels wide. */
async function openHostPage(html: string, width: number): Promise<Host> {
  const { id, url } = await executeServerCommand<{ id: string; url: string }, unknown>('e2e-page', { html });
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  return {
    id,
    frame,
    doc,
    frames: [...doc.querySelectorAll('iframe')],
    log: () => executeServerCommand('e2e-log', { id }),
  };
}

/** Has axe, injected into a probed embed page (variant 'axe'), check the page inside the sandboxed frame; answers the rules it broke. */
function axeInside(frame: HTMLIFrameElement): Promise<string[]> {
  return new Promise<string[]>((resolve) => {
    const listen = (event: MessageEvent) => {
      const data = event.data as { type?: string; violations?: string[] } | null;
      if (event.source !== frame.contentWindow || data?.type !== 'axe!') return;
      removeEventListener('message', listen);
      resolve(data.violations ?? []);
    };
    addEventListener('message', listen);
    frame.contentWindow!.postMessage({ type: 'axe?' }, '*');
  });
}

/** Asks a framed embed page what it shows, once it is rendered (and, optionally, clicks a link first). */
async function ask(frame: HTMLIFrameElement, click?: string): Promise<Answer> {
  // A browser may pause the rendering (and so the ResizeObserver) of a cross-origin frame out of view.
  frame.scrollIntoView({ block: 'nearest' });
  const deadline = Date.now() + 10_000;
  for (;;) {
    const answer = await new Promise<Answer | null>((resolve) => {
      const timer = setTimeout(() => done(null), 300);
      const done = (value: Answer | null) => {
        clearTimeout(timer);
        removeEventListener('message', listen);
        resolve(value);
      };
      const listen = (event: MessageEvent) => {
        const data = event.data as { type?: string } | null;
        if (event.source === frame.contentWindow && data?.type === 'probe!') done(data as Answer);
      };
      addEventListener('message', listen);
      frame.contentWindow?.postMessage({ type: 'probe?', click }, '*');
    });
    if (answer?.defined && answer.text) return answer;
    if (Date.now() > deadline) throw new Error(`${frame.src} never answered with a rendered widget`);
  }
}

/** Waits until `check` holds (polling), or fails with `message`. */
async function until(check: () => boolean | Promise<boolean>, message: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(message);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** embed.js has sized the frame to its content, within 3 px. */
async function sized(frame: HTMLIFrameElement): Promise<number> {
  let content = 0;
  await until(async () => {
    content = (await ask(frame)).height;
    return Math.abs(frame.getBoundingClientRect().height - content) <= 3;
  }, `${frame.src}: the frame is ${frame.getBoundingClientRect().height}px tall, its content ${content}px`);
  return content;
}

const hosts: Host[] = [];
afterEach(() => {
  for (const host of hosts.splice(0)) host.frame.remove();
});
async function host(...args: Parameters<typeof openHost>): Promise<Host> {
  const opened = await openHost(...args);
  hosts.push(opened);
  return opened;
}

const ASKED = [
  ['mmn-overview', 'es', '¿Qué es la NMM?'],
  ['mmn-vs-als', 'fr', 'Pourquoi confond-on parfois la NMM avec la SLA'],
  ['contact-banner', 'es', 'Llame al +1 855-250-5111'],
  ['mmn-visit-notes', 'ar', ''],
] as const;

describe('e2e: embed pages in frames (site-dist/embed/)', () => {
  it('every widget has its page, and the list of them matches the registry', () => {
    expect(ASKED.map(([tag]) => tag)).to.have.members([...TAGS]);
  });

  it('a host page of another origin frames each widget, sandboxed, in the asked language, sized by embed.js', async function () {
    this.timeout(60_000);
    const page = await host(ASKED.map(([tag, lang]) => `${tag}/${lang}.html`));
    for (const [index, [tag, lang, text]] of ASKED.entries()) {
      const frame = page.frames[index];
      const answer = await ask(frame);
      expect(answer.origin, 'a sandboxed frame has an opaque origin').to.equal('null');
      expect(answer.tag).to.equal(tag);
      expect(answer.lang).to.equal(lang);
      expect(answer.text).to.contain(text);
      expect(answer.probe.errors).to.deep.equal([]);
      expect(answer.probe.violations, 'the page keeps to its own CSP').to.deep.equal([]);
      await sized(frame);
    }
    const banner = await ask(page.frames[2]);
    expect(banner.links).to.include('tel:+18552505111');
  });

  it('with embed.js, the height follows a language change and a 320px width', async function () {
    this.timeout(60_000);
    const page = await host(['mmn-vs-als/en.html']);
    const [frame] = page.frames;
    const english = await sized(frame);
    frame.src = frame.src.replace('/en.html', '/de.html');
    await until(async () => (await ask(frame)).lang === 'de', 'the frame never showed German');
    const german = await sized(frame);
    expect(german).to.be.greaterThan(100);
    page.frame.style.width = '320px';
    await until(async () => (await ask(frame)).height > Math.max(english, german), 'the page grew no taller at 320px');
    const narrow = await sized(frame);
    expect(narrow).to.be.greaterThan(german);
  });

  it('without embed.js, nothing fails: each frame keeps the height its code gives, and scrolls', async () => {
    const page = await host(['mmn-overview/en.html', 'mmn-visit-notes/en.html'], { embedJs: false });
    for (const frame of page.frames) {
      const answer = await ask(frame);
      expect(answer.probe.errors).to.deep.equal([]);
      expect(answer.height, 'its content is taller than the frame').to.be.greaterThan(600);
      expect(frame.getBoundingClientRect().height).to.equal(600);
    }
    const win = page.frame.contentWindow as Window & { __probe: { errors: string[] } };
    expect(win.__probe.errors).to.deep.equal([]);
  });

  it('embed/?widget=…&lang=… shows that widget with the query’s attributes, each checked as on the element', async () => {
    const query = new URLSearchParams({
      widget: 'contact-banner',
      lang: 'es-MX',
      theme: 'dark',
      'org-name': 'MMN Friends',
      phone: '+44 20 7946 0000',
      'join-href': 'https://example.org/join',
      'facebook-href': 'javascript:alert(1)',
    });
    const page = await host([`?${query}`]);
    const answer = await ask(page.frames[0]);
    expect(answer.tag).to.equal('contact-banner');
    expect(answer.lang).to.equal('es');
    expect(answer.theme).to.contain('theme-dark');
    expect(answer.text).to.contain('MMN Friends');
    expect(answer.links).to.deep.equal(['tel:+442079460000', 'https://example.org/join']);
    expect(answer.probe.dialogs).to.deep.equal([]);
  });

  it('an unknown widget or language falls back to the default, and the page says nothing else', async () => {
    const page = await host(['?widget=%3Cscript%3Ealert(1)%3C%2Fscript%3E&lang=xx-%3Cb%3E']);
    const answer = await ask(page.frames[0]);
    expect(answer.tag).to.equal('mmn-overview');
    expect(answer.lang).to.equal('en');
    expect(answer.text).to.not.contain('alert');
    expect(answer.probe.dialogs).to.deep.equal([]);
  });

  it('hostile query values neither run nor link', async function () {
    this.timeout(60_000);
    // A sample of every kind: schemes in disguise, markup, quotes, entities.
    const payloads = URL_PAYLOADS.filter((_, index) => index % 6 === 0);
    const addresses = [];
    for (let i = 0; i < payloads.length; i += 2) {
      const query = new URLSearchParams({
        'join-href': payloads[i],
        'facebook-href': payloads[i + 1] ?? payloads[0],
        phone: payloads[i],
        'org-name': `<img src=x onerror=alert(1)>${payloads[i]}`,
        theme: '"><script>alert(1)</script>',
        'heading-level': 'javascript:alert(1)',
      });
      // Where the router and the builder send a banner with a partner's details.
      addresses.push(`contact-banner/partner/en.html?${query}`);
    }
    const page = await host(addresses, { embedJs: false });
    for (const frame of page.frames) {
      const answer = await ask(frame);
      expect(answer.probe.dialogs).to.deep.equal([]);
      expect(answer.images, 'no element came from the query').to.equal(0);
      for (const link of answer.links) expect(isSafeLink(link, SITE_ORIGIN), link).to.be.true;
      // A refused phone falls back to no number under a partner's name (MyIgSource's only under MyIgSource's own).
      expect(answer.text).to.contain('Talk to');
      if (!answer.text.includes(DEFAULT_ORG))
        expect(answer.links.filter((link) => link.startsWith('tel:'))).to.deep.equal([]);
      expect(answer.probe.violations).to.deep.equal([]);
    }
  });

  it('calls to action leave the frame: a phone link for the top page, web links for a new tab; mmn-cta-click still fires', async () => {
    const query = new URLSearchParams({
      'org-name': 'MMN Friends',
      phone: '+1 555-010-2000',
      'join-href': 'https://example.org/join',
    });
    const page = await host([`contact-banner/partner/en.html?${query}`]);
    const [frame] = page.frames;
    await ask(frame, '[part~="cta-call"]');
    const answer = await ask(frame, '[part~="cta-join"]');
    expect(answer.clicks).to.deep.equal([
      { href: 'tel:+15550102000', target: '_top' },
      { href: 'https://example.org/join', target: '_blank' },
    ]);
    expect(answer.probe.ctaClicks.map(({ action, href }) => [action, href])).to.deep.equal([
      ['call', 'tel:+15550102000'],
      ['join', 'https://example.org/join'],
    ]);
  });

  it('no request leaves the serving host: an embed page loads nothing, and uses no cookie or storage', async function () {
    this.timeout(60_000);
    const page = await host(TAGS.map((tag) => `${tag}/fr.html`));
    for (const frame of page.frames) {
      const answer = await ask(frame);
      expect(answer.resources, 'an embed page is self-contained').to.deep.equal([]);
      expect(answer.probe.apis).to.deep.equal([]);
    }
    const { requests } = await page.log();
    const expected = [
      '/page.html',
      '/test/e2e/probe.js',
      '/probed/site-dist/embed.js',
      ...TAGS.map((tag) => `/probed/site-dist/embed/${tag}/fr.html`),
    ];
    expect([...requests].sort()).to.deep.equal(expected.sort());
  });

  it('reads with scripts off in the frame (pre-rendered), links and all', async function () {
    this.timeout(60_000);
    for (const [tag, lang, text] of ASKED) {
      const frame = document.createElement('iframe');
      frame.setAttribute('sandbox', 'allow-same-origin'); // no allow-scripts: JavaScript is off
      frame.style.width = '800px';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.src = `/site-dist/embed/${tag}/${lang}.html`;
      document.body.append(frame);
      await loaded;
      try {
        const doc = frame.contentDocument!;
        expect(frame.contentWindow!.customElements.get(tag)).to.be.undefined;
        const box = container(doc.querySelector(tag)!);
        expect(box, `<${tag}> has its declarative shadow root`).to.exist;
        expect(box!.lang).to.equal(lang);
        expect(box!.innerText).to.contain(text);
        expect(doc.documentElement.lang).to.equal(lang);
      } finally {
        frame.remove();
      }
    }
  });

  for (const [tag, lang] of ASKED) {
    // Every rule, page-has-heading-one included: the host chooses the level
    // (2 by default, as a part of its page; here 1, as a page of its own).
    it(`axe, run inside the sandboxed frame, finds nothing in the page of <${tag}> (${lang}, dark)`, async function () {
      this.timeout(60_000);
      const page = await host([`${tag}/${lang}.html?theme=dark&heading-level=1`], { variant: 'axe', embedJs: false });
      const [frame] = page.frames;
      expect((await ask(frame)).theme).to.contain('theme-dark');
      expect(await axeInside(frame)).to.deep.equal([]);
    });
  }

  it('the builder writes the frame code, and a page of another origin shows each widget from it, sandboxed, sized by embed.js', async function () {
    this.timeout(60_000);
    const builder = document.createElement('iframe');
    builder.style.width = '1200px';
    builder.style.height = '900px';
    const loaded = new Promise((resolve) => builder.addEventListener('load', resolve, { once: true }));
    builder.src = '/site-dist/builder/index.html';
    document.body.append(builder);
    await loaded;
    let code: string;
    try {
      const doc = builder.contentDocument!;
      const field = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
      for (const tag of TAGS) {
        const box = field<HTMLInputElement>(`show-${tag}`);
        if (!box.checked) box.click();
      }
      field<HTMLInputElement>('code-frame').click();
      const select = field<HTMLSelectElement>('language');
      select.value = 'es';
      select.dispatchEvent(new Event('change'));
      const org = field<HTMLInputElement>('org-name');
      org.value = 'MMN & Friends';
      org.dispatchEvent(new Event('input'));
      code = field<HTMLTextAreaElement>('snippet').value;
      expect(field('frame-notes').textContent).to.contain('embed.js');
    } finally {
      builder.remove();
    }
    const frames = code.split('\n').filter((line) => line.startsWith('<iframe'));
    expect(frames).to.have.length(TAGS.length);
    const site = `${location.origin}/site-dist/`;
    expect(frames[2]).to.equal(
      `<iframe src="${site}embed/contact-banner/partner/es.html?org-name=MMN+%26+Friends" title="“Talk to …” box with your phone number and links" loading="lazy" height="192" style="width: 100%; border: 0;" sandbox="${SANDBOX}"></iframe>`,
    );
    const page = await openHostWith(code.split(site).join('__SITE__'));
    expect(page.frames).to.have.length(TAGS.length);
    for (const [index, tag] of TAGS.entries()) {
      const frame = page.frames[index];
      expect(frame.getAttribute('sandbox')).to.equal(SANDBOX);
      const answer = await ask(frame);
      expect([answer.origin, answer.tag, answer.lang]).to.deep.equal(['null', tag, 'es']);
      await sized(frame);
    }
    const banner = await ask(page.frames[2]);
    expect(banner.address).to.equal('contact-banner/partner/es.html');
    expect(banner.text).to.contain('MMN & Friends');
    expect(banner.text).to.not.contain(DEFAULT_ORG);
    expect(
      banner.links.filter((link) => link.startsWith('tel:')),
      'no phone was given',
    ).to.deep.equal([]);
  });

  it('the builder sends a banner with any detail of the partner’s own to the partner page, and MyIgSource’s to the pre-rendered one', async () => {
    const builder = document.createElement('iframe');
    builder.style.width = '1200px';
    builder.style.height = '900px';
    const loaded = new Promise((resolve) => builder.addEventListener('load', resolve, { once: true }));
    builder.src = '/site-dist/builder/index.html';
    document.body.append(builder);
    await loaded;
    try {
      const doc = builder.contentDocument!;
      const field = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
      for (const tag of TAGS) {
        const box = field<HTMLInputElement>(`show-${tag}`);
        if (box.checked !== (tag === 'contact-banner')) box.click();
      }
      field<HTMLInputElement>('code-frame').click();
      const type = (id: string, value: string) => {
        const input = field<HTMLInputElement>(id);
        input.value = value;
        input.dispatchEvent(new Event('input'));
      };
      const src = () =>
        field<HTMLTextAreaElement>('snippet')
          .value.match(/<iframe src="([^"]*)"/)![1]
          .replace(/&amp;/g, '&');
      const site = `${location.origin}/site-dist/embed/`;
      expect(src()).to.equal(`${site}contact-banner/en.html`);
      type('org-name', DEFAULT_ORG);
      expect(src(), 'MyIgSource’s own banner').to.equal(`${site}contact-banner/en.html?org-name=${DEFAULT_ORG}`);
      type('org-name', '');
      for (const [id, value, query] of [
        ['phone', '+1 555-010-2000', 'phone=%2B1+555-010-2000'],
        ['join-href', 'https://example.org/join', 'join-href=https%3A%2F%2Fexample.org%2Fjoin'],
        ['facebook-href', 'https://facebook.com/riverside', 'facebook-href=https%3A%2F%2Ffacebook.com%2Friverside'],
      ]) {
        type(id, value);
        expect(src(), id).to.equal(`${site}contact-banner/partner/en.html?${query}`);
        type(id, '');
      }
      type('org-name', 'Riverside');
      type('phone', '+1 555-010-2000');
      expect(src()).to.equal(`${site}contact-banner/partner/en.html?org-name=Riverside&phone=%2B1+555-010-2000`);
    } finally {
      builder.remove();
    }
  });
});

describe('e2e: a partner’s banner in a frame never shows MyIgSource’s details', () => {
  const RIVERSIDE = new URLSearchParams({
    'org-name': 'Riverside',
    phone: '+1 555-010-2000',
    'join-href': 'https://example.org/join',
  });

  /** An embed page in a frame with JavaScript off (sandboxed without allow-scripts), same-origin so the test can read it. */
  async function withScriptsOff<T>(address: string, read: (doc: Document, win: Window) => T): Promise<T> {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin');
    frame.style.width = '800px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = `/site-dist/embed/${address}`;
    document.body.append(frame);
    await loaded;
    try {
      return read(frame.contentDocument!, frame.contentWindow!);
    } finally {
      frame.remove();
    }
  }

  /** What a reader sees of a page: the body's rendered text, shadow roots included (innerText skips scripts). */
  function shown(doc: Document): string {
    const parts = [doc.title, doc.body.innerText];
    for (const element of doc.body.querySelectorAll('*')) {
      for (const child of element.shadowRoot?.children ?? []) parts.push((child as HTMLElement).innerText ?? '');
    }
    return parts.join('\n');
  }

  it('with scripts off, the partner page shows no banner at all, in every language (the default page would show MyIgSource’s)', async function () {
    this.timeout(60_000);
    for (const lang of LOCALES) {
      const text = await withScriptsOff(`contact-banner/partner/${lang}.html?${RIVERSIDE}`, (doc, win) => {
        expect(win.customElements.get('contact-banner'), 'scripts are off').to.be.undefined;
        expect(doc.documentElement.lang).to.equal(lang);
        const banner = doc.querySelector('contact-banner')!;
        expect(banner, 'the element is there for the script to replace').to.exist;
        expect(banner.shadowRoot, 'nothing pre-rendered').to.be.null;
        expect(banner.getBoundingClientRect().height).to.equal(0);
        return shown(doc);
      });
      expect(text, lang).to.not.contain('855-250-5111');
      expect(text, lang).to.not.contain(DEFAULT_ORG);
    }
    // The reason for the page: the pre-rendered one shows MyIgSource's details whatever the query says.
    const fallback = await withScriptsOff(`contact-banner/en.html?${RIVERSIDE}`, shown);
    expect(fallback).to.contain('855-250-5111');
    expect(fallback).to.contain(DEFAULT_ORG);
  });

  it('the router sends a banner with any partner detail to the partner page, and MyIgSource’s own to the pre-rendered page', async function () {
    this.timeout(60_000);
    const cases: [Record<string, string>, string][] = [
      [{ 'org-name': 'Riverside' }, 'contact-banner/partner/fr.html'],
      [{ phone: '+1 555-010-2000' }, 'contact-banner/partner/fr.html'],
      [{ 'join-href': 'https://example.org/join' }, 'contact-banner/partner/fr.html'],
      [{ 'facebook-href': 'https://facebook.com/riverside' }, 'contact-banner/partner/fr.html'],
      [{ 'org-name': ` ${DEFAULT_ORG} `, theme: 'dark' }, 'contact-banner/fr.html'],
      [{}, 'contact-banner/fr.html'],
    ];
    const page = await host(
      cases.map(([query]) => `?${new URLSearchParams({ widget: 'contact-banner', lang: 'fr-CA', ...query })}`),
    );
    for (const [index, [query, address]] of cases.entries()) {
      const answer = await ask(page.frames[index]);
      expect(answer.address, JSON.stringify(query)).to.equal(address);
      expect(answer.probe.errors).to.deep.equal([]);
      expect(answer.probe.violations).to.deep.equal([]);
    }
    const partner = await ask(page.frames[0]);
    expect(partner.text).to.contain('Riverside');
    expect(partner.text).to.not.contain(DEFAULT_ORG);
    const own = await ask(page.frames[5]);
    expect(own.text).to.contain(DEFAULT_ORG);
    expect(own.links).to.include('tel:+18552505111');
  });

  it('with scripts on, the partner page shows the partner’s name and only the phone number given, or none', async function () {
    this.timeout(60_000);
    const noPhone = new URLSearchParams({ 'org-name': 'Riverside' });
    const page = await host([
      `contact-banner/partner/es.html?${RIVERSIDE}`,
      `contact-banner/partner/en.html?${noPhone}`,
      `?widget=contact-banner&${noPhone}`,
    ]);
    const [withPhone, without, routed] = await Promise.all(page.frames.map(async (frame) => ask(frame)));
    expect(withPhone.lang).to.equal('es');
    expect(withPhone.text).to.contain('Riverside');
    expect(withPhone.text).to.contain('555-010-2000');
    expect(withPhone.links).to.deep.equal(['tel:+15550102000', 'https://example.org/join']);
    for (const answer of [withPhone, without, routed]) {
      expect(answer.text).to.not.contain(DEFAULT_ORG);
      expect(answer.text).to.not.contain('855-250-5111');
      expect(answer.title, 'the page’s title is the banner’s heading').to.contain('Riverside');
      expect(answer.title).to.not.contain(DEFAULT_ORG);
      expect(answer.probe.errors).to.deep.equal([]);
      expect(answer.probe.violations).to.deep.equal([]);
    }
    for (const answer of [without, routed]) {
      expect(answer.text).to.contain('Riverside');
      expect(answer.links, 'no phone was given: none is shown or dialled').to.deep.equal([]);
    }
    expect(routed.address).to.equal('contact-banner/partner/en.html');
    await sized(page.frames[0]);
  });

  it('axe, run inside the sandboxed frame, finds nothing in the partner page (ar, dark)', async function () {
    this.timeout(60_000);
    const query = new URLSearchParams({
      'org-name': 'نادي ريفرسايد',
      phone: '+1 555-010-2000',
      theme: 'dark',
      'heading-level': '1',
    });
    const page = await host([`contact-banner/partner/ar.html?${query}`], { variant: 'axe', embedJs: false });
    const [frame] = page.frames;
    const answer = await ask(frame);
    expect(answer.theme).to.contain('theme-dark');
    expect(answer.text).to.contain('ريفرسايد');
    expect(await axeInside(frame)).to.deep.equal([]);
  });
});
