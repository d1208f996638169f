import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/contact-banner/define.js';
import type { ContactBanner } from '../src/contact-banner/contact-banner.js';
import type { MmnCtaClickEvent } from '../src/shared/events.js';
import {
  $,
  $$,
  emulate,
  emulateOrSkip,
  expectOneRefusal,
  render,
  settle,
  visibleText,
  watchWarnings,
} from './helpers.js';

const JOIN = 'https://example.org/join';
const FACEBOOK = 'https://www.facebook.com/example';
/** A partner's own number. */
const PHONE = '+1 555 010 0199';

/** The links a reader sees, as [text, href]. */
const links = (el: Element) => $$<HTMLAnchorElement>(el, 'a').map((a) => [a.innerText.trim(), a.href]);

describe('<contact-banner>', () => {
  const warnings = watchWarnings();

  // Links in these tests must not navigate the test page away.
  const stay = (event: Event) => event.preventDefault();
  before(() => document.addEventListener('click', stay));
  after(() => document.removeEventListener('click', stay));

  it('offers a click-to-call link to +1 855-250-5111 from MyIgSource by default, diallable from abroad', async () => {
    const el = await render<ContactBanner>(html`<contact-banner></contact-banner>`);
    expect($(el, 'h2').textContent).to.equal('Talk to MyIgSource');
    expect($(el, '.intro p').textContent).to.equal('Questions about MMN? Call MyIgSource.');
    expect(links(el)).to.deep.equal([['Call +1 855-250-5111', 'tel:+18552505111']]);
    expect($(el, '[part~="cta-call"] .phone').dir).to.equal('ltr');
    await expect(el).to.be.accessible();
  });

  /** What a reader sees of a banner: the text under its heading, and its links. */
  const seen = (el: Element) => ({ text: $(el, '.intro p').textContent, links: links(el) });
  const ORG = 'Riverside Clinic';
  for (const [what, attributes, expected] of [
    [
      'a phone number only',
      { phone: '(555) 010-2000' },
      { text: `Questions about MMN? Call ${ORG}.`, links: [['Call (555) 010-2000', 'tel:5550102000']] },
    ],
    [
      'a join page only',
      { 'join-href': JOIN },
      { text: `Questions about MMN? Reach ${ORG} online.`, links: [[`Join ${ORG}`, JOIN]] },
    ],
    [
      'a Facebook page only',
      { 'facebook-href': FACEBOOK },
      { text: `Questions about MMN? Reach ${ORG} online.`, links: [[`${ORG} on Facebook`, FACEBOOK]] },
    ],
    [
      'a phone number and a link',
      { phone: '(555) 010-2000', 'facebook-href': FACEBOOK },
      {
        text: `Questions about MMN? Reach ${ORG} by phone or online.`,
        links: [
          ['Call (555) 010-2000', 'tel:5550102000'],
          [`${ORG} on Facebook`, FACEBOOK],
        ],
      },
    ],
  ] as const) {
    it(`under a partner's org-name with ${what}, shows only that and says only that, without a warning`, async () => {
      const el = document.createElement('contact-banner');
      el.setAttribute('org-name', ORG);
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      document.body.append(el);
      try {
        await settle(el);
        expect(seen(el)).to.deep.equal(expected);
        expect($$(el, 'a[href^="tel:"]').map((a) => a.getAttribute('href'))).to.not.include('tel:+18552505111');
        expect(visibleText(el)).to.not.contain('855');
        expect(warnings.take()).to.deep.equal([]);
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });
  }

  it("shows no phone number under a partner's org-name without phone, in every language", async () => {
    const texts: Record<string, string> = {};
    for (const lang of ['en', 'es', 'fr', 'de', 'pt-BR', 'zh-Hans', 'ar']) {
      const el = await render<ContactBanner>(
        html`<contact-banner lang=${lang} org-name=${ORG} join-href=${JOIN}></contact-banner>`,
      );
      expect(
        links(el).map(([, href]) => href),
        lang,
      ).to.deep.equal([JOIN]);
      expect(visibleText(el), lang).to.not.contain('855');
      texts[lang] = $(el, '.intro p').textContent!;
    }
    // Online only: never the words for "by phone" of the language.
    expect(texts).to.deep.equal({
      en: `Questions about MMN? Reach ${ORG} online.`,
      es: `¿Tiene preguntas sobre la NMM? Comuníquese con ${ORG} en línea.`,
      fr: `Des questions sur la NMM\u00a0? Retrouvez ${ORG} en ligne.`,
      de: `Fragen zu MMN? Erreichen Sie ${ORG} online.`,
      'pt-BR': `Dúvidas sobre a NMM? Entre em contato com ${ORG} pela internet.`,
      'zh-Hans': `对 MMN 有疑问？可以在网上联系 ${ORG}。`,
      ar: `هل لديك أسئلة عن MMN؟ تواصل مع ${ORG} عبر الإنترنت.`,
    });
  });

  it("says once when a partner's banner has no phone and no link, and still shows its heading and a text that offers nothing", async () => {
    const el = await render<ContactBanner>(html`<contact-banner org-name=${ORG}></contact-banner>`);
    expect($(el, 'h2').textContent).to.equal(`Talk to ${ORG}`);
    expect(seen(el)).to.deep.equal({ text: `Questions about MMN? Ask ${ORG}.`, links: [] });
    expect($$(el, 'ul')).to.have.length(0); // no empty list for a screen reader to announce
    el.setAttribute('theme', 'dark'); // a later update does not repeat it
    await settle(el);
    const taken = warnings.take();
    expect(taken).to.have.length(1);
    expect(taken[0]).to.equal('[mmn-widgets] <contact-banner> has no phone or link: it offers no way to get in touch.');
    await expect(el).to.be.accessible();
  });

  it("refuses a partner's bad phone without showing MyIgSource's, and says once that nothing is left", async () => {
    const el = await render<ContactBanner>(html`<contact-banner org-name=${ORG} phone="call us"></contact-banner>`);
    expect(seen(el)).to.deep.equal({ text: `Questions about MMN? Ask ${ORG}.`, links: [] });
    const [refusal, ...rest] = warnings.take();
    expectOneRefusal([refusal], 'phone', 'call us');
    expect(refusal).to.contain('Using no phone number.');
    expect(rest).to.deep.equal([
      '[mmn-widgets] <contact-banner> has no phone or link: it offers no way to get in touch.',
    ]);
  });

  it("refuses a partner's bad phone but keeps its link, with one warning and no MyIgSource number", async () => {
    const el = await render<ContactBanner>(
      html`<contact-banner org-name=${ORG} phone="call us" join-href=${JOIN}></contact-banner>`,
    );
    expect(seen(el)).to.deep.equal({
      text: `Questions about MMN? Reach ${ORG} online.`,
      links: [[`Join ${ORG}`, JOIN]],
    });
    const taken = warnings.take();
    expectOneRefusal(taken, 'phone', 'call us');
    expect(taken[0]).to.not.contain('no way to get in touch');
  });

  it('warns about its contact details once, however they change', async () => {
    // A partner's number under MyIgSource's name, then a partner's name with nothing at all.
    const el = await render<ContactBanner>(html`<contact-banner phone="(555) 010-2000"></contact-banner>`);
    el.setAttribute('org-name', ORG);
    el.removeAttribute('phone');
    await settle(el);
    expect(seen(el)).to.deep.equal({ text: `Questions about MMN? Ask ${ORG}.`, links: [] });
    const taken = warnings.take();
    expect(taken).to.have.length(1);
    expect(taken[0]).to.contain('still names MyIgSource');
  });

  it("shows MyIgSource's number again when the partner's name is removed", async () => {
    const el = await render<ContactBanner>(html`<contact-banner org-name=${ORG} join-href=${JOIN}></contact-banner>`);
    expect(links(el)).to.deep.equal([[`Join ${ORG}`, JOIN]]);
    el.removeAttribute('org-name');
    el.removeAttribute('join-href');
    await settle(el);
    expect(seen(el)).to.deep.equal({
      text: 'Questions about MMN? Call MyIgSource.',
      links: [['Call +1 855-250-5111', 'tel:+18552505111']],
    });
    expect(warnings.take()).to.deep.equal([]);
  });

  it("names the organisation in its heading: the partner's org-name, in every part", async () => {
    const el = await render<ContactBanner>(
      html`<contact-banner org-name="Riverside Clinic" phone="(555) 010-2000" join-href=${JOIN}></contact-banner>`,
    );
    expect($(el, 'h2').textContent).to.equal('Talk to Riverside Clinic');
    expect(visibleText(el)).to.not.contain('MyIgSource');
  });

  for (const [attribute, value] of [
    ['phone', '(555) 010-2000'],
    ['join-href', JOIN],
    ['facebook-href', FACEBOOK],
  ]) {
    it(`warns once that it still names MyIgSource when ${attribute} is set without org-name`, async () => {
      const el = await render<ContactBanner>(html`<contact-banner></contact-banner>`);
      el.setAttribute(attribute, value);
      await settle(el);
      el.setAttribute('theme', 'dark'); // a later update does not repeat it
      await settle(el);
      const taken = warnings.take();
      expect(taken).to.have.length(1);
      expect(taken[0]).to.match(/^\[mmn-widgets\] <contact-banner> .*org-name.*still names MyIgSource/);
      expect($(el, 'h2').textContent).to.equal('Talk to MyIgSource');
    });
  }

  for (const same of ['+1 855-250-5111', '855-250-5111', '1 (855) 250-5111']) {
    it(`does not warn about org-name for MyIgSource's own number written ${same}`, async () => {
      await render<ContactBanner>(html`<contact-banner phone=${same}></contact-banner>`);
      expect(warnings.take()).to.deep.equal([]);
    });
  }

  for (const [phone, href] of [
    ['+44 20 7946 0000', 'tel:+442079460000'],
    ['0049 30 1234567', 'tel:0049301234567'],
    ['(555) 010-2000', 'tel:5550102000'],
  ]) {
    it(`shows phone="${phone}" as written and dials ${href}`, async () => {
      const el = await render<ContactBanner>(
        html`<contact-banner phone=${phone} org-name="MMN Friends"></contact-banner>`,
      );
      expect($<HTMLAnchorElement>(el, '[part~="cta-call"]').getAttribute('href')).to.equal(href);
      expect($(el, '.phone').textContent).to.equal(phone);
    });
  }

  it('shows Join and Facebook only when their links are given', async () => {
    const el = await render<ContactBanner>(
      html`<contact-banner join-href=${JOIN} facebook-href=${FACEBOOK} org-name="MMN Friends"></contact-banner>`,
    );
    expect(links(el)).to.deep.equal([
      ['Join MMN Friends', JOIN],
      ['MMN Friends on Facebook', FACEBOOK],
    ]);
    el.removeAttribute('join-href');
    await settle(el);
    expect(links(el).map(([text]) => text)).to.deep.equal(['MMN Friends on Facebook']);
  });

  it('accepts http: links and resolves relative ones against the host page', async () => {
    const el = await render<ContactBanner>(
      html`<contact-banner org-name="MMN Friends" join-href="http://example.org/join" facebook-href="/facebook"></contact-banner>`,
    );
    expect(links(el).map(([, href]) => href)).to.deep.equal([
      'http://example.org/join',
      new URL('/facebook', location.href).href,
    ]);
  });

  for (const [phone, href] of [
    ['+1 (555) 010-2000', 'tel:+15550102000'],
    ['555.010.2000', 'tel:5550102000'],
    ['  0800 123 456  ', 'tel:0800123456'],
  ]) {
    it(`calls ${href} for phone="${phone}"`, async () => {
      const el = await render<ContactBanner>(
        html`<contact-banner phone=${phone} org-name="MMN Friends"></contact-banner>`,
      );
      const call = $<HTMLAnchorElement>(el, '[part~="cta-call"]');
      expect(call.href).to.equal(href);
      expect(call.innerText.trim()).to.equal(`Call ${phone.trim()}`);
    });
  }

  for (const bad of ['call me', '855-CALL-NOW', 'tel:8552505111', '12', '1234567890123456', '855;ext=1', '']) {
    it(`refuses phone="${bad}" with one warning and calls the default number`, async () => {
      const el = await render<ContactBanner>(html`<contact-banner phone=${bad}></contact-banner>`);
      expect($<HTMLAnchorElement>(el, '[part~="cta-call"]').href).to.equal('tel:+18552505111');
      expectOneRefusal(warnings.take(), 'phone', bad);
    });
  }

  const unsafe = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '  javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ftp://example.org/join',
    'mailto:someone@example.org',
    'https://',
    // Exactly 80 characters, the longest a warning quotes whole, and 81, which it cuts at 80 with "…".
    `javascript:alert(1)//${'x'.repeat(59)}`,
    `javascript:alert(1)//${'x'.repeat(60)}`,
  ];
  for (const attribute of ['join-href', 'facebook-href'] as const) {
    for (const bad of unsafe) {
      it(`renders no link and warns once for ${attribute}=${JSON.stringify(bad)}`, async () => {
        const el = document.createElement('contact-banner');
        el.setAttribute(attribute, bad);
        document.body.append(el);
        await settle(el);
        expect(links(el)).to.deep.equal([['Call +1 855-250-5111', 'tel:+18552505111']]);
        expectOneRefusal(warnings.take(), attribute, bad);
        el.remove();
      });
    }
  }

  it('shows markup in org-name as plain text', async () => {
    const name = '<img src=x onerror=alert(1)>"quoted"';
    const el = await render<ContactBanner>(html`<contact-banner org-name=${name} join-href=${JOIN}></contact-banner>`);
    expect($$(el, 'img')).to.have.length(0);
    expect($(el, '[part~="cta-join"]').innerText).to.equal(`Join ${name}`);
  });

  it('cuts an org-name over 80 characters, says so, and never falls back to MyIgSource or its number', async () => {
    const name = 'M'.repeat(200);
    const el = await render<ContactBanner>(html`<contact-banner org-name=${name} phone=${PHONE}></contact-banner>`);
    expect($(el, '[part~="heading"]').innerText).to.equal(`Talk to ${'M'.repeat(80)}…`);
    expect(visibleText(el)).not.to.contain('MyIgSource');
    expect(links(el)).to.deep.equal([[`Call ${PHONE}`, 'tel:+15550100199']]);
    expectOneRefusal(warnings.take(), 'org-name', name);
  });

  it('shows no phone number under a cut org-name that came without one', async () => {
    const el = await render<ContactBanner>(html`<contact-banner org-name=${'M'.repeat(200)}></contact-banner>`);
    expect(links(el)).to.deep.equal([]);
    expect(visibleText(el)).not.to.contain('855');
    const said = warnings.take();
    expect(said.filter((w) => w.includes('ignored org-name'))).to.have.length(1);
    expect(said.filter((w) => w.includes('no phone or link'))).to.have.length(1);
  });

  for (const [action, part, href] of [
    ['call', 'cta-call', 'tel:+15550100199'],
    ['join', 'cta-join', JOIN],
    ['facebook', 'cta-facebook', FACEBOOK],
  ]) {
    it(`fires mmn-cta-click for "${action}" that bubbles out of the shadow root`, async () => {
      const el = await render<ContactBanner>(
        html`<contact-banner org-name="MMN Friends" phone=${PHONE} join-href=${JOIN} facebook-href=${FACEBOOK}></contact-banner>`,
      );
      const heard = oneEvent<MmnCtaClickEvent>(document, 'mmn-cta-click');
      $(el, `[part~="${part}"]`).click();
      const event = await heard;
      expect(event.detail).to.deep.equal({ widget: 'contact-banner', action, href });
      expect(event.bubbles).to.be.true;
      expect(event.composed).to.be.true;
      expect(event.target).to.equal(el);
    });
  }

  it('lets a host cancel mmn-cta-click to keep the browser from following the link', async () => {
    const el = await render<ContactBanner>(
      html`<contact-banner org-name="Riverside Clinic" join-href=${JOIN}></contact-banner>`,
    );
    const link = $(el, '[part~="cta-join"]');
    /** Clicks the link; reports whether the click was left to the browser, then keeps this page here. */
    const clickFollows = () => {
      let follows = true;
      const record = (click: Event) => {
        follows = !click.defaultPrevented;
        click.preventDefault();
      };
      document.addEventListener('click', record, { once: true });
      link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
      return follows;
    };
    // This test keeps the page itself (above), so it can see what the browser would do.
    document.removeEventListener('click', stay);
    try {
      expect(clickFollows(), 'no listener cancels: the browser follows the link').to.be.true;
      const route = (event: MmnCtaClickEvent) => event.preventDefault();
      document.addEventListener('mmn-cta-click', route, { once: true });
      expect(clickFollows(), 'a listener cancelled mmn-cta-click').to.be.false;
    } finally {
      document.addEventListener('click', stay);
    }
  });

  it('is reachable with the keyboard, in reading order, with a visible focus ring', async () => {
    const wrapper = await render(
      html`<div>
        <button>before</button>
        <contact-banner org-name="MMN Friends" phone=${PHONE} join-href=${JOIN} facebook-href=${FACEBOOK}></contact-banner>
      </div>`,
    );
    const el = wrapper.querySelector('contact-banner')!;
    await settle(el);
    wrapper.querySelector('button')!.focus();
    const reached: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      await sendKeys({ press: 'Tab' });
      const focused = el.shadowRoot!.activeElement as HTMLElement;
      reached.push(focused.getAttribute('part')!);
      const style = getComputedStyle(focused);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    }
    expect(reached).to.deep.equal(['cta cta-call', 'cta cta-join', 'cta cta-facebook']);

    const heard = oneEvent<MmnCtaClickEvent>(document, 'mmn-cta-click');
    await sendKeys({ press: 'Enter' });
    expect((await heard).detail.action).to.equal('facebook');
  });

  it('gives every link a target at least 44px high', async () => {
    const el = await render<ContactBanner>(
      html`<contact-banner org-name="MMN Friends" phone=${PHONE} join-href=${JOIN} facebook-href=${FACEBOOK}></contact-banner>`,
    );
    for (const a of $$(el, 'a')) expect(a.getBoundingClientRect().height).to.be.at.least(43.5);
  });

  it('wraps from a 280px sidebar to a full-width page without overflowing', async () => {
    const narrow = await render(
      html`<div style="width: 280px"><contact-banner org-name="MMN Friends" phone=${PHONE} join-href=${JOIN} facebook-href=${FACEBOOK}></contact-banner></div>`,
    );
    const wide = await render(
      html`<div style="width: 1100px"><contact-banner org-name="MMN Friends" phone=${PHONE} join-href=${JOIN} facebook-href=${FACEBOOK}></contact-banner></div>`,
    );
    const narrowEl = narrow.firstElementChild!;
    const wideEl = wide.firstElementChild!;
    await settle(narrowEl);
    await settle(wideEl);

    const box = $(narrowEl, '[part~="container"]');
    expect(box.scrollWidth).to.be.at.most(box.clientWidth);
    const narrowLinks = $$(narrowEl, 'a').map((a) => a.getBoundingClientRect());
    for (const link of narrowLinks) expect(link.right).to.be.at.most(box.getBoundingClientRect().right);
    expect(new Set(narrowLinks.map((r) => Math.round(r.left))).size).to.equal(1); // stacked
    expect(Math.round(narrowLinks[0].width)).to.equal(Math.round(narrowLinks[2].width)); // full width

    const wideLinks = $$(wideEl, 'a').map((a) => Math.round(a.getBoundingClientRect().top));
    expect(new Set(wideLinks).size).to.equal(1); // one row
    const heading = $(wideEl, 'h2').getBoundingClientRect();
    expect($(wideEl, 'a').getBoundingClientRect().left).to.be.greaterThan(heading.left + 200); // beside the text
  });

  it('animates its links only for readers who have not asked for reduced motion', async function () {
    const el = await render<ContactBanner>(html`<contact-banner></contact-banner>`);
    const call = $(el, 'a');
    await emulateOrSkip(this, { features: [{ name: 'prefers-reduced-motion', value: 'no-preference' }] });
    expect(parseFloat(getComputedStyle(call).transitionDuration)).to.be.greaterThan(0);
    await emulate({ features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
    expect(parseFloat(getComputedStyle(call).transitionDuration)).to.equal(0);
    await emulate({});
  });

  it('prints the web addresses of its links, since paper cannot be clicked', async function () {
    const el = await render<ContactBanner>(
      html`<contact-banner org-name="MMN Friends" phone=${PHONE} join-href=${JOIN}></contact-banner>`,
    );
    await emulateOrSkip(this, { media: 'print' });
    const after = getComputedStyle($(el, '[part~="cta-join"]'), '::after').content;
    await emulate({});
    expect(after).to.contain(JOIN);
    expect($(el, '[part~="cta-call"]').innerText).to.contain(PHONE);
  });

  it('exposes parts for the container, heading and each call-to-action', async () => {
    const el = await render<ContactBanner>(
      html`<contact-banner org-name="MMN Friends" phone=${PHONE} join-href=${JOIN} facebook-href=${FACEBOOK}></contact-banner>`,
    );
    expect($(el, '[part~="container"]')).to.exist;
    expect($(el, '[part~="heading"]').localName).to.equal('h2');
    expect($$(el, '[part~="cta"]')).to.have.length(3);
  });
});
