import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { MmnOverview } from '../src/mmn-overview/mmn-overview.js';
import { $, render, settle, until, watchWarnings } from './helpers.js';

// Pages that do what the widget tests do not: values pasted with spaces
// around them, a widget inside another component, markup rendered on a
// server before the script came.

const heading = (el: Element) => $(el, '[part~="heading"]').textContent.trim();
/** Waits until the heading reads `text` (a language file may have to load first). */
const shows = (el: Element, text: string) => until(() => heading(el) === text, `the heading reads ${text}`);

/** Whether `el` matches `:state(loading)`; null where the engine has no `:state()`. */
function loadingState(el: Element): boolean | null {
  try {
    return el.matches(':state(loading)');
  } catch {
    return null;
  }
}

describe('host pages that do unusual things', () => {
  const warnings = watchWarnings();

  it('reads a lang written with spaces around it, as a page builder may write it', async () => {
    const el = await render<HTMLElement>(html`<mmn-overview lang=" es "></mmn-overview>`);
    expect(heading(el)).to.equal('¿Qué es la NMM?');
    expect(warnings.take()).to.deep.equal([]);
  });

  it('follows its own lang inside another component’s shadow root, where the page’s watch does not reach', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('mmn-overview');
    el.setAttribute('lang', 'es');
    host.attachShadow({ mode: 'open' }).append(el);
    await settle(el);
    expect(heading(el)).to.equal('¿Qué es la NMM?');
    el.setAttribute('lang', 'de');
    await shows(el, 'Was ist MMN?');
    el.setAttribute('lang', 'en');
    await shows(el, 'What is MMN?');
  });

  it('goes back to English when its lang is removed', async () => {
    const el = await render<HTMLElement>(html`<mmn-overview lang="fr"></mmn-overview>`);
    expect(heading(el)).to.equal('Qu’est-ce que la NMM\u00a0?');
    el.removeAttribute('lang');
    await shows(el, 'What is MMN?');
    expect($(el, '[part~="container"]').lang).to.equal('en');
  });

  it('reads lang="" as HTML does, a language unknown: English, without a warning', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="es"><mmn-overview lang=""></mmn-overview></div>`);
    const el = wrapper.firstElementChild!;
    await settle(el);
    expect(heading(el)).to.equal('What is MMN?');
    expect(warnings.take()).to.deep.equal([]);
  });

  it('takes theme=" Dark ", as a page builder may write it, as the dark theme', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div><mmn-overview theme=" Dark "></mmn-overview><mmn-overview theme="dark"></mmn-overview></div>`,
    );
    const [padded, dark] = wrapper.children;
    await Promise.all([settle(padded), settle(dark)]);
    const surface = (el: Element) => getComputedStyle($(el, '[part~="container"]')).backgroundColor;
    expect(surface(padded)).to.equal(surface(dark));
    expect(warnings.take()).to.deep.equal([]);
  });

  it('warns once about a bad heading-level or theme, however often it renders again', async () => {
    const el = await render<HTMLElement & { theme: string; headingLevel: number }>(
      html`<mmn-overview heading-level="9"></mmn-overview>`,
    );
    el.theme = 'dark';
    await settle(el);
    expect(warnings.take()).to.have.length(1);
    const other = await render<HTMLElement & { theme: string; headingLevel: number }>(
      html`<mmn-overview theme="neon"></mmn-overview>`,
    );
    other.headingLevel = 3;
    await settle(other);
    expect(warnings.take()).to.have.length(1);
  });

  it('is not marked as loading after the page moves it', async function () {
    const el = await render<HTMLElement>(html`<mmn-overview></mmn-overview>`);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await settle(el);
    const state = loadingState(el);
    if (state === null) this.skip();
    expect(state).to.be.false;
  });

  for (const [phone, href] of [
    ['311', 'tel:311'],
    ['+1 234 567 890 123 45', 'tel:+123456789012345'],
  ]) {
    it(`takes a number of ${href.replace(/\D/g, '').length} digits, the ${href.length < 10 ? 'fewest' : 'most'} it allows: ${phone}`, async () => {
      const el = await render<HTMLElement>(
        html`<contact-banner org-name="MMN Friends" phone=${phone}></contact-banner>`,
      );
      expect($<HTMLAnchorElement>(el, '[part~="cta-call"]').getAttribute('href')).to.equal(href);
      expect(warnings.take()).to.deep.equal([]);
    });
  }

  it('dials a partner’s number from abroad when it is pasted with spaces around it', async () => {
    const el = await render<HTMLElement>(
      html`<contact-banner org-name="MMN Friends" phone=${'  +44 20 7946 0000\n'}></contact-banner>`,
    );
    const call = $<HTMLAnchorElement>(el, '[part~="cta-call"]');
    expect(call.getAttribute('href')).to.equal('tel:+442079460000');
    expect($(el, '.phone').textContent).to.equal('+44 20 7946 0000');
  });

  it('is not marked as loading when it upgrades over markup a server rendered', function () {
    // Markup as a server sends it (declarative shadow DOM), before the script defines the tag.
    const el = document.createElement('served-overview');
    const served = document.createElement('h2');
    served.setAttribute('part', 'heading');
    served.textContent = 'What is MMN?';
    el.attachShadow({ mode: 'open' }).append(served);
    document.body.append(el);
    try {
      customElements.define('served-overview', class extends MmnOverview {});
      // At once, before its first update: a page's `:state(loading)` rule (room reserved
      // for a widget still to come) must not apply to one already there.
      const state = loadingState(el);
      if (state === null) this.skip();
      expect(state).to.be.false;
    } finally {
      el.remove();
    }
  });
});
