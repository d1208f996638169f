// WordPress 6.8 for the plugin's tests: Debian 13 (trixie)'s `wordpress`
// package, fetched on first use into a cache outside the repo
// (${XDG_CACHE_HOME:-~/.cache}/mmn-widgets/wordpress-6.8, or WORDPRESS_68_DIR)
// and reused afterwards. Nothing is installed on the machine: apt downloads
// the .debs into an apt tree of its own (trixie's lists, the system's keys),
// and dpkg-deb unpacks them there. The libraries Debian symlinks into
// /usr/share/javascript and /usr/share/php (cropper, lodash, underscore,
// getID3) come
// from trixie too, so every link resolves inside the tree; the result is a
// plain copy with real files (`cp -rL`) and no wp-config.php, as the tests
// use Debian's 6.1 from /usr/share/wordpress.
//
// `node scripts/wordpress-6.8.js` prints the directory (a WordPress root).
// Safe to run again: a finished copy is kept; a half-made one is replaced.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGES = [
  'wordpress',
  'wordpress-theme-twentytwentyfive',
  'libjs-cropper',
  'libjs-lodash',
  'libjs-underscore',
  'php-getid3',
];
const SOURCES = '/etc/apt/sources.list.d/debian.sources';

export function wordpress68Dir() {
  if (process.env.WORDPRESS_68_DIR) return process.env.WORDPRESS_68_DIR;
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'mmn-widgets', 'wordpress-6.8');
}

/** The version a WordPress root declares, or undefined. */
export function wordpressVersion(root) {
  try {
    return readFileSync(join(root, 'wp-includes/version.php'), 'utf8').match(/\$wp_version = '([^']+)'/)?.[1];
  } catch {
    return undefined;
  }
}

/** Makes sure the cache holds WordPress 6.8 and returns its directory. */
export function ensureWordPress68({ log = (m) => process.stderr.write(`${m}\n`) } = {}) {
  const target = wordpress68Dir();
  const done = join(target, '.complete');
  if (existsSync(done) && /^6\.8(\.|$)/.test(wordpressVersion(target) ?? '')) return target;
  if (!existsSync(SOURCES))
    throw new Error(`${SOURCES} is missing: this fetch reads the machine's Debian mirror from it.`);
  const parent = join(target, '..');
  mkdirSync(parent, { recursive: true });
  const tree = mkdtempSync(join(parent, 'apt-'));
  try {
    log(`wordpress-6.8: fetching ${PACKAGES.join(', ')} from Debian 13 (trixie) into ${tree}`);
    for (const dir of [
      'etc/apt/sources.list.d',
      'etc/apt/preferences.d',
      'var/lib/apt/lists/partial',
      'var/cache/apt/archives/partial',
      'debs',
    ])
      mkdirSync(join(tree, dir), { recursive: true });
    // The machine's first (main) source, pointed at trixie.
    const first = readFileSync(SOURCES, 'utf8').split(/\n\s*\n/)[0];
    writeFileSync(
      join(tree, 'etc/apt/sources.list.d/trixie.sources'),
      `${first.replace(/^Suites:.*$/m, 'Suites: trixie')}\n`,
    );
    const options = [
      '-o',
      `Dir=${tree}`,
      '-o',
      'Dir::State::status=/var/lib/dpkg/status',
      '-o',
      'Dir::Etc::trustedparts=/etc/apt/trusted.gpg.d',
      '-o',
      'Dir::Etc::sourcelist=/dev/null',
      '-o',
      'APT::Sandbox::User=root',
      '-qq',
    ];
    execFileSync('apt-get', [...options, 'update'], { stdio: ['ignore', 'ignore', 'inherit'] });
    execFileSync('apt-get', [...options, 'download', ...PACKAGES], {
      cwd: join(tree, 'debs'),
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const x = join(tree, 'x');
    for (const deb of readdirSync(join(tree, 'debs')).filter((f) => f.endsWith('.deb')))
      execFileSync('dpkg-deb', ['-x', join(tree, 'debs', deb), x]);
    const broken = execFileSync('find', [join(x, 'usr/share/wordpress'), '-xtype', 'l'], { encoding: 'utf8' }).trim();
    if (broken) throw new Error(`links to files no fetched package has:\n${broken}`);
    const version = wordpressVersion(join(x, 'usr/share/wordpress'));
    if (!/^6\.8(\.|$)/.test(version ?? '')) throw new Error(`trixie's wordpress is ${version}, not 6.8.x`);
    const staging = `${target}.new`;
    rmSync(staging, { recursive: true, force: true });
    // Real files, no symlinks into the apt tree (which is removed below).
    execFileSync('cp', ['-rL', join(x, 'usr/share/wordpress'), staging]);
    rmSync(join(staging, 'wp-config.php'), { force: true });
    writeFileSync(
      join(staging, '.complete'),
      `WordPress ${version} from Debian 13: ${readdirSync(join(tree, 'debs')).sort().join(' ')}\n`,
    );
    rmSync(target, { recursive: true, force: true });
    renameSync(staging, target);
    log(`wordpress-6.8: WordPress ${version} in ${target}`);
    return target;
  } finally {
    rmSync(tree, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(ensureWordPress68());
}
