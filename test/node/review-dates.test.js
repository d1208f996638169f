// The review dates: what scripts/review-dates.js reads from the content is
// what the records hold at run time, the next review is 12 months on, and the
// warning `npm test` prints is a warning, never a failure. Every check of
// "how soon" takes a fixed today, so none depends on the day it runs.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { addMonths, contentRecords, dueSoon, dueWarning, widgetDates } from '../../scripts/review-dates.js';

const records = [
  { file: 'a.ts', lastReviewed: '2026-01-10', nextReview: '2027-01-10' },
  { file: 'b.ts', lastReviewed: '2026-03-01', nextReview: '2027-03-01' },
];

test('a record is due soon from 60 days before its next review, and stays so once overdue', () => {
  assert.deepEqual(dueSoon(records, '2026-11-10'), []); // 61 days before a.ts
  assert.deepEqual(
    dueSoon(records, '2026-11-11').map(({ file, daysLeft }) => [file, daysLeft]),
    [['a.ts', 60]],
  );
  assert.deepEqual(
    dueSoon(records, '2027-01-20').map(({ file, daysLeft }) => [file, daysLeft]),
    [
      ['a.ts', -10],
      ['b.ts', 40],
    ],
  );
});

test('the warning says when, and what to do', () => {
  assert.equal(
    dueWarning({ file: 'src/content/overview.ts', nextReview: '2027-11-30', daysLeft: 12 }),
    'WARNING: the content review of src/content/overview.ts is due on 2027-11-30, in 12 days. Check it against its sources, then change the date in its reviewDates(…).',
  );
  assert.match(dueWarning({ file: 'x.ts', nextReview: '2027-11-30', daysLeft: 0 }), /is due today \(2027-11-30\)/);
  assert.match(
    dueWarning({ file: 'x.ts', nextReview: '2027-11-30', daysLeft: -3 }),
    /was due on 2027-11-30 \(3 days ago\)/,
  );
});

test("npm test's review check warns but exits 0, even long after every date has passed", () => {
  // The script, run with a clock set to 2031: every record is overdue.
  const clock = `const D = Date; globalThis.Date = class extends D { constructor(...a) { super(...(a.length ? a : [D.UTC(2031, 0, 1)])); } static now() { return D.UTC(2031, 0, 1); } };`;
  const run = spawnSync(
    process.execPath,
    ['--import', `data:text/javascript,${encodeURIComponent(clock)}`, 'scripts/review-due.js'],
    {
      encoding: 'utf8',
    },
  );
  assert.equal(run.status, 0, run.stderr);
  assert.match(
    run.stderr,
    /^WARNING: the content review of src\/content\/overview\.ts was due on \d{4}-\d{2}-\d{2} \(\d+ days ago\)/m,
  );
});

test('the next review is 12 months on, the same way in the scripts as in the widgets', async () => {
  const built = await import('../../dist/content/dates.js');
  for (const date of ['2026-11-30', '2028-02-29', '2026-01-31', '2026-12-31']) {
    assert.equal(addMonths(date, 12), built.reviewDates(date).nextReview, date);
  }
  assert.equal(addMonths('2028-02-29', 12), '2029-02-28');
  assert.equal(built.reviewDates('2026-11-30', { nextReview: '2027-05-01' }).nextReview, '2027-05-01');
});

test('the scripts read the dates each content record holds', async () => {
  const identity = (text) => text;
  const found = contentRecords();
  assert.deepEqual(
    found.map((record) => record.file),
    ['src/content/overview.ts', 'src/content/visit-notes.ts', 'src/content/vs-als.ts'],
  );
  for (const { file, lastReviewed, nextReview } of found) {
    const module = await import(`../../dist/content/${file.split('/').pop().replace(/\.ts$/, '.js')}`);
    const [build] = Object.values(module);
    const record = build('en', identity);
    assert.deepEqual(
      { lastReviewed: record.lastReviewed, nextReview: record.nextReview },
      { lastReviewed, nextReview },
      file,
    );
    assert.equal(nextReview, addMonths(lastReviewed, 12), `${file}: 12 months on, as no record says otherwise today`);
  }
  assert.deepEqual(Object.keys(widgetDates()).sort(), ['mmn-overview', 'mmn-visit-notes', 'mmn-vs-als']);
});
