// The embed-code builder opened straight from disk (file://), as an editor
// who saved the page would open it. Chromium refuses module scripts from
// file:// (CORS), so the page must hold everything inline. A page served
// over HTTP, as the browser tests are, cannot frame a file:// URL, so this
// test drives Debian's Chromium itself with puppeteer-core.
// Run after `npm run build && npm run build:docs`.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../../scripts/chromium.js';

const file = resolve('docs-dist/builder/index.html');
if (!existsSync(file))
  throw new Error('Run `npm run build && npm run build:docs` first: this test opens docs-dist/builder/index.html.');

let browser;
let page;
const problems = [];
const fetched = [];

before(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('console', (message) => {
    if (['error', 'warn'].includes(message.type())) problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url().slice(0, 100)}`));
  page.on('request', (request) => fetched.push(request.url().slice(0, 100)));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  await page.waitForFunction(() => !!document.querySelector('#preview mmn-overview')?.shadowRoot?.querySelector('h2'));
});

after(() => browser?.close());

/** Runs in the page: sets a control as an editor would, then waits for the preview to render. */
async function set(id, value) {
  await page.evaluate(
    async (id, value) => {
      const control = document.getElementById(id);
      if (control.type === 'checkbox') {
        if (control.checked !== value) control.click();
      } else {
        control.value = value;
        control.dispatchEvent(new Event(control.localName === 'select' ? 'change' : 'input'));
      }
      for (const el of document.getElementById('preview').children) await el.updateComplete;
    },
    id,
    value,
  );
}

const headings = () =>
  page.evaluate(() =>
    [...document.getElementById('preview').children].map(
      (el) => el.shadowRoot.querySelector('[part~="heading"]').textContent,
    ),
  );

test('opens from disk with no error and fetches nothing but itself', async () => {
  assert.deepEqual(problems, []);
  assert.deepEqual(
    fetched.filter((url) => !url.startsWith('data:')),
    [pathToFileURL(file).href.slice(0, 100)],
  );
  assert.deepEqual(await headings(), ['What is MMN?']);
});

test('previews every widget, in another language too, from disk', async () => {
  await set('show-mmn-vs-als', true);
  await set('show-contact-banner', true);
  // The visit notes' own file comes from the page's import map, as a data: URL.
  await set('show-mmn-visit-notes', true);
  // Name and number entered together (each half alone is a banner the preview warns about).
  await page.evaluate(() => (document.getElementById('phone').value = '+49 30 1234 5678'));
  await set('org-name', 'Riverside Clinic');
  await set('language', 'de');
  await page.waitForFunction(
    () => document.querySelector('#preview mmn-overview').shadowRoot.querySelector('h2').textContent !== 'What is MMN?',
  );
  assert.deepEqual(await headings(), [
    'Was ist MMN?',
    'Warum wird MMN manchmal mit ALS verwechselt?',
    'Sprechen Sie mit Riverside Clinic',
    'Bereiten Sie das Gespräch mit Ihrer Ärztin oder Ihrem Arzt vor',
  ]);
  const code = await page.$eval('#snippet', (textarea) => textarea.value);
  assert.match(
    code,
    /<mmn-overview lang="de"><\/mmn-overview>\n<mmn-vs-als lang="de"><\/mmn-vs-als>\n<contact-banner lang="de" org-name="Riverside Clinic" phone="\+49 30 1234 5678"><\/contact-banner>\n<mmn-visit-notes lang="de"><\/mmn-visit-notes>/,
  );
  assert.deepEqual(problems, []);
});
