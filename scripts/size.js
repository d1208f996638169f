// npm run size: raw, gzip and brotli sizes of everything a page downloads —
// the script-tag bundles, each element on its own (bundled with Lit, as a
// page using only that element would get it) and each language file — checked
// against size-budget.json. Fails when anything is over its budget.
// `npm run size -- --update` sets each budget to the measured brotli size plus
// a small margin: run it whenever a change makes the bundle smaller.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const MARGIN = 200; // bytes of brotli above the measured size
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
for (const name of readdirSync('dist/locales').sort()) files.set(`dist/locales/${name}`, readFileSync(`dist/locales/${name}`));

const budget = update ? {} : JSON.parse(readFileSync(BUDGET_FILE, 'utf8'));
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const over = [];
console.log(`${'file'.padEnd(42)} ${'raw'.padStart(9)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)} ${'budget'.padStart(9)}`);
for (const [name, data] of files) {
  const gzip = gzipSync(data, { level: 9 }).length;
  const brotli = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  if (update) budget[name] = Math.ceil((brotli + MARGIN) / 10) * 10;
  const limit = budget[name];
  if (limit === undefined) over.push(`${name} has no budget in ${BUDGET_FILE}`);
  else if (brotli > limit) over.push(`${name}: ${brotli} B brotli, over its budget of ${limit} B`);
  console.log(`${name.padEnd(42)} ${kb(data.length).padStart(9)} ${kb(gzip).padStart(9)} ${kb(brotli).padStart(9)} ${(limit ? kb(limit) : '-').padStart(9)}`);
}
if (update) {
  writeFileSync(BUDGET_FILE, `${JSON.stringify(budget, null, 2)}\n`);
  console.log(`\n${BUDGET_FILE} updated: measured brotli size + ${MARGIN} B.`);
} else if (over.length) {
  console.error(`\nOver budget:\n  ${over.join('\n  ')}`);
  process.exit(1);
} else {
  console.log('\nsize: every file within its budget');
}
