// The WordPress versions the plugin is tested on (test/wordpress/wordpress-<version>.test.js,
// one file each, the same suite): the oldest is the plugin's "Requires at
// least", the newest its readme's "Tested up to". Adding a version here
// without its test file fails test/wordpress/readme.test.js.
export const TESTED_VERSIONS = ['6.1', '6.8'];
export const REQUIRES_AT_LEAST = TESTED_VERSIONS[0];
export const TESTED_UP_TO = TESTED_VERSIONS.at(-1);
