import { expect } from '@open-wc/testing';
import { WIDGET_TAGS, WIDGETS } from '../../src/widgets.js';
import { inAttribute, PAYLOADS } from '../payloads.js';
import { container, ES_BUNDLE, isSafeLink, links, openPage } from './harness.js';

// Every hostile value against every attribute of every element, on a real
// page with no CSP (so an injected handler would actually run and be seen).
// For each widget: it renders, no script runs, no dialog opens, no unsafe
// link or markup appears, and either the value is used as plain data or it
// is refused with one [mmn-widgets] warning that names the attribute.

/** Each widget's attributes, as its class observes them. */
const ATTRIBUTES: Record<string, readonly string[]> = Object.fromEntries(
  WIDGET_TAGS.map((tag) => [tag, WIDGETS[tag].observedAttributes]),
);

/** The language subtag of a valid BCP 47 tag (the platform's parser), or null. */
function language(tag: string): string | null {
  try {
    return new Intl.Locale(Intl.getCanonicalLocales(tag)[0]).language;
  } catch {
    return null;
  }
}

/** Values each attribute must refuse, so the test cannot pass by finding every value "used". */
const MUST_REFUSE: Record<string, string[]> = {
  'heading-level': ['9', '2.5', '<script>alert(1)</script>'],
  theme: ['<b>bold</b>', 'javascript:alert(1)'],
  lang: ['中文名称', '<b>bold</b>'],
  phone: ['855-CALL-NOW', 'tel:8552505111', '1234567890123456'],
  'join-href': [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '\tjavascript:alert(1)',
    'data:,alert(1)',
    'vbscript:msgbox(1)',
  ],
  'facebook-href': ['javascript:alert(1)', 'java\nscript:alert(1)', 'mailto:someone@example.org'],
  'org-name': ['a'.repeat(10_000)],
};

/** Elements and attributes that must never appear inside a widget. */
const FORBIDDEN =
  'script, iframe, frame, object, embed, img, image, link, style, base, meta, form, input, button, textarea, foreignObject, animate, set';
const UNSAFE_VALUE = /^\s*(javascript|vbscript|data|livescript|mocha):/i;

/** How a widget shows that it used `value` for `attribute`. */
function used(el: Element, attribute: string, value: string): boolean {
  const root = el.shadowRoot!;
  const box = container(el)!;
  switch (attribute) {
    case 'heading-level':
      return root.querySelector('[part~="heading"]')!.localName === `h${Number(value)}`;
    case 'theme':
      return box.classList.contains(`theme-${value.trim().toLowerCase()}`);
    case 'lang':
      // Used: the widget shows a language of the one asked for (es-MX → es,
      // zh-CN → zh-Hans); anything else falls back to English with a warning.
      return value.trim() === '' ? box.lang === 'en' : language(value.trim()) === language(box.lang);
    case 'phone':
      return root.querySelector('.phone')!.textContent === value.trim().replace(/\s+/g, ' ');
    case 'join-href':
    case 'facebook-href': {
      const part = attribute === 'join-href' ? 'cta-join' : 'cta-facebook';
      return value.trim() === '' || !!root.querySelector(`[part~="${part}"]`);
    }
    case 'org-name':
      return value.trim() === '' || [...root.querySelectorAll('bdi')].every((bdi) => bdi.textContent === value.trim());
    default:
      throw new Error(attribute);
  }
}

/** The banner's own contact details: set without org-name, they add one warning. */
const PARTNER_DETAILS = ['phone', 'join-href', 'facebook-href'];

/** Whether the banner now shows a contact detail that is not MyIgSource's own. */
function isPartnerValue(el: Element, attribute: string): boolean {
  if (attribute !== 'phone') return true;
  const digits = el.shadowRoot!.querySelector('[part~="cta-call"]')!.getAttribute('href')!.replace(/\D/g, '');
  return digits !== '18552505111' && digits !== '8552505111';
}

/** The warning text's quoting of a refused value (shortened past 80 characters). */
const quoted = (value: string) => JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);

describe(`e2e: ${PAYLOADS.length} hostile values against every attribute`, function () {
  // Each test renders 212 whole widgets on one page and reads every node of
  // each: under 10 s alone, but not always with three engines sharing 2 cores.
  this.timeout(30_000);
  for (const [tag, attributes] of Object.entries(ATTRIBUTES)) {
    for (const attribute of attributes) {
      it(`<${tag} ${attribute}>: renders, runs nothing, links nothing unsafe, warns for each refusal`, async () => {
        const body = PAYLOADS.map((value) => `<${tag} ${attribute}="${inAttribute(value)}"></${tag}>`).join('\n');
        const page = await openPage({ head: ES_BUNDLE, body, waitFor: [tag] });
        try {
          await new Promise((resolve) => setTimeout(resolve, 50));
          expect(page.probe.dialogs, 'dialogs opened').to.deep.equal([]);
          expect(page.probe.errors, 'errors thrown').to.deep.equal([]);

          const elements = [...page.doc.querySelectorAll(tag)];
          expect(elements).to.have.length(PAYLOADS.length);
          const clean = page.doc.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
          page.doc.body.append(clean);
          await clean.updateComplete;
          const ownMarkup = clean.shadowRoot!.querySelectorAll(FORBIDDEN).length;
          clean.remove();
          const expectedWarnings = new Set<string>();
          let refused = 0;
          let orgWarnings = 0;
          let emptyWarnings = 0;
          const refusedValues = new Set<string>();
          for (const el of elements) {
            const value = el.getAttribute(attribute)!; // as the HTML parser decoded it
            const label = `${attribute}=${quoted(value)}`;
            expect(container(el), `${label} rendered`).to.exist;

            const root = el.shadowRoot!;
            // None but the widget's own (the visit notes' boxes and buttons, say).
            expect(root.querySelectorAll(FORBIDDEN).length, `${label}: markup`).to.equal(ownMarkup);
            // Collected, then one assertion: an assertion per attribute of every
            // node was about a quarter of the time this file spends checking.
            const unsafe: string[] = [];
            for (const node of root.querySelectorAll('*')) {
              for (const { name, value: v } of node.attributes) {
                if (name.startsWith('on') || UNSAFE_VALUE.test(v)) unsafe.push(`${name}="${v}" on <${node.localName}>`);
              }
            }
            expect(unsafe, `${label}: event handlers or unsafe values`).to.deep.equal([]);
            for (const href of links(el))
              expect(isSafeLink(href, page.doc.baseURI), `${label}: link ${href}`).to.be.true;

            // A partner's own phone or link without org-name: one more warning, that the banner still names MyIgSource.
            if (
              PARTNER_DETAILS.includes(attribute) &&
              used(el, attribute, value) &&
              value.trim() !== '' &&
              isPartnerValue(el, attribute)
            ) {
              orgWarnings += 1;
            }
            // A partner's name with no phone and no link: one warning that the banner offers nothing.
            if (tag === 'contact-banner' && links(el).length === 0) emptyWarnings += 1;
            if (!used(el, attribute, value)) {
              refused += 1;
              refusedValues.add(value);
              expectedWarnings.add(
                attribute === 'lang' ? `lang=${quoted(value.trim())}` : `${attribute}=${quoted(value)}`,
              );
            }
          }
          // One warning per refused value (per distinct language, for lang), each naming it.
          const warnings = page.probe.warnings;
          expect(
            warnings.every((w) => w.startsWith('[mmn-widgets] ')),
            warnings.join('\n'),
          ).to.be.true;
          for (const expected of expectedWarnings) {
            expect(
              warnings.some((w) => w.includes(expected)),
              `no warning for ${expected}`,
            ).to.be.true;
          }
          const perElement = attribute === 'lang' ? expectedWarnings.size : refused;
          expect(warnings.filter((w) => w.includes('still names MyIgSource')).length, 'org-name warnings').to.equal(
            orgWarnings,
          );
          expect(
            warnings.filter((w) => w.includes('offers no way to get in touch')).length,
            'nothing-to-offer warnings',
          ).to.equal(emptyWarnings);
          expect(warnings.length, 'number of warnings').to.equal(perElement + orgWarnings + emptyWarnings);
          console.log(
            `<${tag} ${attribute}>: ${refused} of ${PAYLOADS.length} refused with a warning, the rest used as plain data`,
          );
          for (const value of MUST_REFUSE[attribute] ?? [])
            expect(refusedValues.has(value), `refused ${quoted(value)}`).to.be.true;
        } finally {
          page.close();
        }
      });
    }
  }
});
