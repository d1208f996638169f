import { expect, fixture } from '@open-wc/testing';
import '../src/define.js';
import { $, $$, contrast, settle, THEMES, watchWarnings } from './helpers.js';

// What the eye uses to find its way through a content widget: subheadings
// that stand out from the text at every heading level a host may choose, and
// the review dates and sources set apart below the copy.

async function make(markup: string): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(markup);
  await settle(el);
  return el;
}

const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize);

describe('the look of the content widgets', () => {
  watchWarnings();

  for (const tag of ['mmn-overview', 'mmn-vs-als']) {
    describe(`<${tag}>`, () => {
      // At heading-level 5 the subheadings are <h6>, which a browser's own style sets smaller than body text.
      for (const [level, subheadingTag] of [
        [2, 'h3'],
        [5, 'h6'],
      ] as const) {
        it(`sets its subheadings larger than its text at heading-level ${level}`, async () => {
          const el = await make(`<${tag} heading-level="${level}"></${tag}>`);
          const body = size($(el, 'p'));
          const subheadings = $$(el, '[part~="subheading"]');
          expect(subheadings.length).to.be.greaterThan(0);
          for (const subheading of subheadings) {
            expect(subheading.localName).to.equal(subheadingTag);
            expect(size(subheading), subheading.textContent).to.be.at.least(body * 1.15);
          }
        });
      }

      for (const theme of THEMES) {
        it(`sets the review dates and sources apart in the ${theme} theme: a rule above, smaller text`, async () => {
          const el = await make(`<${tag} theme="${theme}"></${tag}>`);
          const meta = $(el, '[part~="meta"]');
          const style = getComputedStyle(meta);
          const surface = getComputedStyle($(el, '[part~="container"]')).backgroundColor;
          expect(style.borderTopStyle).to.equal('solid');
          expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
          expect(contrast(style.borderTopColor, surface)).to.be.at.least(2);
          // On the host's 16px: the small print is 0.9 of the text, never under 14px.
          expect(size($(el, 'p'))).to.equal(16);
          const lines = [...meta.querySelectorAll('p, li')];
          expect(lines.length).to.be.greaterThan(0);
          for (const line of lines) expect(size(line), line.textContent ?? '').to.be.within(14, 15);
        });
      }
    });
  }
});
