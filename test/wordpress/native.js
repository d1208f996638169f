// Starts a real WordPress for the suite: Debian's WordPress files (6.1 or
// 6.8, test/wordpress/versions.js) served by Debian's PHP (`php -S`, the
// PHP a host runs, with four workers), on SQLite through the SQLite Database
// Integration drop-in (the copy @wp-playground/cli ships, so the database
// layer is Playground's), offline. The plugin is installed from the built zip
// by WordPress's own Plugin_Upgrader, as "Upload Plugin" does.
//
// It reads the same blueprint steps as WordPress Playground (installPlugin
// from a file, activateTheme, setSiteOptions, runPHP), with Playground's
// paths: /wordpress is the site's root and /fixtures the test's files.
// Playground's own validator checks the Live Preview blueprint
// (blueprint.test.js).
//
// Why not Playground itself: PHP in WebAssembly spent about 1.1 s of CPU
// starting WordPress for each request (3 s for a post with the widgets, 30 s
// to start a site, over 180 s beside the browser tests), on a 2-core machine
// that runs three browsers at the same time; here a post takes about 0.1 s
// and a site is ready in about 3 s.
//
// Everything lives in one temp dir, removed by stop().
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { freePort } from '../../scripts/free-port.js';

export const ZIP = resolve('dist/wordpress/mmn-widgets.zip');
const SQLITE_ZIP = resolve('node_modules/@wp-playground/cli/sqlite-database-integration.zip');
const PHP = process.env.PHP_BINARY || 'php';

/** Runs PHP code as a step would, with Playground's paths pointed at this site. */
function runPhp(site, code, name) {
  const file = join(site.dir, `${name}.php`);
  writeFileSync(
    file,
    code
      .replaceAll("'/wordpress/", `'${site.wordpress}/`)
      .replaceAll('"/wordpress/', `"${site.wordpress}/`)
      .replaceAll("'/fixtures/", `'${site.fixtures}/`)
      .replaceAll('"/fixtures/', `"${site.fixtures}/`),
  );
  try {
    return execFileSync(PHP, ['-d', 'display_errors=stderr', '-d', `auto_prepend_file=${site.prepend}`, file], {
      cwd: site.wordpress,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    // WP_DEBUG_DISPLAY is off: a fatal error is in the debug log.
    const log = existsSync(join(site.fixtures, 'debug.log'))
      ? readFileSync(join(site.fixtures, 'debug.log'), 'utf8')
      : '';
    throw new Error(`${name} failed (exit ${error.status}):\n${error.stdout}${error.stderr}${log.slice(-3000)}`);
  }
}

/** A PHP string literal (single-quoted: only \\ and ' are special). */
const php = (s) => `'${String(s).replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

/** One blueprint step, as Playground does it. */
function runStep(site, step, n) {
  const name = `step-${n}-${step.step}`;
  const load = `<?php\nrequire '/wordpress/wp-load.php';\n`;
  switch (step.step) {
    case 'installPlugin': {
      const data = step.pluginData ?? step.pluginZipFile;
      if (data?.resource !== 'vfs')
        throw new Error(`installPlugin: only a file (resource "vfs") works offline, not ${data?.resource}`);
      const activate = step.options?.activate ?? true;
      return runPhp(
        site,
        `${load}require_once ABSPATH . 'wp-admin/includes/admin.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
wp_set_current_user(1);
$upgrader = new Plugin_Upgrader(new Automatic_Upgrader_Skin());
$result = $upgrader->install(${php(data.path)});
if ($result !== true) { fwrite(STDERR, print_r($upgrader->skin->get_upgrade_messages(), true)); exit(1); }
${activate ? `$activated = activate_plugin($upgrader->plugin_info()); if (is_wp_error($activated)) { fwrite(STDERR, $activated->get_error_message()); exit(1); }` : ''}`,
        name,
      );
    }
    case 'activateTheme':
      return runPhp(site, `${load}switch_theme(${php(step.themeFolderName)});`, name);
    case 'setSiteOptions':
      return runPhp(
        site,
        `${load}foreach (json_decode(${php(JSON.stringify(step.options))}, true) as $name => $value) { update_option($name, $value); }`,
        name,
      );
    case 'runPHP':
      return runPhp(site, step.code, name);
    default:
      throw new Error(`blueprint step ${step.step} is not supported by test/wordpress/native.js`);
  }
}

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
    ["the SQLite drop-in (@wp-playground/cli's copy)", SQLITE_ZIP],
  ]) {
    if (!existsSync(path)) throw new Error(`Missing ${what}: ${path}`);
  }
  const version = execFileSync(PHP, ['-r', 'echo PHP_VERSION;'], { encoding: 'utf8' });
  const modules = execFileSync(PHP, ['-m'], { encoding: 'utf8' });
  if (!/^pdo_sqlite$/m.test(modules)) throw new Error("PHP has no pdo_sqlite: install Debian's php-sqlite3");

  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'mmn-wp-'));
  const wordpress = join(dir, 'wordpress');
  const fixtures = join(dir, 'fixtures');
  const database = join(dir, 'database');
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const here = { dir, wordpress, fixtures, prepend: join(dir, 'prepend.php') };

  // Debian symlinks its bundled libraries; the copy must hold real files.
  cpSync(site.dir, wordpress, { recursive: true, dereference: true });
  rmSync(join(wordpress, 'wp-config.php'), { force: true });
  mkdirSync(fixtures);
  mkdirSync(database);
  cpSync(ZIP, join(fixtures, 'mmn-widgets.zip'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(fixtures, name), content);
  mkdirSync(join(wordpress, 'wp-content/mu-plugins'), { recursive: true });
  for (const [name, code] of Object.entries(muPlugins))
    writeFileSync(join(wordpress, 'wp-content/mu-plugins', name), code);
  for (const [path, content] of Object.entries(wpFiles)) {
    mkdirSync(dirname(join(wordpress, path)), { recursive: true });
    writeFileSync(join(wordpress, path), content);
  }

  // The SQLite drop-in, outside the plugins (so no plugin list shows it) and the database outside the web root.
  const sqlite = join(dir, 'sqlite-database-integration');
  execFileSync('unzip', ['-q', SQLITE_ZIP, '-d', join(dir, 'sqlite-zip')]);
  cpSync(join(dir, 'sqlite-zip', 'plugin-sqlite-database-integration'), sqlite, { recursive: true });
  // As Playground does: the drop-in's class reads this property of wpdb, which
  // is private in the wpdb of older WordPress (6.1) when declared private here.
  const sqliteDb = join(sqlite, 'wp-includes/sqlite/class-wp-sqlite-db.php');
  writeFileSync(
    sqliteDb,
    readFileSync(sqliteDb, 'utf8').replace(
      'private $allow_unsafe_unquoted_parameters',
      'protected $allow_unsafe_unquoted_parameters',
    ),
  );
  writeFileSync(
    join(wordpress, 'wp-content/db.php'),
    readFileSync(join(sqlite, 'db.copy'), 'utf8')
      .replaceAll('{SQLITE_IMPLEMENTATION_FOLDER_PATH}', sqlite)
      .replaceAll('{SQLITE_PLUGIN}', 'sqlite-database-integration/load.php'),
  );
  const define = (name, value) => `define(${php(name)}, ${typeof value === 'string' ? php(value) : value});`;
  writeFileSync(
    join(wordpress, 'wp-config.php'),
    [
      '<?php',
      // As Playground's wp-config: SQLite, WP_DEBUG with the log in /fixtures, no display.
      define('DB_NAME', 'wordpress'),
      define('DB_USER', ''),
      define('DB_PASSWORD', ''),
      define('DB_HOST', ''),
      define('DB_CHARSET', 'utf8mb4'),
      define('DB_COLLATE', ''),
      define('DB_DIR', `${database}/`),
      define('DB_FILE', 'wordpress.sqlite'),
      // The drop-in is not a plugin here: it must not try to activate itself.
      define('SQLITE_MAIN_FILE', '1'),
      ...['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE'].flatMap((k) => [
        define(`${k}_KEY`, `test-${k}-key`),
        define(`${k}_SALT`, `test-${k}-salt`),
      ]),
      define('WP_DEBUG', true),
      define('WP_DEBUG_DISPLAY', false),
      define('WP_DEBUG_LOG', join(fixtures, 'debug.log')),
      define('FS_METHOD', 'direct'),
      // Offline: no update checks, no cron requests to itself.
      define('AUTOMATIC_UPDATER_DISABLED', true),
      define('WP_HTTP_BLOCK_EXTERNAL', true),
      define('DISABLE_WP_CRON', true),
      "$table_prefix = 'wp_';",
      "if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');",
      "require_once ABSPATH . 'wp-settings.php';",
      '',
    ].join('\n'),
  );
  // PHP run from the command line (the steps) sees the site's host, as a request would.
  writeFileSync(
    here.prepend,
    `<?php\nif (PHP_SAPI === 'cli') { $_SERVER['HTTP_HOST'] = '127.0.0.1:${port}'; $_SERVER['SERVER_NAME'] = '127.0.0.1'; $_SERVER['SERVER_PORT'] = '${port}'; $_SERVER['REQUEST_URI'] = '/'; $_SERVER['REQUEST_METHOD'] = 'GET'; }\n`,
  );

  // Install as Playground does: "My WordPress Website", admin / password.
  runPhp(
    here,
    `<?php
define('WP_INSTALLING', true);
require '/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$result = wp_install('My WordPress Website', 'admin', 'admin@localhost.com', true, '', 'password');
if (is_wp_error($result)) { fwrite(STDERR, $result->get_error_message()); exit(1); }
update_option('siteurl', ${php(origin)});
update_option('home', ${php(origin)});`,
    'install',
  );
  const blueprint = [
    ...(before.length
      ? before
      : [{ step: 'installPlugin', pluginData: { resource: 'vfs', path: '/fixtures/mmn-widgets.zip' } }]),
    { step: 'activateTheme', themeFolderName: site.theme },
    ...steps,
  ];
  blueprint.forEach((step, n) => runStep(here, step, n));

  // PHP's CLI leaves OPcache off, so every request compiled WordPress's PHP
  // again (about a tenth of a version's CPU: 85 s → 76 s for 6.1; Chromium is
  // most of the rest). On, shared by the workers, and checking each file's
  // time on every request, since the tests install and delete plugins.
  const opcache = ['opcache.enable_cli=1', 'opcache.validate_timestamps=1', 'opcache.revalidate_freq=0'];
  const child = spawn(
    PHP,
    [...opcache.flatMap((setting) => ['-d', setting]), '-S', `127.0.0.1:${port}`, '-t', wordpress],
    {
      cwd: wordpress,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Parallel requests, as the editor makes (php -S answers one at a time otherwise).
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    },
  );
  let output = `WordPress on PHP ${version} (php -S, native), SQLite\n`;
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
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
    for (let tries = 0; ; tries += 1) {
      if (child.exitCode !== null) throw new Error(`php -S exited (${child.exitCode}):\n${output}`);
      try {
        if ((await fetch(`${origin}/wp-includes/version.php`)).status) break;
      } catch {
        if (tries > 100) throw new Error(`php -S not answering after 10 s:\n${output}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  } catch (error) {
    stop();
    throw error;
  }
  return { origin, dir, wordpress, fixtures, startSeconds: (Date.now() - started) / 1000, output: () => output, stop };
}
