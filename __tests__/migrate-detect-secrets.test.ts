/**
 * Moving from detect-secrets (and gitleaks reports) without re-triaging, end to end through the
 * bundled CLI in a temporary git repository: `.secrets.baseline`, `keylint baseline --import`,
 * peer tools' files never being findings, `.keylintignore`, `--verbose` fingerprints and
 * `keylint baseline -o PATH`. No output or written file ever holds a raw key.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { GitRepo } from './support/git-repo.js';
import { bundles, cleanEnv, filesUnder, leaks, runCli, STACK_FRAME } from './support/hardening.js';
import { fakeOpenAiKey, scanJson, sha1, where } from './support/migrate-fixtures.js';

const k = [1, 2, 3].map((i) => fakeOpenAiKey(7100 + i));
const [k1, k2, k3] = k as [string, string, string];

let repo: GitRepo;
const outputs: string[] = [];

async function scan(args: string[]) {
  const s = await scanJson(repo.dir, args);
  outputs.push(s.proc.stdout, s.proc.stderr);
  return s;
}
async function cli(args: string[]) {
  const p = await runCli(args, { cwd: repo.dir, env: cleanEnv() });
  outputs.push(p.stdout, p.stderr);
  return p;
}
function setFile(name: string, text: string | undefined): void {
  if (text === undefined) rmSync(join(repo.dir, name), { force: true });
  else repo.write(name, text);
}

/** A detect-secrets v1.x baseline as `detect-secrets scan` writes it. */
function dsBaseline(entries: Array<{ file: string; secret: string; line: number }>): string {
  const results: Record<string, unknown[]> = {};
  for (const e of entries) (results[e.file] ??= []).push({ type: 'Secret Keyword', filename: e.file, hashed_secret: sha1(e.secret), is_verified: false, line_number: e.line });
  return JSON.stringify({ version: '1.5.0', plugins_used: [{ name: 'KeywordDetector' }], filters_used: [], results, generated_at: '2024-01-01T00:00:00Z' }, null, 2) + '\n';
}

beforeAll(() => {
  bundles();
  repo = GitRepo.init();
  repo.write('app/a.py', `OPENAI_API_KEY = "${k1}"\n`);
  repo.write('app/b.py', `# b\nOPENAI_API_KEY = "${k2}"\n`);
  repo.write('app/copy.py', `OPENAI_API_KEY = "${k1}"\n`);
  repo.write('app/c.py', `OPENAI_API_KEY = "${k3}"\n`);
  repo.commit('one');
}, 300_000);

afterAll(() => {
  expect(outputs.flatMap((o) => leaks(o, k))).toEqual([]);
  // Nothing keylint wrote into the repository holds a key either (the gitleaks report fixture aside).
  const written = filesUnder(repo.dir).filter(([p]) => !p.includes('/.git/') && !p.endsWith('gitleaks-report.json') && !/app\/\w+\.py$/.test(p));
  expect(written.flatMap(([p, text]) => leaks(text, k, p))).toEqual([]);
  repo.cleanup();
});

describe('.secrets.baseline', () => {
  afterAll(() => setFile('.secrets.baseline', undefined));

  test('suppresses a finding whose secret SHA-1 is listed for the same file; the same key in another file is reported', async () => {
    setFile('.secrets.baseline', dsBaseline([{ file: 'app/a.py', secret: k1, line: 1 }, { file: 'app/b.py', secret: k2, line: 2 }]));
    const s = await scan(['scan']);
    expect(s.proc.code).toBe(1);
    expect(where(s.findings)).toEqual(['app/c.py:1', 'app/copy.py:1']);
    expect(s.notices).toContain('2 findings suppressed by .secrets.baseline');
  });

  test('its own SHA-1 hashes are not findings (the same text under another name is)', async () => {
    const text = dsBaseline([{ file: 'app/a.py', secret: k1, line: 1 }]).replace('"Secret Keyword"', '"Secret Keyword", "secret": "0123456789abcdef0123456789abcdef01234567"');
    setFile('.secrets.baseline', text);
    setFile('notes.txt', text.replace(/"results"/, '"x"').replace(/"version"/, '"v"'));
    const s = await scan(['scan']);
    expect(s.findings.map((f) => f.file)).not.toContain('.secrets.baseline');
    expect(s.findings.map((f) => f.file)).toContain('notes.txt');
    expect(s.notices).toContainEqual(expect.stringMatching(/^\d+ findings? in secret scanners' own files \(\.secrets\.baseline\) not reported/));
    setFile('notes.txt', undefined);
  });

  test('malformed: one line naming the file, exit 2', async () => {
    setFile('.secrets.baseline', '{"version": "1.5.0", "results": {"a": [{"hashed_secret": "xyz"}]}}');
    const s = await scan(['scan']);
    expect(s.proc.code).toBe(2);
    expect(s.proc.stderr).toBe('keylint: .secrets.baseline: not a detect-secrets baseline: results["a"][0].hashed_secret must be a SHA-1 hex digest\n');
  });
});

describe('keylint baseline --import', () => {
  afterAll(() => {
    setFile('.keylint-baseline.json', undefined);
    setFile('gitleaks-report.json', undefined);
    setFile('ds.json', undefined);
  });

  test('a detect-secrets baseline becomes sha1 entries of .keylint-baseline.json, which scans then subtract', async () => {
    setFile('ds.json', dsBaseline([{ file: 'app/a.py', secret: k1, line: 1 }]));
    const p = await cli(['baseline', '--import', 'ds.json']);
    expect(p.code).toBe(0);
    expect(p.stdout).toBe('keylint: imported 1 entry from the detect-secrets file ds.json into .keylint-baseline.json.\n');
    const written = JSON.parse(readFileSync(join(repo.dir, '.keylint-baseline.json'), 'utf8')) as { findings: Array<Record<string, unknown>> };
    expect(written.findings).toEqual([{ sha1: sha1(k1), rule: 'detect-secrets:Secret Keyword', file: 'app/a.py', line: 1, redacted: '(SHA-1 only, imported from detect-secrets)' }]);
    setFile('ds.json', undefined);
    const s = await scan(['scan']);
    expect(where(s.findings)).toEqual(['app/b.py:2', 'app/c.py:1', 'app/copy.py:1']);
    expect(s.notices).toContain('1 known finding suppressed by the baseline .keylint-baseline.json');
  });

  test('a gitleaks report: fingerprints computed from its Secret, never written; merged into the existing baseline', async () => {
    const report = [
      { RuleID: 'openai-api-key', File: 'app/b.py', StartLine: 2, Secret: k2, Match: `OPENAI_API_KEY = "${k2}"`, Fingerprint: 'abc:app/b.py:openai-api-key:2', Commit: '' },
      { RuleID: 'generic-api-key', File: 'app/c.py', StartLine: 1, Secret: 'REDACTED', Match: 'REDACTED', Fingerprint: 'app/c.py:generic-api-key:1' },
    ];
    setFile('gitleaks-report.json', JSON.stringify(report, null, 2));
    const p = await cli(['baseline', '--import', 'gitleaks-report.json']);
    expect(p.code).toBe(0);
    expect(p.stdout).toMatch(/^keylint: imported 1 entry from the gitleaks file gitleaks-report\.json into \.keylint-baseline\.json \(1 already there kept\)\.\nkeylint: 1 entry was not imported: the report was made with --redact/);
    const text = readFileSync(join(repo.dir, '.keylint-baseline.json'), 'utf8');
    expect(leaks(text, k)).toEqual([]);
    // The committed report holds raw keys: its findings are real leaks, and the notice says so.
    const s = await scan(['scan']);
    expect(where(s.findings)).toEqual(['app/c.py:1', 'app/copy.py:1', 'gitleaks-report.json:6', 'gitleaks-report.json:7']);
    expect(s.notices).toContain('gitleaks-report.json is a gitleaks report with raw secrets: its findings are real leaks (delete it, or make it with gitleaks --redact)');
    // A redacted report yields no findings, but is not blanket-suppressed: a key in it (here in
    // a commit message) is still a leak.
    const redacted = report.map((r) => ({ ...r, Secret: 'REDACTED', Match: 'OPENAI_API_KEY = "REDACTED"', Entropy: 5.2, Commit: sha1(r.File), Message: 'fix' }));
    setFile('gitleaks-report.json', JSON.stringify(redacted, null, 2));
    const red = await scan(['scan']);
    expect(red.findings.map((f) => f.file)).not.toContain('gitleaks-report.json');
    redacted[0]!.Message = `rotate OPENAI_API_KEY=${k3}`;
    setFile('gitleaks-report.json', JSON.stringify(redacted, null, 2));
    const inMessage = await scan(['scan']);
    expect(inMessage.findings.map((f) => f.file)).toContain('gitleaks-report.json');
    expect(red.notices.join('\n')).not.toContain('raw secrets');
    expect(inMessage.notices.join('\n')).not.toContain('raw secrets');
  });

  test('neither format, or a missing file: one line, exit 2', async () => {
    setFile('ds.json', '{"a": 1}');
    const bad = await cli(['baseline', '--import', 'ds.json']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^keylint: ds\.json: neither a detect-secrets baseline .* nor a gitleaks JSON report .*\n$/);
    const onScan = await cli(['scan', '--import', 'ds.json']);
    expect(onScan.stderr).toBe('keylint: --import is an option of keylint baseline (keylint baseline --import FILE)\n');
    const missing = await cli(['baseline', '--import', 'nope.json']);
    expect(missing.stderr).toBe('keylint: file to import not found: nope.json\n');
    expect(missing.stderr + bad.stderr).not.toMatch(STACK_FRAME);
  });
});

describe('.keylintignore and --verbose fingerprints', () => {
  afterAll(() => setFile('.keylintignore', undefined));

  test('text output with --verbose shows each fingerprint; .keylintignore with reasons suppresses them', async () => {
    const first = await scan(['scan']);
    const fpA = first.findings.find((f) => f.file === 'app/a.py')!.fingerprint;
    const fpC = first.findings.find((f) => f.file === 'app/c.py')!.fingerprint;
    const verbose = await cli(['scan', '--verbose']);
    expect(verbose.stdout).toContain(`fp ${fpA}`);
    const plain = await cli(['scan']);
    expect(plain.stdout).not.toContain(fpA);
    setFile('.keylintignore', `# triaged 2024-05\n${fpA} test fixture, revoked\n\n${fpC}   # demo key\n`);
    const s = await scan(['scan']);
    expect(where(s.findings)).toEqual(['app/b.py:2', 'app/copy.py:1']);
    expect(s.notices).toContain('2 findings suppressed by .keylintignore');
  });

  test('a line that is not a fingerprint is an error naming the line', async () => {
    setFile('.keylintignore', '# ok\nsrc/a.py:openai:1\n');
    const s = await scan(['scan']);
    expect(s.proc.code).toBe(2);
    expect(s.proc.stderr).toBe('keylint: .keylintignore:2: expected a finding fingerprint (hex, from --format json or scan --verbose), optionally followed by a reason\n');
  });
});

describe('keylint baseline -o PATH', () => {
  test('writes the baseline to PATH and prints the line that makes scans read it; --baseline PATH then subtracts it', async () => {
    repo.write('ci/README', 'ci files\n');
    const p = await cli(['baseline', '-o', 'ci/keylint-baseline.json']);
    expect(p.code).toBe(0);
    expect(p.stdout).toContain('wrote ');
    expect(p.stdout).toContain('keylint: scans, the hook and the Action read .keylint-baseline.json by default; to use ci/keylint-baseline.json, add `baseline: ci/keylint-baseline.json` to .keylint.yml (or pass --baseline ci/keylint-baseline.json).');
    const entries = (JSON.parse(readFileSync(join(repo.dir, 'ci/keylint-baseline.json'), 'utf8')) as { findings: unknown[] }).findings;
    expect(entries).toHaveLength(4);
    const s = await scan(['scan', '--baseline', 'ci/keylint-baseline.json']);
    expect(s.findings).toEqual([]);
    // The baseline file named in the config is where a plain scan reads it, and no hint is printed.
    setFile('.keylint.yml', 'baseline: ci/keylint-baseline.json\n');
    const again = await cli(['baseline', '-o', 'ci/keylint-baseline.json']);
    expect(again.stdout).not.toContain('by default');
    const plain = await scan(['scan']);
    expect(plain.proc.code).toBe(0);
    setFile('.keylint.yml', undefined);
  });
});
