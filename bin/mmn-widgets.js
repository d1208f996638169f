#!/usr/bin/env node
// npx mmn-widgets render <widget> [options] > widget.html
import { parseArgs } from 'node:util';

const USAGE = `Usage: mmn-widgets render <widget> [options]

Prints a widget as HTML with declarative shadow DOM: readable with JavaScript
off and by search engines. Load dist/mmn-widgets.hydrate.js on the page to
make it interactive without re-rendering it.

Widgets: mmn-overview, mmn-vs-als, contact-banner

Options:
  --lang <tag>            language (en, es, fr, de, pt-BR, zh-Hans, ar; BCP 47 matched)
  --theme <theme>         light, dark or auto
  --heading-level <1-6>   level of the widget's main heading
  --phone <number>        contact-banner: phone number
  --join-href <url>       contact-banner: "Join" link
  --facebook-href <url>   contact-banner: Facebook link
  --org-name <name>       contact-banner: organisation name
  -h, --help              this help
`;

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      theme: { type: 'string' },
      'heading-level': { type: 'string' },
      phone: { type: 'string' },
      'join-href': { type: 'string' },
      'facebook-href': { type: 'string' },
      'org-name': { type: 'string' },
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

// Warnings (a refused attribute) go to stderr, keeping stdout pure HTML.
console.warn = (...args) => process.stderr.write(`${args.join(' ')}\n`);
const { renderWidget, WIDGETS } = await import('../dist/ssr.js');
if (!WIDGETS.includes(widget)) {
  process.stderr.write(`Unknown widget "${widget}". Widgets: ${WIDGETS.join(', ')}\n`);
  process.exit(2);
}
const html = await renderWidget(widget, {
  lang: values.lang,
  theme: values.theme,
  headingLevel: values['heading-level'],
  phone: values.phone,
  joinHref: values['join-href'],
  facebookHref: values['facebook-href'],
  orgName: values['org-name'],
});
process.stdout.write(`${html}\n`);
