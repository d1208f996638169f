import { MYIGSOURCE_MMN } from './sources.js';
import type { VsAlsContent } from './types.js';

export const vsAls: VsAlsContent = {
  lastReviewed: '2026-11-25',
  sources: [MYIGSOURCE_MMN],
  heading: 'Why is MMN sometimes mistaken for ALS?',
  intro: [
    'MMN is rare. Its signs can look a bit like the signs of other nerve diseases that affect the arms and legs.',
    'One of these is ALS. ALS is short for amyotrophic lateral sclerosis. ' +
      'Weak muscles, cramps, and spasms can happen in both MMN and ALS. But the two are not the same.',
  ],
  table: {
    caption: 'How MMN and ALS compare',
    rowHeader: 'What happens',
    mmn: 'MMN',
    als: 'ALS',
    rows: [
      { label: 'Weak muscles, cramps, and spasms', mmn: 'Yes, they can happen', als: 'Yes, they can happen' },
      { label: 'How fast it gets worse', mmn: 'Slowly', als: 'Quickly' },
      { label: 'Weakens the muscles you use to breathe', mmn: 'No', als: 'Yes' },
    ],
  },
  sections: [
    {
      id: 'compression',
      heading: 'What else can MMN be mistaken for?',
      paragraphs: [
        'In some people, MMN is mistaken for a squeezed nerve (nerve compression). ' +
          'One example is carpal tunnel syndrome.',
      ],
    },
    {
      id: 'diagnosis',
      heading: 'Why does the right diagnosis matter?',
      paragraphs: [
        'A diagnosis is a doctor’s finding of what is causing your signs. ' +
          'The right diagnosis of MMN helps you get the right treatment for it.',
        'Talk to your doctor about any signs you have.',
      ],
    },
  ],
};
