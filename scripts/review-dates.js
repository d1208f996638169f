// When the medical copy was last reviewed, read from the content records in
// src/content/ (`lastReviewed: 'YYYY-MM-DD'`). One reader for every place
// that shows it: the language files (scripts/locales.js), the manifest and
// the embed-code builder.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const CONTENT = 'src/content';
const DATE = /lastReviewed: '(\d{4}-\d{2}-\d{2})'/;

/** The `lastReviewed` of one source file, or undefined when it has none. */
export function lastReviewed(file) {
  return readFileSync(file, 'utf8').match(DATE)?.[1];
}

/** Every review date in the content, sorted, each once. */
export function contentDates() {
  const dates = readdirSync(CONTENT)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => lastReviewed(join(CONTENT, name)))
    .filter(Boolean);
  return [...new Set(dates)].sort();
}

/**
 * The review date of the content an element renders: the latest
 * `lastReviewed` among the modules its source file reaches through relative
 * imports (its own view, say, and the content that view imports), or
 * undefined for an element without medical copy (the banner).
 */
export function elementReviewDate(elementFile) {
  const seen = new Set();
  const dates = [];
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    let source;
    try {
      source = readFileSync(file, 'utf8');
    } catch {
      return; // a generated or non-TypeScript module
    }
    const date = source.match(DATE)?.[1];
    if (date) dates.push(date);
    for (const [, path] of source.matchAll(/from '(\.\.?\/[\w./-]+)\.js'/g)) visit(`${resolve(dirname(file), path)}.ts`);
  };
  visit(resolve(elementFile));
  return dates.sort().at(-1);
}

/**
 * `{ 'mmn-overview': '2026-11-25', … }` for every element in src/ (a
 * `src/<folder>/<folder>.ts` whose class names its `@tagname`) that renders
 * medical copy.
 */
export function reviewDates() {
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
    const date = tag && elementReviewDate(file);
    if (date) dates[tag] = date;
  }
  return dates;
}
