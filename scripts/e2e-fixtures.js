// Copies of the built bundle for the end-to-end tests, from the current dist/
// (`npm run e2e-fixtures`). First, one with another version string, so the
// tests can load two versions of the library on one page.
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

if (!existsSync('dist/mmn-widgets.js')) throw new Error('Run `npm run build` first: the end-to-end tests load dist/.');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const other = 'test/e2e/generated/other-version';
mkdirSync(other, { recursive: true });
const bundle = readFileSync('dist/mmn-widgets.js', 'utf8');
const marker = `"${version}"`;
if (bundle.split(marker).length !== 2) throw new Error(`expected the version ${marker} exactly once in the bundle`);
writeFileSync(`${other}/mmn-widgets.js`, bundle.replace(marker, '"0.0.9-e2e"'));
cpSync('dist/locales', `${other}/locales`, { recursive: true });
cpSync('dist/widgets', `${other}/widgets`, { recursive: true });

// The bundle beside a German language file with one byte changed ("Was ist
// MMN?" becomes "Was ist MMX?"), as a CDN that altered it would serve it: the
// builder's snippet carries an integrity hash for each language file, and the
// tests check that the browser refuses to run this one.
const tampered = 'test/e2e/generated/tampered';
mkdirSync(tampered, { recursive: true });
cpSync('dist/mmn-widgets.js', `${tampered}/mmn-widgets.js`);
cpSync('dist/locales', `${tampered}/locales`, { recursive: true });
cpSync('dist/widgets', `${tampered}/widgets`, { recursive: true });
const german = readFileSync('dist/locales/de.js', 'utf8');
if (german.split('Was ist MMN?').length !== 2)
  throw new Error('expected "Was ist MMN?" exactly once in dist/locales/de.js');
writeFileSync(`${tampered}/locales/de.js`, german.replace('Was ist MMN?', 'Was ist MMX?'));

// The bundle without the visit notes' file beside it (a partner who copied
// only mmn-widgets.js and locales/): the notes warn once and stay empty, and
// nothing else on the page breaks.
const withoutNotes = 'test/e2e/generated/without-notes-file';
mkdirSync(withoutNotes, { recursive: true });
cpSync('dist/mmn-widgets.js', `${withoutNotes}/mmn-widgets.js`);
cpSync('dist/locales', `${withoutNotes}/locales`, { recursive: true });
