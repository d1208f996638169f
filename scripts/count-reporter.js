// Prints the plain closing line CI reads ("N passed, N failed"), after the
// default reporter's own summary, and before it where the time went: the time
// the tests took per engine and the slowest files in each (the sum of their
// tests' durations; page loads and start-up come on top).
function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
    totals.ms += test.duration ?? 0;
  }
  for (const child of suite.suites) count(child, totals);
  return totals;
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

export function countReporter() {
  let started = 0;
  return {
    start() {
      started = Date.now();
    },
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, ms: 0 };
      /** engine → file → test time */
      const time = new Map();
      for (const session of sessions) {
        const before = totals.ms;
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load counts as a failure.
        if (!session.passed && !session.testResults?.tests.length && !session.testResults?.suites.length)
          totals.failed += 1;
        const engine = session.browser.name;
        if (!time.has(engine)) time.set(engine, new Map());
        const file = session.testFile.replace(`${process.cwd()}/`, '');
        time.get(engine).set(file, (time.get(engine).get(file) ?? 0) + totals.ms - before);
      }
      console.log(`\ntest time per engine (wall time of the run: ${seconds(Date.now() - started)}):`);
      for (const [engine, files] of time) {
        const sum = [...files.values()].reduce((a, b) => a + b, 0);
        const slowest = [...files].sort((a, b) => b[1] - a[1]).slice(0, 5);
        console.log(
          `  ${engine}: ${seconds(sum)} in ${files.size} files; slowest: ${slowest.map(([f, ms]) => `${f} ${seconds(ms)}`).join(', ')}`,
        );
      }
      console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
    },
  };
}
