import { expect, fixture } from '@open-wc/testing';
import '../src/define.js';
// Plain JavaScript with no dependency: measured here, on the text the browser shows.
import { readability, syllables } from '../scripts/readability.js';
import { settle } from './helpers.js';

/**
 * The most words a sentence may have on average, per language (in Chinese,
 * characters). English holds Flesch's "easy" band (about 11 words a
 * sentence) with a word to spare: 12, under the plain-language guide's
 * "most sentences under 15 words". A translation of the same sentence runs
 * longer in Spanish, French and Portuguese (articles, prepositions: up to
 * about 25% more words than English) → 15; about as long in German, where
 * compounds offset longer grammar → 12; shorter in Arabic, which writes
 * "the", "and" and "in" into the word (about 0.85 of English here) → 11.
 * Chinese counts characters: an English word comes out at about 1.5-1.8
 * characters (1.55 in this copy), so 12 words ≈ 22 characters.
 */
const LIMITS: Record<string, number> = {
  en: 12,
  es: 15,
  fr: 15,
  'pt-BR': 15,
  de: 12,
  ar: 11,
  'zh-Hans': 22,
};

/** Paragraphs and list items of the two content widgets, as the reader sees them. */
async function blocksIn(locale: string): Promise<string[]> {
  const blocks: string[] = [];
  for (const tag of ['mmn-overview', 'mmn-vs-als']) {
    const el = await fixture<HTMLElement>(`<${tag} lang="${locale}"></${tag}>`);
    await settle(el);
    const nodes = el.shadowRoot!.querySelectorAll<HTMLElement>('article > p, section p, section li');
    blocks.push(...[...nodes].map((node) => node.innerText));
  }
  return blocks;
}

describe('readability in every language', () => {
  for (const [locale, limit] of Object.entries(LIMITS)) {
    it(`${locale}: sentences average at most ${limit} ${locale === 'zh-Hans' ? 'characters' : 'words'}`, async () => {
      const blocks = await blocksIn(locale);
      expect(blocks.length).to.be.greaterThan(20);
      const f = readability(blocks, locale);
      const score = f.formula ? `; ${f.formula} reading ease ${f.score!.toFixed(1)}` : '';
      console.log(
        `readability ${locale}: ${f.averageSentenceLength.toFixed(1)} ${locale === 'zh-Hans' ? 'characters' : 'words'} a sentence on average (limit ${limit}), longest ${f.longestSentence}, ${f.sentences} sentences${score}`,
      );
      expect(f.averageSentenceLength).to.be.at.most(limit);
      if (f.formula) expect(f.score).to.be.a('number').and.not.NaN;
    });
  }

  it('would catch long sentences', () => {
    const long =
      'Los nervios motores, que son los que les dicen a los músculos que se muevan, pueden ser atacados por el propio sistema de defensa del cuerpo, lo que con el tiempo hace que los músculos se debiliten.';
    expect(readability([long], 'es').averageSentenceLength).to.be.greaterThan(LIMITS.es);
    expect(
      readability(['多灶性运动神经病是一种罕见的由免疫系统错误攻击多条运动神经而引起肌肉无力的慢性疾病。'], 'zh-Hans')
        .averageSentenceLength,
    ).to.be.greaterThan(LIMITS['zh-Hans']);
  });

  it('computes each formula as published, on a counted sample', () => {
    // Counted by hand: Ner-vios da-ña-dos. Mús-cu-los dé-bi-les, ca-lam-bres, es-pas-mos: 2 sentences, 6 words, 17 syllables.
    const es = readability(['Nervios dañados.', 'Músculos débiles, calambres, espasmos.'], 'es');
    expect([es.sentences, es.words, es.syllables]).to.deep.equal([2, 6, 17]);
    expect(es.score).to.be.closeTo(206.84 - 60 * (17 / 6) - 1.02 * 3, 1e-9);
    const fr = readability(['La myéline protège le nerf.'], 'fr');
    expect([fr.words, fr.syllables]).to.deep.equal([5, 8]);
    expect(fr.score).to.be.closeTo(207 - 73.6 * (8 / 5) - 1.015 * 5, 1e-9);
    const de = readability(['Die Hülle schützt den Nerv.'], 'de');
    expect([de.words, de.syllables]).to.deep.equal([5, 6]);
    expect(de.score).to.be.closeTo(180 - 58.5 * (6 / 5) - 5, 1e-9);
  });

  it('counts syllables by the documented vowel-group rules', () => {
    const count = (locale: string, list: string[]) => list.map((word) => syllables(word, locale));
    // Spanish: hiatus (dí-a, le-er), diphthongs (bien, cuan-do), final y.
    expect(count('es', ['día', 'leer', 'bien', 'cuando', 'muy', 'neuropatía', 'desmielinización'])).to.deep.equal([
      2, 2, 1, 2, 1, 5, 6,
    ]);
    // French: silent final e/es after a consonant, tréma, é after a vowel.
    expect(count('fr', ['rare', 'maladies', 'naïf', 'myéline', 'année', 'de'])).to.deep.equal([1, 3, 2, 3, 2, 1]);
    // German: vowel groups (ie, ei, eu) as one.
    expect(count('de', ['Neuropathie', 'Hülle', 'Nervenkrankheit', 'heilbar'])).to.deep.equal([4, 2, 4, 2]);
  });
});
