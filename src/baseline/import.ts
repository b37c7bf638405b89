/**
 * `keylint baseline --import FILE`: a detect-secrets `.secrets.baseline` or a gitleaks JSON
 * report as keylint baseline entries, so a team keeps its triage.
 *
 * - gitleaks report (an array of {RuleID, File, StartLine, Secret, Fingerprint, …}): the raw
 *   `Secret` is read in memory to compute keylint's fingerprint, its SHA-1 and the redacted
 *   form; it is never written. Entries of a report made with `--redact` have no secret and
 *   cannot be imported (counted, and the message says why).
 * - detect-secrets baseline: only SHA-1 hashes, so the entries are of the `sha1` kind.
 */
import { readFile } from 'node:fs/promises';
import { fingerprint, redact } from '../secret.js';
import { UsageError } from '../types.js';
import { detectSecretsEntries, looksLikeDetectSecretsBaseline, sha1Hex } from '../suppress/detect-secrets.js';
import { looksLikeGitleaksReport } from '../suppress/json-shape.js';
import { resolveRuleId } from '../suppress/rule-ids.js';
import type { BaselineEntry } from './index.js';

export interface ImportResult {
  kind: 'gitleaks' | 'detect-secrets';
  entries: BaselineEntry[];
  /** Entries that could not be imported, and why. */
  skipped: number;
  why?: string;
}

function fromGitleaks(data: Array<Record<string, unknown>>, file: string): ImportResult {
  const entries: BaselineEntry[] = [];
  let skipped = 0;
  data.forEach((x, i) => {
    const at = `${file}: [${i}]`;
    if (typeof x.RuleID !== 'string' || !x.RuleID) throw new UsageError(`${at}.RuleID must be a rule id`);
    if (typeof x.File !== 'string' || !x.File) throw new UsageError(`${at}.File must be a path`);
    const secret = typeof x.Secret === 'string' ? x.Secret : '';
    if (secret === '' || /REDACTED/.test(secret)) {
      skipped++;
      return;
    }
    const rule = resolveRuleId(x.RuleID);
    const rel = x.File.replace(/\\/g, '/').replace(/^\.\//, '');
    const line = typeof x.StartLine === 'number' && Number.isInteger(x.StartLine) && x.StartLine > 0 ? x.StartLine : 1;
    entries.push({ fingerprint: fingerprint(rule, rel, secret), sha1: sha1Hex(secret), rule, file: rel, line, redacted: redact(secret) });
  });
  const out: ImportResult = { kind: 'gitleaks', entries, skipped };
  if (skipped) out.why = 'the report was made with --redact (no secret to fingerprint); run gitleaks without --redact for the import, then delete the report';
  return out;
}

/** Converts parsed JSON; `file` names it in errors. */
export function importBaselineData(data: unknown, file: string): ImportResult {
  if (Array.isArray(data) && data.length === 0) return { kind: 'gitleaks', entries: [], skipped: 0 };
  if (looksLikeGitleaksReport(data)) return fromGitleaks(data, file);
  if (looksLikeDetectSecretsBaseline(data)) {
    const entries = detectSecretsEntries(data, file).map((e): BaselineEntry => ({ sha1: e.sha1, rule: `detect-secrets:${e.type}`, file: e.file, line: e.line, redacted: '(SHA-1 only, imported from detect-secrets)' }));
    return { kind: 'detect-secrets', entries, skipped: 0 };
  }
  throw new UsageError(`${file}: neither a detect-secrets baseline ({"version", "results"}) nor a gitleaks JSON report (an array of findings with RuleID)`);
}

export async function importBaselineFile(file: string, shown: string): Promise<ImportResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `file to import not found: ${shown}` : `cannot read ${shown}: ${code ?? (e as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    // Never echo the text: a gitleaks report holds raw secrets.
    throw new UsageError(`${shown}: malformed JSON: ${(e as Error).message.split('\n')[0]!.replace(/, "[\s\S]*$/, '').replace(/ in JSON at position \d+.*$/, '')}`);
  }
  return importBaselineData(data, shown);
}
