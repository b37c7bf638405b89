/** Entry of the bundled action (dist/index.js): the runner starts it with `node`. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runScanWorker } from '../scan/parallel.js';
import { isScanWorker, registerWorkerEntry } from '../scan/workers.js';
import { run } from './run.js';

if (isScanWorker()) {
  runScanWorker();
} else {
  // Full-tree scans (schedule, workflow_dispatch) run on worker threads (dist/cli/scan-worker.js).
  const self = fileURLToPath(import.meta.url);
  registerWorkerEntry(self, path.join(path.dirname(self), 'cli', 'scan-worker.js'));
  await run();
}
