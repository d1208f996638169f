// npm run size: raw, gzip and brotli sizes of everything a page downloads —
// the script-tag bundles, the files they load beside them (the visit notes'
// view, each language file), and each element on its own (bundled with Lit,
// as a page using only that element would get it) — checked
// against size-budget.json. Fails when anything is over its budget.
// `npm run size -- --update` sets each budget to the measured brotli size plus
// a small margin: run it whenever a change makes the bundle smaller.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const MARGIN = 200; // bytes of brotli above the measured size
/**
 * Limits that `--update` cannot raise: the script-tag bundle every partner
 * page downloads, with every widget, stays at or under 13.5 KB brotli
 * (issue 13). Raising one is a decision, made here, not a side effect.
 */
const CEILINGS = { 'dist/mmn-widgets.js': 13.5 * 1024 };
const BUDGET_FILE = 'size-budget.json';
const update = process.argv.includes('--update');

/**
 * One element as a bundler gives it to an npm user's page: bundled with Lit,
 * minified, its language files split off (loaded only when shown), so only
 * the entry chunk counts.
 */
async function elementBundle(tag) {
  const result = await build({
    entryPoints: { entry: `dist/${tag}/define.js` },
    bundle: true,
    splitting: true,
    outdir: 'out',
    minify: true,
    format: 'esm',
    target: 'es2021',
    write: false,
    logLevel: 'silent',
  });
  return Buffer.from(result.outputFiles.find((file) => file.path.endsWith('/entry.js')).contents);
}

// The registry, as built: every widget is measured on its own too.
const { WIDGET_TAGS } = await import('../dist/widgets.js');

const files = new Map([
  ['dist/mmn-widgets.js', readFileSync('dist/mmn-widgets.js')],
  ['dist/mmn-widgets.iife.js', readFileSync('dist/mmn-widgets.iife.js')],
  ['dist/mmn-widgets.hydrate.js', readFileSync('dist/mmn-widgets.hydrate.js')],
]);
for (const tag of WIDGET_TAGS) {
  files.set(`${tag} alone (bundled with Lit)`, await elementBundle(tag));
}
for (const name of readdirSync('dist/widgets').sort())
  files.set(`dist/widgets/${name}`, readFileSync(`dist/widgets/${name}`));
for (const name of readdirSync('dist/locales').sort())
  files.set(`dist/locales/${name}`, readFileSync(`dist/locales/${name}`));

const budget = update ? {} : JSON.parse(readFileSync(BUDGET_FILE, 'utf8'));
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const over = [];
console.log(
  `${'file'.padEnd(42)} ${'raw'.padStart(9)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)} ${'budget'.padStart(9)}`,
);
for (const [name, data] of files) {
  const gzip = gzipSync(data, { level: 9 }).length;
  const brotli = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  if (update) budget[name] = Math.min(Math.ceil((brotli + MARGIN) / 10) * 10, CEILINGS[name] ?? Infinity);
  const limit = Math.min(budget[name] ?? Infinity, CEILINGS[name] ?? Infinity);
  if (budget[name] === undefined) over.push(`${name} has no budget in ${BUDGET_FILE}`);
  else if (brotli > limit) over.push(`${name}: ${brotli} B brotli, over its budget of ${limit} B`);
  console.log(
    `${name.padEnd(42)} ${kb(data.length).padStart(9)} ${kb(gzip).padStart(9)} ${kb(brotli).padStart(9)} ${(limit ? kb(limit) : '-').padStart(9)}`,
  );
}
// What an English page that shows the visit notes downloads in all: the
// bundle, then the notes' file (each compressed on its own, as served).
const br = (name) => brotliCompressSync(files.get(name), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
console.log(
  `\nA page with <mmn-visit-notes>: dist/mmn-widgets.js + dist/widgets/mmn-visit-notes.js = ${kb(br('dist/mmn-widgets.js') + br('dist/widgets/mmn-visit-notes.js'))} brotli`,
);
if (update) {
  writeFileSync(BUDGET_FILE, `${JSON.stringify(budget, null, 2)}\n`);
  console.log(`\n${BUDGET_FILE} updated: measured brotli size + ${MARGIN} B.`);
} else if (over.length) {
  console.error(`\nOver budget:\n  ${over.join('\n  ')}`);
  process.exit(1);
} else {
  console.log('\nsize: every file within its budget');
}
