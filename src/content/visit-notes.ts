import type { Msg } from '../i18n/translator.js';
import { perLocale } from '../i18n/translator.js';
import { reviewDates } from './dates.js';
import { MYIGSOURCE_MMN } from './sources.js';
import type { VisitNotesContent } from './types.js';

/**
 * The checklist a reader fills in before a visit. Every sign and question
 * comes from the source: where MMN starts and what it weakens, that it gets
 * worse slowly, cramps and spasms, the two things it is mistaken for, that
 * it can be treated and that strength improved with treatment in some
 * patients. The two signs the source sets apart from MMN (loss of feeling;
 * weak breathing muscles, which it gives to ALS) carry a note to tell the
 * doctor, and no more.
 */
export const visitNotes = perLocale((msg: Msg): VisitNotesContent => ({
  ...reviewDates('2026-11-30'),
  sources: [MYIGSOURCE_MMN],
  heading: msg('Get ready to talk to your doctor', { id: 'notes.heading' }),
  intro: [
    msg(
      'MMN is rare. It can be mistaken for other nerve diseases. So it is important to tell your doctor about the signs you have.',
      {
        id: 'notes.intro.why',
        desc: 'MMN is multifocal motor neuropathy; use the short name the other widgets use in this language.',
      },
    ),
    msg('Tick what fits you and add your own words. Then print your notes or copy them, and take them to your visit.', {
      id: 'notes.intro.how',
    }),
  ],
  privacy: msg(
    'What you enter stays on this page. It is not saved or sent anywhere. It is gone when you close the page.',
    {
      id: 'notes.privacy',
    },
  ),
  signs: {
    legend: msg('Signs I have', {
      id: 'notes.signs.legend',
      desc: 'Name signs with the word the other widgets use (the glossary: xliff/glossary.json).',
    }),
    choices: [
      { id: 'hand', label: msg('Weakness in a finger, thumb, or hand', { id: 'notes.signs.hand' }) },
      { id: 'arm', label: msg('Weakness in the wrist or lower arm', { id: 'notes.signs.arm' }) },
      { id: 'leg', label: msg('Weakness in a leg', { id: 'notes.signs.leg' }) },
      { id: 'one-side', label: msg('Weakness mostly on one side of the body', { id: 'notes.signs.oneSide' }) },
      {
        id: 'cramps',
        label: msg('Muscle cramps', {
          id: 'notes.signs.cramps',
          desc: 'The word the overview uses for cramps (xliff/glossary.json).',
        }),
      },
      {
        id: 'spasms',
        label: msg('Muscle spasms', {
          id: 'notes.signs.spasms',
          desc: 'The word the overview uses for spasms, never one for twitching or seizures (xliff/glossary.json). The doctor reads it.',
        }),
      },
      { id: 'slow', label: msg('Signs that get worse slowly', { id: 'notes.signs.slow' }) },
      {
        id: 'numbness',
        label: msg('Numbness or loss of feeling', {
          id: 'notes.signs.numbness',
          desc: 'Numbness, not tingling; a word that cannot be read as deafness (xliff/glossary.json).',
        }),
        note: msg('MMN weakens muscles without taking away feeling. Be sure to tell your doctor about this sign.', {
          id: 'notes.signs.numbness.note',
          desc: 'The source says MMN weakens muscles "without a loss of sensation". Do not say what the sign means: only send the reader to the doctor.',
        }),
      },
      {
        id: 'breathing',
        label: msg('Trouble breathing', { id: 'notes.signs.breathing' }),
        note: msg('Trouble breathing is not a usual sign of MMN. Be sure to tell your doctor about this sign.', {
          id: 'notes.signs.breathing.note',
          desc: 'Readers may fear ALS: do not name it here and do not promise "never". Only send the reader to the doctor.',
        }),
      },
    ],
  },
  words: {
    legend: msg('In my own words', { id: 'notes.words.legend' }),
    hint: msg('You can leave these boxes empty.', { id: 'notes.words.hint' }),
    started: msg('Where and when it started', { id: 'notes.words.started' }),
    daily: msg('What is hard in my daily life', { id: 'notes.words.daily' }),
  },
  questions: {
    legend: msg('Questions I want to ask', { id: 'notes.questions.legend' }),
    choices: [
      { id: 'mmn', label: msg('Could this be MMN?', { id: 'notes.questions.mmn' }) },
      {
        id: 'other',
        label: msg('Could it be ALS, or a squeezed nerve such as carpal tunnel syndrome?', {
          id: 'notes.questions.other',
          desc: 'Use the names of ALS and carpal tunnel syndrome that the other widgets use in this language.',
        }),
      },
      {
        id: 'tests',
        label: msg('Which tests can show what I have?', {
          id: 'notes.questions.testsShow',
          desc: 'Which medical tests could find out which disease the reader has.',
        }),
      },
      { id: 'treatment', label: msg('Which treatment is right for me?', { id: 'notes.questions.treatment' }) },
      {
        id: 'stronger',
        label: msg('Could treatment make my muscles stronger?', {
          id: 'notes.questions.stronger',
          desc: 'A question, not a promise: the source says strength improved with treatment in some patients.',
        }),
      },
    ],
  },
  print: msg('Print my notes', { id: 'notes.print' }),
  copy: msg('Copy as text', { id: 'notes.copy', desc: 'Copies the notes as plain text, for a message to the doctor.' }),
  copied: msg('Your notes are copied. You can paste them into a message to your doctor.', { id: 'notes.copied' }),
  copyFailed: msg('This browser did not let the page copy. Select the text below and copy it.', {
    id: 'notes.copyFailed',
  }),
  printFailed: msg('This browser cannot print from here. Use its own menu to print, or copy your notes.', {
    id: 'notes.printFailed',
  }),
  sheet: {
    title: msg('My notes for the doctor', { id: 'notes.sheet.title' }),
    date: msg('Date: {date}', {
      id: 'notes.sheet.date',
      desc: 'On the printed notes. Keep {date}: it becomes the date of the day. Use the separator of this language.',
    }),
    answer: msg('Answer:', {
      id: 'notes.sheet.answer',
      desc: 'Printed before the blank lines left under each question for the doctor’s answer. Use the separator of this language.',
    }),
  },
}));
