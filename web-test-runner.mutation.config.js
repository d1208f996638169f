// The browser tests that the mutation run (`npm run mutation`, stryker.config.mjs)
// uses to judge each mutant of src/shared/ and src/i18n/: Chromium only, and only
// the files that exercise that code.
//
// scripts/stryker-wtr-runner.js starts this config once, in watch mode, and
// re-runs its files for each mutant. Before each run it sets
// mutationState.activeMutant; every test page this config serves then sets
// globalThis.__stryker__ before any module loads, which is where the
// instrumented code looks in a browser. Just before a page is left, what the
// instrumented code recorded there (the mutants it reached) is read into
// mutationState.coverage, by session.
import { summaryReporter } from '@web/test-runner';
import base from './web-test-runner.config.js';

export const MUTATION_TEST_FILES = [
  'test/registration.test.ts',
  'test/i18n.test.ts',
  'test/i18n-first-render.test.ts',
  'test/contact-banner.test.ts',
  'test/lit-warnings.test.ts',
  'test/common-attributes.test.ts',
  'test/i18n-offline.test.ts',
  'test/i18n-late-file.test.ts',
  'test/host-edges.test.ts',
  'test/define-edges.test.ts',
  // The widgets' own tests: the parts, headings, sources and styles the shared code renders.
  'test/mmn-overview.test.ts',
  'test/mmn-vs-als.test.ts',
  'test/mmn-visit-notes.test.ts',
  'test/content-look.test.ts',
];

export const mutationState = {
  /** The mutant the next pages run with (undefined: none). */
  activeMutant: undefined,
  /** Session id → globalThis.__stryker__.mutantCoverage of its page. */
  coverage: new Map(),
  /** Session id → ms from the page's start to its stop: loading, compiling and testing. */
  wallTime: new Map(),
};

/**
 * Reads each page's mutant coverage before the launcher leaves it (for
 * about:blank), and times the page from start to stop.
 */
function recordingCoverage(launcher) {
  const started = new Map();
  const startSession = launcher.startSession.bind(launcher);
  launcher.startSession = (sessionId, url) => {
    started.set(sessionId, Date.now());
    return startSession(sessionId, url);
  };
  const stopSession = launcher.stopSession.bind(launcher);
  launcher.stopSession = async (sessionId) => {
    if (started.has(sessionId)) mutationState.wallTime.set(sessionId, Date.now() - started.get(sessionId));
    try {
      const coverage = await launcher.getPage(sessionId).evaluate(() => globalThis.__stryker__?.mutantCoverage ?? null);
      if (coverage) mutationState.coverage.set(sessionId, coverage);
    } catch {
      // A page that crashed reports nothing; its session has failed anyway.
    }
    return stopSession(sessionId);
  };
  return launcher;
}

export default {
  ...base,
  files: MUTATION_TEST_FILES,
  groups: [],
  // The runner sets BROWSERS=chromium before loading this, so the base config made only Chromium's launcher.
  browsers: base.browsers.map(recordingCoverage),
  concurrency: 2,
  testsFinishTimeout: 5 * 60_000,
  // A mutant that stops a widget from rendering would otherwise make every
  // test of a file wait out mocha's 30 s, and Stryker's timeout then restarts
  // the runner: 27 of the first 175 mutants of a run did that, about a third
  // of its time. Here a test gets 3 s (the dry run passes with it) and a file
  // stops at its first failure: for a mutant, one failure is the answer.
  testFramework: { config: { ...base.testFramework.config, timeout: 3_000, bail: true } },
  testRunnerHtml: (testFramework) =>
    base
      .testRunnerHtml(testFramework)
      .replace(
        '<script>',
        `<script>globalThis.__stryker__ = { activeMutant: ${JSON.stringify(mutationState.activeMutant)} };`,
      ),
  reporters: [summaryReporter({ flatten: true })],
};
