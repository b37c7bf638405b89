#!/usr/bin/env node
/**
 * Entry of the CLI bundle (dist/cli/index.js). It loads only what starts worker threads; the
 * CLI itself is imported after that, so a whole-tree scan's workers boot while it loads.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isScanWorker, prestartScanWorkers, registerWorkerEntry } from '../scan/workers.js';
import { treeScanGuess } from './tree-scan.js';

if (isScanWorker()) {
  const { runScanWorker } = await import('../scan/parallel.js');
  runScanWorker();
} else {
  const self = fileURLToPath(import.meta.url);
  registerWorkerEntry(self, path.join(path.dirname(self), 'scan-worker.js'));
  const argv = process.argv.slice(2);
  const treeScan = treeScanGuess(argv);
  if (treeScan) prestartScanWorkers(treeScan.maxFileSize);
  const [{ main }, { processIo }] = await Promise.all([import('./main.js'), import('./io.js')]);
  process.exitCode = await main(argv, processIo());
}
