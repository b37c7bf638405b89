#!/usr/bin/env node
import '../v8-tuning.js';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isScanWorker, registerWorkerEntry, runScanWorker } from '../scan/parallel.js';
import { processIo } from './io.js';
import { main } from './main.js';

if (isScanWorker()) {
  runScanWorker();
} else {
  // Large scans run on worker threads (the slim bundle next to this one).
  const self = fileURLToPath(import.meta.url);
  registerWorkerEntry(self, path.join(path.dirname(self), 'scan-worker.js'));
  process.exitCode = await main(process.argv.slice(2), processIo());
}
