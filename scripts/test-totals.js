// Reads the output of `npm test` (every suite's own summary) and prints one
// closing line for all of them: "tests: N passed, N failed, N skipped".
// Suites: the browser tests ("tests: N passed, N failed, N skipped") and
// node's test runner (TAP "# pass N", or spec "ℹ pass N").
// A log written by scripts/ci-log.js has each line's time in front; then it
// prints first how long each Wireit script ran (simple logger: from
// `🏃 [name] Running command` to `✅ [name] Executed successfully` or `❌ [name] …`).
import { readFileSync } from 'node:fs';

const lines = readFileSync(process.argv[2], 'utf8')
  .split('\n')
  .map((line) => {
    const [, time, text] = line.match(/^(\d{13})\t(.*)$/) ?? [];
    return time ? { time: Number(time), text } : { time: undefined, text: line };
  });

const started = new Map();
const durations = [];
for (const { time, text } of lines) {
  if (time === undefined) continue;
  const [, mark, name, rest] = text.match(/^(🏃|✅|❌)\s*\[([^\]]+)\]\s*(.*)$/u) ?? [];
  if (!name) continue;
  if (mark === '🏃' && rest.startsWith('Running')) started.set(name, time);
  else if (started.has(name) && (mark === '❌' || rest.startsWith('Executed'))) {
    durations.push({ name, ms: time - started.get(name), failed: mark === '❌' });
    started.delete(name);
  }
}
if (durations.length) {
  const times = lines.map((l) => l.time).filter((t) => t !== undefined);
  const [first, last] = [Math.min(...times), Math.max(...times)];
  const width = Math.max(...durations.map((d) => d.name.length));
  console.log('time per script (scripts that ran; cached ones cost nothing):');
  for (const { name, ms, failed } of durations.sort((a, b) => b.ms - a.ms)) {
    console.log(`  ${name.padEnd(width)}  ${(ms / 1000).toFixed(1).padStart(6)} s${failed ? '  (failed)' : ''}`);
  }
  console.log(`  ${'npm test'.padEnd(width)}  ${((last - first) / 1000).toFixed(1).padStart(6)} s in all`);
}

const log = lines.map((l) => l.text).join('\n');
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
