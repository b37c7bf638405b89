/**
 * SARIF output, validated against the SARIF 2.1.0 JSON schema.
 *
 * Schema fixture: __tests__/fixtures/sarif-2.1.0.schema.json is the SARIF 2.1.0 schema exactly
 * as the SARIF SDK ships it in the npm package @microsoft/sarif-multitool-linux@5.7.0
 * (`package/sarif-2.1.0.json`, MIT, github.com/microsoft/sarif-sdk), sha256
 * 1c49a0f2b60444c71bb14878e21e0d882198eff4c539861b133093ad89ed798c. It declares the JSON Schema
 * 2020-12 dialect, so it is compiled with Ajv's 2020 class; it uses only keywords that mean the
 * same in draft-07 (`definitions`/`$ref`, `type`, `enum`, `required`, `format`, …), and the
 * draft-07 compile below checks that too.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020Module from 'ajv/dist/2020.js';
import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';
import { analysedCommitOnly, buildSarif, formatSarif, securitySeverity, type SarifLog } from '../src/reports/sarif.js';
import { providers as registry } from '../src/providers/registry.js';
import { fakeGithubToken, fakeOpenAiKey, makeFinding, makeResult, providers, SHA_A, SHA_B } from './reports-fixtures.js';

const Ajv2020 = Ajv2020Module.default;
const Ajv07 = AjvModule.default;
const addFormats = addFormatsModule.default;

const schemaPath = fileURLToPath(new URL('./fixtures/sarif-2.1.0.schema.json', import.meta.url));
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;

function validator2020() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

function validator07() {
  const ajv = new Ajv07({ strict: false, allErrors: true });
  addFormats(ajv);
  const { $schema: _dialect, ...rest } = schema;
  return ajv.compile(rest);
}

const validators = [
  ['2020-12', validator2020()],
  ['draft-07', validator07()],
] as const;

const weirdNames = ['src/config.ts', 'dir with space/ä ö #1?.env', 'a|b`c<script>alert(1)</script>.yml', 'C:/looks/like/scheme.txt', '%41%.json', "it's (1) [x] *.yaml"];

function sample(): SarifLog {
  const findings = weirdNames.map((file, i) => makeFinding({ raw: fakeOpenAiKey(i + 1), file, line: i + 1, column: 3 }));
  findings.push(makeFinding({ raw: fakeGithubToken(42), file: 'old/settings.py', rule: 'github-pat', provider: 'github', providerName: 'GitHub', commit: SHA_A }));
  findings.push(makeFinding({ raw: 'xK9vQ2mZ8pL4wR7t', file: '.env', rule: 'generic-secret-assignment', provider: 'generic', providerName: 'Generic secret', confidence: 'low' }));
  // A rule the provider list does not know (e.g. the registry was filtered): still described.
  findings.push(makeFinding({ raw: fakeOpenAiKey(99), file: 'x.ts', rule: 'mystery-rule', provider: 'mystery', providerName: 'Mystery' }));
  // A multi-line finding (PEM block style).
  findings.push(makeFinding({ raw: fakeOpenAiKey(77), file: 'keys/id_rsa', line: 1, column: 1, endLine: 27, rule: 'openai-legacy-key' }));
  return buildSarif(makeResult(findings, { notices: ['only 250 of 300 commits were scanned'] }), { providers, toolVersion: '0.1.0', root: '/home/runner/work/repo/repo' });
}

describe('SARIF schema validation', () => {
  it.each(validators)('a log with findings is valid (%s)', (_name, validate) => {
    const log = sample();
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each(validators)('an empty scan is valid (%s)', (_name, validate) => {
    expect(validate(buildSarif(makeResult([]), { providers: [], toolVersion: '0.1.0' }))).toBe(true);
  });

  it.each(validators)('the validator rejects broken SARIF (%s)', (_name, validate) => {
    const log = sample() as unknown as { runs: Array<{ results: Array<Record<string, unknown>> }> };
    const broken = structuredClone(log);
    (broken.runs[0]!.results[0]!['locations'] as Array<{ physicalLocation: { region: { startLine: number } } }>)[0]!.physicalLocation.region.startLine = 0;
    expect(validate(broken)).toBe(false);
    const noVersion = structuredClone(log) as unknown as Record<string, unknown>;
    delete noVersion['version'];
    expect(validate(noVersion)).toBe(false);
    // Formats are checked too: an unencoded file name is not a URI reference.
    const rawUri = structuredClone(log);
    (rawUri.runs[0]!.results[0]!['locations'] as Array<{ physicalLocation: { artifactLocation: { uri: string } } }>)[0]!.physicalLocation.artifactLocation.uri = 'dir with space/a b.ts';
    expect(validate(rawUri)).toBe(false);
  });
});

describe('buildSarif', () => {
  const log = sample();
  const run = log.runs[0]!;

  it('describes every provider rule, plus unknown rules that appear', () => {
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(ids).toEqual(['openai-project-key', 'openai-legacy-key', 'github-pat', 'generic-secret-assignment', 'mystery-rule']);
    const pat = run.tool.driver.rules[2]!;
    expect(pat.name).toBe('GithubPat');
    expect(pat.shortDescription.text).toBe('GitHub key hardcoded');
    expect(pat.help.text).toContain('https://github.com/settings/tokens');
    expect(pat.help.markdown).toContain('[https://github.com/settings/tokens](https://github.com/settings/tokens)');
    expect(pat.help.markdown).toContain('keylint:allow');
    expect(pat.properties.tags).toContain('security');
    expect(pat.properties['security-severity']).toBe('8.5');
    expect(pat.defaultConfiguration.level).toBe('error');
    expect(run.tool.driver.rules[3]!.defaultConfiguration.level).toBe('warning');
  });

  it('points each result at its rule by id and index', () => {
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
  });

  it('gives regions, relative percent-encoded URIs, fingerprints and commit', () => {
    const byUri = new Map(run.results.map((r) => [r.locations[0]!.physicalLocation.artifactLocation.uri, r]));
    expect([...byUri.keys()]).toContain('dir%20with%20space/%C3%A4%20%C3%B6%20%231%3F.env');
    expect([...byUri.keys()]).toContain('C%3A/looks/like/scheme.txt');
    expect([...byUri.keys()]).toContain('it%27s%20%281%29%20%5Bx%5D%20%2A.yaml');
    const first = byUri.get('src/config.ts')!;
    expect(first.locations[0]!.physicalLocation.artifactLocation.uriBaseId).toBe('%SRCROOT%');
    expect(first.locations[0]!.physicalLocation.region).toEqual({ startLine: 1, startColumn: 3, endLine: 1, endColumn: 3 + 56 });
    expect(first.partialFingerprints['keylint/v1']).toMatch(/^[0-9a-f]{32}$/);
    expect(first.level).toBe('error');
    expect(first.message.text).toMatch(/^OpenAI key hardcoded: sk-p…\S+ \(56 chars\)/);
    const old = byUri.get('old/settings.py')!;
    expect(old.properties.commit).toBe(SHA_A);
    expect(byUri.get('src/config.ts')!.properties.commit).toBeUndefined();
    expect(byUri.get('.env')!.level).toBe('warning');
    const pem = byUri.get('keys/id_rsa')!;
    expect(pem.locations[0]!.physicalLocation.region.endLine).toBe(27);
  });

  it('sets the source root, UTF-16 columns and notices', () => {
    expect(run.originalUriBaseIds['%SRCROOT%']).toEqual({ uri: 'file:///home/runner/work/repo/repo/' });
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.invocations[0]!.toolExecutionNotifications?.[0]?.message.text).toBe('only 250 of 300 commits were scanned');
  });

  it('is deterministic whatever the finding order', () => {
    const f = [makeFinding({ raw: fakeOpenAiKey(1), file: 'b.ts' }), makeFinding({ raw: fakeOpenAiKey(2), file: 'a.ts' })];
    const opts = { providers, toolVersion: '1.2.3' };
    expect(formatSarif(makeResult(f), opts)).toBe(formatSarif(makeResult([...f].reverse()), opts));
  });
});

describe('security-severity follows confidence', () => {
  const band = (v: string | undefined): number => Number(v);

  it('high → 8.x, medium → 6.x, low → 3.x, for rules and results', () => {
    expect(securitySeverity('high')).toBe('8.5');
    expect(securitySeverity('medium')).toBe('6.5');
    expect(securitySeverity('low')).toBe('3.5');
    const f = [
      makeFinding({ raw: fakeOpenAiKey(1), file: 'a.ts' }),
      makeFinding({ raw: 'xK9vQ2mZ8pL4wR7t', file: 'test/fixture.env', rule: 'generic-secret-assignment', provider: 'generic', providerName: 'Generic secret', confidence: 'low' }),
    ];
    const run = buildSarif(makeResult(f), { providers, toolVersion: '0.1.0' }).runs[0]!;
    const byFile = new Map(run.results.map((r) => [r.locations[0]!.physicalLocation.artifactLocation.uri, r]));
    expect(byFile.get('a.ts')!.properties['security-severity']).toBe('8.5');
    expect(band(byFile.get('test/fixture.env')!.properties['security-severity'])).toBeLessThan(4);
    expect(band(run.tool.driver.rules.find((r) => r.id === 'generic-secret-assignment')!.properties['security-severity'])).toBeLessThan(4);
  });

  it('no generic rule of the registry reaches 7.0 (GitHub "high"); provider-shaped high rules do', () => {
    const run = buildSarif(makeResult([]), { providers: registry, toolVersion: '0.1.0' }).runs[0]!;
    const generic = new Set(registry.flatMap((p) => p.rules.filter((r) => r.generic).map((r) => r.id)));
    expect(generic.size).toBeGreaterThan(3);
    for (const r of run.tool.driver.rules) if (generic.has(r.id)) expect(band(r.properties['security-severity'])).toBeLessThan(7);
    expect(run.tool.driver.rules.find((r) => r.id === 'openai-project-key')!.properties['security-severity']).toBe('8.5');
    // Even a generic rule marked high stays below 7.0.
    expect(band(securitySeverity('high', true))).toBeLessThan(7);
  });

  it('a generic finding of the registry (medium, or low in a test path) is below 7.0 in its result', () => {
    for (const confidence of ['medium', 'low'] as const) {
      const f = makeFinding({ raw: 'xK9vQ2mZ8pL4wR7tQ', file: 'app/x.py', rule: 'generic-secret-assignment', provider: 'generic', providerName: 'Generic secret', confidence });
      const r = buildSarif(makeResult([f]), { providers: registry, toolVersion: '0.1.0' }).runs[0]!.results[0]!;
      expect(band(r.properties['security-severity'])).toBeLessThan(7);
    }
  });

  it('verification overrides: live → 10.0 and error level, invalid → 4.0', () => {
    const live = { ...makeFinding({ raw: fakeOpenAiKey(3), file: 'a.ts', confidence: 'medium' }), verification: { status: 'valid' as const, http: 200 } };
    const dead = { ...makeFinding({ raw: fakeOpenAiKey(4), file: 'b.ts' }), verification: { status: 'invalid' as const, http: 401 } };
    const results = buildSarif(makeResult([live, dead]), { providers, toolVersion: '0.1.0' }).runs[0]!.results;
    expect(results[0]!.properties['security-severity']).toBe('10.0');
    expect(results[0]!.level).toBe('error');
    expect(results[1]!.properties['security-severity']).toBe('4.0');
  });
});

describe('analysedCommitOnly: keys of intermediate commits are not SARIF results', () => {
  it('drops them from the results and names them (redacted, with their commit) in a notification', () => {
    const head = makeFinding({ raw: fakeOpenAiKey(1), file: 'a.ts', commit: SHA_A });
    const gone = makeFinding({ raw: fakeGithubToken(2), file: 'notes.txt', line: 2, rule: 'github-pat', provider: 'github', providerName: 'GitHub', commit: SHA_A });
    const result = analysedCommitOnly(makeResult([head, gone]), [gone]);
    const run = buildSarif(result, { providers, toolVersion: '0.1.0' }).runs[0]!;
    expect(run.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual(['a.ts']);
    const note = run.invocations[0]!.toolExecutionNotifications!.map((n) => n.message.text).join('\n');
    expect(note).toContain('1 key was added and removed again in intermediate commits');
    expect(note).toContain(`notes.txt:2 GitHub ${gone.redacted} (commit ${SHA_A.slice(0, 12)})`);
    expect(note).not.toContain(fakeGithubToken(2));
    expect(analysedCommitOnly(makeResult([head]), []).findings).toHaveLength(1);
  });

  it('a commit finding keeps its commit in properties and in the message', () => {
    const f = makeFinding({ raw: fakeGithubToken(5), file: 'old.py', rule: 'github-pat', provider: 'github', providerName: 'GitHub', commit: SHA_B });
    const r = buildSarif(makeResult([f]), { providers, toolVersion: '0.1.0' }).runs[0]!.results[0]!;
    expect(r.properties.commit).toBe(SHA_B);
    expect(r.message.text).toContain(`added in commit ${SHA_B.slice(0, 12)}`);
  });
});
