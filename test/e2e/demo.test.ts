import { expect } from '@open-wc/testing';
import { container, openPage, TAGS } from './harness.js';

// The demo pages `npm start` serves (demo/), as a newcomer first sees them:
// every widget renders, and the page logs no warning, which also means no
// banner shows a partner's link under MyIgSource's name; and no banner shows
// a partner's name next to MyIgSource's number.

/** A demo page served as an e2e page: its own head and body, with its paths from the project root. */
async function demo(file: string) {
  const html = await (await fetch(`/demo/${file}`)).text();
  const part = (name: string) => html.match(new RegExp(`<${name}>([\\s\\S]*)</${name}>`))![1];
  const fromRoot = (text: string) =>
    text.replaceAll('../dist/', './dist/').replace(/(href|src)="\.\/(demo\.(?:js|css))"/g, '$1="./demo/$2"');
  const head = fromRoot(part('head')).replace(/<meta [^>]*>|<title>[^<]*<\/title>|<link rel="icon"[^>]*>/g, '');
  return openPage({ head, body: fromRoot(part('body')), waitFor: TAGS, width: 1200 });
}

describe('e2e: the demo pages (npm start)', () => {
  for (const file of ['index.html', 'classic.html']) {
    it(`${file} shows every widget, with no warning or error`, async () => {
      const page = await demo(file);
      try {
        const shown = new Set([...page.doc.querySelectorAll(TAGS.join(','))].map((el) => el.localName));
        expect([...shown].sort()).to.deep.equal([...TAGS].sort());
        for (const el of page.doc.querySelectorAll(TAGS.join(','))) {
          expect(container(el)?.querySelector('[part~="heading"]')?.textContent, el.localName).to.be.a('string').and.not
            .be.empty;
        }
        for (const banner of page.doc.querySelectorAll('contact-banner')) {
          const text = container(banner)!.innerText;
          if (!text.includes('MyIgSource')) expect(text, "a partner's banner").to.not.contain('855-250-5111');
        }
        expect(page.probe.warnings).to.deep.equal([]);
        expect(page.probe.errors).to.deep.equal([]);
      } finally {
        page.close();
      }
    });
  }

  it('logs the notes events a host can count, with no answer in them', async () => {
    const page = await demo('index.html');
    try {
      const notes = page.doc.querySelector('mmn-visit-notes')!;
      const box = notes.shadowRoot!.querySelector<HTMLInputElement>('input[value="cramps"]')!;
      box.click();
      page.win.print = () => undefined;
      notes.shadowRoot!.querySelector<HTMLButtonElement>('[part~="print"]')!.click();
      page.win.dispatchEvent(new Event('afterprint'));
      const log = page.doc.getElementById('log')!.textContent;
      expect(log).to.contain('mmn-notes-print {"widget":"mmn-visit-notes"}');
      expect(log).to.not.contain('cramps');
    } finally {
      page.close();
    }
  });
});
