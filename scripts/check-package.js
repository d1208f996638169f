// `npm run test:package`: the packed tarball, as npm would publish it,
// checked by publint (--strict) and arethetypeswrong (ESM: node16 from ESM,
// and bundler resolution). Either tool's complaint fails the run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const scratch = mkdtempSync(join(tmpdir(), 'mmn-pack-'));
const bin = (name) => join('node_modules', '.bin', name);
try {
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], { encoding: 'utf8' }),
  );
  const tarball = join(scratch, filename);
  execFileSync(bin('publint'), ['run', '--strict', tarball], { stdio: 'inherit' });
  execFileSync(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'table-flipped'], { stdio: 'inherit' });
  console.log('package: publint --strict and arethetypeswrong (esm-only) found nothing');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
