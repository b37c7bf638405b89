/** Entry of the bundled action (dist/index.js): the runner starts it with `node`. */
import '../v8-tuning.js';
import { fileURLToPath } from 'node:url';
import { isScanWorker, registerWorkerEntry, runScanWorker } from '../scan/parallel.js';
import { run } from './run.js';

if (isScanWorker()) {
  runScanWorker();
} else {
  // Full-tree scans (schedule, workflow_dispatch) run on worker threads from this bundle.
  registerWorkerEntry(fileURLToPath(import.meta.url));
  await run();
}
