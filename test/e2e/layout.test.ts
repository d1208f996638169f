import { expect } from '@open-wc/testing';
import { container, ES_BUNDLE, openPage, type Page } from './harness.js';

// Layout defaults a partner gets with no CSS of their own: the README's
// snippet pasted as is, on a wide, unstyled page.

const STACKED = `<mmn-overview></mmn-overview>
<mmn-vs-als></mmn-vs-als>
<contact-banner org-name="Riverside Clinic" join-href="https://example.org/join"></contact-banner>
<p id="after">After the widgets.</p>`;

/** The space between each widget's box and the next thing below it, in px. */
function gaps(page: Page): number[] {
  const boxes = [...page.doc.querySelectorAll('mmn-overview, mmn-vs-als, contact-banner, #after')].map((el) =>
    (el.localName === 'p' ? el : container(el)!).getBoundingClientRect(),
  );
  return boxes.slice(1).map((box, i) => box.top - boxes[i].bottom);
}

/** Characters on each rendered line of a block's text, found with a Range per character. */
function lineLengths(block: Element): number[] {
  const doc = block.ownerDocument;
  const walker = doc.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const lines = new Map<number, number>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!;
    for (let i = 0; i < text.length; i += 1) {
      const range = doc.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      if (!rect) continue; // collapsed white space
      const top = Math.round(rect.top / 4);
      lines.set(top, (lines.get(top) ?? 0) + 1);
    }
  }
  return [...lines.values()];
}

describe('e2e: layout defaults on an unstyled page', () => {
  it('leaves a gap between stacked widgets, and after the last', async () => {
    const page = await openPage({ head: ES_BUNDLE, body: STACKED, width: 900 });
    try {
      const fontSize = parseFloat(page.win.getComputedStyle(page.doc.body).fontSize);
      for (const gap of gaps(page)) expect(gap).to.be.closeTo(1.5 * fontSize, 1);
    } finally {
      page.close();
    }
  });

  it('lets the page set the gap, by margin or by --mmn-gap', async () => {
    const byMargin = await openPage({
      head: `${ES_BUNDLE}<style>mmn-overview, mmn-vs-als, contact-banner { margin: 0 }</style>`,
      body: STACKED,
      width: 900,
    });
    const byToken = await openPage({
      head: `${ES_BUNDLE}<style>body { --mmn-gap: 40px }</style>`,
      body: STACKED,
      width: 900,
    });
    try {
      expect(gaps(byMargin).slice(0, 2)).to.deep.equal([0, 0]);
      for (const gap of gaps(byToken)) expect(gap).to.be.closeTo(40, 1);
    } finally {
      byMargin.close();
      byToken.close();
    }
  });

  it('keeps paragraphs and lists to a readable measure in a wide column, while the table uses the full width', async () => {
    const page = await openPage({ head: ES_BUNDLE, body: STACKED, width: 1400 });
    try {
      const overview = page.doc.querySelector('mmn-overview')!.shadowRoot!;
      const blocks = [...overview.querySelectorAll('p, li')];
      const lengths = blocks.flatMap((block) => lineLengths(block));
      const longest = Math.max(...lengths);
      console.log(`longest line of the overview, 1400px page: ${longest} characters`);
      expect(longest).to.be.within(60, 82);
      // Wrapped lines run close to the measure: more than one line per paragraph here.
      const wrapped = blocks.map((block) => lineLengths(block)).filter((lines) => lines.length > 1);
      expect(wrapped.length).to.be.greaterThan(0);

      const vsAls = page.doc.querySelector('mmn-vs-als')!.shadowRoot!;
      const box = container(page.doc.querySelector('mmn-vs-als')!)!;
      const inner = box.clientWidth - 2 * parseFloat(page.win.getComputedStyle(box).paddingLeft);
      expect(vsAls.querySelector('table')!.getBoundingClientRect().width).to.be.closeTo(inner, 2);
      expect(vsAls.querySelector('p')!.getBoundingClientRect().width).to.be.below(inner * 0.7);
      const diagram = overview.querySelector('[part~="diagram"]')!.getBoundingClientRect().width;
      expect(diagram).to.be.greaterThan(overview.querySelector('p')!.getBoundingClientRect().width);
    } finally {
      page.close();
    }
  });
});
