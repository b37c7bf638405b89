#!/usr/bin/env node
import '../v8-tuning.js';
import { fileURLToPath } from 'node:url';
import { isScanWorker, registerWorkerEntry, runScanWorker } from '../scan/parallel.js';
import { processIo } from './io.js';
import { main } from './main.js';

if (isScanWorker()) {
  runScanWorker();
} else {
  // Large scans run on worker threads started from this same bundle.
  registerWorkerEntry(fileURLToPath(import.meta.url));
  process.exitCode = await main(process.argv.slice(2), processIo());
}
