// Prints raw, gzip and brotli sizes of the script-tag bundles and each
// locale chunk.
import { readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
      'dist/mmn-widgets.js',
      'dist/mmn-widgets.iife.js',
      ...readdirSync('dist/locales')
        .sort()
        .map((name) => `dist/locales/${name}`),
    ];
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
for (const file of files) {
  const data = readFileSync(file);
  const gzip = gzipSync(data, { level: 9 }).length;
  const brotli = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`${file.padEnd(28)} ${kb(data.length).padStart(9)} raw ${kb(gzip).padStart(9)} gzip ${kb(brotli).padStart(9)} brotli`);
}
