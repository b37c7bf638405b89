/**
 * Every way the README and docs tell a user to run keylint resolves in this repository: each
 * `uses: keylint/keylint@REF`, each pre-commit `rev:` of the keylint repo and each `npx` of
 * keylint names a full commit SHA of this repository that holds what is used (the Action's
 * action.yml + bundle, the hook's .pre-commit-hooks.yaml, the CLI bundle). No tag that does
 * not exist (`@v1`), no package name we do not publish (`npx keylint`).
 */
import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

function docFiles(): string[] {
  const out = [join(ROOT, 'README.md')];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      // releasing.md describes the procedure with placeholders (`<R>`).
      else if (/\.(md|ya?ml)$/.test(e.name) && e.name !== 'releasing.md') out.push(p);
    }
  };
  walk(join(ROOT, 'docs'));
  return out;
}

interface Ref {
  where: string;
  kind: 'uses' | 'rev' | 'npx';
  ref: string;
}

function refs(): Ref[] {
  const out: Ref[] = [];
  for (const file of docFiles()) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      const where = `${relative(ROOT, file)}:${i + 1}`;
      for (const m of line.matchAll(/uses: keylint\/keylint@([^\s#]+)/g)) out.push({ where, kind: 'uses', ref: m[1]! });
      const rev = /^\s*rev: ([^\s#]+)/.exec(line);
      if (rev && /repo: https:\/\/github\.com\/keylint\/keylint\b/.test(lines[i - 1] ?? '')) out.push({ where, kind: 'rev', ref: rev[1]! });
      for (const m of line.matchAll(/\bnpx (?:--yes )?(\S+)/g)) {
        if (m[1] === 'tsc') continue;
        const git = /^github:keylint\/keylint#([0-9a-f]+)$/.exec(m[1]!);
        out.push({ where, kind: 'npx', ref: git ? git[1]! : `not-a-git-url:${m[1]}` });
      }
    });
  }
  return out;
}

const git = (args: string[]): string => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
const exists = (spec: string): boolean => {
  try {
    git(['cat-file', '-e', spec]);
    return true;
  } catch {
    return false;
  }
};
const shallow = ((): boolean => {
  try {
    return git(['rev-parse', '--is-shallow-repository']).trim() === 'true';
  } catch {
    return false;
  }
})();

const all = refs();
const NEEDS: Record<Ref['kind'], string[]> = {
  uses: ['action.yml', 'dist/index.js'],
  rev: ['.pre-commit-hooks.yaml', 'dist/cli/index.js'],
  npx: ['package.json', 'dist/cli/index.js'],
};

describe('README and docs: every keylint reference resolves in this repository', () => {
  test('the docs do reference the Action, the hook and npx', () => {
    expect(new Set(all.map((r) => r.kind))).toEqual(new Set(['uses', 'rev', 'npx']));
  });

  test.each(all.map((r) => [`${r.where} ${r.kind} ${r.ref.slice(0, 12)}`, r] as const))('%s', (_label, r) => {
    // A full commit SHA: a tag or branch can move, and `v1` does not exist.
    expect([r.where, /^[0-9a-f]{40}$/.test(r.ref)]).toEqual([r.where, true]);
    // (A shallow clone may lack the commit; the format is still checked above.)
    if (shallow) return;
    expect([r.where, exists(`${r.ref}^{commit}`)]).toEqual([r.where, true]);
    for (const f of NEEDS[r.kind]) expect([r.where, f, exists(`${r.ref}:${f}`)]).toEqual([r.where, f, true]);
  });

  test('all references name the same release commit', () => {
    expect(new Set(all.map((r) => r.ref)).size).toBe(1);
  });
});
