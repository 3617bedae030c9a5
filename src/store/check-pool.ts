import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileCheckContext, FileCheckResult } from '../core/validate/check-file.js';
import { checkFiles } from './check-files.js';
import type { CheckSettings, FileOutcome, FileTask } from './check-files.js';

/** Below this many files to check, starting worker threads costs more than it saves. */
const PARALLEL_THRESHOLD = 1500;

const WORKER_URL = new URL('./check-worker.js', import.meta.url);

/**
 * Reads and checks many files, sharing them between this thread and worker threads on a
 * multi-core machine (each worker loads the validators once). Outcomes come back in task order.
 */
export async function checkFilesInParallel(
  tasks: readonly FileTask[],
  context: FileCheckContext,
  settings: CheckSettings,
  reuse?: (task: FileTask, hash: string) => FileCheckResult | undefined,
): Promise<FileOutcome[]> {
  const workers = Math.min(availableParallelism() - 1, 3, Math.floor(tasks.length / PARALLEL_THRESHOLD));
  // Under the test runner the sources are TypeScript and no worker module is built.
  if (workers < 1 || !existsSync(fileURLToPath(WORKER_URL))) return checkFiles(tasks, context, settings.hash, reuse);
  // Workers start a little later than this thread, so they take a slightly smaller share each.
  const share = Math.floor(tasks.length / (workers + 1.2));
  const chunks: FileTask[][] = [];
  for (let i = 0; i < workers; i += 1) chunks.push(tasks.slice(tasks.length - (i + 1) * share, tasks.length - i * share));
  const own = tasks.slice(0, tasks.length - workers * share);
  const pending = chunks.map((chunk) => runWorker(chunk, settings));
  const mine = checkFiles(own, context, settings.hash, reuse);
  const theirs = await Promise.all(pending);
  return [...mine, ...theirs.reverse().flat()];
}

function runWorker(tasks: FileTask[], settings: CheckSettings): Promise<FileOutcome[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL, { workerData: { tasks, settings } });
    worker.once('message', (outcomes: FileOutcome[]) => {
      resolve(outcomes);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`check worker stopped with exit code ${code}`));
    });
  });
}
