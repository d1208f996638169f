// For the script-tag bundles only: each message's options
// `{ id: 'overview.myelin.coating', desc: 'A note for translators' }` become
// `{ id: '1f' }`, and the locale chunks those bundles load are keyed the same
// way. The long ids and the notes are for people (XLIFF, lit-localize) and
// stay in the npm build (tsc) and in dist/i18n/locales; the browser only needs
// a key that matches. Saves about 280 bytes brotli in dist/mmn-widgets.js.
//
// The mapping is every id in src/content, sorted, numbered in base 36, so the
// bundles and the chunks agree whatever order rollup sees the files in. The
// build fails if a message is left with a long id or a translation is keyed
// by an id the content does not have: a silent mismatch would show English.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CONTENT = 'src/content';
const ID = /\bid: '([\w.]+)'/g;
// `{ id: '…' }` or `{ id: '…', desc: '…' }`, on one line or several.
const OPTIONS = /\{\s*id: '([\w.]+)'(?:,\s*desc:\s*(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"))?,?\s*\}/g;

/** Every message id in src/content → its short id. Read once per build. */
let shortIds;
function messageIds() {
  if (shortIds) return shortIds;
  const ids = new Set();
  for (const file of readdirSync(CONTENT)) {
    if (!file.endsWith('.ts')) continue;
    for (const [, id] of readFileSync(join(CONTENT, file), 'utf8').matchAll(ID)) if (id.includes('.')) ids.add(id);
  }
  const sorted = [...ids].sort();
  shortIds = new Map(sorted.map((id, index) => [id, index.toString(36)]));
  return shortIds;
}

/** Rewrites the message options in src/content for a bundle. */
export function shortMessages() {
  const short = messageIds();
  return {
    name: 'short-messages',
    transform(code, id) {
      const path = id.replaceAll('\\', '/');
      if (!path.includes(`/${CONTENT}/`) || !path.endsWith('.ts')) return null;
      const out = code.replace(OPTIONS, (_, messageId) => `{ id: '${short.get(messageId)}' }`);
      const left = [...out.matchAll(/\bid: '([\w]+\.[\w.]+)'/g)].map((m) => m[1]);
      if (left.length) this.error(`short-messages: could not shorten ${left.join(', ')} in ${path}`);
      return { code: out, map: null };
    },
  };
}

/** Rewrites the keys of a locale chunk (an output plugin, before minifying). */
export function shortLocaleKeys() {
  const short = messageIds();
  return {
    name: 'short-locale-keys',
    renderChunk(code, chunk) {
      const unknown = [];
      const out = code.replace(/(['"])([\w]+\.[\w.]+)\1(\s*):/g, (_, q, messageId, space) => {
        const key = short.get(messageId);
        if (!key) unknown.push(messageId);
        return `'${key}'${space}:`;
      });
      if (unknown.length) this.error(`short-locale-keys: ${chunk.fileName} has messages the content lacks: ${unknown.join(', ')}`);
      return { code: out, map: null };
    },
  };
}
