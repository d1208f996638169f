// Builds the embed-code builder into docs-dist/builder/: its page, its
// script, and a copy of the built bundle for the live preview. The snippet's
// CDN URLs are versioned, with the Subresource Integrity hash of the exact
// bundle computed here. Run after `npm run build`.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { reviewDates } from './review-dates.js';

if (!existsSync('dist/mmn-widgets.js')) throw new Error('Run `npm run build` first.');
const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
const bundle = readFileSync('dist/mmn-widgets.js');
const integrity = `sha384-${createHash('sha384').update(bundle).digest('base64')}`;

/** The themes' default colours, read from the source so the pickers start where the widgets do. */
const styles = readFileSync('src/shared/styles.ts', 'utf8');
const tokens = [...styles.matchAll(/var\((--mmn-[\w-]+), light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)\)/g)];
const defaults = {
  light: Object.fromEntries(tokens.map(([, property, light]) => [property, light])),
  dark: Object.fromEntries(tokens.map(([, property, , dark]) => [property, dark])),
};

const data = {
  version,
  integrity,
  urls: {
    jsdelivr: `https://cdn.jsdelivr.net/npm/${name}@${version}/dist/mmn-widgets.js`,
    unpkg: `https://unpkg.com/${name}@${version}/dist/mmn-widgets.js`,
  },
  lastReviewed: reviewDates(),
  defaults,
};

const out = 'docs-dist/builder';
rmSync(out, { recursive: true, force: true });
mkdirSync(`${out}/lib`, { recursive: true });
// Inside <script type="application/json">: keep "</script>" out of it.
const json = JSON.stringify(data).replace(/</g, '\\u003c');
writeFileSync(`${out}/index.html`, readFileSync('docs/builder/index.html', 'utf8').replace('__BUILDER_DATA__', json));
cpSync('docs/builder/builder.css', `${out}/builder.css`);
cpSync('dist/mmn-widgets.js', `${out}/lib/mmn-widgets.js`);
cpSync('dist/locales', `${out}/lib/locales`, { recursive: true });
await build({
  entryPoints: ['docs/builder/builder.ts'],
  bundle: true,
  format: 'esm',
  target: 'es2021',
  minify: true,
  outfile: `${out}/builder.js`,
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});
console.log(`builder: ${out}/index.html (${name}@${version}, ${integrity})`);
