#!/usr/bin/env node
// Noise figure: run the bundled CLI over real source trees that hold no live keys, once with
// `--no-default-excludes` ("before") and once with the default excludes ("after"), and print
// MB scanned, files, findings, findings per rule and wall time per tree. With --details, every
// "after" finding is listed with its surrounding line, the value masked to the CLI's redacted
// form (never the raw value). See docs/noise.md for the method and the classified findings.
//
// Usage: node scripts/noise/run.mjs [--cli PATH] [--out DIR] [--details] [NAME=]TREE...
//   NAME=TREE   label a tree (default label: the tree's base name)
//   --cli       bundled CLI (default dist/cli/index.js of this repository)
//   --out       where the JSON reports are kept (default: a folder under the OS temp dir)
// Exit: 0 when every run completed (findings are expected), 2 when a run crashed or on error.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MODES = [
  { mode: 'before', args: ['--no-default-excludes'] },
  { mode: 'after', args: [] },
];

function fail(msg) {
  process.stderr.write(`noise: ${msg}\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { cli: join(ROOT, 'dist', 'cli', 'index.js'), out: join(tmpdir(), 'keylint-noise'), details: false, trees: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--cli') opts.cli = resolve(argv[++i] ?? fail('--cli needs a path'));
    else if (a === '--out') opts.out = resolve(argv[++i] ?? fail('--out needs a folder'));
    else if (a === '--details') opts.details = true;
    else if (a === '--help' || a === '-h') {
      process.stdout.write('usage: node scripts/noise/run.mjs [--cli PATH] [--out DIR] [--details] [NAME=]TREE...\n');
      process.exit(0);
    } else if (a.startsWith('-')) fail(`unknown option ${a}`);
    else {
      const eq = a.indexOf('=');
      const path = resolve(eq > 0 ? a.slice(eq + 1) : a);
      const name = eq > 0 ? a.slice(0, eq) : basename(path);
      if (!existsSync(path) || !statSync(path).isDirectory()) fail(`not a folder: ${path}`);
      opts.trees.push({ name, path });
    }
  }
  if (opts.trees.length === 0) fail('give at least one tree to scan (see --help)');
  if (!existsSync(opts.cli)) fail(`CLI bundle not found: ${opts.cli} (run npm run bundle, or pass --cli)`);
  return opts;
}

/**
 * The CLI lists files with `git ls-files` inside a work tree, so a tree that a parent repository
 * ignores (node_modules, ~/.pyenv/versions) would list nothing. Stopping git's discovery at the
 * tree's parent makes such a tree a plain folder; a tree that is itself a repository stays one.
 */
function runOnce(cli, tree, mode, extra, outFile) {
  const env = { ...process.env, GIT_CEILING_DIRECTORIES: dirname(tree.path), NO_COLOR: '1' };
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, 'scan', tree.path, '--format', 'json', '--output', outFile, '-v', ...extra], {
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) {
    return { tree: tree.name, mode, crashed: true, status: r.status, stderr: (r.stderr ?? '').trim().split('\n').slice(-3).join(' | '), wallMs };
  }
  const report = JSON.parse(readFileSync(outFile, 'utf8'));
  const perRule = {};
  for (const f of report.findings) {
    const k = `${f.rule} (${f.provider})`;
    perRule[k] = (perRule[k] ?? 0) + 1;
  }
  return {
    tree: tree.name,
    mode,
    crashed: false,
    files: report.stats.files,
    bytes: report.stats.bytes,
    skipped: report.stats.skipped,
    notices: report.notices ?? [],
    scope: report.scope ?? '',
    findings: report.findings,
    perRule,
    engineMs: report.stats.durationMs,
    wallMs,
  };
}

const mb = (b) => (b / 1e6).toFixed(1);

function printTable(results) {
  const rows = [['tree', 'mode', 'MB', 'files', 'skipped', 'findings', 'wall s', 'MB/s (wall)']];
  for (const r of results) {
    if (r.crashed) rows.push([r.tree, r.mode, '-', '-', '-', `CRASH (exit ${r.status})`, (r.wallMs / 1000).toFixed(2), '-']);
    else rows.push([r.tree, r.mode, mb(r.bytes), String(r.files), String(r.skipped), String(r.findings.length), (r.wallMs / 1000).toFixed(2), (r.bytes / 1e6 / (r.wallMs / 1000)).toFixed(0)]);
  }
  printMarkdown(rows);
}

function printMarkdown(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  process.stdout.write(`${line(rows[0])}\n| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |\n`);
  for (const r of rows.slice(1)) process.stdout.write(`${line(r)}\n`);
}

function printPerRule(results) {
  const byTree = new Map();
  for (const r of results) {
    if (r.crashed) continue;
    const t = byTree.get(r.tree) ?? { before: {}, after: {} };
    t[r.mode] = r.perRule;
    byTree.set(r.tree, t);
  }
  const rows = [['tree', 'rule (provider)', 'before', 'after']];
  for (const [tree, t] of byTree) {
    const rules = [...new Set([...Object.keys(t.before), ...Object.keys(t.after)])].sort();
    for (const rule of rules) rows.push([tree, rule, String(t.before[rule] ?? 0), String(t.after[rule] ?? 0)]);
  }
  process.stdout.write('\n');
  if (rows.length > 1) printMarkdown(rows);
  else process.stdout.write('(no findings in any run)\n');
}

/**
 * The line around a finding with every occurrence of the value replaced by the CLI's redacted
 * form. The raw value is read from the scanned file only to be masked; it is never printed.
 */
function maskedContext(treePath, f) {
  let text;
  try {
    text = readFileSync(join(treePath, f.file), 'utf8');
  } catch {
    return '(file unreadable)';
  }
  const lines = text.split(/\r?\n/);
  const line = lines[f.line - 1] ?? '';
  const start = f.column - 1;
  const end = (f.endLine ?? f.line) === f.line ? f.endColumn - 1 : line.length;
  const value = line.slice(start, end);
  const mask = `«${f.redacted.replace(/ \(\d+ chars\)$/, '')}»`;
  let masked = value.length >= 4 ? line.split(value).join(mask) : line.slice(0, start) + mask + line.slice(end);
  // Other key-shaped tokens on the line (a neighbouring fixture key, a hash) are masked too.
  masked = masked.replace(/[A-Za-z0-9+/_=-]{20,}/g, (t) => (/[0-9]/.test(t) && /[A-Za-z]/.test(t) ? `${t.slice(0, 4)}…${t.slice(-3)}` : t));
  const at = masked.indexOf(mask);
  if (masked.length > 200) masked = `${at > 90 ? '…' : ''}${masked.slice(Math.max(0, at - 90), at + mask.length + 90)}…`;
  return masked.trim();
}

function printDetails(results, trees) {
  for (const r of results) {
    if (r.crashed || r.mode !== 'after' || r.findings.length === 0) continue;
    const tree = trees.find((t) => t.name === r.tree);
    process.stdout.write(`\n## ${r.tree}: ${r.findings.length} findings after default excludes\n`);
    for (const f of r.findings) {
      process.stdout.write(`${f.file}:${f.line}\t${f.rule}\t${f.confidence}\t${f.redacted}\t${maskedContext(tree.path, f)}\n`);
    }
  }
}

const opts = parseArgs(process.argv.slice(2));
mkdirSync(opts.out, { recursive: true });
const results = [];
for (const tree of opts.trees) {
  for (const { mode, args } of MODES) {
    const outFile = join(opts.out, `${tree.name}-${mode}.json`);
    results.push(runOnce(opts.cli, tree, mode, args, outFile));
  }
}
printTable(results);
printPerRule(results);
for (const r of results) {
  if (r.crashed) process.stdout.write(`\n${r.tree} ${r.mode}: CLI exited ${r.status}: ${r.stderr}\n`);
  else if (r.notices.length > 0) process.stdout.write(`\n${r.tree} ${r.mode} notices: ${r.notices.join(' | ')}\n`);
}
if (opts.details) printDetails(results, opts.trees);
writeFileSync(
  join(opts.out, 'summary.json'),
  `${JSON.stringify(results.map(({ findings, ...rest }) => ({ ...rest, findingCount: findings?.length ?? 0 })), null, 2)}\n`,
);
process.stdout.write(`\nJSON reports: ${opts.out}\n`);
process.exit(results.some((r) => r.crashed) ? 2 : 0);
