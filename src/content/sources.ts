import type { Source } from './types.js';

/** The patient page every fact in the widgets is carried over from (in English). */
export const MYIGSOURCE_MMN: Source = {
  publisher: 'MyIgSource',
  title: 'Multifocal Motor Neuropathy (MMN)',
};
