import { expect, fixture } from '@open-wc/testing';
import { WIDGET_TAGS as TAGS } from '../src/define.js';
import type { Msg } from '../src/i18n/translator.js';
import { settle } from './helpers.js';

/**
 * Everything a reader or a screen reader meets in a widget, with the values
 * that are not copy (names in `<bdi>`, the date, the phone number) replaced
 * by `X`: what is left comes from the messages and the templates.
 */
function copyText(el: Element): string {
  const box = document.createElement('div');
  for (const node of el.shadowRoot!.childNodes) box.append(node.cloneNode(true));
  box.querySelectorAll('style').forEach((node) => node.remove());
  box.querySelectorAll('bdi, time, .phone').forEach((node) => node.replaceWith('X'));
  const labels = [...box.querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label'));
  return [box.textContent, ...labels].join('\n');
}

async function widget(tag: string, lang: string): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(
    `<${tag} lang="${lang}" join-href="https://example.org/j" facebook-href="https://example.org/f"></${tag}>`,
  );
  await settle(el);
  return el;
}

/** Each mark a language writes its own way, and where it is found written the ASCII way. */
const RULES: Record<string, { why: string; wrong: RegExp }[]> = {
  fr: [
    {
      why: 'French puts a no-break space before : ; ? ! and »',
      wrong: /(?<![\u00a0\u202f])[:;?!»]/g,
    },
    { why: 'French puts a no-break space after «', wrong: /«(?![\u00a0\u202f])/g },
  ],
  'zh-Hans': [{ why: 'Chinese uses full-width ：？！；，（）', wrong: /[:?!;,()]/g }],
  ar: [{ why: 'Arabic uses ؟ ، ؛', wrong: /[?,;]/g }],
};

/** `…around…` for each match, so a failure shows where the wrong mark is. */
function offences(text: string, wrong: RegExp): string[] {
  return [...text.matchAll(wrong)].map((m) => text.slice(Math.max(0, m.index - 15), m.index + 5).replace(/\s+/g, ' '));
}

describe('punctuation as each language writes it', () => {
  for (const [locale, rules] of Object.entries(RULES)) {
    for (const tag of TAGS) {
      it(`<${tag}> in ${locale}: no ASCII mark where ${locale} writes another`, async () => {
        const text = copyText(await widget(tag, locale));
        expect(text.length).to.be.greaterThan(20);
        for (const { why, wrong } of rules) expect(offences(text, wrong), why).to.deep.equal([]);
      });
    }
  }

  it('the checks find the marks they look for', () => {
    // What the old templates produced, and what a careless translation would.
    expect(offences('Dernière révision: X', RULES.fr[0].wrong)).to.have.length(1);
    expect(offences('NMM : Oui', RULES.fr[0].wrong)).to.have.length(1);
    expect(offences('NMM\u00a0: Oui «\u00a0X\u00a0»', RULES.fr[0].wrong)).to.have.length(0);
    expect(offences('« X »', RULES.fr[1].wrong)).to.have.length(1);
    expect(offences('最后审核日期: X', RULES['zh-Hans'][0].wrong)).to.have.length(1);
    expect(offences('最后审核日期：X', RULES['zh-Hans'][0].wrong)).to.have.length(0);
    expect(offences('ما هو MMN?', RULES.ar[0].wrong)).to.have.length(1);
    expect(offences('ما هو MMN؟', RULES.ar[0].wrong)).to.have.length(0);
  });
});

/**
 * A translator that turns every message into `◊`, keeping its placeholders
 * (`{disease}: {answer}` → `◊{disease}◊{answer}◊`), so anything else on the
 * page that is neither a value nor `◊` was written by a template.
 */
const marker = ((template: unknown) =>
  ['◊', ...[...String(template).matchAll(/\{\w+\}/g)].map((m) => `${m[0]}◊`)].join('')) as unknown as Msg;

/** The widget's language controller, to hand it the marker translator (a test-only back door). */
type Switchable = { i18n: { apply(locale: string, msg: Msg): void } };

describe('templates write no words or separators of their own', () => {
  for (const tag of TAGS) {
    it(`<${tag}>: every letter and mark comes from a message or a value`, async () => {
      const el = await widget(tag, 'en');
      (el as unknown as Switchable).i18n.apply('en-x-marker', marker);
      await settle(el);
      const text = copyText(el);
      expect(text).to.contain('◊');
      const written = text.replace(/[◊X\s]/g, '');
      expect(written, `written by the template of <${tag}>`).to.equal('');
    });
  }
});
