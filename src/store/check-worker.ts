// A worker thread that reads and checks a share of the register's files (see check-pool.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { checkFiles } from './check-files.js';
import type { CheckSettings, FileTask } from './check-files.js';
import { getValidators } from './validators.js';

const { tasks, settings } = workerData as { tasks: FileTask[]; settings: CheckSettings };
const validators = await getValidators();
parentPort?.postMessage(checkFiles(tasks, { validators, lang: settings.lang, config: settings.config }, settings.hash));
