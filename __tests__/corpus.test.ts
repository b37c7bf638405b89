/**
 * Detection quality on our own labelled corpus (__tests__/corpus): realistic files in many
 * languages with generated real-format keys (labelled) and hard negatives (unlabelled).
 * Bars from issue 2: precision >= 0.97, recall >= 0.98. Matching rules: corpus/evaluate.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { scanText } from '../src/engine/index.js';
import { buildCorpus, materialiseTemplate, type Corpus } from './corpus/build.js';
import { evaluate, formatComposition, formatReport, secretMatches, type Detection } from './corpus/evaluate.js';
import { ALNUM, KEY_KINDS, body, checksumOk, looksContrived, rngFrom } from './corpus/keys.js';

let corpus: Corpus;

beforeAll(() => {
  corpus = buildCorpus();
});

afterAll(() => {
  corpus?.cleanup();
});

/** Every raw secret in the corpus, to prove the printed report never contains one. */
function assertNoSecretIn(text: string, extra: string[] = []): void {
  for (const s of [...corpus.labels.map((l) => l.secret), ...extra]) {
    if (s.length >= 8) expect(text.includes(s)).toBe(false);
  }
}

describe('corpus generator', () => {
  it('is deterministic', () => {
    const a = materialiseTemplate('x.env', 'A={{key:openai-proj}}\nB={{key:github-pat}}\n');
    const b = materialiseTemplate('x.env', 'A={{key:openai-proj}}\nB={{key:github-pat}}\n');
    expect(a.text).toBe(b.text);
    const c = materialiseTemplate('y.env', 'A={{key:openai-proj}}\nB={{key:github-pat}}\n');
    expect(c.text).not.toBe(a.text);
  });

  it('labels each key on its exact line, including multi-line keys and repeats', () => {
    const m = materialiseTemplate('k.txt', 'top\nkey: {{key:pem-ec}} tail\nA={{key:aws-id@x}} B={{key:aws-id@x}}\n{{gen:uuid}}\n');
    const lines = m.text.split('\n');
    const [pemLabel, id1, id2] = m.labels;
    expect(pemLabel?.line).toBe(2);
    expect(lines[1]?.startsWith('key: -----BEGIN EC PRIVATE KEY-----')).toBe(true);
    expect(lines[(pemLabel?.endLine ?? 0) - 1]?.startsWith('-----END EC PRIVATE KEY----- tail')).toBe(true);
    expect(id1?.line).toBe(pemLabel!.endLine + 1);
    expect(id1?.secret).toBe(id2?.secret);
    expect(m.lineMap[pemLabel!.endLine + 1]).toBe(3);
    expect(m.negatives).toEqual([{ file: 'k.txt', line: pemLabel!.endLine + 2, kind: 'uuid', templateLine: 4 }]);
  });

  it('emits checksummed GitHub/npm tokens that pass, and corrupted ones that fail', () => {
    for (let i = 0; i < 50; i++) {
      const ok = KEY_KINDS['github-pat']!.make(rngFrom('gh' + i)).value;
      expect(ok).toMatch(/^ghp_[A-Za-z0-9]{36}$/);
      expect(checksumOk(ok)).toBe(true);
      const npm = KEY_KINDS['npm']!.make(rngFrom('npm' + i)).value;
      expect(checksumOk(npm)).toBe(true);
    }
    const bad = materialiseTemplate('b', '{{gen:github-badcrc}} {{gen:npm-badcrc}}\n').text.trim().split(' ');
    for (const t of bad) expect(checksumOk(t)).toBe(false);
  });

  it('produces keys in the documented shapes', () => {
    const shapes: Record<string, RegExp> = {
      'openai-proj': /^sk-proj-[A-Za-z0-9_-]{58,74}T3BlbkFJ[A-Za-z0-9_-]{58,74}$/,
      'openai-legacy': /^sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}$/,
      'openai-proxy': /^sk-[A-Za-z0-9]{48}$/,
      anthropic: /^sk-ant-api03-[A-Za-z0-9_-]{93}AA$/,
      'google-api': /^AIza[0-9A-Za-z_-]{35}$/,
      'google-oauth': /^GOCSPX-[A-Za-z0-9_-]{28}$/,
      together: /^tgp_v1_[A-Za-z0-9_-]{43}$/,
      hf: /^hf_[A-Za-z]{34}$/,
      groq: /^gsk_[A-Za-z0-9]{52}$/,
      openrouter: /^sk-or-v1-[0-9a-f]{64}$/,
      'aws-id': /^AKIA[A-Z2-7]{16}$/,
      'aws-secret': /^[A-Za-z0-9/+]{40}$/,
      sendgrid: /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/,
      'discord-bot': /^[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}$/,
      telegram: /^[0-9]{8,10}:A[A-Za-z0-9_-]{34}$/,
      postman: /^PMAK-[a-f0-9]{24}-[a-f0-9]{34}$/,
      xai: /^xai-[0-9A-Za-z]{80}$/,
      'github-fine': /^github_pat_[A-Za-z0-9_]{82}$/,
    };
    for (const [kind, re] of Object.entries(shapes)) {
      for (let i = 0; i < 20; i++) expect(KEY_KINDS[kind]!.make(rngFrom(kind + i)).value).toMatch(re);
    }
  });

  it('never emits contrived random bodies', () => {
    expect(looksContrived('abcdXYZ')).toBe(true);
    expect(looksContrived('q8Zf0Lm2')).toBe(false);
    const rng = rngFrom('bodies');
    for (let i = 0; i < 500; i++) expect(looksContrived(body(rng, ALNUM, 40))).toBe(false);
  });

  it('every label sits on its line in the materialised file', () => {
    for (const l of corpus.labels) {
      const f = corpus.files.find((x) => x.file === l.file)!;
      const text = readFileSync(f.abs, f.flags.includes('latin1') ? 'latin1' : 'utf8').replace(/\r\n/g, '\n');
      const lines = text.split('\n');
      const first = l.secret.split('\n')[0]!;
      expect(lines[l.line - 1]?.includes(first)).toBe(true);
    }
  });

  it('covers every provider of issue 2 with at least 5 positives, and many hard negatives', () => {
    const per = new Map<string, number>();
    for (const l of corpus.labels) per.set(l.provider, (per.get(l.provider) ?? 0) + 1);
    const required = [
      'openai', 'openai-proxy', 'anthropic', 'google', 'google-oauth', 'together', 'nixtla', 'huggingface', 'groq', 'mistral',
      'deepseek', 'cohere', 'replicate', 'xai', 'perplexity', 'openrouter', 'fireworks', 'github', 'gitlab', 'npm', 'pypi',
      'aws', 'slack', 'stripe', 'sendgrid', 'twilio', 'discord', 'telegram', 'azure-openai', 'databricks', 'shopify', 'linear',
      'notion', 'postman', 'digitalocean', 'doppler', 'vercel', 'supabase', 'private-key', 'url-credential', 'generic',
    ];
    const thin = required.filter((p) => (per.get(p) ?? 0) < 5);
    expect(thin).toEqual([]);
    expect(corpus.labels.length).toBeGreaterThanOrEqual(300);
    expect(corpus.negatives.length).toBeGreaterThanOrEqual(600);
  });

  it('matches a finding to a label by secret with 80 % containment', () => {
    const label = { secret: 'postgres-password-0123456789', alts: [] };
    expect(secretMatches('postgres-password-0123456789', label)).toBe(true);
    expect(secretMatches('postgres-password-012345', label)).toBe(true);
    expect(secretMatches('postgres-password', label)).toBe(false);
    expect(secretMatches('x', label)).toBe(false);
    const pemJson = { secret: '-----BEGIN PRIVATE KEY-----\\nMIIB\\nAAAA\\n-----END PRIVATE KEY-----\\n', alts: [] };
    expect(secretMatches('-----BEGIN PRIVATE KEY-----\nMIIB\nAAAA\n-----END PRIVATE KEY-----', pemJson)).toBe(true);
  });
});

describe('engine on the labelled corpus', () => {
  it('meets the detection bars (precision >= 0.97, recall >= 0.98)', () => {
    const detections: Detection[] = [];
    for (const f of corpus.files) {
      const text = readFileSync(f.abs).toString('utf8');
      for (const finding of scanText(text, f.file)) {
        detections.push({
          file: f.file,
          line: finding.line,
          provider: finding.provider,
          rule: finding.rule,
          secret: finding.secret.reveal(),
          redacted: finding.redacted,
          confidence: finding.confidence,
        });
      }
    }
    const result = evaluate(corpus.labels, detections, 'secret');
    const report = formatComposition(corpus) + '\n\n' + formatReport(corpus, result, 'keylint engine on __tests__/corpus');
    assertNoSecretIn(report, result.tp.map((m) => m.detection.secret ?? ''));
    console.log(report);
    expect(result.precision).toBeGreaterThanOrEqual(0.97);
    expect(result.recall).toBeGreaterThanOrEqual(0.98);
  });
});
