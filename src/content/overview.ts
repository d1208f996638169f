import { MYIGSOURCE_MMN } from './sources.js';
import type { OverviewContent } from './types.js';

export const overview: OverviewContent = {
  lastReviewed: '2026-11-25',
  sources: [MYIGSOURCE_MMN],
  heading: 'What is MMN?',
  intro: [
    'MMN is short for multifocal motor neuropathy. It is a rare nerve disease.',
    'Motor nerves are the nerves that tell your muscles to move. ' +
      'In MMN, the body’s defense system (the immune system) attacks many of these nerves by mistake.',
    'This makes muscles weak. The weakness can get worse over time.',
  ],
  sections: [
    {
      id: 'myelin',
      heading: 'How does MMN harm the nerves?',
      paragraphs: [
        'Nerves carry messages to your muscles. A coating wraps around the nerves to protect them. ' +
          'This coating is called myelin. It helps messages travel the right way, and fast.',
        'Experts think that in MMN, the immune system harms this coating. ' +
          'When the coating breaks down, it is called demyelination. Then the nerve can be damaged.',
        'When messages to the muscles are cut off, the muscles can get weak.',
      ],
    },
    {
      id: 'where',
      heading: 'Where does it start?',
      items: [
        'It often affects just one side of the body.',
        'It often starts in a finger, the thumb, the wrist, or a leg.',
        'It weakens the hands and lower arms more than the legs.',
        'It does not take away feeling (it does not make the skin numb).',
      ],
    },
    {
      id: 'symptoms',
      heading: 'What are the signs?',
      items: [
        'Weak muscles',
        'Muscle cramps',
        'Muscle spasms, when a muscle tightens on its own',
      ],
    },
    {
      id: 'course',
      heading: 'How does MMN change over time?',
      items: [
        'MMN is rare.',
        'It gets worse slowly.',
        'It can be treated, but it cannot be cured.',
        'In some people, treatment has made their muscles stronger.',
      ],
    },
  ],
  diagramAfter: 'myelin',
  diagram: {
    caption: 'A healthy nerve, and a nerve with damaged myelin',
    healthy: {
      label: 'Healthy myelin',
      description: 'A nerve wrapped in its coating (myelin). The coating is whole, in even pieces along the nerve.',
    },
    damaged: {
      label: 'Damaged myelin',
      description: 'A nerve whose coating (myelin) is damaged. Some pieces are broken, thin or missing, so parts of the nerve are bare.',
    },
  },
  closing: 'If you have signs like these, talk to your doctor.',
};
