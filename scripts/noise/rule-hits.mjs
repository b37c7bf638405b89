#!/usr/bin/env node
// Which findings some providers' rules give on real trees with no live keys: the precision check
// for new provider records. Runs the bundled CLI (`npm run bundle` first) once per tree with the
// default excludes, keeps the findings of the named providers (all, without --providers), and
// prints each with its line, the value masked to the CLI's redacted form (never the raw value).
//
// Usage: node scripts/noise/rule-hits.mjs [--cli PATH] [--providers id,id,...] TREE...
// Exit: 0 when no finding of those providers was seen, 1 when some were, 2 on error.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function fail(msg) {
  process.stderr.write(`rule-hits: ${msg}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let cli = join(ROOT, 'dist', 'cli', 'index.js');
let wanted;
const trees = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--cli') cli = resolve(args[++i] ?? fail('--cli needs a path'));
  else if (a === '--providers') wanted = new Set((args[++i] ?? fail('--providers needs ids')).split(',').map((s) => s.trim()).filter(Boolean));
  else if (a.startsWith('-')) fail(`unknown option ${a}`);
  else {
    const p = resolve(a);
    if (!existsSync(p) || !statSync(p).isDirectory()) fail(`not a folder: ${p}`);
    trees.push(p);
  }
}
if (trees.length === 0) fail('usage: node scripts/noise/rule-hits.mjs [--cli PATH] [--providers id,id] TREE...');
if (!existsSync(cli)) fail(`CLI bundle not found: ${cli} (run npm run bundle)`);

const out = mkdtempSync(join(tmpdir(), 'keylint-rule-hits-'));
let total = 0;
try {
  for (const tree of trees) {
    const file = join(out, 'report.json');
    const r = spawnSync(process.execPath, [cli, 'scan', tree, '--format', 'json', '--output', file], {
      env: { ...process.env, GIT_CEILING_DIRECTORIES: dirname(tree), NO_COLOR: '1' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (r.status !== 0 && r.status !== 1) fail(`scan of ${tree} failed (exit ${r.status}): ${(r.stderr ?? '').trim().split('\n').pop()}`);
    const report = JSON.parse(readFileSync(file, 'utf8'));
    const hits = report.findings.filter((f) => !wanted || wanted.has(f.provider));
    total += hits.length;
    process.stdout.write(`${tree}: ${(report.stats.bytes / 1e6).toFixed(1)} MB, ${report.stats.files} files, ${hits.length} finding(s)${wanted ? ' of those providers' : ''}\n`);
    for (const f of hits) {
      let line = '';
      try {
        line = readFileSync(join(tree, f.file), 'utf8').split('\n')[f.line - 1] ?? '';
      } catch {
        // unreadable now: show the location only
      }
      // The value itself never goes to the terminal: the line with the secret span masked.
      const masked = f.line === f.endLine ? line.slice(0, f.column - 1) + f.redacted + line.slice(f.endColumn - 1) : f.redacted;
      process.stdout.write(`  ${f.file}:${f.line}:${f.column}  ${f.rule}  ${masked.trim().slice(0, 200)}\n`);
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
process.exit(total > 0 ? 1 : 0);
