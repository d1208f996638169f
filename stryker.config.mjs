// Mutation testing (`npm run mutation`, not in CI): StrykerJS changes the code
// every widget trusts (src/shared/, src/i18n/) one small edit at a time and
// runs the browser tests that exercise it; a mutant the tests do not notice
// "survives". Report: reports/mutation/ (HTML, JSON); summary in bench/mutation.md.
//
// Stryker has no web-test-runner plugin, so scripts/stryker-wtr-runner.js is
// ours: one web-test-runner and one Chromium for the whole run
// (web-test-runner.mutation.config.js), every mutant compiled in at once
// (mutation switching), each run picking one through globalThis.__stryker__.
// Coverage is per test file, so each mutant re-runs only the files whose page
// reached it. Stryker copies the project to .stryker-tmp/sandbox-* and runs
// there, so the working tree is never touched.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: [
    'src/shared/**/*.ts',
    'src/i18n/**/*.ts',
    // Generated from lit-localize.json (tested by the language-file tests).
    '!src/i18n/generated/**',
    // Only in the script-tag bundles: their end-to-end tests cover it, not the unit tests.
    '!src/i18n/import-locale.bundle.ts',
    // Types only.
    '!src/i18n/locale-module.ts',
    // CSS: no logic to mutate (the theme, contrast and forced-colors tests check what it draws).
    '!src/shared/styles.ts',
  ],
  plugins: ['@stryker-mutator/*', './scripts/stryker-wtr-runner.js'],
  testRunner: 'wtr',
  // Per test file (the runner reports each file as one test): see the runner.
  coverageAnalysis: 'perTest',
  // A mutant in code that runs once, at module load, needs a fresh page anyway; skip none.
  ignoreStatic: false,
  concurrency: 1,
  // On top of 1.5 × the covering files' time (each file's page, start to stop, in the dry
  // run: see the runner). A mutant that hangs a test fails it after
  // 3 s (web-test-runner.mutation.config.js), so this is for one that hangs the page itself.
  timeoutMS: 10_000,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  ignorePatterns: [
    'dist',
    'docs-dist',
    'storybook-static',
    '.wireit',
    'test/e2e/generated',
    'reports',
    'coverage',
    'bench/*.json',
  ],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  // Keeps each mutant's result in reports/mutation/incremental.json: a later run retests only what changed.
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  thresholds: { high: 90, low: 80, break: 80 },
};
