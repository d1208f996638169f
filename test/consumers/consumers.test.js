// `npm run test:consumers`: the package as users install it. `npm pack`,
// then fresh projects outside this repository that install only the
// tarball and their own tools (pinned), and use the package the way the
// README tells them to:
//
// - node:       mmn-widgets/ssr renders Spanish declarative shadow DOM; `npx mmn-widgets render` works;
//               mmn-widgets/content/es.json (import attributes) and mmn-widgets/structured-data load
// - vite-dev:   Vite's dev server (which pre-bundles the package) shows German and Spanish widgets
// - vite-build: Vite's production build, the same page
// - webpack:    a webpack 5 production build, the same page
// - typescript: strict type checks with moduleResolution bundler and node16: elements, the React
//               wrappers and the React 19 JSX types
//
// The consumers' own tools stay installed between runs (MMN_CONSUMERS_CACHE,
// default ~/.cache/mmn-widgets/consumers), but mmn-widgets is removed and
// installed again from the new tarball every run. Run after `npm run build`.
import assert from 'node:assert/strict';
import { execFile, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { homedir, tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { launchChromium } from '../../scripts/chromium.js';
import { units } from '../../scripts/check-translations.js';
import { freePort } from '../../scripts/free-port.js';

const run = promisify(execFile);
const repo = resolve('.');
const cache = process.env.MMN_CONSUMERS_CACHE || join(homedir(), '.cache', 'mmn-widgets', 'consumers');
const fixtures = join(repo, 'test/consumers/fixtures');

/** The translators' text for a message, so the expected words come from the XLIFF, not from the code. */
const translation = (locale, id) => units(readFileSync(join(repo, `xliff/${locale}.xlf`), 'utf8')).get(id).target;

let tarball;
let browser;
const timings = [];

/**
 * A consumer project: its fixture files copied fresh, its pinned tools
 * installed once and kept, and mmn-widgets installed again from the tarball.
 */
async function project(name) {
  const dir = join(cache, name);
  mkdirSync(dir, { recursive: true });
  // The lockfile too: it would pin the previous tarball's integrity.
  for (const stale of [
    'node_modules/mmn-widgets',
    'node_modules/.vite',
    'package-lock.json',
    'dist',
    'src',
    'public',
  ]) {
    rmSync(join(dir, stale), { recursive: true, force: true });
  }
  cpSync(join(fixtures, name), dir, { recursive: true });
  cpSync(tarball, join(dir, 'mmn-widgets.tgz'));
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  pkg.dependencies = { ...pkg.dependencies, 'mmn-widgets': 'file:mmn-widgets.tgz' };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: dir });
  const installed = JSON.parse(readFileSync(join(dir, 'node_modules/mmn-widgets/package.json'), 'utf8'));
  assert.equal(installed.version, JSON.parse(readFileSync('package.json', 'utf8')).version);
  return dir;
}

/** Times one consumer, for the report at the end. */
async function timed(name, body) {
  const start = performance.now();
  try {
    await body();
  } finally {
    timings.push(`${name}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  }
}

/** A static file server for a built site, on a free loopback port. */
async function serve(root) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((request, response) => {
    const path = join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname));
    const file = existsSync(path) && extname(path) ? path : join(root, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}

/** Starts a dev server command and waits for it to answer on its port. */
async function startServer(cwd, command, args, port) {
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (data) => (output += data));
  child.stderr.on('data', (data) => (output += data));
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`${command} did not start:\n${output}`);
    await new Promise((done) => setTimeout(done, 200));
  }
  return {
    url,
    output: () => output,
    close: () => {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    },
  };
}

/**
 * Opens the consumer's page (its fixture's index.html): a German overview, and a
 * comparison switched to Spanish at run time. Both must show their language,
 * with no failed request and no warning.
 */
async function checkPage(url) {
  const page = await browser.newPage();
  const warnings = [];
  const failed = [];
  page.on('console', (message) => {
    if (['warn', 'warning', 'error'].includes(message.type())) warnings.push(message.text());
  });
  page.on('pageerror', (error) => warnings.push(String(error)));
  page.on('requestfailed', (request) => failed.push(`${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.url()} (${response.status()})`);
  });
  try {
    await page.goto(url, { waitUntil: 'load' });
    const heading = (selector) =>
      page.waitForFunction(
        (sel, expected) => {
          const el = document.querySelector(sel);
          return el?.shadowRoot?.querySelector('[part~="heading"]')?.textContent.trim() === expected;
        },
        { timeout: 15_000 },
        selector,
        selector === 'mmn-overview' ? translation('de', 'overview.heading') : translation('es', 'vsAls.heading'),
      );
    await heading('mmn-overview');
    await heading('mmn-vs-als');
    const langs = await page.evaluate(() =>
      ['mmn-overview', 'mmn-vs-als'].map(
        (tag) => document.querySelector(tag).shadowRoot.querySelector('[part~="container"]').lang,
      ),
    );
    assert.deepEqual(langs, ['de', 'es']);
    assert.deepEqual(failed, [], 'failed requests');
    assert.deepEqual(
      warnings.filter((text) => !/Lit is in dev mode/.test(text)),
      [],
      'console warnings',
    );
  } finally {
    await page.close();
  }
}

/** Serves a production build and checks its page. */
async function checkBuiltSite(root) {
  const site = await serve(root);
  try {
    await checkPage(site.url);
  } finally {
    site.close();
  }
}

/**
 * One run at a time uses the cached projects (two runs would remove each
 * other's mmn-widgets mid-test): a lock folder, waited for, removed at the end.
 */
const lock = join(cache, '.lock');
async function takeLock() {
  mkdirSync(cache, { recursive: true });
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      return;
    } catch {
      // A lock left by a run that was killed (no run takes 15 minutes).
      if (Date.now() - statSync(lock).mtimeMs > 15 * 60_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`${lock} is held by another run; remove it if no run is going on`);
      await new Promise((done) => setTimeout(done, 1000));
    }
  }
}

before(async () => {
  await takeLock();
  const packs = mkdtempSync(join(tmpdir(), 'mmn-pack-'));
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packs], { encoding: 'utf8' }),
  );
  tarball = join(packs, filename);
  browser = await launchChromium();
});

after(async () => {
  rmSync(lock, { recursive: true, force: true });
  await browser?.close();
  if (tarball) rmSync(resolve(tarball, '..'), { recursive: true, force: true });
  console.log(`consumer timings (install included): ${timings.join('; ')}`);
});

describe('consumers of the packed package', () => {
  test('node: mmn-widgets/ssr renders Spanish declarative shadow DOM, and npx mmn-widgets render works', () =>
    timed('node', async () => {
      const dir = await project('node');
      const { stdout } = await run('node', ['render.js'], { cwd: dir });
      assert.match(stdout, /<mmn-overview\s+lang="es"[^>]*><template shadowroot="open" shadowrootmode="open">/);
      assert.ok(stdout.includes(translation('es', 'overview.heading')), 'the Spanish heading');
      // The README's Node recipe, verbatim, in the fresh project.
      const readme = readFileSync(join(repo, 'README.md'), 'utf8');
      const recipe = [...readme.matchAll(/^```js\n([\s\S]*?)^```$/gm)]
        .map(([, code]) => code)
        .find((code) => code.includes("from 'mmn-widgets/ssr'"));
      assert.ok(recipe, 'the README has a Node recipe');
      writeFileSync(join(dir, 'build.js'), recipe);
      mkdirSync(join(dir, 'src'), { recursive: true });
      writeFileSync(join(dir, 'src/mmn.html'), '<main><!-- mmn-overview --><!-- contact-banner --></main>');
      await run('node', ['build.js'], { cwd: dir });
      const built = readFileSync(join(dir, 'public/mmn.html'), 'utf8');
      assert.equal(
        built.match(/<template shadowroot="open" shadowrootmode="open">/g)?.length,
        2,
        'two pre-rendered widgets',
      );
      assert.ok(built.includes(translation('es', 'overview.heading')), 'the Spanish overview');

      // The content files and structured data (README: "Use the words without the widgets").
      const words = JSON.parse((await run('node', ['words.js'], { cwd: dir })).stdout);
      assert.equal(words.heading, translation('es', 'overview.heading'));
      assert.equal(words.version, JSON.parse(readFileSync('package.json', 'utf8')).version);
      assert.equal(words.schema, 'https://json-schema.org/draft/2020-12/schema');
      assert.equal(words.jsonLd['@type'], 'MedicalWebPage');
      assert.equal(words.jsonLd.inLanguage, 'es');
      assert.equal(words.jsonLd.about.name, translation('es', 'names.mmn'));
      const recipeWords = [...readme.matchAll(/^```js\n([\s\S]*?)^```$/gm)]
        .map(([, code]) => code)
        .find((code) => code.includes("'mmn-widgets/content/es.json'"));
      assert.ok(recipeWords, 'the README shows the content files from Node');
      writeFileSync(join(dir, 'readme-words.js'), recipeWords);
      const printed = (await run('node', ['readme-words.js'], { cwd: dir })).stdout;
      assert.ok(printed.includes(translation('es', 'overview.key.rare')), printed);
      const withData = await run(
        'npx',
        ['--no-install', 'mmn-widgets', 'render', 'mmn-overview', '--lang', 'es', '--structured-data'],
        { cwd: dir },
      );
      assert.equal(withData.stdout.match(/<script type="application\/ld\+json">/g)?.length, 1);

      const cli = await run('npx', ['--no-install', 'mmn-widgets', 'render', 'contact-banner', '--lang', 'fr'], {
        cwd: dir,
      });
      assert.match(
        cli.stdout,
        /^<!--lit-part[^>]*--><!--lit-node 0--><contact-banner\s+lang="fr"><template shadowroot="open" shadowrootmode="open">/,
      );
      assert.ok(cli.stdout.includes(translation('fr', 'banner.links')), 'the French banner');
      assert.equal(cli.stderr, '');
    }));

  test('vite dev server: German and Spanish widgets, no 404, no warning', () =>
    timed('vite dev', async () => {
      const dir = await project('vite');
      const port = await freePort();
      const server = await startServer(
        dir,
        'node_modules/.bin/vite',
        ['--port', String(port), '--strictPort', '--host', '127.0.0.1', '--force'],
        port,
      );
      try {
        await checkPage(server.url);
      } finally {
        server.close();
      }
    }));

  test('vite production build: the same page', () =>
    timed('vite build', async () => {
      // Installed again from this tarball, so the build holds however the tests are run.
      const dir = await project('vite');
      await run('node_modules/.bin/vite', ['build', '--logLevel', 'error'], { cwd: dir });
      await checkBuiltSite(join(dir, 'dist'));
    }));

  test('webpack 5 production build: the same page', () =>
    timed('webpack', async () => {
      const dir = await project('webpack');
      await run('node_modules/.bin/webpack', ['--mode', 'production'], { cwd: dir });
      await checkBuiltSite(join(dir, 'dist'));
    }));

  test('typescript strict: elements, React wrappers and JSX types, with moduleResolution bundler and node16', () =>
    timed('typescript', async () => {
      const dir = await project('typescript');
      for (const config of ['tsconfig.bundler.json', 'tsconfig.node16.json']) {
        try {
          await run('node_modules/.bin/tsc', ['-p', config], { cwd: dir });
        } catch (error) {
          assert.fail(`${config}:\n${error.stdout}${error.stderr}`);
        }
      }
    }));
});
