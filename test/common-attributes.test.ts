import { expect, fixture } from '@open-wc/testing';
import { WIDGET_TAGS as TAGS } from '../src/define.js';
import {
  $,
  $$,
  contrast,
  emulate,
  emulateOrSkip,
  expectOneRefusal,
  outline,
  settle,
  THEMES,
  watchWarnings,
} from './helpers.js';

// What every widget promises a host: heading-level, theme, the look in each
// theme and media, and that a bad value never breaks the page.

async function make(markup: string): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(markup);
  await settle(el);
  return el;
}

const surface = (el: Element) => getComputedStyle($(el, '[part~="container"]')).backgroundColor;
const ink = (el: Element) => getComputedStyle($(el, '[part~="container"]')).color;

for (const tag of TAGS) {
  describe(`<${tag}> common attributes`, () => {
    const warnings = watchWarnings();
    afterEach(() => emulate({}));

    it('puts its main heading at level 2 by default, subheadings one deeper', async () => {
      const el = await make(`<${tag}></${tag}>`);
      const levels = outline(el).map((h) => h.slice(0, 2));
      expect(levels[0]).to.equal('h2');
      expect(levels.slice(1).every((l) => l === 'h3')).to.be.true;
    });

    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`puts its main heading at heading-level="${level}"`, async () => {
        const el = await make(`<${tag} heading-level="${level}"></${tag}>`);
        const levels = outline(el).map((h) => Number(h[1]));
        expect(levels[0]).to.equal(level);
        for (const sub of levels.slice(1)) expect(sub).to.equal(Math.min(level + 1, 6));
      });
    }

    for (const bad of ['9', '0', '-1', '2.5', 'two', '', '<h1>']) {
      it(`refuses heading-level="${bad}" with one warning and uses 2`, async () => {
        const el = await make(`<${tag} heading-level="${bad}"></${tag}>`);
        expect(outline(el)[0]).to.match(/^h2 /);
        expectOneRefusal(warnings.take(), 'heading-level', bad);
      });
    }

    it('falls back to level 2 and light when the attributes are removed', async () => {
      const el = await make(`<${tag} heading-level="4" theme="dark"></${tag}>`);
      const darkSurface = surface(el);
      el.removeAttribute('heading-level');
      el.removeAttribute('theme');
      await settle(el);
      expect(outline(el)[0]).to.match(/^h2 /);
      expect(surface(el)).to.not.equal(darkSurface);
      expect(warnings.take()).to.deep.equal([]);
    });

    it('takes a heading level set as a property', async () => {
      const el = await make(`<${tag}></${tag}>`);
      (el as unknown as { headingLevel: number }).headingLevel = 5;
      await settle(el);
      expect(outline(el)[0]).to.match(/^h5 /);
    });

    it('is light by default and dark with theme="dark"', async () => {
      const light = await make(`<${tag}></${tag}>`);
      const dark = await make(`<${tag} theme="dark"></${tag}>`);
      expect(contrast(surface(light), 'rgb(255, 255, 255)')).to.be.below(1.2);
      expect(contrast(surface(dark), 'rgb(0, 0, 0)')).to.be.below(1.5);
    });

    it('follows the reader’s system with theme="auto"', async function () {
      const el = await make(`<${tag} theme="auto"></${tag}>`);
      await emulateOrSkip(this, { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
      const dark = surface(el);
      await emulate({ features: [{ name: 'prefers-color-scheme', value: 'light' }] });
      const light = surface(el);
      expect(contrast(dark, 'rgb(0, 0, 0)')).to.be.below(1.5);
      expect(contrast(light, 'rgb(255, 255, 255)')).to.be.below(1.2);
    });

    for (const bad of ['neon', 'DARKER', ' ', 'javascript:alert(1)']) {
      it(`refuses theme="${bad}" with one warning and stays light`, async () => {
        const el = await make(`<${tag} theme="${bad}"></${tag}>`);
        expect(contrast(surface(el), 'rgb(255, 255, 255)')).to.be.below(1.2);
        expectOneRefusal(warnings.take(), 'theme', bad);
      });
    }

    it('says in its warning what it ignored, what it expects, and what it uses instead', async () => {
      await make(`<${tag} heading-level="9" theme="neon"></${tag}>`);
      expect(warnings.take().sort()).to.deep.equal([
        `[mmn-widgets] <${tag}> ignored heading-level="9": expected a whole number from 1 to 6. Using 2.`,
        `[mmn-widgets] <${tag}> ignored theme="neon": expected light, dark or auto. Using light.`,
      ]);
      // Set as a property, not written in the page: the value itself is named.
      const el = await make(`<${tag}></${tag}>`);
      (el as unknown as { headingLevel: number }).headingLevel = 7;
      await settle(el);
      expect(warnings.take()).to.deep.equal([
        `[mmn-widgets] <${tag}> ignored heading-level="7": expected a whole number from 1 to 6. Using 2.`,
      ]);
    });

    for (const theme of THEMES) {
      it(`passes axe in the ${theme} theme`, async () => {
        const el = await make(
          `<${tag} theme="${theme}" org-name="MMN Friends" join-href="https://example.org/join" facebook-href="https://facebook.com/example"></${tag}>`,
        );
        await expect(el).to.be.accessible();
      });

      it(`keeps body text at 7:1 contrast or more in the ${theme} theme`, async () => {
        const el = await make(`<${tag} theme="${theme}"></${tag}>`);
        expect(contrast(ink(el), surface(el))).to.be.at.least(7);
        for (const muted of $$(el, '.meta, figcaption, .key')) {
          expect(contrast(getComputedStyle(muted).color, surface(el))).to.be.at.least(7);
        }
      });
    }

    it('keeps text at 14px or more when the host shrinks its font, and grows with it', async () => {
      const small = await make(`<div style="font-size: 10px"><${tag}></${tag}></div>`);
      const large = await make(`<div style="font-size: 20px"><${tag}></${tag}></div>`);
      // Body text takes the host's size (floored at 14px); the small print is 0.9 of it.
      for (const [wrapper, body, min] of [
        [small, 14, 14],
        [large, 20, 18],
      ] as const) {
        const el = wrapper.firstElementChild!;
        await settle(el);
        expect(parseFloat(getComputedStyle($(el, 'p')).fontSize)).to.equal(body);
        for (const text of $$(el, 'p, li, td, th, a, figcaption')) {
          expect(parseFloat(getComputedStyle(text).fontSize), text.textContent).to.be.at.least(min - 0.01);
        }
      }
    });

    it('inherits the host page’s font family, or takes --mmn-font-family', async () => {
      const wrapper = await make(`<div style="font-family: Georgia, serif"><${tag}></${tag}></div>`);
      const el = wrapper.firstElementChild!;
      await settle(el);
      expect(getComputedStyle($(el, 'p')).fontFamily).to.contain('Georgia');
      (el as HTMLElement).style.setProperty('--mmn-font-family', 'monospace');
      expect(getComputedStyle($(el, 'p')).fontFamily).to.equal('monospace');
    });

    it('lets the host restyle it through --mmn-* properties and ::part()', async () => {
      const wrapper = await make(`<div>
        <style>
          .host-styled { --mmn-color-surface: rgb(1, 2, 3); --mmn-color-text: rgb(250, 250, 250); }
          .host-styled::part(heading) { color: rgb(255, 0, 0); }
        </style>
        <${tag} class="host-styled"></${tag}></div>`);
      const el = wrapper.querySelector(tag)!;
      await settle(el);
      expect(surface(el)).to.equal('rgb(1, 2, 3)');
      expect(ink(el)).to.equal('rgb(250, 250, 250)');
      expect(getComputedStyle($(el, '[part~="heading"]')).color).to.equal('rgb(255, 0, 0)');
    });

    it('uses the system colours in forced-colors mode', async function () {
      const el = await make(`<${tag} theme="dark"></${tag}>`);
      const before = surface(el);
      await emulateOrSkip(this, { features: [{ name: 'forced-colors', value: 'active' }] });
      const box = getComputedStyle($(el, '[part~="container"]'));
      expect(box.backgroundColor).to.not.equal(before);
      expect(contrast(box.color, box.backgroundColor)).to.be.at.least(7);
      expect(box.borderTopStyle).to.equal('solid');
    });

    it('prints as black on white', async function () {
      const el = await make(`<${tag} theme="dark"></${tag}>`);
      await emulateOrSkip(this, { media: 'print' });
      expect(ink(el)).to.equal('rgb(0, 0, 0)');
      expect(surface(el)).to.equal('rgba(0, 0, 0, 0)');
    });
  });
}
