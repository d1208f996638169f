// Starts WordPress in Playground, for the Live Preview blueprint's test
// (playground.test.js; the plugin's suite runs on Debian's PHP: native.js):
// Debian's WordPress files (test/wordpress/versions.js), run by
// WordPress Playground's CLI (PHP in WebAssembly, SQLite, no network), with
// the plugin installed from the built zip by the blueprint's installPlugin
// step, the way a site owner uploads it. Everything lives in one temp dir,
// removed by stop().
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { freePort } from '../../scripts/free-port.js';

export const ZIP = resolve('dist/wordpress/mmn-widgets.zip');
const CLI = resolve('node_modules/@wp-playground/cli/wp-playground.js');

/**
 * @param {object} options
 * @param {{dir: string, theme: string, themeFrom: string, themeDir: string}} options.site The WordPress root and theme (versions.js).
 * @param {object[]} options.before The steps that install the plugin: the zip's installPlugin step unless given
 *   (the Live Preview blueprint's steps, with its plugin resource pointed at the local zip).
 * @param {object[]} options.steps Blueprint steps run after the plugin is installed.
 * @param {Record<string, string>} options.files Files to put in /fixtures (name → content).
 * @param {Record<string, string>} options.muPlugins Test-only must-use plugins (name → PHP).
 * @param {Record<string, Buffer|string>} options.wpFiles Other files to add to WordPress (path → content).
 */
export async function startWordPress({ site, before = [], steps, files = {}, muPlugins = {}, wpFiles = {} }) {
  for (const [what, path] of [
    ['the plugin zip (npm run build && npm run build:wordpress)', ZIP],
    ["Debian's wordpress package", join(site.dir, 'wp-includes/version.php')],
    [`${site.theme} (${site.themeFrom})`, join(site.themeDir, 'style.css')],
    ['@wp-playground/cli', CLI],
  ]) {
    if (!existsSync(path)) throw new Error(`Missing ${what}: ${path}`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'mmn-wp-'));
  const wordpress = join(dir, 'wordpress');
  const fixtures = join(dir, 'fixtures');
  // Debian symlinks its bundled libraries; the copy must hold real files.
  cpSync(site.dir, wordpress, { recursive: true, dereference: true });
  rmSync(join(wordpress, 'wp-config.php'), { force: true });
  mkdirSync(join(wordpress, 'wp-content/mu-plugins'), { recursive: true });
  for (const [name, php] of Object.entries(muPlugins))
    writeFileSync(join(wordpress, 'wp-content/mu-plugins', name), php);
  for (const [path, content] of Object.entries(wpFiles)) {
    mkdirSync(dirname(join(wordpress, path)), { recursive: true });
    writeFileSync(join(wordpress, path), content);
  }
  mkdirSync(fixtures);
  cpSync(ZIP, join(fixtures, 'mmn-widgets.zip'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(fixtures, name), content);
  const blueprint = {
    steps: [
      ...(before.length
        ? before
        : [{ step: 'installPlugin', pluginData: { resource: 'vfs', path: '/fixtures/mmn-widgets.zip' } }]),
      { step: 'activateTheme', themeFolderName: site.theme },
      ...steps,
    ],
  };
  writeFileSync(join(fixtures, 'blueprint.json'), JSON.stringify(blueprint, null, 2));

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const args = [
    CLI,
    'server',
    '--port',
    String(port),
    '--workers',
    '1',
    '--php',
    '8.2',
    '--mount-before-install',
    `${wordpress}:/wordpress`,
    '--wordpress-install-mode',
    'install-from-existing-files',
    '--mount',
    `${fixtures}:/fixtures`,
    '--blueprint',
    join(fixtures, 'blueprint.json'),
    '--define-bool',
    'WP_DEBUG',
    'true',
    '--define-bool',
    'WP_DEBUG_DISPLAY',
    'false',
    '--define',
    'WP_DEBUG_LOG',
    '/fixtures/debug.log',
  ];
  const started = Date.now();
  const child = spawn(process.execPath, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const stop = () => {
    if (child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await new Promise((ready, fail) => {
      const timer = setTimeout(() => fail(new Error(`Playground not ready after 180 s:\n${output}`)), 180_000);
      const read = (chunk) => {
        output += chunk;
        if (output.includes('Ready!')) {
          clearTimeout(timer);
          ready();
        }
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      child.on('exit', (code) => {
        clearTimeout(timer);
        fail(new Error(`Playground exited (${code}):\n${output}`));
      });
    });
  } catch (error) {
    stop();
    throw error;
  }
  child.removeAllListeners('exit');
  return { origin, dir, wordpress, fixtures, startSeconds: (Date.now() - started) / 1000, output: () => output, stop };
}
