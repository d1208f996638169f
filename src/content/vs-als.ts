import type { Msg } from '../i18n/translator.js';
import { perLocale } from '../i18n/translator.js';
import { MYIGSOURCE_MMN } from './sources.js';
import type { VsAlsContent } from './types.js';

export const vsAls = perLocale(
  (msg: Msg): VsAlsContent => ({
    lastReviewed: '2026-11-25',
    sources: [MYIGSOURCE_MMN],
    heading: msg('Why is MMN sometimes mistaken for ALS?', { id: 'vsAls.heading' }),
    intro: [
      msg(
        'MMN is rare. Its signs can look a bit like the signs of other nerve diseases that affect the arms and legs.',
        { id: 'vsAls.intro.similar' },
      ),
      msg(
        'One of these is ALS. ALS is short for amyotrophic lateral sclerosis. Weak muscles, cramps, and spasms can happen in both MMN and ALS. But the two are not the same.',
        { id: 'vsAls.intro.als' },
      ),
    ],
    table: {
      caption: msg('How MMN and ALS compare', { id: 'vsAls.table.caption' }),
      rowHeader: msg('What happens', { id: 'vsAls.table.rowHeader' }),
      mmn: msg('MMN', { id: 'vsAls.table.mmn', desc: 'The usual short name of the disease in this language.' }),
      als: msg('ALS', { id: 'vsAls.table.als', desc: 'The usual short name of the disease in this language.' }),
      rows: [
        {
          label: msg('Weak muscles, cramps, and spasms', { id: 'vsAls.table.symptoms' }),
          mmn: msg('Yes, they can happen', { id: 'vsAls.table.symptoms.mmn' }),
          als: msg('Yes, they can happen', { id: 'vsAls.table.symptoms.als' }),
        },
        {
          label: msg('How fast it gets worse', { id: 'vsAls.table.speed' }),
          mmn: msg('Slowly', { id: 'vsAls.table.speed.mmn' }),
          als: msg('Quickly', { id: 'vsAls.table.speed.als' }),
        },
        {
          label: msg('Weakens the muscles you use to breathe', { id: 'vsAls.table.breathing' }),
          mmn: msg('No', { id: 'vsAls.table.breathing.mmn' }),
          als: msg('Yes', { id: 'vsAls.table.breathing.als' }),
        },
      ],
    },
    sections: [
      {
        id: 'compression',
        heading: msg('What else can MMN be mistaken for?', { id: 'vsAls.compression.heading' }),
        paragraphs: [
          msg(
            'In some people, MMN is mistaken for a squeezed nerve (nerve compression). One example is carpal tunnel syndrome.',
            { id: 'vsAls.compression.text' },
          ),
        ],
      },
      {
        id: 'diagnosis',
        heading: msg('Why does the right diagnosis matter?', { id: 'vsAls.diagnosis.heading' }),
        paragraphs: [
          msg(
            'A diagnosis is a doctor’s finding of what is causing your signs. The right diagnosis of MMN helps you get the right treatment for it.',
            { id: 'vsAls.diagnosis.text' },
          ),
          msg('Talk to your doctor about any signs you have.', { id: 'vsAls.diagnosis.doctor' }),
        ],
      },
    ],
  }),
);
