// Rebuilds dist/ from src/ with ncc: one bundle per entry point. ncc never cleans its output
// folder, so each build goes into a fresh temporary folder that replaces dist/ only when every
// entry built: a failed build leaves the committed dist/ as it was.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

const entries = [
  ['src/action/index.ts', ''],
  ['src/cli/index.ts', 'cli'],
  // The scan worker threads' bundle (engine and file reader), moved to dist/cli/scan-worker.js:
  // the CLI and the Action both start it from there.
  ['src/scan/worker.ts', 'scan-worker'],
];
const tmp = mkdtempSync(path.join('.', '.dist-build-'));
try {
  for (const [entry, sub] of entries) {
    const out = path.join(tmp, sub);
    try {
      execFileSync('npx', ['ncc', 'build', entry, '-o', out, '-m', '--license', 'licenses.txt', '-q'], { stdio: ['ignore', 'ignore', 'inherit'] });
    } catch {
      console.error(`bundle: ncc could not build ${entry} (see the error above); dist/ was left unchanged`);
      process.exit(1);
    }
  }
  renameSync(path.join(tmp, 'scan-worker', 'index.js'), path.join(tmp, 'cli', 'scan-worker.js'));
  rmSync(path.join(tmp, 'scan-worker'), { recursive: true, force: true });
  // The pre-commit hook runs the CLI bundle directly (language: script): it must be executable.
  chmodSync(path.join(tmp, 'cli', 'index.js'), 0o755);
  rmSync('dist', { recursive: true, force: true });
  renameSync(tmp, 'dist');
  chmodSync('dist', 0o755);
} finally {
  if (existsSync(tmp)) rmSync(tmp, { recursive: true, force: true });
}
