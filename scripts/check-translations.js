// Fails the build when a locale lacks a message that English has, has an
// empty translation, or drops or invents a {placeholder}.
//
// The English messages are taken from the source itself (a fresh
// `lit-localize extract` into a temporary folder), not from the committed
// XLIFF files, so a message added to the code but never sent to translators
// is caught too.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const decode = (text) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** `id → { source, target }` for each trans-unit of an XLIFF 1.2 file. */
export function units(xliff) {
  const found = new Map();
  for (const [, id, body] of xliff.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    const source = body.match(/<source>([\s\S]*?)<\/source>/);
    const target = body.match(/<target[^>]*>([\s\S]*?)<\/target>/);
    found.set(id, { source: source ? decode(source[1]) : '', target: target ? decode(target[1]) : null });
  }
  return found;
}

const placeholders = (text) =>
  [...text.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');

/** What is wrong with one locale's XLIFF, given the English messages by id. */
export function problems(english, xliff, locale) {
  const translated = units(xliff);
  const found = [];
  for (const [id, source] of english) {
    const unit = translated.get(id);
    if (!unit || unit.target === null) found.push(`${locale}: "${id}" has no translation`);
    else if (!unit.target.trim()) found.push(`${locale}: "${id}" is translated as an empty string`);
    else if (placeholders(unit.target) !== placeholders(source)) {
      found.push(`${locale}: "${id}" must keep the placeholders of "${source}"`);
    }
  }
  return found;
}

/**
 * `id → English text` of every message in the source, from a fresh
 * `lit-localize extract` into a temporary folder (not the committed XLIFF).
 */
export function englishMessages() {
  const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  const scratch = mkdtempSync(join(tmpdir(), 'mmn-xliff-'));
  try {
    const scratchConfig = join(scratch, 'lit-localize.json');
    writeFileSync(
      scratchConfig,
      // Paths in a config are relative to its own folder: make them absolute.
      JSON.stringify({
        ...config,
        $schema: undefined,
        inputFiles: config.inputFiles.map((glob) => join(process.cwd(), glob)),
        output: { ...config.output, outputDir: join(scratch, 'out'), localeCodesModule: join(scratch, 'codes.js') },
        interchange: { ...config.interchange, xliffDir: scratch },
      }),
    );
    execFileSync('node_modules/.bin/lit-localize', ['extract', '--config', scratchConfig], { stdio: 'ignore' });
    return new Map(
      [...units(readFileSync(join(scratch, `${config.targetLocales[0]}.xlf`), 'utf8'))].map(([id, u]) => [
        id,
        u.source,
      ]),
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function main() {
  const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  const english = englishMessages();
  const all = config.targetLocales.flatMap((locale) =>
    problems(english, readFileSync(join(config.interchange.xliffDir, `${locale}.xlf`), 'utf8'), locale),
  );
  if (all.length) {
    console.error(`Translations are incomplete (${all.length}):\n  ${all.join('\n  ')}`);
    console.error('Run `npm run localize:extract`, translate the new <target>s in xliff/, then build again.');
    process.exit(1);
  }
  console.log(`translations: ${english.size} messages in each of ${config.targetLocales.join(', ')}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
