import { expect } from '@open-wc/testing';
import { container, ES_BUNDLE, openPage, STRICT_CSP } from './harness.js';

// What a partner's page shows with the built bundle: the banner names the
// organisation the reader would reach, never puts MyIgSource's number under a
// partner's name, warns once when a partner's details still sit under
// MyIgSource's name or a partner's banner offers nothing, and dials numbers
// that work from abroad.

const heading = (el: Element) => el.shadowRoot!.querySelector('[part~="heading"]')!.textContent;
const call = (el: Element) => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="cta-call"]')!;

describe('e2e: the banner on a partner page', () => {
  it("renders the README's embed sample naming the partner, with no warning", async () => {
    const readme = await (await fetch('/README.md')).text();
    const section = readme.slice(readme.indexOf('## Embed with one script tag'));
    const sample = section.slice(
      section.indexOf('```html') + 7,
      section.indexOf('```', section.indexOf('```html') + 7),
    );
    const body = sample.replace(/<script[^>]*><\/script>/, '');
    expect(body).to.contain('<contact-banner');
    const page = await openPage({ head: ES_BUNDLE, body, csp: STRICT_CSP });
    try {
      const banner = page.doc.querySelector('contact-banner')!;
      expect(heading(banner)).to.not.contain('MyIgSource');
      expect(container(banner)!.innerText).to.not.contain('MyIgSource');
      expect(page.probe.warnings).to.deep.equal([]);
    } finally {
      page.close();
    }
  });

  it("warns once when a partner's link is set but org-name is not", async () => {
    const page = await openPage({
      head: ES_BUNDLE,
      body: '<contact-banner join-href="https://riverside.example/join" phone="(555) 010-2000"></contact-banner>',
      waitFor: ['contact-banner'],
    });
    try {
      const banner = page.doc.querySelector('contact-banner')!;
      expect(heading(banner)).to.equal('Talk to MyIgSource');
      expect(page.probe.warnings).to.have.length(1);
      expect(page.probe.warnings[0]).to.match(
        /^\[mmn-widgets\] <contact-banner> .* no org-name: it still names MyIgSource/,
      );
      banner.setAttribute('org-name', 'Riverside Clinic');
      await (banner as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(heading(banner)).to.equal('Talk to Riverside Clinic');
      expect(page.probe.warnings).to.have.length(1);
    } finally {
      page.close();
    }
  });

  it("shows and dials no phone number under a partner's name without phone, and warns once when nothing is left", async () => {
    const page = await openPage({
      head: ES_BUNDLE,
      body: `<contact-banner org-name="Riverside Clinic" join-href="https://riverside.example/join"></contact-banner>
        <contact-banner org-name="Riverside Clinic" lang="es"></contact-banner>`,
      waitFor: ['contact-banner'],
    });
    try {
      const [online, nothing] = page.doc.querySelectorAll('contact-banner');
      for (const banner of [online, nothing]) {
        expect(banner.shadowRoot!.querySelector('a[href^="tel:"]')).to.equal(null);
        expect(container(banner)!.innerText).to.not.contain('855');
      }
      expect(container(online)!.querySelector('p')!.textContent).to.equal(
        'Questions about MMN? Reach Riverside Clinic online.',
      );
      expect(heading(nothing)).to.equal('Hable con Riverside Clinic');
      expect(container(nothing)!.querySelector('p')!.textContent).to.equal(
        '¿Tiene preguntas sobre la NMM? Pregúntele a Riverside Clinic.',
      );
      expect(page.probe.warnings).to.deep.equal([
        '[mmn-widgets] <contact-banner> has no phone or link: it offers no way to get in touch.',
      ]);
    } finally {
      page.close();
    }
  });

  it("dials MyIgSource with its country code, and a partner's number as written", async () => {
    const page = await openPage({
      head: ES_BUNDLE,
      body: `<contact-banner></contact-banner>
        <contact-banner lang="ar"></contact-banner>
        <contact-banner org-name="Klinik Berlin" phone="+49 30 1234 5678"></contact-banner>
        <contact-banner org-name="Riverside Clinic" phone="(555) 010-2000"></contact-banner>`,
      waitFor: ['contact-banner'],
    });
    try {
      const [plain, arabic, german, national] = page.doc.querySelectorAll('contact-banner');
      expect(call(plain).getAttribute('href')).to.equal('tel:+18552505111');
      expect(call(plain).innerText.trim()).to.equal('Call +1 855-250-5111');
      expect(call(arabic).getAttribute('href')).to.equal('tel:+18552505111');
      expect(call(arabic).querySelector('.phone')!.textContent).to.equal('+1 855-250-5111');
      expect(call(german).getAttribute('href')).to.equal('tel:+493012345678');
      expect(call(german).querySelector('.phone')!.textContent).to.equal('+49 30 1234 5678');
      expect(call(national).getAttribute('href')).to.equal('tel:5550102000');
      expect(call(national).querySelector('.phone')!.textContent).to.equal('(555) 010-2000');
    } finally {
      page.close();
    }
  });
});
