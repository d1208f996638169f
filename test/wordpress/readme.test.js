// The built plugin's readme.txt as wordpress.org reads it (its Plugin Check
// rules), and the files that keep it true: the tested versions, the header,
// the widget list. No WordPress needed: runs in a second.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { REQUIRES_AT_LEAST, TESTED_UP_TO, TESTED_VERSIONS } from '../../scripts/wordpress-versions.js';

const PLUGIN_DIR = 'dist/wordpress/mmn-widgets';
const readme = readFileSync(join(PLUGIN_DIR, 'readme.txt'), 'utf8');
const header = readFileSync(join(PLUGIN_DIR, 'mmn-widgets.php'), 'utf8');
const registry = JSON.parse(readFileSync(join(PLUGIN_DIR, 'widgets.json'), 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const field = (text, name) => text.match(new RegExp(`^(?: \\* )?${name}:\\s*(.+?)\\s*$`, 'm'))?.[1];
// SPDX identifiers wordpress.org accepts as GPL-compatible (GNU's list), the ones a plugin may plausibly use.
const GPL_COMPATIBLE = [
  'GPLv2 or later',
  'GPL-2.0-or-later',
  'GPLv2',
  'GPL-2.0',
  'GPLv3',
  'GPL-3.0',
  'GPL-3.0-or-later',
  'MIT',
  'Expat',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'Apache-2.0',
  'LGPL-2.1-or-later',
  'MPL-2.0',
  'ISC',
  'Zlib',
];

test('"Tested up to" is the newest WordPress the suite runs on, "Requires at least" the oldest, and each has its test file', () => {
  assert.equal(field(readme, 'Tested up to'), TESTED_UP_TO);
  assert.equal(field(readme, 'Requires at least'), REQUIRES_AT_LEAST);
  assert.equal(field(header, 'Requires at least'), REQUIRES_AT_LEAST);
  for (const version of TESTED_VERSIONS)
    assert.ok(existsSync(`test/wordpress/wordpress-${version}.test.js`), `test/wordpress/wordpress-${version}.test.js`);
  assert.doesNotMatch(readme, /\{\{/, 'every placeholder filled');
});

test('Stable tag equals Version (header, constant, package.json)', () => {
  assert.equal(field(readme, 'Stable tag'), pkg.version);
  assert.equal(field(header, 'Version'), pkg.version);
  assert.match(header, new RegExp(`MMN_WIDGETS_VERSION', '${pkg.version.replace(/\./g, '\\.')}'`));
});

test('the short description has at most 150 characters, and there are at most 5 tags', () => {
  const short = readme
    .split('\n== Description ==')[0]
    .split(/\n\s*\n/)
    .at(-1)
    .trim();
  assert.ok(short.length > 20 && !short.includes(':\n'), `the short description: ${short}`);
  assert.ok(short.length <= 150, `${short.length} characters: ${short}`);
  const tags = field(readme, 'Tags')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  assert.ok(tags.length >= 1 && tags.length <= 5, `${tags.length} tags`);
});

test('a GPL-compatible license, the same in the readme and the header; Text Domain is the slug', () => {
  assert.ok(GPL_COMPATIBLE.includes(field(readme, 'License')), field(readme, 'License'));
  assert.equal(field(header, 'License'), field(readme, 'License'));
  assert.match(field(readme, 'License URI'), /^https:\/\//);
  assert.equal(field(header, 'Text Domain'), 'mmn-widgets');
  assert.equal(field(header, 'Domain Path'), '/languages');
});

test('a section per widget (the visit notes too), each with the names a shortcode takes', () => {
  const sections = [...readme.matchAll(/^= (.+) =$/gm)].map((m) => m[1]);
  assert.ok(registry.widgets.some((w) => w.tag === 'mmn-visit-notes'));
  for (const widget of registry.widgets) {
    assert.ok(sections.includes(widget.label), `a section "${widget.label}" for ${widget.tag}`);
    const body = readme.split(`= ${widget.label} =`)[1].split(/^=/m)[0];
    for (const name of widget.names)
      assert.ok(body.includes(`\`${name}\``) || body.includes(`name="${name}"`), `${widget.tag}: ${name}`);
    assert.ok(readme.includes(`(\`${widget.short}\`)`), `${widget.tag} in the list at the top`);
  }
});
