// Rebuilds dist/ from src/ with ncc: one bundle per entry point.
// ncc never cleans its output folder, so dist/ is removed first.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const entries = [
  ['src/action/index.ts', 'dist'],
  ['src/cli/index.ts', 'dist/cli'],
];
rmSync('dist', { recursive: true, force: true });
for (const [entry, out] of entries) {
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '-m', '--license', 'licenses.txt', '-q'], { stdio: 'inherit' });
}
