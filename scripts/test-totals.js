// Reads the output of `npm test` (every suite's own summary) and prints one
// closing line for all of them: "tests: N passed, N failed, N skipped".
// Suites: the browser tests ("tests: N passed, N failed, N skipped") and
// node's test runner (TAP "# pass N", or spec "ℹ pass N").
import { readFileSync } from 'node:fs';

const log = readFileSync(process.argv[2], 'utf8');
const totals = { passed: 0, failed: 0, skipped: 0 };
for (const [, passed, failed, skipped] of log.matchAll(/^tests: (\d+) passed, (\d+) failed, (\d+) skipped$/gm)) {
  totals.passed += Number(passed);
  totals.failed += Number(failed);
  totals.skipped += Number(skipped);
}
for (const [, key, count] of log.matchAll(/^(?:# |ℹ )(pass|fail|skipped) (\d+)$/gm)) {
  totals[{ pass: 'passed', fail: 'failed', skipped: 'skipped' }[key]] += Number(count);
}
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
