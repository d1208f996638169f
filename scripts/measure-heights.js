// Measures each widget's rendered height (in em of a 16px font) at the widths
// the README's reserved-space table lists, in Chromium, from the built
// classic bundle. Prints a Markdown table. Run after `npm run build`:
//   node scripts/measure-heights.js
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { launchChromium } from './chromium.js';

const WIDTHS = [280, 320, 480, 768, 1024];
/** Attributes some widgets need to show all of themselves (the banner's three links). */
const SHOW_ALL = {
  'contact-banner':
    'org-name="Riverside Clinic" phone="+1 555-010-2000" join-href="https://example.org/join" facebook-href="https://www.facebook.com/example"',
};
// Every widget of the registry, as built.
const { WIDGET_TAGS } = await import('../dist/widgets.js');
const TAGS = Object.fromEntries(WIDGET_TAGS.map((tag) => [tag, `<${tag} ${SHOW_ALL[tag] ?? ''}></${tag}>`]));

const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1300, height: 900 });
  const body = WIDTHS.map((w) => `<div style="width:${w}px">${Object.values(TAGS).join('')}</div>`).join('');
  // Served from a made-up origin (no server, no network): the page, then
  // dist/ as it is, so the bundle finds the files it loads beside itself.
  const html = `<!doctype html><html lang="en"><head><script src="/mmn-widgets.iife.js"></script></head><body style="margin:0;font-size:16px">${body}</body></html>`;
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path === '/') return request.respond({ contentType: 'text/html', body: html });
    const file = join('dist', normalize(path));
    if (!file.startsWith('dist/') || !existsSync(file)) return request.respond({ status: 404 });
    return request.respond({ contentType: 'text/javascript', body: readFileSync(file) });
  });
  await page.goto('http://widgets.test/');
  const rows = await page.evaluate(async (tags) => {
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    const all = [...document.querySelectorAll(tags.join(','))];
    await Promise.all(all.map((el) => el.updateComplete));
    return [...document.body.children].map((div) => [
      div.style.width,
      ...tags.map((tag) => div.querySelector(tag).getBoundingClientRect().height / 16),
    ]);
  }, Object.keys(TAGS));
  console.log(
    `| width | ${Object.keys(TAGS)
      .map((t) => `\`${t}\``)
      .join(' | ')} |`,
  );
  for (const [width, ...heights] of rows)
    console.log(`| ${width} | ${heights.map((h) => Math.round(h * 10) / 10).join(' | ')} |`);
} finally {
  await browser.close();
}
