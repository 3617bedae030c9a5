// Vitest's global setup: every temporary folder of a run (registers, sites, browser profiles,
// anything made under the system's temporary folder) goes into one folder of the run, removed
// when the run ends. The workers inherit the variables. SAK_KEEP_TEMP=1 keeps it, to look into
// a failed test's register.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), 'sak-tests-'));
  // os.tmpdir() reads TMPDIR on POSIX, TEMP and TMP on Windows.
  for (const name of ['TMPDIR', 'TEMP', 'TMP']) process.env[name] = root;
  return () => {
    if (process.env.SAK_KEEP_TEMP === '1') console.log(`The run's temporary folders are kept in ${root}.`);
    else rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  };
}
