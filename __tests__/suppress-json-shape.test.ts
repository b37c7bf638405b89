import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fingerprint, SecretValue } from '../src/secret.js';
import { jsonShapeOf } from '../src/suppress/json-shape.js';
import { loadSuppressions } from '../src/suppress/index.js';
import type { Finding } from '../src/types.js';

const SECRET = ['fake', 'shape', 'Qn3vHs8JdE6cUf1gx7Kq'].join('_');

function finding(file: string): Finding {
  const s = new SecretValue(SECRET);
  return {
    rule: 'generic-api-key', provider: 'generic', providerName: 'Generic', file, line: 2, column: 1, endLine: 2, endColumn: 21,
    confidence: 'medium', fingerprint: fingerprint('generic-api-key', file, SECRET), redacted: s.redacted, secret: s,
  };
}

const dsBaseline = JSON.stringify({ version: '1.5.0', plugins_used: [], results: { 'a.py': [{ hashed_secret: 'ab'.repeat(20), line_number: 2 }] } }, null, 2);
const rawReport = JSON.stringify([{ RuleID: 'generic-api-key', File: 'a.py', StartLine: 2, Secret: SECRET, Fingerprint: 'x:a.py:generic-api-key:2' }]);
const redactedReport = JSON.stringify([{ RuleID: 'generic-api-key', File: 'a.py', StartLine: 2, Secret: 'REDACTED', Fingerprint: 'x:a.py:generic-api-key:2' }]);

describe('what a JSON file is, read off its text', () => {
  test.each([
    ['a detect-secrets baseline', dsBaseline, 'peer'],
    ['an unredacted gitleaks report', rawReport, 'raw-report'],
    ['a redacted gitleaks report', redactedReport, 'other'],
    ['an object with "results" that is no baseline', '{"results": [1, 2]}', 'other'],
    ['broken JSON that names "RuleID"', '[{"RuleID": ', 'other'],
    ['not JSON at all', 'RuleID results', 'other'],
  ])('%s', (_what, text, shape) => {
    expect(jsonShapeOf(text)).toBe(shape);
  });

  test('the suppressions take the shapes a scan read, and read the other JSON files themselves', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'kl-shape-'));
    try {
      writeFileSync(path.join(root, 'on-disk.json'), dsBaseline);
      const s = await loadSuppressions(root);
      // gone.json is not on disk: only the shape the scan handed over can say it is a baseline.
      const { kept, notices } = await s.apply([finding('gone.json'), finding('on-disk.json'), finding('report.json'), finding('app.json')], new Map([['gone.json', 'peer'], ['report.json', 'raw-report']]));
      expect(kept.map((f) => f.file)).toEqual(['report.json', 'app.json']);
      expect(notices).toContain("2 findings in secret scanners' own files (gone.json, on-disk.json) not reported: they hold hashes and fingerprints, not secrets");
      expect(notices).toContain('report.json is a gitleaks report with raw secrets: its findings are real leaks (delete it, or make it with gitleaks --redact)');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
