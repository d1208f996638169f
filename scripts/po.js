// A reader for gettext .po files as the gettext tools write them (msgmerge,
// msgcat): entries with their context, id, plural, translations, flags and
// references. The WordPress build turns the editor script's entries into the
// JSON WordPress loads for it; the WordPress tests read the translations they
// expect from the same files.
import { readFileSync } from 'node:fs';

const unquote = (line) => JSON.parse(line.replace(/\\([^"\\nrt])/g, (m, c) => (c === '\\' ? '\\\\' : c)));

/** @returns {{context?: string, id: string, plural?: string, strings: string[], flags: string[], references: string[]}[]} */
export function parsePo(text) {
  const entries = [];
  // The gettext tools separate entries with a blank line.
  for (const block of text.split(/\n\s*\n/)) {
    const entry = { strings: [], flags: [], references: [] };
    let field;
    let obsolete = false;
    for (const raw of block.split('\n')) {
      const line = raw.trim();
      if (line.startsWith('#~')) obsolete = true;
      else if (line.startsWith('#,'))
        entry.flags.push(
          ...line
            .slice(2)
            .split(',')
            .map((f) => f.trim()),
        );
      else if (line.startsWith('#:')) entry.references.push(...line.slice(2).trim().split(/\s+/));
      else if (line.startsWith('#')) continue;
      else if (line.startsWith('"') && field) set(entry, field, get(entry, field) + unquote(line));
      else {
        const match = line.match(/^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(".*")$/);
        if (!match) continue;
        field = match[1] === 'msgstr' ? 'msgstr[0]' : match[1];
        set(entry, field, unquote(match[2]));
      }
    }
    if (entry.id !== undefined && !obsolete) entries.push(entry);
  }
  return entries;
}

function set(entry, field, value) {
  if (field === 'msgctxt') entry.context = value;
  else if (field === 'msgid') entry.id = value;
  else if (field === 'msgid_plural') entry.plural = value;
  else entry.strings[Number(field.match(/\d+/)[0])] = value;
}

function get(entry, field) {
  if (field === 'msgctxt') return entry.context;
  if (field === 'msgid') return entry.id;
  if (field === 'msgid_plural') return entry.plural;
  return entry.strings[Number(field.match(/\d+/)[0])];
}

/** id (or context + EOT + id, as Jed and WordPress key them) → first translation, for one .po file. */
export function translations(file) {
  const map = new Map();
  for (const e of parsePo(readFileSync(file, 'utf8'))) {
    if (e.id && e.strings[0] && !e.flags.includes('fuzzy'))
      map.set(e.context ? `${e.context}\u0004${e.id}` : e.id, e.strings[0]);
  }
  return map;
}
