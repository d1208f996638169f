// Part of `npm test`: prints a warning for each content record whose next
// review is within 60 days, or past. Never fails: a date passing must not
// break CI on its own (issue 18). Wireit runs it every time (it declares no
// files), because what changes is the date, not the files.
import { contentRecords, dueSoon, dueWarning } from './review-dates.js';

const today = new Date().toISOString().slice(0, 10);
try {
  const due = dueSoon(contentRecords(), today);
  for (const record of due) console.warn(dueWarning(record));
  if (!due.length) console.log(`review dates: no content review due within 60 days of ${today}.`);
} catch (error) {
  console.warn(`WARNING: could not read the review dates: ${error.message}`);
}
process.exitCode = 0;
