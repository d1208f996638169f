// The WordPress versions the plugin's suite runs on, each with its default
// block theme: 6.1, the plugin's "Requires at least" (Debian 12's package,
// /usr/share/wordpress), and 6.8, the newest the tests know (Debian 13's
// package, fetched once into a cache by scripts/wordpress-6.8.js). The readme's
// "Tested up to" is the newest of these (test/wordpress/readme.test.js).
import { join } from 'node:path';
import { ensureWordPress68, wordpressVersion } from '../../scripts/wordpress-6.8.js';

export const VERSIONS = {
  6.1: () => ({
    dir: process.env.WORDPRESS_DIR || '/usr/share/wordpress',
    theme: 'twentytwentythree',
    themeFrom: 'wordpress-theme-twentytwentythree',
  }),
  6.8: () => ({
    dir: ensureWordPress68(),
    theme: 'twentytwentyfive',
    themeFrom: "Debian 13's wordpress-theme-twentytwentyfive",
  }),
};

export const NEWEST = Object.keys(VERSIONS)
  .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
  .at(-1);

/** The WordPress root for a version, checked to be that version. */
export function wordpressFor(version) {
  const site = VERSIONS[version]();
  const found = wordpressVersion(site.dir);
  if (!found?.startsWith(`${version}.`) && found !== version)
    throw new Error(`${site.dir} holds WordPress ${found}, not ${version}`);
  return { ...site, version: found, themeDir: join(site.dir, 'wp-content/themes', site.theme) };
}
