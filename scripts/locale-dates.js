// Part of `npm run localize:build`: adds to each generated locale module its
// content's review dates, already written the reader's way:
//   export const dates = { '2026-11-25': '25 de noviembre de 2026' };
//
// Why: the first Intl date format on a page costs 25–50 ms of main thread in
// Chromium (measured), every time a page shows a widget in another language.
// The review dates are fixed content, so Node's Intl writes them once here,
// with the same options the widget would use. The widget still falls back to
// Intl for a date that is not in the list.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reviewDates } from './review-dates.js';

const LOCALES = 'src/i18n/locales';
const MARK = '// Review dates, written by scripts/locale-dates.js';
const isoDates = [...new Set(Object.values(reviewDates()))].sort();

for (const file of readdirSync(LOCALES)) {
  if (!file.endsWith('.js')) continue;
  const locale = file.slice(0, -3);
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const dates = Object.fromEntries(isoDates.map((iso) => [iso, format.format(new Date(`${iso}T00:00:00Z`))]));
  const path = join(LOCALES, file);
  const source = readFileSync(path, 'utf8').split(`\n${MARK}`)[0].trimEnd();
  writeFileSync(path, `${source}\n${MARK}\nexport const dates = ${JSON.stringify(dates)};\n`);
}
console.log(`locale dates: ${isoDates.join(', ')} in each locale`);
