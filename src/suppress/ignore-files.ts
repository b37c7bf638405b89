/**
 * Line-oriented ignore files at the scan root.
 *
 * `.gitleaksignore` — gitleaks fingerprints, one a line: `file:rule-id:line` (any commit) or
 * `commit:file:rule-id:line` (that commit only). The rule id may be a gitleaks or a keylint id.
 * A line that is neither is a warning (gitleaks skips it too), never a silent pass.
 *
 * `.keylintignore` — keylint fingerprints (from `--format json` or `--verbose`), one a line,
 * optionally followed by a reason (`<fp> test fixture` or `<fp> # test fixture`). A line that
 * is not a fingerprint is an error: a typo must not silently stop suppressing.
 */
import type { Finding } from '../types.js';
import { UsageError } from '../types.js';
import { resolveRuleId } from './rule-ids.js';

export const GITLEAKSIGNORE_FILE = '.gitleaksignore';
export const KEYLINTIGNORE_FILE = '.keylintignore';

export interface GitleaksIgnore {
  /** `file\0rule\0line` → matches any commit. */
  global: Set<string>;
  /** `commit\0file\0rule\0line`. */
  perCommit: Set<string>;
  warnings: string[];
}

const COMMIT = /^[0-9a-f]{7,64}$/i;

export function parseGitleaksIgnore(text: string, file = GITLEAKSIGNORE_FILE): GitleaksIgnore {
  const out: GitleaksIgnore = { global: new Set(), perCommit: new Set(), warnings: [] };
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const parts = line.split(':');
    const lineNo = parts.pop()!;
    const rule = parts.pop();
    if (!/^\d+$/.test(lineNo) || !rule || parts.length === 0) {
      out.warnings.push(`${file}:${i + 1}: not a gitleaks fingerprint (file:rule-id:line or commit:file:rule-id:line); ignored`);
      return;
    }
    const id = resolveRuleId(rule);
    const n = String(Number(lineNo));
    if (parts.length > 1 && COMMIT.test(parts[0]!)) {
      const commit = parts.shift()!.toLowerCase();
      out.perCommit.add(`${commit}\0${parts.join(':')}\0${id}\0${n}`);
    } else out.global.add(`${parts.join(':')}\0${id}\0${n}`);
  });
  return out;
}

export function gitleaksIgnores(ig: GitleaksIgnore, f: Finding): boolean {
  const tail = `${f.file}\0${f.rule}\0${f.line}`;
  if (ig.global.has(tail)) return true;
  return f.commit !== undefined && ig.perCommit.has(`${f.commit.toLowerCase()}\0${tail}`);
}

const FINGERPRINT = /^[0-9a-f]{16,64}$/;

/** The fingerprints of a `.keylintignore`. */
export function parseKeylintIgnore(text: string, file = KEYLINTIGNORE_FILE): Set<string> {
  const out = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const fp = line.split(/\s/, 1)[0]!.toLowerCase();
    if (!FINGERPRINT.test(fp)) {
      throw new UsageError(`${file}:${i + 1}: expected a finding fingerprint (hex, from --format json or scan --verbose), optionally followed by a reason`);
    }
    out.add(fp);
  });
  return out;
}
