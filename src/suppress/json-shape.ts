import { looksLikeDetectSecretsBaseline } from './detect-secrets.js';

/**
 * What a JSON file is, by its content: a peer tool's file (a detect-secrets baseline: not a
 * finding source), an unredacted gitleaks report, or neither. Kept free of file access: the
 * scan threads read it off the text they scanned, instead of the suppressions reading every
 * JSON file with a finding again after the scan.
 */
export type JsonShape = 'peer' | 'raw-report' | 'other';

/** Report-shaped JSON texts longer than this are not parsed for the shape test. */
const MAX_SHAPE_CHARS = 32 * 1024 * 1024;

export function jsonShapeOf(text: string): JsonShape {
  if (text.length > MAX_SHAPE_CHARS) return 'other';
  const head = text.trimStart()[0];
  if (head !== '[' && head !== '{') return 'other';
  // Either kind names its fields: most JSON files (with findings in them) are not parsed at all.
  if (!text.includes('"RuleID"') && !text.includes('"results"')) return 'other';
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'other';
  }
  // A gitleaks report is not blanket-suppressed: a redacted one yields no findings (its
  // hashes and fingerprints are not keys), and anything keylint does find in it — a key in a
  // commit message, or every key of an unredacted report — is a real leak.
  if (looksLikeGitleaksReport(data)) return isRedactedGitleaksReport(data) ? 'other' : 'raw-report';
  if (looksLikeDetectSecretsBaseline(data)) return 'peer';
  return 'other';
}

/** Whether parsed JSON is a gitleaks report: a non-empty array of findings with RuleID and Fingerprint (or File and StartLine). */
export function looksLikeGitleaksReport(data: unknown): data is Array<Record<string, unknown>> {
  if (!Array.isArray(data) || data.length === 0) return false;
  return data.every((x) => typeof x === 'object' && x !== null && !Array.isArray(x) && 'RuleID' in x && ('Fingerprint' in x || ('File' in x && 'StartLine' in x)));
}

/** Whether a gitleaks report holds no raw secrets (made with `--redact`). */
export function isRedactedGitleaksReport(data: Array<Record<string, unknown>>): boolean {
  return data.every((x) => typeof x.Secret !== 'string' || x.Secret === '' || /^REDACTED$|^\*+$/.test(x.Secret) || /REDACTED/.test(x.Secret));
}

/** Paths the shape test applies to. */
export const JSON_FILE = /\.json$/i;
