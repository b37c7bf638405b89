/** Shared test data for the report tests: fake providers, fake keys built at run time, findings. */
import type { Confidence, ProviderRecord } from '../src/providers/types.js';
import { fingerprint, SecretValue } from '../src/secret.js';
import type { Finding, ScanResult } from '../src/types.js';

/** Deterministic pseudo-random alphanumerics (xorshift), so no key-shaped literal sits in the source. */
export function fakeChars(seed: number, n: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let x = seed >>> 0 || 1;
  let out = '';
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out += alphabet[x % alphabet.length];
  }
  return out;
}

export function fakeOpenAiKey(seed = 7): string {
  return 'sk-proj-' + fakeChars(seed, 48);
}

export function fakeGithubToken(seed = 11): string {
  return 'ghp_' + fakeChars(seed, 36);
}

const ruleOf = (id: string, confidence: Confidence, description: string) => ({ id, description, pattern: 'x', keywords: ['x'], confidence });

export const providers: ProviderRecord[] = [
  {
    id: 'openai',
    name: 'OpenAI',
    rules: [ruleOf('openai-project-key', 'high', 'An OpenAI project API key.'), ruleOf('openai-legacy-key', 'high', 'A legacy OpenAI API key.')],
    envNames: ['OPENAI_API_KEY'],
    rotateUrl: 'https://platform.openai.com/api-keys',
  },
  {
    id: 'github',
    name: 'GitHub',
    rules: [ruleOf('github-pat', 'high', 'A GitHub personal access token.')],
    envNames: ['GITHUB_TOKEN'],
    rotateUrl: 'https://github.com/settings/tokens',
  },
  {
    id: 'generic',
    name: 'Generic secret',
    rules: [ruleOf('generic-secret-assignment', 'low', 'A high-entropy value assigned to a secret-looking name.')],
    envNames: [],
    rotateUrl: '',
  },
];

export interface MakeFinding {
  raw: string;
  file?: string;
  line?: number;
  column?: number;
  rule?: string;
  provider?: string;
  providerName?: string;
  confidence?: Confidence;
  commit?: string;
  endLine?: number;
}

export function makeFinding(o: MakeFinding): Finding {
  const file = o.file ?? 'src/config.ts';
  const rule = o.rule ?? 'openai-project-key';
  const line = o.line ?? 3;
  const column = o.column ?? 17;
  const secret = new SecretValue(o.raw);
  const f: Finding = {
    rule,
    provider: o.provider ?? 'openai',
    providerName: o.providerName ?? 'OpenAI',
    file,
    line,
    column,
    endLine: o.endLine ?? line,
    endColumn: (o.endLine ?? line) === line ? column + o.raw.length : 10,
    confidence: o.confidence ?? 'high',
    fingerprint: fingerprint(rule, file, o.raw),
    redacted: secret.redacted,
    secret,
  };
  if (o.commit) f.commit = o.commit;
  return f;
}

export function makeResult(findings: Finding[], extra: Partial<ScanResult> = {}): ScanResult {
  return {
    findings,
    skipped: [],
    stats: { files: 120, bytes: 1_234_567, skipped: 0, durationMs: 45.4 },
    notices: [],
    ...extra,
  };
}

/** Every 6-character window of the part of `raw` that redaction hides. */
export function hiddenWindows(raw: string): string[] {
  const middle = raw.slice(4, raw.length - 3);
  const out: string[] = [];
  for (let i = 0; i + 6 <= middle.length; i++) out.push(middle.slice(i, i + 6));
  return out;
}

export const SHA_A = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
export const SHA_B = '0f1e2d3c4b5a69788796a5b4c3d2e1f0aabbccdd';
