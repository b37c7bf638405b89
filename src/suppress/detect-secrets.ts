/**
 * detect-secrets' `.secrets.baseline` (v1.x): `{"version": "1.x", "results": {"path":
 * [{"type", "filename", "hashed_secret", "line_number"}]}}`, `hashed_secret` being the SHA-1 hex
 * of the raw secret. A keylint finding is accepted when the SHA-1 of its secret is listed for
 * the same file. Only hashes are read; the secrets are not in the file.
 */
import { createHash } from 'node:crypto';
import { UsageError } from '../types.js';

export const DETECT_SECRETS_BASELINE_FILE = '.secrets.baseline';

export interface DetectSecretsEntry {
  file: string;
  sha1: string;
  line: number;
  type: string;
}

const SHA1 = /^[0-9a-f]{40}$/;

export function sha1Hex(s: string): string {
  return createHash('sha1').update(s).digest('hex');
}

/** Is this parsed JSON a detect-secrets baseline? (`results` object plus `version` or `plugins_used`.) */
export function looksLikeDetectSecretsBaseline(data: unknown): boolean {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const o = data as Record<string, unknown>;
  return typeof o.results === 'object' && o.results !== null && !Array.isArray(o.results) && ('version' in o || 'plugins_used' in o);
}

/** The entries of a parsed detect-secrets baseline; `file` names it in errors. */
export function detectSecretsEntries(data: unknown, file: string): DetectSecretsEntry[] {
  const bad = (what: string): never => {
    throw new UsageError(`${file}: not a detect-secrets baseline: ${what}`);
  };
  if (!looksLikeDetectSecretsBaseline(data)) return bad('expected an object with "version" and "results"');
  const results = (data as { results: Record<string, unknown> }).results;
  const out: DetectSecretsEntry[] = [];
  for (const [path, list] of Object.entries(results)) {
    if (!Array.isArray(list)) return bad(`results[${JSON.stringify(path)}] must be a list`);
    list.forEach((raw: unknown, i) => {
      const at = `results[${JSON.stringify(path)}][${i}]`;
      if (typeof raw !== 'object' || raw === null) return bad(`${at} must be an object`);
      const e = raw as Record<string, unknown>;
      const sha1 = typeof e.hashed_secret === 'string' ? e.hashed_secret.toLowerCase() : '';
      if (!SHA1.test(sha1)) return bad(`${at}.hashed_secret must be a SHA-1 hex digest`);
      const name = typeof e.filename === 'string' && e.filename ? e.filename : path;
      const line = typeof e.line_number === 'number' && Number.isInteger(e.line_number) && e.line_number > 0 ? e.line_number : 1;
      out.push({ file: name.replace(/\\/g, '/').replace(/^\.\//, ''), sha1, line, type: typeof e.type === 'string' ? e.type : 'secret' });
    });
  }
  return out;
}

export function parseDetectSecretsBaseline(text: string, file = DETECT_SECRETS_BASELINE_FILE): DetectSecretsEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file}: malformed JSON: ${(e as Error).message.split('\n')[0]!.replace(/, "[\s\S]*$/, '')}`);
  }
  return detectSecretsEntries(data, file);
}
