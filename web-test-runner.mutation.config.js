// The browser tests that the mutation run (`npm run mutation`, stryker.config.mjs)
// uses to judge each mutant of src/shared/ and src/i18n/: Chromium only, and only
// the files that exercise that code, so one run stays short.
//
// Stryker has no web-test-runner plugin. Its `command` runner starts this config
// once per mutant with the mutant's id in __STRYKER_ACTIVE_MUTANT__; the
// instrumented code reads it from globalThis.__stryker__, which the test page
// sets before any module loads (Stryker's own fallback reads `process`, which a
// page has not).
import { summaryReporter } from '@web/test-runner';
import base from './web-test-runner.config.js';

const activeMutant = process.env.__STRYKER_ACTIVE_MUTANT__;

export const MUTATION_TEST_FILES = [
  'test/registration.test.ts',
  'test/i18n.test.ts',
  'test/i18n-first-render.test.ts',
  'test/contact-banner.test.ts',
  'test/lit-warnings.test.ts',
];

export default {
  ...base,
  files: MUTATION_TEST_FILES,
  groups: [],
  // The command sets BROWSERS=chromium, so the base config made only Chromium's launcher.
  browsers: base.browsers,
  concurrency: 2,
  testsFinishTimeout: 5 * 60_000,
  testRunnerHtml: (testFramework) =>
    base
      .testRunnerHtml(testFramework)
      .replace('<script>', `<script>globalThis.__stryker__ = { activeMutant: ${JSON.stringify(activeMutant)} };`),
  reporters: [summaryReporter({ flatten: true })],
};
