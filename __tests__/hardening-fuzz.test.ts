/**
 * Fuzzing (seeded, reproducible): the diff reader, the config loader and the baseline parser
 * under mutated and random inputs. The diff reader never throws and its units stay well formed;
 * the config and baseline parsers either return or throw UsageError — never another exception
 * type — and no case hangs (each is timed; a case over 2 s fails with its seed and index).
 */
import { describe, expect, test } from '@jest/globals';
import { formatBaseline, parseBaseline } from '../src/baseline/index.js';
import { parseConfig } from '../src/config/parse.js';
import { COMMIT_FORMAT, DiffParser, parseDiff, type DiffEvent } from '../src/sources/diff-parser.js';
import { UsageError } from '../src/types.js';
import { mutateN, NASTY, prng, type Prng } from './support/fuzz.js';

const CASES = 3000;
const MAX_CASE_MS = 2000;

function timed<T>(label: string, fn: () => T): T {
  const t0 = performance.now();
  const out = fn();
  const ms = performance.now() - t0;
  if (ms > MAX_CASE_MS) throw new Error(`${label} took ${Math.round(ms)} ms`);
  return out;
}

// ------------------------------------------------------------------ diff reader

const COMMIT_MARK = COMMIT_FORMAT.replace('--format=%x00', '\0').replace('%H', '');

const DIFF_SEEDS = [
  [
    'diff --git a/src/app.ts b/src/app.ts',
    'index 83db48f..bf269f4 100644',
    '--- a/src/app.ts',
    '+++ b/src/app.ts',
    '@@ -3,0 +4,2 @@ export const x = 1;',
    '+const key = "sk-proj-abc";',
    '++++ not a header',
    '@@ -10 +12 @@',
    '-old',
    '+new',
    '\\ No newline at end of file',
  ].join('\n'),
  [
    'diff --git "a/dir/sp ace\\t\\"q\\".txt" "b/dir/sp ace\\t\\"q\\".txt"',
    'new file mode 100644',
    '--- /dev/null',
    '+++ "b/dir/sp ace\\t\\"q\\".txt"',
    '@@ -0,0 +1,3 @@',
    '+line one',
    '+diff --git a/x b/x',
    '+\u00e9\u{1F600}',
    'diff --git a/old.txt b/new.txt',
    'similarity index 90%',
    'rename from old.txt',
    'rename to new.txt',
    '@@ -1 +1 @@',
    '-a',
    '+b',
    'diff --git a/img.png b/img.png',
    'Binary files a/img.png and b/img.png differ',
    'diff --git a/gone b/gone',
    'deleted file mode 100755',
    '--- a/gone',
    '+++ /dev/null',
    '@@ -1,2 +0,0 @@',
    '-x',
    '-y',
  ].join('\n'),
  [
    `${COMMIT_MARK}0123456789abcdef0123456789abcdef01234567`,
    '',
    'diff --git a/a b/a',
    'old mode 100644',
    'new mode 100755',
    'copy from a',
    'copy to c',
    '@@ -1,0 +2,1 @@',
    '+copied',
    `${COMMIT_MARK}fedcba9876543210fedcba9876543210fedcba98`,
    'diff --cc merged.txt',
    '@@@ -1,1 -1,1 +1,2 @@@',
    '++both',
    'diff --git a/z b/z',
    '@@ -1,1 +1,1 @@',
    '+z',
  ].join('\n'),
];
const DIFF_TOKENS = ['\n', '\n+', '\n-', '\n ', '\n@@ -1 +1 @@\n', '\n@@ -0,0 +1,99999 @@\n', '\ndiff --git a/q b/q\n', '\n--- a/', '\n+++ b/', '\n+++ "b/\\', '\nrename to ', '\ncopy to "', `\n${COMMIT_MARK}`, '\ndiff --cc x\n', '\r', '"', '\\', '\\3', '\\377', '\0'];

function randomDiffLine(r: Prng): string {
  const heads = ['+', '-', ' ', '@@ -', '@@ ', 'diff --git ', 'diff --cc ', '--- ', '+++ ', 'rename from ', 'rename to ', 'copy to ', 'new file mode ', 'Binary files ', '\\', COMMIT_MARK, ''];
  return r.pick(heads) + r.str(NASTY + 'ab/019, ', r.int(0, 20));
}

function checkEvents(events: DiffEvent[], label: string): void {
  for (const e of events) {
    if (e.kind === 'unit') {
      const { unit } = e;
      if (typeof unit.path !== 'string') throw new Error(`${label}: unit without a path`);
      if (!unit.lines || unit.text.split('\n').length !== unit.lines.length) throw new Error(`${label}: unit lines do not match its text`);
      if (!unit.lines.every((n) => Number.isSafeInteger(n))) throw new Error(`${label}: non-integer line number`);
    } else if (e.kind === 'file') {
      if (typeof e.file.path !== 'string' || !Number.isSafeInteger(e.file.addedLines) || e.file.addedLines < 0) throw new Error(`${label}: bad file entry`);
    } else if (typeof e.sha !== 'string') throw new Error(`${label}: bad commit`);
  }
}

function diffCase(r: Prng): string {
  if (r.chance(0.2)) return Array.from({ length: r.int(1, 60) }, () => randomDiffLine(r)).join('\n');
  return mutateN(r, r.pick(DIFF_SEEDS), r.int(1, 8), DIFF_TOKENS);
}

async function* chunks(r: Prng, text: string): AsyncGenerator<Buffer | string> {
  const buf = Buffer.from(text, 'utf8');
  for (let i = 0; i < buf.length; ) {
    const n = r.int(1, 64);
    // Bytes, so multi-byte characters are split across chunks; sometimes strings.
    yield r.chance(0.2) ? buf.subarray(i, i + n).toString('latin1') : buf.subarray(i, i + n);
    i += n;
  }
}

describe('diff reader', () => {
  test(`${CASES} mutated and random diffs, line by line: never throws, units stay well formed`, () => {
    const r = prng('hardening-fuzz-diff');
    for (let i = 0; i < CASES; i++) {
      const text = diffCase(r);
      const label = `diff case ${i}`;
      timed(label, () => {
        const p = new DiffParser({ maxUnitChars: r.pick([1, 7, 100, 1_000_000]) });
        for (const line of text.split('\n')) p.line(line);
        p.end();
        checkEvents(p.drain(), label);
      });
    }
  });

  test('streamed through parseDiff in random chunk sizes: same events as line by line, never throws', async () => {
    const r = prng('hardening-fuzz-diff-stream');
    for (let i = 0; i < 300; i++) {
      const text = diffCase(r);
      const label = `stream case ${i}`;
      const got: DiffEvent[] = [];
      const t0 = performance.now();
      for await (const e of parseDiff(chunks(r, text))) got.push(e);
      expect(performance.now() - t0).toBeLessThan(MAX_CASE_MS);
      checkEvents(got, label);
      // Pure-byte streams must match line-by-line parsing of the decoded text.
      const ref = new DiffParser();
      const lines = text.split('\n');
      for (const line of lines) ref.line(line);
      ref.end();
      const refEvents = ref.drain();
      if (!text.includes('\r') && /^[\x20-\x7e\n]*$/.test(text)) expect([label, got]).toEqual([label, refEvents]);
    }
  });
});

// ------------------------------------------------------------------ config loader

const CONFIG_SEEDS = [
  'exclude:\n  - "**/fixtures/**"\n  - docs/*.md\ninclude: [src, lib]\nmax-file-size: 2MB\nbaseline: .keylint-baseline.json\n',
  'rules:\n  disable: [generic-api-key, openai]\n  enable:\n    - aws\n',
  'custom-rules:\n  - id: acme-token\n    description: ACME internal token\n    regex: "acme_[a-z0-9]{32}"\n    keywords: [acme_]\n    min-entropy: 3.5\n    confidence: high\n    allow:\n      - "acme_0{32}"\n',
  'allow:\n  - sk-test-value\n  - value: "literal"\n    reason: docs\n  - regex: "^EXAMPLE"\n',
  'base: &b\n  - one\nexclude: *b\ninclude: *b\n',
  '# only a comment\n',
  '',
];
const CONFIG_TOKENS = ['\n', ': ', '- ', '&a ', '*a', '*b', '!!str ', '!!binary ', '{', '}', '[', ']', '"', "'", '\\', '|', '>', '%YAML 1.2\n---\n', '---\n', '...\n', '? ', '<<: *b', '\t', '(a+)+', '(?<x>', '[^', '\\u{', 'exclude', 'custom-rules', 'regex: ', 'keywords: ', '__proto__', 'constructor', 'endpoints: ', '99999999999999999999'];

describe('config loader', () => {
  test(`${CASES} mutated and random configs: a config or a UsageError naming the file, nothing else`, () => {
    const r = prng('hardening-fuzz-config');
    const others: string[] = [];
    let usage = 0;
    for (let i = 0; i < CASES; i++) {
      const text = r.chance(0.15) ? r.str(NASTY + 'abc:- \n', r.int(0, 80)) : mutateN(r, r.pick(CONFIG_SEEDS), r.int(1, 6), CONFIG_TOKENS);
      timed(`config case ${i}`, () => {
        try {
          parseConfig(text, 'fuzz.yml');
        } catch (e) {
          if (e instanceof UsageError && /^fuzz\.yml(:\d+:\d+)?: /.test(e.message) && !e.message.includes('\n')) usage++;
          else others.push(`case ${i}: ${e instanceof Error ? `${e.name}: ${e.message.split('\n')[0]}` : String(e)}`);
        }
      });
    }
    expect(others).toEqual([]);
    // The fuzzer does reach the error paths (and the success path for the rest).
    expect(usage).toBeGreaterThan(CASES / 10);
    expect(usage).toBeLessThan(CASES);
  });
});

// ------------------------------------------------------------------ baseline parser

describe('baseline parser', () => {
  const valid = formatBaseline([]).replace('"findings": []', '"findings": [{"fingerprint":"0123456789abcdef0123456789abcdef","rule":"openai-project-key","file":"src/a.ts","line":3,"redacted":"sk-p…xyz (164 chars)"},{"fingerprint":"fedcba9876543210fedcba9876543210","rule":"aws-access-key-id","file":"b","line":1,"redacted":""}]');
  const TOKENS = ['{', '}', '[', ']', '"', ',', ':', 'null', 'true', '-1', '1.5', '1e400', '"__proto__"', '"version"', '"findings"', '\\u0000', '\\ud800', '\ufeff'];

  test('the seed is a valid baseline', () => {
    expect(parseBaseline(valid, 'b.json')).toHaveLength(2);
  });

  test(`${CASES} mutated and random baselines: entries or a UsageError naming the file, nothing else`, () => {
    const r = prng('hardening-fuzz-baseline');
    const others: string[] = [];
    for (let i = 0; i < CASES; i++) {
      const text = r.chance(0.1) ? r.str(NASTY + '{}[]":,0a', r.int(0, 60)) : mutateN(r, valid, r.int(1, 5), TOKENS);
      timed(`baseline case ${i}`, () => {
        try {
          const entries = parseBaseline(text, 'fuzz-baseline.json');
          if (!Array.isArray(entries)) others.push(`case ${i}: not a list`);
        } catch (e) {
          if (!(e instanceof UsageError && e.message.startsWith('fuzz-baseline.json') && !e.message.includes('\n'))) {
            others.push(`case ${i}: ${e instanceof Error ? `${e.name}: ${e.message.split('\n')[0]}` : String(e)}`);
          }
        }
      });
    }
    expect(others).toEqual([]);
  });
});
