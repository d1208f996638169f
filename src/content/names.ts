import type { Msg } from '../i18n/translator.js';
import { perLocale } from '../i18n/translator.js';
import type { ConditionNames } from './types.js';

/**
 * The full names of the conditions the copy talks about, on their own. The
 * widgets spell them out inside sentences; structured data for search engines
 * (src/structured-data.ts) and the content files need them as names. The
 * short names (MMN, ALS) are the comparison table's column headers.
 */
export const names = perLocale((msg: Msg): ConditionNames => ({
  mmn: msg('Multifocal motor neuropathy', {
    id: 'names.mmn',
    desc: 'The full name of MMN on its own, as the widgets spell it out in this language, with a capital letter where the language uses one.',
  }),
  als: msg('Amyotrophic lateral sclerosis', {
    id: 'names.als',
    desc: 'The full name of ALS on its own, as the widgets spell it out in this language.',
  }),
  carpalTunnel: msg('Carpal tunnel syndrome', {
    id: 'names.carpalTunnel',
    desc: 'The name of the condition, as the widgets write it in this language.',
  }),
}));
