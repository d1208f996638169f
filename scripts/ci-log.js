// `npm test 2>&1 | node scripts/ci-log.js LOG`: passes the output through
// unchanged and writes it to LOG with the time each line arrived (ms since
// the epoch, a tab, the line), so scripts/test-totals.js can tell how long
// each Wireit script ran.
import { createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';

const log = createWriteStream(process.argv[2]);
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  process.stdout.write(`${line}\n`);
  log.write(`${Date.now()}\t${line}\n`);
}
log.end();
