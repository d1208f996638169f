// The content record each widget renders, and its last-reviewed date, read
// from the source: for the manifest, the embed-code builder and the dates
// written into each locale module. One reader, so all three agree.
import { readFileSync } from 'node:fs';

export const CONTENT = {
  'mmn-overview': 'src/content/overview.ts',
  'mmn-vs-als': 'src/content/vs-als.ts',
};

/** The `lastReviewed: 'YYYY-MM-DD'` of a content file; throws when there is none. */
export function lastReviewed(file) {
  const date = readFileSync(file, 'utf8').match(/lastReviewed: '(\d{4}-\d{2}-\d{2})'/);
  if (!date) throw new Error(`${file}: no lastReviewed date`);
  return date[1];
}

/** `{ 'mmn-overview': '2026-11-25', … }` */
export function reviewDates() {
  return Object.fromEntries(Object.entries(CONTENT).map(([tag, file]) => [tag, lastReviewed(file)]));
}
