// The Live Preview blueprint (wordpress/assets/blueprints/blueprint.json) in
// WordPress Playground itself, as wordpress.org's "Live Preview" runs it: its
// own steps, with the plugin from the local zip instead of wordpress.org
// (offline), on the newest WordPress the tests know (the blueprint asks for
// "latest"). The plugin's suite (suite.js) runs on Debian's PHP instead
// (native.js); this file keeps the one check that needs Playground.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { launchChromium } from '../../scripts/chromium.js';
import { startWordPress } from './playground.js';
import { BLUEPRINT, blueprintSteps } from './site.js';
import { NEWEST, wordpressFor } from './versions.js';

const TAGS = JSON.parse(readFileSync('dist/wordpress/mmn-widgets/widgets.json', 'utf8')).widgets.map((w) => w.tag);
let wp;
let browser;

before(async () => {
  const site = wordpressFor(NEWEST);
  wp = await startWordPress({ site, before: blueprintSteps(), steps: [] });
  browser = await launchChromium();
  console.log(`# WordPress ${site.version} in Playground, ready in ${wp.startSeconds.toFixed(1)} s`);
});

after(async () => {
  await browser?.close();
  wp?.stop();
});

test(`Playground runs the Live Preview blueprint (WordPress ${NEWEST}): its landing page shows every widget, nothing from elsewhere`, async () => {
  assert.equal(BLUEPRINT.preferredVersions?.wp, 'latest');
  assert.match(BLUEPRINT.landingPage, /^\//);
  const page = await browser.newPage();
  page.setDefaultTimeout(120_000);
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(wp.origin + BLUEPRINT.landingPage, { waitUntil: 'load' });
    await page.waitForFunction(
      (tags) => {
        const found = [...document.querySelectorAll(tags.join(','))];
        return found.length > 0 && found.every((e) => e.shadowRoot?.querySelector('[part="container"]'));
      },
      { polling: 250 },
      TAGS,
    );
    const found = await page.evaluate(
      (tags) =>
        [...document.querySelectorAll(tags.join(','))].map((e) => ({
          tag: e.localName,
          text: e.shadowRoot.querySelector('[part="container"]').innerText,
        })),
      TAGS,
    );
    assert.deepEqual(new Set(found.map((w) => w.tag)), new Set(TAGS), 'every widget');
    assert.equal(found.length, TAGS.length);
    for (const w of found) assert.ok(w.text.trim().length > 40, `${w.tag} rendered its content`);
    const foreign = requests.filter(
      (u) => !u.startsWith(`${wp.origin}/`) && !u.startsWith('data:') && !u.startsWith(`blob:${wp.origin}/`),
    );
    assert.deepEqual(foreign, [], 'no request beyond the site');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});
