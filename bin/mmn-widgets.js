#!/usr/bin/env node
// npx mmn-widgets render <widget> [options] > widget.html
import { parseArgs } from 'node:util';

// Warnings (a refused attribute) go to stderr, keeping stdout pure HTML.
console.warn = (...args) => process.stderr.write(`${args.join(' ')}\n`);
const { renderWidget, attributesOf, WIDGETS } = await import('../dist/ssr.js');
const { CONTENT_WIDGETS } = await import('../dist/structured-data.js');

/** Every attribute of every widget, as an option: `--join-href <value>`. */
const byAttribute = new Map();
for (const tag of WIDGETS) {
  for (const { attribute, property } of attributesOf(tag)) {
    const entry = byAttribute.get(attribute) ?? { property, tags: [] };
    entry.tags.push(tag);
    byAttribute.set(attribute, entry);
  }
}
const common = (tags) => (tags.length === WIDGETS.length ? 'every widget' : tags.join(', '));
const optionLines = [...byAttribute].map(
  ([attribute, { tags }]) => `  --${`${attribute} <value>`.padEnd(24)}${common(tags)}`,
);

const USAGE = `Usage: mmn-widgets render <widget> [options]

Prints a widget as HTML with declarative shadow DOM: readable with JavaScript
off and by search engines. Load dist/mmn-widgets.hydrate.js on the page to
make it interactive without re-rendering it.

Widgets: ${WIDGETS.join(', ')}

Options are the widget's attributes (see the README), e.g. --lang es --theme dark:
${optionLines.join('\n')}
  --structured-data         ${CONTENT_WIDGETS.join(', ')}: add schema.org JSON-LD after the
                            widget, for search engines (once per page)
  -h, --help                this help
`;

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      ...Object.fromEntries([...byAttribute.keys()].map((attribute) => [attribute, { type: 'string' }])),
      'structured-data': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  process.stderr.write(`${error.message}\n\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = parsed;
const [command, widget] = positionals;
if (values.help || command !== 'render' || !widget) {
  process.stdout.write(USAGE);
  process.exit(values.help ? 0 : 2);
}
if (!WIDGETS.includes(widget)) {
  process.stderr.write(`Unknown widget "${widget}". Widgets: ${WIDGETS.join(', ')}\n`);
  process.exit(2);
}
const options = {};
if (values['structured-data']) {
  if (CONTENT_WIDGETS.includes(widget)) options.structuredData = true;
  else process.stderr.write(`[mmn-widgets] ${widget} has no structured data; --structured-data ignored.\n`);
}
for (const [attribute, value] of Object.entries(values)) {
  const entry = byAttribute.get(attribute);
  if (!entry) continue;
  if (!entry.tags.includes(widget)) process.stderr.write(`[mmn-widgets] ${widget} has no --${attribute}; ignored.\n`);
  else options[entry.property] = value;
}
process.stdout.write(`${await renderWidget(widget, options)}\n`);
