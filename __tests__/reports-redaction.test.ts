/** No report ever contains a raw secret, nor any part of it that redaction hides. */
import { describe, expect, it } from '@jest/globals';
import { inspect } from 'node:util';
import { buildAnnotations } from '../src/reports/annotations.js';
import { formatJson } from '../src/reports/json.js';
import { formatSarif } from '../src/reports/sarif.js';
import { renderSummaryMarkdown } from '../src/reports/summary.js';
import { formatText } from '../src/reports/text.js';
import { fakeChars, fakeGithubToken, fakeOpenAiKey, hiddenWindows, makeFinding, makeResult, providers, SHA_A, SHA_B } from './reports-fixtures.js';

const raws = [
  fakeOpenAiKey(501),
  fakeGithubToken(502),
  // Distinctive marker in the hidden middle, plus Markdown-special characters.
  'Zq' + fakeChars(503, 10) + 'RAWSECRETMARKER|`<x>' + fakeChars(504, 10),
  // Short value: redaction shows less of it.
  'pw' + fakeChars(505, 8),
];

const findings = raws.map((raw, i) =>
  makeFinding({
    raw,
    file: `svc/${i}/config.env`,
    line: i + 2,
    rule: i === 1 ? 'github-pat' : i >= 2 ? 'generic-secret-assignment' : 'openai-project-key',
    provider: i === 1 ? 'github' : i >= 2 ? 'generic' : 'openai',
    providerName: i === 1 ? 'GitHub' : i >= 2 ? 'Generic secret' : 'OpenAI',
    confidence: i >= 2 ? 'low' : 'high',
    ...(i === 0 ? { commit: SHA_A } : {}),
  }),
);
const intermediate = [makeFinding({ raw: raws[0]!, file: 'old.env', commit: SHA_B })];
const result = makeResult(findings, { notices: ['partial view'], skipped: [{ path: 'x.bin', reason: 'binary' }] });

const decodeEntities = (s: string): string => s.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));

const outputs: Array<[string, string]> = [
  ['text', formatText(result, { color: false, providers, verbose: true })],
  ['text (colour)', formatText(result, { color: true, providers, verbose: true })],
  ['json', formatJson(result)],
  ['sarif', formatSarif(result, { providers, toolVersion: '0.1.0', root: '/repo' })],
  ['annotations', JSON.stringify(buildAnnotations([...findings, ...intermediate], providers, { max: 2 }))],
  ['annotations (uncapped)', JSON.stringify(buildAnnotations(findings, providers, { max: 10 }))],
  [
    'summary',
    decodeEntities(
      renderSummaryMarkdown({ result, providers, headSha: SHA_A, repoUrl: 'https://github.com/o/r', event: 'push', intermediate, scanned: { files: 4, bytes: 100, durationMs: 3 } }),
    ),
  ],
];

describe('redaction in every report', () => {
  it.each(outputs)('%s contains no raw secret and no hidden part of one', (_name, out) => {
    expect(out.length).toBeGreaterThan(0);
    for (const raw of raws) {
      expect(out).not.toContain(raw);
      for (const w of hiddenWindows(raw)) expect(out).not.toContain(w);
    }
    expect(out).not.toContain('RAWSECRETMARKER');
  });

  it.each(outputs)('%s shows the redacted form instead', (name, out) => {
    if (name.startsWith('annotations')) return; // annotations are checked per finding below
    expect(out).toContain(findings[0]!.redacted.split(' ')[0]!.slice(0, 4));
    expect(out).toContain('(56 chars)');
  });

  it('every annotation message carries the redacted value, never the raw one', () => {
    const { annotations } = buildAnnotations(findings, providers, { max: 10 });
    for (const f of findings) expect(annotations.some((a) => a.message.includes(f.redacted))).toBe(true);
  });

  it('the fixture really holds the raw values (so the checks above can fail)', () => {
    expect(findings[2]!.secret.reveal()).toContain('RAWSECRETMARKER');
    expect(inspect(findings[2])).not.toContain('RAWSECRETMARKER');
  });
});
