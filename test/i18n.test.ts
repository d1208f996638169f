import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { WIDGET_TAGS } from '../src/define.js';
import { loadTemplates } from '../src/i18n/load.js';
import { matchLocale, targetLocales } from '../src/i18n/match.js';
import { translationReview } from '../src/content/translation-reviews.js';
import { formatDate } from '../src/shared/content-parts.js';
import { $, render, settle, until, visibleText, watchWarnings } from './helpers.js';

const LOCALES = targetLocales;
const TAGS = WIDGET_TAGS;

/** Short names that are the same in some languages as in English. */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  de: ['MMN', 'ALS'],
  'zh-Hans': ['MMN', 'ALS'],
  ar: ['MMN', 'ALS'],
  es: ['No'],
};

/** The medical terms each language must use, so a translation keeps the facts' names. */
const TERMS: Record<string, { overview: string[]; vsAls: string[] }> = {
  es: {
    overview: ['neuropatía motora multifocal', 'mielina', 'desmielinización', 'no se puede curar'],
    vsAls: ['esclerosis lateral amiotrófica', 'túnel carpiano'],
  },
  fr: {
    overview: ['neuropathie motrice multifocale', 'myéline', 'démyélinisation', 'pas être guérie'],
    vsAls: ['sclérose latérale amyotrophique', 'canal carpien'],
  },
  de: {
    overview: ['multifokale motorische Neuropathie', 'Myelin', 'Demyelinisierung', 'nicht heilbar'],
    vsAls: ['amyotrophe Lateralsklerose', 'Karpaltunnelsyndrom'],
  },
  'pt-BR': {
    overview: ['neuropatia motora multifocal', 'mielina', 'desmielinização', 'não tem cura'],
    vsAls: ['esclerose lateral amiotrófica', 'túnel do carpo'],
  },
  'zh-Hans': { overview: ['多灶性运动神经病', '髓鞘', '脱髓鞘', '不能治愈'], vsAls: ['肌萎缩侧索硬化', '腕管综合征'] },
  ar: {
    overview: ['الاعتلال العصبي الحركي متعدد البؤر', 'الميالين', 'زوال الميالين', 'لا يمكن الشفاء'],
    vsAls: ['التصلب الجانبي الضموري', 'النفق الرسغي'],
  },
};

/** Every piece of text a reader or a screen reader meets, in document order. */
function texts(el: Element, { skip = '' } = {}): string[] {
  const root = el.shadowRoot!;
  const blocks = [
    ...root.querySelectorAll(
      'h1, h2, h3, h4, h5, h6, p, li, caption, th, td, figcaption, desc, .key, a, time, legend, label, button',
    ),
  ].filter((node) => !skip || !node.closest(skip));
  const labels = [...root.querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label')!);
  return [...blocks.map((node) => node.textContent.replace(/\s+/g, ' ').trim()), ...labels];
}

async function widget(tag: string, lang?: string, attrs = ''): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(
    `<${tag} ${lang ? `lang="${lang}"` : ''} ${attrs} org-name="MMN Friends" join-href="https://example.org/j" facebook-href="https://example.org/f"></${tag}>`,
  );
  await settle(el);
  return el;
}

const container = (el: Element) => $(el, '[part~="container"]');
const heading = (el: Element) => $(el, '[part~="heading"]').textContent.trim();

describe('languages', () => {
  const warnings = watchWarnings();
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  describe('matching a BCP 47 tag to a language we have', () => {
    const cases: [string, string | null][] = [
      ['en', 'en'],
      ['en-GB', 'en'],
      ['EN-us', 'en'],
      ['es', 'es'],
      ['es-MX', 'es'],
      ['es-419', 'es'],
      ['fr-CA', 'fr'],
      ['de-AT', 'de'],
      ['pt', 'pt-BR'],
      ['pt-BR', 'pt-BR'],
      ['pt-PT', 'pt-BR'],
      ['zh', 'zh-Hans'],
      ['zh-CN', 'zh-Hans'],
      ['zh-Hans', 'zh-Hans'],
      ['zh-Hans-SG', 'zh-Hans'],
      ['zh-SG', 'zh-Hans'],
      ['zh-TW', null],
      ['zh-HK', null],
      ['zh-Hant', null],
      ['zh-Hant-CN', null],
      ['ar', 'ar'],
      ['ar-EG', 'ar'],
      ['ja', null],
      ['not a tag!', null],
      ['', null],
    ];
    for (const [tag, expected] of cases) {
      it(`"${tag}" → ${expected}`, () => {
        expect(matchLocale(tag)).to.equal(expected);
      });
    }
  });

  describe('the review date', () => {
    it('is written in English without Intl, exactly as Intl writes it, for every month', () => {
      const intl = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });
      for (let month = 1; month <= 12; month++) {
        for (const [year, day] of [
          [2026, 1],
          [2027, 9],
          [1999, 28],
        ]) {
          const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(formatDate(iso, 'en')).to.equal(intl.format(new Date(`${iso}T00:00:00Z`)));
        }
      }
    });

    it('comes written out in each language module, so no Intl date format runs for it', async () => {
      // As Node's Intl writes them at build time (and Chromium's and Firefox's
      // would); WebKit's older ICU would write Arabic with Arabic-Indic digits.
      const written: Record<(typeof LOCALES)[number], string> = {
        es: '30 de noviembre de 2026',
        fr: '30 novembre 2026',
        de: '30. November 2026',
        'pt-BR': '30 de novembro de 2026',
        'zh-Hans': '2026年11月30日',
        ar: '30 نوفمبر 2026',
      };
      const RealFormat = Intl.DateTimeFormat;
      for (const locale of LOCALES) {
        await loadTemplates(locale);
        const expected = written[locale];
        Intl.DateTimeFormat = function () {
          throw new Error('Intl.DateTimeFormat was used');
        } as unknown as typeof Intl.DateTimeFormat;
        try {
          expect(formatDate('2026-11-30', locale), locale).to.equal(expected);
        } finally {
          Intl.DateTimeFormat = RealFormat;
        }
      }
    });

    it("is written the reader's way in the other languages, and left as it is when it is not a date", () => {
      expect(formatDate('2026-11-25', 'es')).to.equal('25 de noviembre de 2026');
      expect(formatDate('2026-11-25', 'de')).to.equal('25. November 2026');
      // A date the language modules do not carry goes through Intl.
      expect(formatDate('2025-03-01', 'es')).to.equal('1 de marzo de 2025');
      expect(formatDate('2025-03-01', 'de')).to.equal('1. März 2025');
      expect(formatDate('someday', 'en')).to.equal('someday');
    });
  });

  describe('the meta line', () => {
    const CONTENT_TAGS = ['mmn-overview', 'mmn-vs-als', 'mmn-visit-notes'];
    const NB = '\u00a0';
    /** What a reader sees above the sources: last reviewed, next review due, and in a translation how it was made and checked. */
    const lines: Record<string, string[]> = {
      en: ['Last reviewed: November 30, 2026', 'Next review due: November 30, 2027'],
      es: [
        'Última revisión: 30 de noviembre de 2026',
        'Próxima revisión de esta información: 30 de noviembre de 2027',
        'Traducido del inglés. Traducción revisada el 1 de diciembre de 2026.',
      ],
      fr: [
        `Dernière révision${NB}: 30 novembre 2026`,
        `Prochaine révision${NB}: 30 novembre 2027`,
        'Traduit de l’anglais. Traduction vérifiée le 1 décembre 2026.',
      ],
      de: [
        'Zuletzt geprüft: 30. November 2026',
        'Nächste Überprüfung: 30. November 2027',
        'Aus dem Englischen übersetzt. Übersetzung geprüft am 1. Dezember 2026.',
      ],
      'pt-BR': [
        'Última revisão: 30 de novembro de 2026',
        'Próxima revisão: 30 de novembro de 2027',
        'Traduzido do inglês. Tradução revisada em 1 de dezembro de 2026.',
      ],
      'zh-Hans': [
        '最后审核日期：2026年11月30日',
        '下次审核日期：2027年11月30日',
        '本文译自英文。译文已于2026年12月1日审核。',
      ],
      ar: [
        'آخر مراجعة لهذه المعلومات: 30 نوفمبر 2026',
        'المراجعة القادمة لهذه المعلومات: 30 نوفمبر 2027',
        'تُرجم هذا النص من الإنجليزية. رُوجعت الترجمة في 1 ديسمبر 2026.',
      ],
    };
    for (const locale of ['en', ...LOCALES]) {
      it(`shows both review dates${locale === 'en' ? ', and no translation line,' : ' and how it was translated and checked'} in ${locale}`, async () => {
        for (const tag of CONTENT_TAGS) {
          const meta = $(await widget(tag, locale === 'en' ? undefined : locale), '[part~="meta"]');
          const shown = [...meta.querySelectorAll(':scope > p')].map((p) =>
            p.textContent.trim().replace(/[ \n\t]+/g, ' '),
          );
          const expected = lines[locale];
          expect(shown.slice(0, expected.length), `${tag} in ${locale}`).to.deep.equal(expected);
          // Then the sources: nothing more about the translation.
          expect(shown[expected.length], `${tag} in ${locale}`).to.not.match(/Translat|Tradu|Übersetz|译|تُرجم/);
          const times = [...meta.querySelectorAll('time')].map((time) => time.dateTime);
          expect(times, tag).to.deep.equal(
            locale === 'en' ? ['2026-11-30', '2027-11-30'] : ['2026-11-30', '2027-11-30', '2026-12-01'],
          );
        }
      });
    }

    it("records each translation's check honestly, and none for English", () => {
      expect(translationReview('en')).to.equal(undefined);
      for (const locale of LOCALES) {
        const review = translationReview(locale)!;
        expect(review.checked, locale).to.match(/^\d{4}-\d{2}-\d{2}$/);
        // The 2026-12-01 check was a language review, not a clinician's: it must say so.
        expect(review.by, locale)
          .to.contain('independent language reviewer')
          .and.to.contain('not a native-speaking clinician');
        expect(review.what, locale).to.not.equal('');
      }
    });
  });

  for (const locale of LOCALES) {
    describe(`in ${locale}`, () => {
      for (const tag of TAGS) {
        it(`<${tag}> shows every string translated, with no English left over`, async () => {
          const english = texts(await widget(tag));
          const el = await widget(tag, locale);
          // All but the line only a translation has (how it was translated and checked, tested below).
          const translated = texts(el, {
            skip: `[part~="meta"] p:has(time[datetime="${translationReview(locale)!.checked}"])`,
          });
          expect(translated).to.have.length(english.length);
          const allowed = SAME_AS_ENGLISH[locale] ?? [];
          const leftOver = english.filter((text, i) => text === translated[i] && !allowed.includes(text));
          expect(leftOver, `English left in ${locale}`).to.deep.equal([]);
          expect(container(el).lang).to.equal(locale);
        });

        it(`<${tag}> reads in the right direction and passes axe`, async () => {
          const el = await widget(tag, locale);
          const box = container(el);
          const rtl = locale === 'ar';
          expect(box.dir).to.equal(rtl ? 'rtl' : 'ltr');
          expect(getComputedStyle(box).direction).to.equal(rtl ? 'rtl' : 'ltr');
          // The heading's text starts on the reading side.
          const [start, end] = textGaps(el, '[part~="heading"]');
          expect(rtl ? end < start : start < end, `start gap ${start}, end gap ${end}`).to.be.true;
          await expect(el).to.be.accessible();
        });
      }

      it('uses the medical terms of the language for the facts', async () => {
        const overview = visibleText(await widget('mmn-overview', locale));
        for (const term of TERMS[locale].overview) expect(overview).to.contain(term);
        const vsAls = visibleText(await widget('mmn-vs-als', locale));
        for (const term of TERMS[locale].vsAls) expect(vsAls).to.contain(term);
      });

      it('keeps the phone number a left-to-right phone number', async () => {
        const el = await widget('contact-banner', locale, 'phone="+44 20 7946 0000"');
        const call = $<HTMLAnchorElement>(el, '[part~="cta-call"]');
        expect(call.href).to.equal('tel:+442079460000');
        const phone = call.querySelector<HTMLElement>('.phone')!;
        expect(phone.textContent).to.equal('+44 20 7946 0000');
        expect(phone.dir).to.equal('ltr');
        expect(getComputedStyle(phone).unicodeBidi).to.equal('isolate');
      });
    });
  }

  it('mirrors the layout in Arabic: text starts on the right', async () => {
    const wrapper = await render(html`<div style="width: 600px"><contact-banner lang="ar"></contact-banner></div>`);
    const el = wrapper.firstElementChild!;
    await settle(el);
    const [left, right] = textGaps(el, 'p');
    expect(right).to.be.below(left);
  });

  it('isolates English names inside Arabic sentences so they do not scramble them', async () => {
    const banner = await widget('contact-banner', 'ar', 'org-name="MMN Friends (US)"');
    const names = [...banner.shadowRoot!.querySelectorAll('bdi')].map((bdi) => bdi.textContent);
    expect(names).to.deep.equal(Array(4).fill('MMN Friends (US)')); // heading, text, join, Facebook
    expect($(banner, '[part~="heading"] bdi').textContent).to.equal('MMN Friends (US)');
    const overview = await widget('mmn-overview', 'ar');
    const cited = [...$(overview, '[part~="meta"] li').querySelectorAll('bdi')].map((bdi) => bdi.textContent);
    expect(cited).to.deep.equal(['MyIgSource', 'Multifocal Motor Neuropathy (MMN)']);
  });

  it('takes the language from an ancestor, then from <html lang>', async () => {
    document.documentElement.setAttribute('lang', 'fr');
    const wrapper = await fixture<HTMLElement>(
      `<div><section lang="de"><mmn-overview></mmn-overview></section><mmn-overview></mmn-overview></div>`,
    );
    const [inGerman, inFrench] = wrapper.querySelectorAll('mmn-overview');
    await settle(inGerman);
    await settle(inFrench);
    expect(heading(inGerman)).to.equal('Was ist MMN?');
    expect(heading(inFrench)).to.equal('Qu’est-ce que la NMM\u00a0?');
  });

  it('takes the language of the host of a shadow root it sits in', async () => {
    const host = await fixture<HTMLElement>(`<div lang="es"></div>`);
    const inner = host.attachShadow({ mode: 'open' });
    const el = document.createElement('mmn-vs-als');
    inner.append(el);
    await settle(el);
    expect(heading(el)).to.equal('¿Por qué a veces se confunde la NMM con la ELA?');
  });

  it('prefers its own lang to its ancestors’', async () => {
    const wrapper = await fixture<HTMLElement>(`<div lang="de"><contact-banner lang="pt-BR"></contact-banner></div>`);
    const el = wrapper.firstElementChild!;
    await settle(el);
    expect(heading(el)).to.equal('Fale com MyIgSource');
  });

  it('shows two languages side by side on one page', async () => {
    const wrapper = await fixture<HTMLElement>(
      `<div><mmn-overview lang="en"></mmn-overview><mmn-overview lang="es"></mmn-overview><contact-banner lang="zh-CN"></contact-banner></div>`,
    );
    const [en, es, zh] = wrapper.children;
    await Promise.all([settle(en), settle(es), settle(zh)]);
    expect(heading(en)).to.equal('What is MMN?');
    expect(heading(es)).to.equal('¿Qué es la NMM?');
    expect(heading(zh)).to.equal('联系 MyIgSource');
    expect(visibleText(es)).to.contain('mielina');
    expect(visibleText(en)).to.not.contain('mielina');
  });

  it('re-renders when lang changes on the element, an ancestor or <html>', async () => {
    const wrapper = await fixture<HTMLElement>(`<div><mmn-overview></mmn-overview></div>`);
    const el = wrapper.firstElementChild as HTMLElement;
    await settle(el);
    expect(heading(el)).to.equal('What is MMN?');

    document.documentElement.setAttribute('lang', 'es');
    await shows(el, '¿Qué es la NMM?');

    wrapper.setAttribute('lang', 'ar');
    await shows(el, 'ما هو MMN؟');
    expect(container(el).dir).to.equal('rtl');

    el.setAttribute('lang', 'zh-Hans');
    await shows(el, '什么是 MMN？');
    expect(container(el).dir).to.equal('ltr');

    el.removeAttribute('lang');
    await shows(el, 'ما هو MMN؟');
    wrapper.removeAttribute('lang');
    await shows(el, '¿Qué es la NMM?');
  });

  it('keeps following lang after another widget leaves, and so does a widget added after all had left', async () => {
    const wrapper = await fixture<HTMLElement>(`<div><mmn-overview></mmn-overview><mmn-vs-als></mmn-vs-als></div>`);
    const [stays, leaves] = [...wrapper.children];
    await Promise.all([settle(stays), settle(leaves)]);
    leaves.remove();
    wrapper.setAttribute('lang', 'de');
    await shows(stays, 'Was ist MMN?');

    // No widget left on the page; the next one must follow lang as the first did.
    stays.remove();
    expect(document.querySelectorAll(TAGS.join(', ')), 'widgets still on the page').to.have.length(0);
    const later = document.createElement('mmn-overview');
    wrapper.append(later);
    await settle(later);
    expect(heading(later)).to.equal('Was ist MMN?');
    wrapper.setAttribute('lang', 'fr');
    await shows(later, 'Qu’est-ce que la NMM\u00a0?');
  });

  it('falls back to English with one warning for a language it does not have', async () => {
    const wrapper = await fixture<HTMLElement>(
      `<div lang="ja"><mmn-overview></mmn-overview><mmn-vs-als></mmn-vs-als><contact-banner></contact-banner></div>`,
    );
    for (const el of wrapper.children) await settle(el);
    expect(heading(wrapper.children[0])).to.equal('What is MMN?');
    expect(container(wrapper.children[0]).lang).to.equal('en');
    const seen = warnings.take();
    expect(seen).to.have.length(1);
    // The whole warning, with the languages a host page can choose from.
    expect(seen[0]).to.equal(
      '[mmn-widgets] no translation for lang="ja"; showing English. Languages: ar, de, en, es, fr, pt-BR, zh-Hans.',
    );
  });

  it('treats lang="" (language unknown) as English, without a warning', async () => {
    const el = await widget('mmn-overview', '');
    expect(heading(el)).to.equal('What is MMN?');
  });

  it('formats the review date in the reader’s language', async () => {
    const es = await widget('mmn-overview', 'es');
    const de = await widget('mmn-overview', 'de');
    expect($(es, 'time').textContent).to.match(/^\d{1,2} de [a-z]+ de \d{4}$/);
    expect($(de, 'time').textContent).to.match(/^\d{1,2}\. [A-Z][a-zä]+ \d{4}$/);
  });

  it('has a build check that fails when a locale lacks a message English has', async () => {
    const english = [
      ['a', 'Hello'],
      ['b', 'Join {org}'],
      ['c', 'Bye'],
    ];
    const xliff = `<xliff><file><body>
      <trans-unit id="a"><source>Hello</source><target>Hola</target></trans-unit>
      <trans-unit id="b"><source>Join {org}</source><target>Únase</target></trans-unit>
      </body></file></xliff>`;
    const problems = await executeServerCommand<string[], unknown>('translation-problems', {
      english,
      xliff,
      locale: 'es',
    });
    expect(problems).to.deep.equal([
      'es: "b" must keep the placeholders of "Join {org}"',
      'es: "c" has no translation',
    ]);
  });
});

/** Space between the container's left and right edges and the text inside `selector`. */
function textGaps(el: Element, selector: string): [left: number, right: number] {
  const range = document.createRange();
  range.selectNodeContents($(el, selector));
  const text = range.getBoundingClientRect();
  const box = container(el).getBoundingClientRect();
  return [text.left - box.left, box.right - text.right];
}

/** Waits until the widget's main heading reads `text` (a language arriving). */
function shows(el: Element, text: string): Promise<void> {
  return until(() => heading(el) === text, `the heading reads ${text}`);
}
