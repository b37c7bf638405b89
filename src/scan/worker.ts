/**
 * Entry of the scan worker bundle (dist/cli/scan-worker.js): only the engine and the file
 * reader, so a worker thread boots in a fraction of the time the full CLI bundle takes.
 */
import { runScanWorker } from './parallel.js';

runScanWorker();
