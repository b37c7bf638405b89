/**
 * Moving from gitleaks without re-triaging, end to end through the bundled CLI in a temporary
 * git repository: `.gitleaksignore`, the allowlists of `.gitleaks.toml`, gitleaks rule ids in
 * `.keylint.yml`, and `gitleaks:allow`. No output ever holds a raw key.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { GitRepo } from './support/git-repo.js';
import { actionRunnerEnv, bundles, cleanEnv, leaks, runCli, runNode, runnerDir, STACK_FRAME } from './support/hardening.js';
import { fakeOpenAiKey, scanJson, where } from './support/migrate-fixtures.js';

const k = [1, 2, 3, 4, 5, 6].map((i) => fakeOpenAiKey(9000 + i));
const [k1, k2, k3, k4, k5, k6] = k as [string, string, string, string, string, string];
const stopword = k5.slice(30, 40);

let repo: GitRepo;
let c1: string;
let c2: string;
const outputs: string[] = [];

async function scan(args: string[]) {
  const s = await scanJson(repo.dir, args);
  outputs.push(s.proc.stdout, s.proc.stderr);
  return s;
}
function setFile(name: string, text: string | undefined): void {
  if (text === undefined) rmSync(join(repo.dir, name), { force: true });
  else repo.write(name, text);
}

beforeAll(() => {
  bundles();
  repo = GitRepo.init();
  repo.write('src/a.py', `OPENAI_API_KEY = "${k1}"\n`);
  repo.write('src/b.py', `# client\nOPENAI_API_KEY = "${k2}"\n`);
  repo.write('fixtures/c.py', `OPENAI_API_KEY = "${k3}"\n`);
  repo.write('src/d.py', `OPENAI_API_KEY = "${k4}"  # gitleaks:allow\n`);
  repo.write('src/e.py', `OPENAI_API_KEY = "${k5}"\n`);
  c1 = repo.commit('one');
  repo.write('src/f.py', `OPENAI_API_KEY = "${k6}"\n`);
  c2 = repo.commit('two');
}, 300_000);

afterAll(() => {
  // Whatever ran, no output held a key.
  expect(outputs.flatMap((o) => leaks(o, k))).toEqual([]);
  repo.cleanup();
});

describe('baseline of the fixture (no gitleaks files)', () => {
  test('every planted key but the gitleaks:allow one is found; gitleaks:allow keeps working', async () => {
    const s = await scan(['scan']);
    expect(s.proc.code).toBe(1);
    expect(where(s.findings)).toEqual(['fixtures/c.py:1', 'src/a.py:1', 'src/b.py:2', 'src/e.py:1', 'src/f.py:1']);
    expect(s.findings.every((f) => f.rule === 'openai-project-key')).toBe(true);
  });
});

describe('.gitleaksignore', () => {
  afterAll(() => setFile('.gitleaksignore', undefined));

  test('file:rule:line entries, with gitleaks or keylint rule ids, suppress in tree scans and are counted', async () => {
    setFile('.gitleaksignore', ['# triaged with gitleaks', '', 'src/a.py:openai-api-key:1', 'src/b.py:openai-project-key:2', 'src/e.py:openai-api-key:7', 'fixtures/c.py:generic-api-key:1', ''].join('\n'));
    const s = await scan(['scan']);
    // e.py's entry names another line and c.py's another rule: both still reported.
    expect(where(s.findings)).toEqual(['fixtures/c.py:1', 'src/e.py:1', 'src/f.py:1']);
    expect(s.notices).toContain('2 findings suppressed by .gitleaksignore');
    const text = await runCli(['scan'], { cwd: repo.dir, env: cleanEnv() });
    outputs.push(text.stdout, text.stderr);
    expect(text.stdout).toMatch(/notice: 2 findings suppressed by \.gitleaksignore/);
  });

  test('commit:file:rule:line entries suppress that commit only; file:rule:line entries every commit (history, commits)', async () => {
    setFile('.gitleaksignore', [`${c2}:src/f.py:openai-api-key:1`, `${c1}:src/e.py:openai-api-key:1`, 'src/a.py:openai-api-key:1'].join('\n'));
    const hist = await scan(['scan', '--history']);
    expect(where(hist.findings)).toEqual([`${c1.slice(0, 7)}:fixtures/c.py:1`, `${c1.slice(0, 7)}:src/b.py:2`].sort());
    expect(hist.notices).toContain('3 findings suppressed by .gitleaksignore');
    const range = await scan(['scan', '--commits', `${c1}..${c2}`]);
    expect(range.findings).toEqual([]);
    // A commit entry does not cover a finding without that commit (a tree scan).
    const tree = await scan(['scan']);
    expect(where(tree.findings)).toEqual(['fixtures/c.py:1', 'src/b.py:2', 'src/e.py:1', 'src/f.py:1']);
  });

  test('diff and staged scans and the hook honour it', async () => {
    setFile('.gitleaksignore', 'src/g.py:openai-api-key:1\n');
    repo.write('src/g.py', `OPENAI_API_KEY = "${k1}"\n`).add('src/g.py');
    const staged = await scan(['scan', '--staged']);
    expect(staged.findings).toEqual([]);
    expect(staged.notices).toContain('1 finding suppressed by .gitleaksignore');
    const hook = await runCli(['hook', 'src/g.py'], { cwd: repo.dir, env: cleanEnv() });
    outputs.push(hook.stdout, hook.stderr);
    expect(hook.code).toBe(0);
    setFile('.gitleaksignore', '');
    const blocked = await runCli(['hook', 'src/g.py'], { cwd: repo.dir, env: cleanEnv() });
    outputs.push(blocked.stdout, blocked.stderr);
    expect(blocked.code).toBe(1);
    repo.git('rm', '-q', '--cached', 'src/g.py');
    setFile('src/g.py', undefined);
    setFile('.gitleaksignore', 'src/f.py:openai-api-key:1\n');
    const diff = await scan(['scan', '--diff', `${c1}..${c2}`]);
    expect(diff.findings).toEqual([]);
    expect(diff.notices).toContain('1 finding suppressed by .gitleaksignore');
  });

  test('a line that is not a fingerprint is a one-line warning on stderr, and the rest still applies', async () => {
    setFile('.gitleaksignore', 'src/a.py:openai-api-key:1\nnot a fingerprint\n');
    const s = await scan(['scan']);
    expect(s.proc.stderr).toBe('.gitleaksignore:2: not a gitleaks fingerprint (file:rule-id:line or commit:file:rule-id:line); ignored\n');
    expect(where(s.findings)).not.toContain('src/a.py:1');
  });

  test('the .gitleaksignore file itself is never a finding', async () => {
    setFile('.gitleaksignore', `src/a.py:openai-api-key:1\n# OPENAI_API_KEY = "${k6}"\n`);
    const s = await scan(['scan']);
    expect(s.findings.map((f) => f.file)).not.toContain('.gitleaksignore');
    expect(s.notices).toContain("1 finding in secret scanners' own files (.gitleaksignore) not reported: they hold hashes and fingerprints, not secrets");
  });
});

describe('.gitleaks.toml allowlists', () => {
  afterAll(() => setFile('.gitleaks.toml', undefined));

  test('[allowlist] paths and stopwords, [[allowlists]] commits and (?i) regexes with targetRules and condition', async () => {
    setFile(
      '.gitleaks.toml',
      [
        'title = "team config"',
        '[allowlist]',
        'description = "global"',
        "paths = ['''^fixtures/''']",
        `stopwords = ["${stopword.toUpperCase()}"]`,
        '',
        '[[allowlists]]',
        'targetRules = ["openai-api-key"]',
        `regexes = ['''(?i)^${k1.slice(0, 20).toUpperCase()}''']`,
        '[[allowlists]]',
        'condition = "AND"',
        `commits = ["${c2}"]`,
        "paths = ['''^src/b\\.py$''']", // AND: commit c2 did not add b.py, so b.py stays
      ].join('\n'),
    );
    const s = await scan(['scan']);
    expect(where(s.findings)).toEqual(['src/b.py:2', 'src/f.py:1']);
    expect(s.notices).toContain('3 findings suppressed by the allowlists of .gitleaks.toml');
    expect(s.proc.stderr).toBe('');
    const hist = await scan(['scan', '--history']);
    expect(where(hist.findings)).toEqual([`${c1.slice(0, 7)}:src/b.py:2`, `${c2.slice(0, 7)}:src/f.py:1`].sort());
  });

  test('commits allowlist (OR) drops what that commit added', async () => {
    setFile('.gitleaks.toml', `[allowlist]\ncommits = ["${c2.slice(0, 12)}"]\n`);
    const hist = await scan(['scan', '--history']);
    expect(hist.findings.map((f) => f.commit)).not.toContain(c2);
    expect(hist.findings).toHaveLength(4);
  });

  test('what keylint cannot honour is one warning line per key, with its line; the rest still applies', async () => {
    setFile(
      '.gitleaks.toml',
      [
        '[extend]', // 1
        'useDefault = true', // 2: what keylint does anyway, no warning
        'disabledRules = ["generic-api-key"]', // 3
        '[allowlist]', // 4
        "paths = ['''^fixtures/''', '''(a+)+$''', '''(?U)x''']", // 5
        'regexTarget = "line"', // 6
        "regexes = ['''.*''']",
        'mystery = 1', // 8
        '[[rules]]', // 9
        'id = "acme"',
        "regex = '''acme'''",
        'unknownTop = "x"', // 12 (inside [[rules]]: not top level)
      ].join('\n'),
    );
    const s = await scan(['scan']);
    expect(s.proc.code).toBe(1);
    const lines = s.proc.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      '.gitleaks.toml:3: "extend.disabledRules" is not supported by keylint; ignored (turn rules off with rules.disable in .keylint.yml; gitleaks ids work there)',
      expect.stringMatching(/^\.gitleaks\.toml:5: allowlist\.paths: regex "\(a\+\)\+\$" skipped: it is not linear-time: the repeated group/),
      '.gitleaks.toml:5: allowlist.paths: regex "(?U)x" skipped: the (?U) flag (ungreedy) has no JavaScript equivalent',
      '.gitleaks.toml:6: "allowlist.regexTarget" = "line" is not supported by keylint; ignored with this allowlist\'s regexes (keylint matches them against the secret only)',
      '.gitleaks.toml:8: "allowlist.mystery" is not supported by keylint; ignored',
      '.gitleaks.toml:9: "rules[0]" ("acme") defines a rule of its own: not supported by keylint; ignored (custom rules: write them as custom-rules in .keylint.yml)',
    ]);
    // paths still applied; the line-targeted `.*` was not (it would have allowed everything).
    expect(where(s.findings)).toEqual(['src/a.py:1', 'src/b.py:2', 'src/e.py:1', 'src/f.py:1']);
  });

  test('[[rules]] allowlists apply to the rule their id names (a gitleaks id maps to keylint\'s rule); an unknown id is a warning', async () => {
    setFile(
      '.gitleaks.toml',
      [
        '[extend]', // 1
        'useDefault = true',
        '[[rules]]', // 3
        'id = "openai-api-key"', // gitleaks' id of keylint's openai-project-key
        '[[rules.allowlists]]',
        "paths = ['''^src/a\\.py$''']",
        '[[rules]]', // 7
        'id = "aws-access-token"', // another rule: its allowlist does not touch OpenAI keys
        '[rules.allowlist]',
        "paths = ['''^src/b\\.py$''']",
        '[[rules]]', // 11
        'id = "no-such-rule"',
        '[[rules.allowlists]]',
        "paths = ['''^src/e\\.py$''']",
      ].join('\n'),
    );
    const s = await scan(['scan']);
    expect(where(s.findings)).toEqual(['fixtures/c.py:1', 'src/b.py:2', 'src/e.py:1', 'src/f.py:1']);
    expect(s.notices).toContain('1 finding suppressed by the allowlists of .gitleaks.toml');
    expect(s.proc.stderr).toBe('.gitleaks.toml:11: "rules[2]" ("no-such-rule"): neither a keylint rule nor a gitleaks rule keylint knows; its allowlists are ignored\n');
    // A rule's allowlist takes no targetRules (it is for that rule already).
    setFile('.gitleaks.toml', ['[[rules]]', 'id = "openai-api-key"', '[[rules.allowlists]]', 'targetRules = ["aws-access-token"]', "paths = ['''^src/a\\.py$''']"].join('\n'));
    const t = await scan(['scan']);
    expect(where(t.findings)).not.toContain('src/a.py:1');
    expect(t.proc.stderr).toBe('.gitleaks.toml:4: "rules[0].allowlists[0].targetRules" is not supported by keylint; ignored\n');
  });

  test('malformed TOML is one line naming file and line, exit 2, no stack trace', async () => {
    setFile('.gitleaks.toml', '[allowlist]\npaths = [\n  "a",\n  oops\n]\n');
    const s = await scan(['scan']);
    expect(s.proc.code).toBe(2);
    expect(s.proc.stderr).toBe('keylint: .gitleaks.toml:4: invalid TOML: invalid value "oops" (strings need quotes)\n');
    expect(s.proc.stderr).not.toMatch(STACK_FRAME);
  });
});

describe('gitleaks rule ids in .keylint.yml', () => {
  afterAll(() => setFile('.keylint.yml', undefined));

  test('rules.disable takes a gitleaks id (openai-api-key → openai-project-key)', async () => {
    setFile('.keylint.yml', 'rules:\n  disable: [openai-api-key]\n');
    const s = await scan(['scan']);
    expect(s.proc.code).toBe(0);
    expect(s.findings).toEqual([]);
  });

  test('an id that is neither is still an error', async () => {
    setFile('.keylint.yml', 'rules:\n  disable: [openai-api-kee]\n');
    const s = await scan(['scan']);
    expect(s.proc.code).toBe(2);
    expect(s.proc.stderr).toMatch(/^keylint: \.keylint\.yml:2:\d+: rules\.disable: unknown rule "openai-api-kee"/);
  });
});

describe('the GitHub Action', () => {
  afterAll(() => setFile('.gitleaksignore', undefined));

  async function action(eventName: string, payload: unknown): Promise<{ code: number | null; log: string; summary: string }> {
    const env = actionRunnerEnv(repo.dir, { eventName, payload, sha: c2 });
    try {
      const r = await runNode(bundles().action, [], { cwd: repo.dir, env });
      const summary = readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8');
      // `::add-mask::` lines hand the value to the runner, which hides it in the log: the one place it may appear.
      outputs.push(r.stdout.replace(/^::add-mask::.*$/gm, ''), r.stderr, summary);
      return { code: r.code, log: r.stdout + r.stderr, summary };
    } finally {
      rmSync(runnerDir(env), { recursive: true, force: true });
    }
  }

  test('a pull request (git range, per commit) and a manual run (tree) honour .gitleaksignore and .gitleaks.toml warnings', async () => {
    setFile('.gitleaksignore', 'src/f.py:openai-api-key:1\n');
    setFile('.gitleaks.toml', "[[rules]]\nid = \"x\"\nregex = '''x'''\n");
    const pr = await action('pull_request', { pull_request: { base: { sha: c1 }, head: { sha: c2 } } });
    expect(pr.code).toBe(0);
    expect(pr.log).not.toMatch(/src\/f\.py/);
    expect(pr.log).toContain('::warning title=keylint%3A partial or changed scan::.gitleaks.toml:1: "rules[0]" ("x") defines a rule of its own: not supported by keylint; ignored');
    setFile('.gitleaksignore', '');
    const blocked = await action('pull_request', { pull_request: { base: { sha: c1 }, head: { sha: c2 } } });
    expect(blocked.code).toBe(1);
    expect(blocked.log).toMatch(/src\/f\.py/);
    setFile('.gitleaksignore', ['src/a.py', 'src/b.py', 'src/e.py', 'src/f.py', 'fixtures/c.py'].map((f) => `${f}:openai-api-key:${f === 'src/b.py' ? 2 : 1}`).join('\n'));
    setFile('.gitleaks.toml', undefined);
    const tree = await action('workflow_dispatch', {});
    expect(tree.code).toBe(0);
    expect(tree.summary + tree.log).toContain('5 findings suppressed by .gitleaksignore');
  });
});
