#!/usr/bin/env node
/**
 * Points every reference to keylint in README.md and docs/ at one release commit:
 * `uses: keylint/keylint@SHA`, pre-commit `rev: SHA` (under `repo: https://github.com/keylint/keylint`)
 * and `npx --yes github:keylint/keylint#SHA`. Used by the release procedure (docs/releasing.md);
 * __tests__/docs-refs.test.ts checks that each one resolves in this repository.
 *
 *   node scripts/pin-docs.mjs <commit> [version]
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [rev, version] = process.argv.slice(2);
if (!rev) {
  process.stderr.write('usage: node scripts/pin-docs.mjs <commit> [version]\n');
  process.exit(2);
}
let sha;
try {
  sha = execFileSync('git', ['rev-parse', '--verify', `${rev}^{commit}`], { cwd: ROOT, encoding: 'utf8' }).trim();
} catch {
  process.stderr.write(`pin-docs: ${rev} is not a commit of this repository\n`);
  process.exit(2);
}
const label = version ? `v${version.replace(/^v/, '')}` : undefined;

function docFiles(root) {
  const out = [path.join(root, 'README.md')];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      // releasing.md describes this procedure with placeholders.
      else if (/\.(md|ya?ml)$/.test(e.name) && e.name !== 'releasing.md') out.push(p);
    }
  };
  walk(path.join(root, 'docs'));
  return out;
}

let changed = 0;
for (const file of docFiles(ROOT)) {
  const before = readFileSync(file, 'utf8');
  const comment = label ? ` # ${label}` : '';
  const after = before
    .replace(/(uses: keylint\/keylint)@[^\s#]+(?:[ \t]+# v[\w.-]+)?/g, `$1@${sha}${comment}`)
    .replace(/(repo: https:\/\/github\.com\/keylint\/keylint[^\n]*\n(\s*)rev: )[^\s#]+(?:[ \t]+# v[\w.-]+)?/g, `$1${sha}${comment}`)
    .replace(/npx (?:--yes )?(?:github:keylint\/keylint#[0-9a-f]{40}|keylint)(?= )/g, `npx --yes github:keylint/keylint#${sha}`)
    // One comment per line: `@SHA # v0.2.0: every commit of the PR …`.
    .replace(/ # (v[\w.-]+)[ \t]+# /g, ' # $1: ');
  if (after !== before) {
    writeFileSync(file, after);
    changed++;
  }
}
process.stdout.write(`pin-docs: ${changed} ${changed === 1 ? "file" : "files"} now point at ${sha}\n`);
