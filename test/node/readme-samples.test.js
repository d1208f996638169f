// Every code sample in the README is checked, so none can rot:
// TypeScript/TSX/JavaScript samples are type-checked against the built
// package (as an npm user would import it), Vue and Svelte samples are
// compiled with their own compilers, and HTML and CSS samples may only use
// tags, attributes, parts and custom properties that custom-elements.json
// lists. Run after `npm run build`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { compileScript, compileTemplate, parse } from '@vue/compiler-sfc';
import { compile as compileSvelte } from 'svelte/compiler';

const root = resolve('.');
const readme = readFileSync('README.md', 'utf8');
const samples = [...readme.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map(([, lang, code], i) => ({ lang, code, i }));
const byLang = (...langs) => samples.filter((sample) => langs.includes(sample.lang));

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = new Map(
  manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => [declaration.tagName, declaration]),
);
const names = (list) => new Set((list ?? []).map((item) => item.name));
const GLOBAL_ATTRIBUTES = new Set(['id', 'class', 'style', 'hidden', 'lang', 'dir', 'title', 'slot']);

test('the README has samples of every kind it promises', () => {
  for (const lang of ['ts', 'tsx', 'js', 'vue', 'svelte', 'html', 'css'])
    assert.ok(byLang(lang).length, `no ${lang} sample`);
});

test('TypeScript, TSX and JavaScript samples type-check against the built package', () => {
  const project = join(root, 'node_modules/.cache/readme-samples');
  rmSync(project, { recursive: true, force: true });
  mkdirSync(join(project, 'node_modules'), { recursive: true });
  symlinkSync(root, join(project, 'node_modules/mmn-widgets'), 'dir');
  const files = [];
  for (const { lang, code, i } of byLang('ts', 'tsx', 'js')) {
    const file = `sample-${i}.${lang}`;
    // Each sample is its own module.
    writeFileSync(join(project, file), /\b(import|export)\b/.test(code) ? code : `${code}\nexport {};\n`);
    files.push(file);
  }
  writeFileSync(
    join(project, 'globals.d.ts'),
    `// What the samples assume of the reader's own project.
declare const myAnalytics: { track(name: string, value: string): void };
declare module '@vitejs/plugin-vue' {
  const vue: (options?: { template?: { compilerOptions?: { isCustomElement?: (tag: string) => boolean } } }) => unknown;
  export default vue;
}
`,
  );
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'es2022',
        module: 'esnext',
        moduleResolution: 'bundler',
        lib: ['es2022', 'dom', 'dom.iterable'],
        jsx: 'react-jsx',
        strict: true,
        allowJs: true,
        checkJs: true,
        resolveJsonModule: true,
        noEmit: true,
        skipLibCheck: true,
        types: ['node'],
      },
      files: ['globals.d.ts', ...files],
    }),
  );
  try {
    execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', project], { encoding: 'utf8' });
  } catch (error) {
    assert.fail(`README samples do not type-check:\n${error.stdout}`);
  }
});

/** Custom elements and their attributes in a piece of markup. */
function checkMarkup(markup, where) {
  for (const [, tag, attributes] of markup.matchAll(/<([a-z]+-[a-z-]+)\b([^>]*)>/g)) {
    const element = elements.get(tag);
    assert.ok(element, `${where}: <${tag}> is not one of our elements`);
    const known = names(element.attributes);
    for (const [, raw] of attributes.matchAll(/(?:^|\s)([@:]?[a-zA-Z-]+)(?==|\s|$|\/)/g)) {
      const name = raw.replace(/^:/, '');
      if (name.startsWith('@') || name.startsWith('on')) {
        const event = name.replace(/^@|^on/, '');
        assert.ok(names(element.events).has(event), `${where}: <${tag}> has no event ${event}`);
      } else {
        assert.ok(known.has(name) || GLOBAL_ATTRIBUTES.has(name), `${where}: <${tag}> has no attribute ${name}`);
      }
    }
  }
}

test('Vue samples compile, using only our elements, attributes and events', () => {
  for (const { code, i } of byLang('vue')) {
    const { descriptor, errors } = parse(code, { filename: `sample-${i}.vue` });
    assert.deepEqual(errors, []);
    compileScript(descriptor, { id: `sample-${i}` });
    const isCustomElement = (tag) => elements.has(tag);
    const template = compileTemplate({
      source: descriptor.template.content,
      filename: `sample-${i}.vue`,
      id: `sample-${i}`,
      compilerOptions: { isCustomElement },
    });
    assert.deepEqual(template.errors, []);
    checkMarkup(descriptor.template.content, `vue sample ${i}`);
  }
});

test('Svelte samples compile, using only our elements, attributes and events', () => {
  for (const { code, i } of byLang('svelte')) {
    const result = compileSvelte(code, { filename: `sample-${i}.svelte` });
    assert.ok(result.js.code.includes('contact-banner') || result.js.code.includes('mmn-'));
    checkMarkup(code.replace(/<script[\s\S]*?<\/script>/, ''), `svelte sample ${i}`);
  }
});

test('HTML samples use only our elements and their attributes, and load a bundle', () => {
  for (const { code, i } of byLang('html')) {
    // Frame code: an embed page of a widget we have, in a language we have, with only that widget's attributes.
    // (The banner with a partner's details has its page in partner/.)
    const frame = code.match(/<iframe src="[^"]*\/embed\/([\w-]+)\/(partner\/)?([\w-]+)\.html\??([^"]*)"/);
    if (frame) {
      const [, tag, partner, locale, query] = frame;
      assert.ok(elements.has(tag), `html sample ${i}: no widget ${tag}`);
      if (partner) assert.equal(tag, 'contact-banner', `html sample ${i}: only the banner has a partner page`);
      assert.ok(existsSync(`src/locales/${locale}.js`) || locale === 'en', `html sample ${i}: no language ${locale}`);
      const attributes = names(elements.get(tag).attributes);
      for (const key of new URLSearchParams(query.replace(/&amp;/g, '&')).keys())
        assert.ok(attributes.has(key), `html sample ${i}: <${tag}> has no ${key}`);
      continue;
    }
    checkMarkup(code.replace(/<!--[\s\S]*?-->/g, ''), `html sample ${i}`);
    assert.match(code, /<script[^>]+src="[^"]*mmn-widgets(\.iife|\.hydrate)?\.js"/, `html sample ${i} loads no bundle`);
  }
});

test('CSS samples use only our parts and custom properties', () => {
  const parts = new Set([...elements.values()].flatMap((element) => [...names(element.cssParts)]));
  const properties = new Set([...elements.values()].flatMap((element) => [...names(element.cssProperties)]));
  for (const { code, i } of byLang('css')) {
    // Custom element names in selectors (pseudo-classes and their arguments removed).
    for (const [, selectors] of code.matchAll(/([^{}]+)\{/g)) {
      const bare = selectors
        .replace(/\([^)]*\)/g, '')
        .replace(/::?[\w-]+/g, '')
        .replace(/@media[^{]*/g, '');
      for (const [tag] of bare.matchAll(/\b[a-z][a-z0-9]*-[a-z0-9-]*\b/g)) {
        assert.ok(elements.has(tag), `css sample ${i}: <${tag}> is not one of our elements`);
      }
    }
    for (const [, part] of code.matchAll(/::part\(([\w-]+)\)/g))
      assert.ok(parts.has(part), `css sample ${i}: no part ${part}`);
    for (const [, property] of code.matchAll(/(--mmn-[\w-]+)/g))
      assert.ok(properties.has(property), `css sample ${i}: no ${property}`);
  }
});
