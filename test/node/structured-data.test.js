// schema.org structured data, checked by tools we did not write:
// - parse5 (the HTML parser of the spec's algorithm) finds exactly one
//   `<script type="application/ld+json">` in the CLI's output, outside the
//   declarative shadow root, and JSON.parse reads it;
// - tsc checks every emitted block, for every language and widget, as a
//   `WithContext<MedicalWebPage>` of schema-dts (generated from the schema.org
//   vocabulary): a type or property schema.org lacks is a compile error;
// - the names in it are the translators' (xliff/), not our code's.
// Run after `npm run build`.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import * as parse5 from 'parse5';
import { units } from '../../scripts/check-translations.js';
import { transform } from 'esbuild';

const { sourceLocale, targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const locales = [sourceLocale, ...targetLocales];
const WIDGETS = ['mmn-overview', 'mmn-vs-als'];
const translation = (locale, id) => units(readFileSync(`xliff/${locale}.xlf`, 'utf8')).get(id).target;
const english = {
  'names.mmn': 'Multifocal motor neuropathy',
  'names.als': 'Amyotrophic lateral sclerosis',
  'names.carpalTunnel': 'Carpal tunnel syndrome',
  'vsAls.table.mmn': 'MMN',
  'vsAls.table.als': 'ALS',
};
const words = (locale, id) => (locale === sourceLocale ? english[id] : translation(locale, id));

/** Every element of a parse5 tree, split by whether it is inside a `<template>` (a shadow root). */
function elements(node, inside = false, found = { light: [], shadow: [] }) {
  for (const child of node.childNodes ?? []) {
    if (child.tagName) (inside ? found.shadow : found.light).push(child);
    elements(child, inside, found);
    if (child.content) elements(child.content, true, found);
  }
  return found;
}
const attr = (element, name) => element.attrs.find((a) => a.name === name)?.value;
const text = (element) => element.childNodes.map((c) => c.value ?? '').join('');
const jsonLd = (list) => list.filter((e) => e.tagName === 'script' && attr(e, 'type') === 'application/ld+json');

/** The JSON-LD blocks in a page, outside and inside shadow roots. */
function blocks(html) {
  const { light, shadow } = elements(parse5.parse(`<!doctype html><html><body>${html}</body></html>`));
  return { light: jsonLd(light).map(text), shadow: jsonLd(shadow).map(text) };
}

/** The project's hostile values (test/payloads.ts), compiled on the fly. */
async function payloads() {
  const { code } = await transform(readFileSync('test/payloads.ts', 'utf8'), { loader: 'ts', format: 'esm' });
  return (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)).PAYLOADS;
}

const cli = (...args) =>
  execFileSync(process.execPath, ['bin/mmn-widgets.js', 'render', ...args], { encoding: 'utf8' });

const emitted = [];
for (const locale of locales) {
  for (const widget of WIDGETS)
    emitted.push({ locale, widget, html: cli(widget, '--lang', locale, '--structured-data') });
}

test('the CLI adds exactly one JSON-LD block, outside the shadow root, that parses, in every language', () => {
  for (const { locale, widget, html } of emitted) {
    const found = blocks(html);
    assert.equal(found.light.length, 1, `${widget} ${locale}: ${found.light.length} blocks`);
    assert.equal(found.shadow.length, 0);
    const data = JSON.parse(found.light[0]);
    assert.equal(data['@context'], 'https://schema.org');
    assert.equal(data['@type'], 'MedicalWebPage');
    assert.equal(data.inLanguage, locale);
    assert.match(data.lastReviewed, /^\d{4}-\d{2}-\d{2}$/);
    assert.deepEqual(data.audience, { '@type': 'MedicalAudience', audienceType: 'Patient' });
    assert.equal(data.isBasedOn.name, 'Multifocal Motor Neuropathy (MMN)');
    assert.equal(data.isBasedOn.publisher.name, 'MyIgSource');
    assert.equal(data.about['@type'], 'MedicalCondition');
    assert.equal(data.about.name, words(locale, 'names.mmn'));
    assert.equal(data.about.alternateName, words(locale, 'vsAls.table.mmn'));
    assert.ok(data.about.signOrSymptom.length >= 1);
  }
});

test('for mmn-vs-als it names what MMN is mistaken for, and the signs that tell ALS apart', () => {
  for (const { locale, html } of emitted.filter((e) => e.widget === 'mmn-vs-als')) {
    const { about } = JSON.parse(blocks(html).light[0]);
    const [als, carpal] = about.differentialDiagnosis;
    assert.equal(als.diagnosis.name, words(locale, 'names.als'));
    assert.equal(als.diagnosis.alternateName, words(locale, 'vsAls.table.als'));
    assert.equal(carpal.diagnosis.name, words(locale, 'names.carpalTunnel'));
    assert.equal(als.distinguishingSign.length, 2);
    if (locale !== sourceLocale) {
      assert.deepEqual(
        als.distinguishingSign.map((s) => s.name),
        [translation(locale, 'vsAls.table.speed'), translation(locale, 'vsAls.table.breathing')],
      );
    }
  }
  const en = JSON.parse(blocks(emitted.find((e) => e.locale === 'en' && e.widget === 'mmn-vs-als').html).light[0]);
  assert.deepEqual(en.about.differentialDiagnosis[0].distinguishingSign, [
    { '@type': 'MedicalSignOrSymptom', name: 'How fast it gets worse', description: 'Quickly' },
    { '@type': 'MedicalSignOrSymptom', name: 'Weakens the muscles you use to breathe', description: 'Yes' },
  ]);
  const overview = JSON.parse(
    blocks(emitted.find((e) => e.locale === 'en' && e.widget === 'mmn-overview').html).light[0],
  );
  assert.equal(overview.about.differentialDiagnosis, undefined);
  assert.deepEqual(
    overview.about.signOrSymptom.map((s) => s.name),
    ['Weak muscles', 'Muscle cramps', 'Muscle spasms, when a muscle tightens on its own'],
  );
});

/** Runs tsc over one module that types each block as `WithContext<MedicalWebPage>`; returns its output, or '' when it passes. */
function typeCheck(name, jsonBlocks) {
  const dir = resolve('node_modules/.cache/structured-data-check');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.ts`);
  writeFileSync(
    file,
    `import type { MedicalWebPage, WithContext } from 'schema-dts';\n${jsonBlocks
      .map((json, i) => `export const block${i}: WithContext<MedicalWebPage> = ${json};`)
      .join('\n')}\n`,
  );
  const run = spawnSync(
    process.execPath,
    [
      'node_modules/typescript/bin/tsc',
      '--noEmit',
      '--strict',
      '--skipLibCheck',
      '--target',
      'es2022',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      file,
    ],
    { encoding: 'utf8' },
  );
  return run.status === 0 ? '' : `${run.stdout}${run.stderr}` || 'tsc failed';
}

test('every type and property of the emitted JSON-LD is in the schema.org vocabulary (schema-dts, tsc), in every language', () => {
  const fromCli = emitted.map(({ html }) => blocks(html).light[0]);
  // What the WordPress plugin prints: each widget alone and both on one page.
  const prebuilt = locales.flatMap((locale) =>
    Object.values(JSON.parse(readFileSync(`dist/structured-data/${locale}.json`, 'utf8'))).map((b) =>
      JSON.stringify(b),
    ),
  );
  assert.equal(fromCli.length, locales.length * WIDGETS.length);
  assert.equal(prebuilt.length, locales.length * 3);
  assert.equal(typeCheck('emitted', [...fromCli, ...prebuilt]), '');
  // The check can fail: a made-up property and a made-up type are refused.
  const invented = JSON.parse(fromCli[0]);
  invented.about.cure = 'none';
  const wrongType = JSON.parse(fromCli[1]);
  wrongType.about.signOrSymptom[0]['@type'] = 'MedicalSignOrSymptomX';
  const output = typeCheck('invented', [JSON.stringify(invented), JSON.stringify(wrongType)]);
  assert.match(output, /cure/);
  assert.match(output, /MedicalSignOrSymptomX/);
});

test('a hostile lang or org-name never reaches the JSON-LD, and nothing in it can end the script', async () => {
  const { renderWidget } = await import('../../dist/ssr.js');
  const { jsonForScript, structuredData } = await import('../../dist/structured-data.js');
  const PAYLOADS = await payloads();
  const warn = console.warn;
  console.warn = () => {};
  try {
    for (const payload of PAYLOADS.filter((p) => p.length < 500)) {
      const html = await renderWidget('mmn-overview', { lang: payload, orgName: payload, structuredData: true });
      const found = blocks(html);
      assert.equal(found.light.length, 1);
      assert.doesNotMatch(found.light[0], /[<>]/);
      const data = JSON.parse(found.light[0]);
      assert.ok(locales.includes(data.inLanguage), data.inLanguage);
      // Exactly our own block for that language: nothing of the payload in it.
      assert.deepEqual(data, await structuredData('mmn-overview', { lang: data.inLanguage }), payload);
    }
  } finally {
    console.warn = warn;
  }
  const tricky = '</script><script>alert(1)</script><!-- & \u2028';
  const body = jsonForScript({ name: tricky });
  assert.doesNotMatch(body, /[<>&\u2028]/);
  assert.equal(JSON.parse(body).name, tricky);
});

test('without the option, or for a widget without medical copy, there is no JSON-LD', async () => {
  const { renderWidget } = await import('../../dist/ssr.js');
  assert.deepEqual(blocks(await renderWidget('mmn-overview', { lang: 'es' })).light, []);
  assert.deepEqual(blocks(await renderWidget('contact-banner', { structuredData: true })).light, []);
  const result = spawnSync(process.execPath, ['bin/mmn-widgets.js', 'render', 'contact-banner', '--structured-data'], {
    encoding: 'utf8',
  });
  assert.equal(result.status, 0);
  assert.match(result.stderr, /no structured data/);
  assert.deepEqual(blocks(result.stdout).light, []);
});

test('mmn-widgets/structured-data returns the object, in the language asked for', async () => {
  const { structuredData } = await import('../../dist/structured-data.js');
  const es = await structuredData('mmn-vs-als', { lang: 'es-MX' });
  assert.equal(es.inLanguage, 'es');
  assert.equal(es.about.name, translation('es', 'names.mmn'));
  const both = await structuredData(['mmn-overview', 'mmn-vs-als'], { lang: 'de' });
  assert.equal(both.about.signOrSymptom.length, 4);
  assert.equal(both.about.differentialDiagnosis.length, 2);
  assert.equal((await structuredData('mmn-overview', { lang: 'tlh' })).inLanguage, 'en');
});
