// Command lines for the tools under comparison, and readers of their JSON reports.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const KEYLINT_CLI = 'dist/cli/index.js';
const SECRETLINT_BIN = 'node_modules/secretlint/bin/secretlint.js';
const SECRETLINT_CONFIG = JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] });

/** `keylint scan` as a user runs it, JSON report into `output`. */
export function keylintScanArgs(repoRoot, paths, output, extra = []) {
  return [path.join(repoRoot, KEYLINT_CLI), 'scan', ...paths, '--format', 'json', '--output', output, '--no-default-excludes', ...extra];
}

/** Reads keylint's JSON report: stats and findings (file, line, rule, commit in history scans — the values are redacted already). */
export function readKeylintReport(file) {
  const r = JSON.parse(readFileSync(file, 'utf8'));
  return { stats: r.stats, findings: r.findings.map((f) => ({ file: f.file, line: f.line, rule: f.rule, ...(f.commit ? { commit: f.commit } : {}) })), notices: r.notices ?? [] };
}

export function secretlintAvailable(repoRoot) {
  return existsSync(path.join(repoRoot, SECRETLINT_BIN));
}

/** secretlint with its recommended preset over `dirs` (globs), masked JSON into `output`. */
export function secretlintArgs(repoRoot, dirs, output) {
  return [
    path.join(repoRoot, SECRETLINT_BIN),
    ...dirs.map((d) => `${d}/**/*`),
    '--format', 'json',
    '--output', output,
    '--secretlintrcJSON', SECRETLINT_CONFIG,
    '--no-gitignore',
    '--no-color',
  ];
}

/** Files secretlint looked at and messages it reported (secrets are masked by secretlint). */
export function readSecretlintReport(file) {
  const r = JSON.parse(readFileSync(file, 'utf8'));
  return { files: r.length, findings: r.reduce((s, f) => s + f.messages.length, 0) };
}

/** gitleaks on PATH (never downloaded): its version line, or undefined. */
export function gitleaksVersion() {
  const res = spawnSync('gitleaks', ['version'], { encoding: 'utf8' });
  return res.status === 0 ? res.stdout.trim() : undefined;
}

/** gitleaks v8 directory scan (`dir` since 8.19, `detect --no-git` before), redacted report. */
export function gitleaksArgs(version, dir, output) {
  const [maj, min] = (version.match(/(\d+)\.(\d+)/) ?? [0, '8', '0']).slice(1).map(Number);
  const modern = maj > 8 || (maj === 8 && min >= 19);
  const common = ['--report-format', 'json', '--report-path', output, '--redact', '--no-banner', '--exit-code', '0'];
  return modern ? ['dir', dir, ...common] : ['detect', '--no-git', '--source', dir, ...common];
}
