import type { Msg } from '../i18n/translator.js';
import { perLocale } from '../i18n/translator.js';
import type { CommonCopy } from './types.js';

export const common = perLocale((msg: Msg): CommonCopy => ({
  lastReviewed: msg('Last reviewed: {date}', {
    id: 'common.lastReviewedOn',
    desc: 'Keep {date}: it becomes the date, written out in this language. Use the separator of this language.',
  }),
  nextReview: msg('Next review due: {date}', {
    id: 'common.nextReview',
    desc: 'Shown under "Last reviewed": the day the information must be checked again. Keep {date}. Use the separator of this language.',
  }),
  translated: msg('Translated from English. Translation checked on {date}.', {
    id: 'common.translated',
    desc: 'Shown only in translations: this text was translated from English, and a reviewer checked the translation on {date}. Keep {date}.',
  }),
  sources: msg('Where this information comes from:', {
    id: 'common.sourcesFrom',
    desc: 'Introduces the list of sources. Use the separator of this language.',
  }),
  source: msg('{publisher}: “{title}”, a page for patients', {
    id: 'common.source',
    desc: 'One source in the list of sources. Keep {publisher} and {title} as they are (they name an English web page) and say that the page is in English.',
  }),
  disclaimer: msg('This information does not replace advice from your doctor.', { id: 'common.disclaimer' }),
}));
