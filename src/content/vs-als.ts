import type { Msg } from '../i18n/translator.js';
import { perLocale } from '../i18n/translator.js';
import { reviewDates } from './dates.js';
import { MYIGSOURCE_MMN } from './sources.js';
import type { VsAlsContent } from './types.js';

export const vsAls = perLocale((msg: Msg): VsAlsContent => ({
  ...reviewDates('2026-11-30'),
  sources: [MYIGSOURCE_MMN],
  heading: msg('Why is MMN sometimes mistaken for ALS?', { id: 'vsAls.heading' }),
  intro: [
    msg(
      'MMN is short for multifocal motor neuropathy. The word “multifocal” means “in many places.” MMN is rare. Its signs can look a bit like the signs of other nerve diseases that affect the arms and legs.',
      {
        id: 'vsAls.intro.spelledOut',
        desc: 'This widget may be shown alone: spell out MMN here, and explain "multifocal" in everyday words.',
      },
    ),
    msg(
      'One of these is ALS. ALS is short for amyotrophic lateral sclerosis. In the US, it is also called Lou Gehrig’s disease. In the UK, it is called motor neurone disease.',
      {
        id: 'vsAls.intro.alsNames',
        desc: 'Give the names of ALS that patients know in this language (for example "maladie de Charcot" in French), in place of the US and UK names.',
      },
    ),
    msg(
      'Weak muscles, cramps, and spasms are often seen in MMN. They are also seen in ALS. But the two are not the same.',
      {
        id: 'vsAls.intro.oftenSeen',
        desc: 'The source says these signs are "often" seen in MMN and also seen in ALS.',
      },
    ),
  ],
  table: {
    caption: msg('How MMN and ALS compare', { id: 'vsAls.table.caption' }),
    rowHeader: msg('What happens', { id: 'vsAls.table.rowHeader' }),
    mmn: msg('MMN', { id: 'vsAls.table.mmn', desc: 'The usual short name of the disease in this language.' }),
    als: msg('ALS', { id: 'vsAls.table.als', desc: 'The usual short name of the disease in this language.' }),
    cell: msg('{disease}: {answer}', {
      id: 'vsAls.table.cell',
      desc: 'On a phone, the table becomes cards and each answer follows the name of its disease, as in "MMN: Slowly". Keep both placeholders and use the separator of this language.',
    }),
    rows: [
      {
        id: 'signs',
        label: msg('Weak muscles, cramps, and spasms', { id: 'vsAls.table.symptoms' }),
        mmn: msg('Yes, often', { id: 'vsAls.table.symptoms.mmnOften' }),
        als: msg('Yes, also seen', { id: 'vsAls.table.symptoms.alsAlso' }),
      },
      {
        id: 'speed',
        label: msg('How fast it gets worse', { id: 'vsAls.table.speed' }),
        mmn: msg('Slowly', { id: 'vsAls.table.speed.mmn' }),
        als: msg('Quickly', { id: 'vsAls.table.speed.als' }),
      },
      {
        id: 'breathing',
        label: msg('Weakens the muscles you use to breathe', { id: 'vsAls.table.breathing' }),
        mmn: msg('Not usually', {
          id: 'vsAls.table.breathing.mmnNotUsually',
          desc: 'The source only contrasts MMN with ALS here: do not promise "never".',
        }),
        als: msg('Yes', { id: 'vsAls.table.breathing.als' }),
      },
    ],
  },
  sections: [
    {
      id: 'told-als',
      heading: msg('Were you told you have ALS?', { id: 'vsAls.toldAls.heading' }),
      paragraphs: [
        msg('MMN and ALS are different diseases. Only a doctor can tell which one a person has.', {
          id: 'vsAls.toldAls.different',
        }),
        msg('MMN can be treated. Ask your doctor about your diagnosis.', { id: 'vsAls.toldAls.treated' }),
      ],
    },
    {
      id: 'compression',
      heading: msg('What else can MMN be mistaken for?', { id: 'vsAls.compression.heading' }),
      paragraphs: [
        msg(
          'In some people, MMN is mistaken for a squeezed nerve (nerve compression). One example is carpal tunnel syndrome. This is when a nerve in the wrist gets squeezed.',
          { id: 'vsAls.compression.wrist', desc: 'Explain carpal tunnel syndrome in everyday words.' },
        ),
      ],
    },
    {
      id: 'diagnosis',
      heading: msg('Why does the right diagnosis matter?', { id: 'vsAls.diagnosis.heading' }),
      paragraphs: [
        msg(
          'To make a diagnosis, a doctor finds out which disease is causing your signs. When MMN is found, it can be treated the right way.',
          { id: 'vsAls.diagnosis.findsOut', desc: 'Explain "diagnosis" in concrete, everyday words.' },
        ),
        msg('Talk to your doctor about any signs you have.', { id: 'vsAls.diagnosis.doctor' }),
      ],
    },
  ],
}));
