// When the medical copy was last reviewed and when its next review is due,
// read from the content records in src/content/ (`...reviewDates('YYYY-MM-DD')`
// or `...reviewDates('YYYY-MM-DD', { nextReview: 'YYYY-MM-DD' })`, see
// src/content/dates.ts), and when each translation was checked
// (src/content/translation-reviews.ts). One reader for every place that
// shows them: the language files (scripts/locales.js), the manifest, the
// embed-code builder, and the warning `npm test` prints when a review is
// near (scripts/review-due.js).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const CONTENT = 'src/content';
const ISO = String.raw`'(\d{4}-\d{2}-\d{2})'`;
// At the start of a line, so that the examples in dates.ts's comment do not count.
const RECORD = new RegExp(
  String.raw`^\s*\.\.\.reviewDates\(\s*${ISO}\s*(?:,\s*\{\s*nextReview:\s*${ISO}\s*\}\s*)?\)`,
  'm',
);
const CHECKED = new RegExp(String.raw`^\s*checked:\s*${ISO}`, 'gm');

/** Months between two reviews unless a record says otherwise: as REVIEW_MONTHS in src/content/dates.ts. */
export const REVIEW_MONTHS = 12;

/** `YYYY-MM-DD` plus whole months, as `addMonths` in src/content/dates.ts (a Node test checks they agree). */
export function addMonths(isoDate, months) {
  const [year, month, day] = isoDate.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, last));
  return target.toISOString().slice(0, 10);
}

const datesOf = ([, lastReviewed, nextReview]) => ({
  lastReviewed,
  nextReview: nextReview ?? addMonths(lastReviewed, REVIEW_MONTHS),
});

/** `{ lastReviewed, nextReview }` of the content record in one source file, or undefined when it has none. */
export function recordDates(file) {
  const found = readFileSync(file, 'utf8').match(RECORD);
  return found ? datesOf(found) : undefined;
}

/**
 * A content module's source with its `...reviewDates(…)` written out as the
 * two dates, for the script-tag bundles: the same record, without the
 * date arithmetic in every page's download (rollup.config.js).
 */
export function writeReviewDates(code) {
  return code.replace(new RegExp(RECORD.source, 'gm'), (...found) => {
    const { lastReviewed, nextReview } = datesOf(found);
    return `${found[0].match(/^\s*/)[0]}lastReviewed: '${lastReviewed}', nextReview: '${nextReview}'`;
  });
}

/** The `lastReviewed` of one source file, or undefined when it has none. */
export function lastReviewed(file) {
  return recordDates(file)?.lastReviewed;
}

/** `[{ file, lastReviewed, nextReview }]` for every content record in src/content/. */
export function contentRecords() {
  return readdirSync(CONTENT)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => ({ file: join(CONTENT, name), ...recordDates(join(CONTENT, name)) }))
    .filter((record) => record.lastReviewed);
}

/** The days each translation was checked (src/content/translation-reviews.ts). */
export function translationDates() {
  return [...readFileSync(join(CONTENT, 'translation-reviews.ts'), 'utf8').matchAll(CHECKED)].map(([, date]) => date);
}

/** Every date the widgets show (reviews, next reviews, translation checks), sorted, each once. */
export function contentDates() {
  const dates = contentRecords().flatMap((record) => [record.lastReviewed, record.nextReview]);
  return [...new Set([...dates, ...translationDates()])].sort();
}

/**
 * The review dates of the content an element renders: the latest
 * `lastReviewed` and the earliest `nextReview` among the modules its source
 * file reaches through relative imports (its own view, say, and the content
 * that view imports), or undefined for an element without medical copy (the
 * banner).
 */
export function elementDates(elementFile) {
  const seen = new Set();
  const found = [];
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    let source;
    try {
      source = readFileSync(file, 'utf8');
    } catch {
      return; // a generated or non-TypeScript module
    }
    const dates = recordDates(file);
    if (dates) found.push(dates);
    for (const [, path] of source.matchAll(/from '(\.\.?\/[\w./-]+)\.js'/g))
      visit(`${resolve(dirname(file), path)}.ts`);
  };
  visit(resolve(elementFile));
  if (!found.length) return undefined;
  return {
    lastReviewed: found
      .map((d) => d.lastReviewed)
      .sort()
      .at(-1),
    nextReview: found.map((d) => d.nextReview).sort()[0],
  };
}

/** The latest review date of the content an element renders (see `elementDates`). */
export function elementReviewDate(elementFile) {
  return elementDates(elementFile)?.lastReviewed;
}

/**
 * `{ 'mmn-overview': { lastReviewed: '2026-11-30', nextReview: '2027-11-30' }, … }`
 * for every element in src/ (a `src/<folder>/<folder>.ts` whose class names
 * its `@tagname`) that renders medical copy.
 */
export function widgetDates() {
  const dates = {};
  for (const folder of readdirSync('src', { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    const file = join('src', folder.name, `${folder.name}.ts`);
    let source;
    try {
      source = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    const tag = source.match(/@tagname ([\w-]+)/)?.[1];
    const found = tag && elementDates(file);
    if (found) dates[tag] = found;
  }
  return dates;
}

/** `{ 'mmn-overview': '2026-11-30', … }`: each content widget's `lastReviewed` (see `widgetDates`). */
export function reviewDates() {
  return Object.fromEntries(Object.entries(widgetDates()).map(([tag, { lastReviewed }]) => [tag, lastReviewed]));
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * The records whose next review is at most `days` away from `today` (or
 * past), soonest first, with the whole days left (negative once overdue).
 * Pure: `today` is given, so a test of it never depends on the date it runs.
 */
export function dueSoon(records, today, days = 60) {
  const start = Date.parse(`${today}T00:00:00Z`);
  return records
    .map((record) => ({
      ...record,
      daysLeft: Math.round((Date.parse(`${record.nextReview}T00:00:00Z`) - start) / DAY),
    }))
    .filter((record) => record.daysLeft <= days)
    .sort((a, b) => a.daysLeft - b.daysLeft);
}

/** One warning line for a record `dueSoon` returned. */
export function dueWarning({ file, nextReview, daysLeft }) {
  const when =
    daysLeft < 0
      ? `was due on ${nextReview} (${-daysLeft} days ago)`
      : daysLeft === 0
        ? `is due today (${nextReview})`
        : `is due on ${nextReview}, in ${daysLeft} days`;
  return `WARNING: the content review of ${file} ${when}. Check it against its sources, then change the date in its reviewDates(…).`;
}
