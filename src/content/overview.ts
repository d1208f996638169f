import type { Msg } from '../i18n/translator.js';
import { perLocale } from '../i18n/translator.js';
import { reviewDates } from './dates.js';
import { MYIGSOURCE_MMN } from './sources.js';
import type { OverviewContent } from './types.js';

export const overview = perLocale((msg: Msg): OverviewContent => ({
  ...reviewDates('2026-11-30'),
  sources: [MYIGSOURCE_MMN],
  heading: msg('What is MMN?', { id: 'overview.heading' }),
  keyPoints: {
    id: 'key-points',
    heading: msg('Key points', { id: 'overview.key.heading', desc: 'A short summary at the top of the page.' }),
    items: [
      msg('MMN is a rare nerve disease.', { id: 'overview.key.rare' }),
      msg('It can be treated, but it cannot be cured.', { id: 'overview.key.treatable' }),
      msg('It gets worse slowly.', { id: 'overview.key.slow' }),
      msg('It causes weak muscles, cramps, and spasms.', { id: 'overview.key.signs' }),
      msg('It does not take away feeling.', { id: 'overview.key.feeling' }),
    ],
  },
  intro: [
    msg(
      'MMN is short for multifocal motor neuropathy. It is a rare nerve disease. The word “multifocal” means “in many places.”',
      {
        id: 'overview.intro.multifocal',
        desc: 'Explain the word "multifocal" of the disease’s name in everyday words.',
      },
    ),
    msg(
      'Motor nerves are the nerves that tell your muscles to move. In MMN, the body’s defense system (the immune system) attacks more than one of these nerves by mistake.',
      { id: 'overview.intro.moreThanOne', desc: 'Keep "more than one": the source says "multiple", not "many".' },
    ),
    msg('This makes muscles weak. The weakness can get worse over time.', { id: 'overview.intro.weakness' }),
  ],
  sections: [
    {
      id: 'myelin',
      heading: msg('How does MMN harm the nerves?', { id: 'overview.myelin.heading' }),
      paragraphs: [
        msg(
          'Nerves carry messages to your muscles. A coating wraps around the nerves to protect them. This coating is called myelin. It helps messages travel the right way, and fast.',
          { id: 'overview.myelin.coating' },
        ),
        msg(
          'Experts think that in MMN, the immune system harms this coating. The coating can break down. Doctors call this demyelination. Then the nerve can be damaged.',
          {
            id: 'overview.myelin.doctorsCall',
            desc: 'Name the breakdown of the coating "demyelination" in its own sentence.',
          },
        ),
        msg('When messages to the muscles are cut off, the muscles can get weak.', { id: 'overview.myelin.messages' }),
      ],
    },
    {
      id: 'where',
      heading: msg('Where does MMN start, and what does it affect?', { id: 'overview.where.headingAffects' }),
      items: [
        msg('It often affects just one side of the body.', { id: 'overview.where.side' }),
        msg('It often starts in a finger, the thumb, the wrist, or a leg.', { id: 'overview.where.start' }),
        msg('It weakens the hands and lower arms more than the legs.', { id: 'overview.where.arms' }),
        msg('It does not take away feeling (it does not make the skin numb).', { id: 'overview.where.feeling' }),
      ],
    },
    {
      id: 'symptoms',
      heading: msg('What are the signs?', { id: 'overview.signs.heading' }),
      items: [
        msg('Weak muscles', { id: 'overview.signs.weakness' }),
        msg('Muscle cramps', { id: 'overview.signs.cramps' }),
        msg('Muscle spasms, when a muscle tightens on its own', { id: 'overview.signs.spasms' }),
      ],
    },
    {
      id: 'course',
      heading: msg('How does MMN change, and can it be treated?', { id: 'overview.course.headingTreated' }),
      items: [
        msg('It gets worse slowly.', { id: 'overview.course.slow' }),
        msg('It can be treated, but it cannot be cured.', { id: 'overview.course.treatable' }),
        msg('In some people, treatment has made their muscles stronger.', {
          id: 'overview.course.stronger',
          desc: 'Keep "in some people": treatment does not make everyone stronger.',
        }),
      ],
    },
  ],
  diagramAfter: 'myelin',
  diagram: {
    caption: msg('A healthy nerve, and a nerve with damaged myelin', { id: 'overview.diagram.caption' }),
    healthy: {
      label: msg('Healthy myelin', { id: 'overview.diagram.healthy' }),
      description: msg(
        'A nerve wrapped in its coating (myelin). The coating is made of even pieces along the nerve, and every piece is healthy.',
        {
          id: 'overview.diagram.healthy.descAllHealthy',
          desc: 'Read by screen readers: what the first drawing shows.',
        },
      ),
    },
    damaged: {
      label: msg('Damaged myelin', { id: 'overview.diagram.damaged' }),
      description: msg(
        'A nerve whose coating (myelin) is damaged. One piece is still healthy. The others are broken, thin or missing, so parts of the nerve are bare.',
        {
          id: 'overview.diagram.damaged.descOneHealthy',
          desc: 'Read by screen readers: what the second drawing shows.',
        },
      ),
    },
  },
  closing: msg('If you have signs like these, talk to your doctor.', { id: 'overview.closing' }),
}));
