import { expect } from '@open-wc/testing';
import { allWidgets, container, ES_BUNDLE, openPage, TAGS } from './harness.js';

// The widgets on pages whose CSS fights them, in a 320px-wide frame (a small
// phone): a shrunken rem, Bootstrap's reboot, Tailwind's preflight (both
// from npm), and '* { … !important }' on every property the widgets rely on.
// Text stays at 14px or more and readable, nothing overflows, the layout holds.

const HOSTS: Record<string, string> = {
  'html { font-size: 62.5% }': '<link rel="stylesheet" href="./test/e2e/fixtures/tiny-rem.css">',
  'Bootstrap reboot': '<link rel="stylesheet" href="./node_modules/bootstrap/dist/css/bootstrap-reboot.css">',
  'Tailwind preflight': '<link rel="stylesheet" href="./node_modules/tailwindcss/preflight.css">',
  '* { … !important } on everything': '<link rel="stylesheet" href="./test/e2e/fixtures/hostile.css">',
};

const BODY = allWidgets();

const WIDTH = 320;

for (const [name, stylesheet] of Object.entries(HOSTS)) {
  describe(`e2e: a ${WIDTH}px page with ${name}`, () => {
    it('keeps every text at 14px or more, readable, and inside the page', async () => {
      const page = await openPage({ head: `${stylesheet}${ES_BUNDLE}`, body: BODY, width: WIDTH });
      try {
        // The host's CSS really is hostile here (the check can fail).
        const bodySize = parseFloat(page.win.getComputedStyle(page.doc.body).fontSize);
        if (name !== 'Bootstrap reboot' && name !== 'Tailwind preflight') expect(bodySize).to.be.below(14);

        for (const tag of TAGS) {
          const el = page.doc.querySelector(tag)!;
          const box = container(el)!;
          expect(box, `<${tag}> rendered`).to.exist;
          for (const text of box.querySelectorAll<HTMLElement>('p, li, th, td, a, figcaption, h2, h3')) {
            const style = page.win.getComputedStyle(text);
            const size = parseFloat(style.fontSize);
            const label = `<${tag}> ${text.localName} "${text.textContent.trim().slice(0, 30)}"`;
            expect(size, `${label} font-size`).to.be.at.least(14);
            const lineHeight = style.lineHeight === 'normal' ? size * 1.2 : parseFloat(style.lineHeight);
            expect(lineHeight / size, `${label} line-height`).to.be.at.least(1.2);
            expect(style.textTransform, `${label} text-transform`).to.equal('none');
            expect(style.whiteSpace, `${label} white-space`).to.equal('normal');
            expect(style.letterSpacing, `${label} letter-spacing`).to.be.oneOf(['normal', '0px']);
          }
          // Nothing sticks out of the widget or the page.
          expect(box.scrollWidth, `<${tag}> overflows itself`).to.be.at.most(box.clientWidth + 1);
          expect(box.getBoundingClientRect().right, `<${tag}> sticks out of the page`).to.be.at.most(WIDTH + 1);
          expect(box.getBoundingClientRect().height, `<${tag}> collapsed`).to.be.greaterThan(100);
        }
        expect(page.doc.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(WIDTH);

        // The layout holds: the table is stacked cards, the banner's links are full-width buttons.
        const table = page.doc.querySelector('mmn-vs-als')!.shadowRoot!;
        expect(page.win.getComputedStyle(table.querySelector('tbody tr')!).display).to.equal('block');
        const banner = page.doc.querySelector('contact-banner')!.shadowRoot!;
        const buttons = [...banner.querySelectorAll('a')].map((a) => a.getBoundingClientRect());
        expect(new Set(buttons.map((r) => Math.round(r.width))).size, 'buttons share one width').to.equal(1);
        for (const r of buttons) expect(r.height).to.be.at.least(43.5);
        expect(page.probe.errors).to.deep.equal([]);
      } finally {
        page.close();
      }
    });
  });
}
