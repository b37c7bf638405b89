import { createHash, randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Finding } from '../types.js';
import { UsageError } from '../types.js';

/**
 * `.keylint-baseline.json`: findings a team has accepted for now. Entries hold a fingerprint
 * (a hash of rule, file and secret), never the secret. A finding is matched by fingerprint,
 * so it stays suppressed when it moves to another line.
 *
 * Counting: when the same secret occurs several times in one file, each occurrence is its
 * own entry (same fingerprint, own line), and each entry suppresses at most one finding. A
 * new copy of a baselined secret is therefore reported, and removing one copy leaves one
 * stale entry.
 */

export const BASELINE_FILE = '.keylint-baseline.json';
export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  /** keylint's fingerprint; absent only in entries imported with a SHA-1 alone (detect-secrets). */
  fingerprint?: string;
  /**
   * SHA-1 hex of the secret (detect-secrets' `hashed_secret`), for imported entries: such an
   * entry also accepts a finding in the same file whose secret has this SHA-1, whatever its rule.
   */
  sha1?: string;
  rule: string;
  file: string;
  line: number;
  redacted: string;
}

export interface BaselineFile {
  version: 1;
  createdAt: string;
  findings: BaselineEntry[];
}

const FINGERPRINT = /^[0-9a-f]{16,64}$/;
const SHA1 = /^[0-9a-f]{40}$/;

const keyOf = (e: BaselineEntry): string => e.fingerprint ?? `~${e.sha1 ?? ''}`;

export function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  const ka = keyOf(a);
  const kb = keyOf(b);
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || (ka < kb ? -1 : ka > kb ? 1 : 0);
}

/** The baseline entry for a finding: the redacted form only, never the secret. */
export function toEntry(f: Finding): BaselineEntry {
  return { fingerprint: f.fingerprint, rule: f.rule, file: f.file, line: f.line, redacted: f.redacted };
}

/** The file content for `findings`: entries sorted by file, line, rule, fingerprint; 2-space JSON. */
export function formatBaseline(findings: readonly Finding[], now: Date = new Date()): string {
  return formatEntries(findings.map(toEntry), now);
}

/** The file content for entries (sorted; key order fixed). */
export function formatEntries(entries: readonly BaselineEntry[], now: Date = new Date()): string {
  const tidy = entries.map((e): BaselineEntry => {
    const out = {} as BaselineEntry;
    if (e.fingerprint !== undefined) out.fingerprint = e.fingerprint;
    if (e.sha1 !== undefined) out.sha1 = e.sha1;
    return Object.assign(out, { rule: e.rule, file: e.file, line: e.line, redacted: e.redacted });
  });
  const body: BaselineFile = { version: BASELINE_VERSION, createdAt: now.toISOString(), findings: tidy.sort(compareEntries) };
  return JSON.stringify(body, null, 2) + '\n';
}

/** Writes the baseline atomically (temp file + rename), so an interrupted run never leaves half a file. */
export async function writeBaseline(file: string, findings: Finding[], now: Date = new Date()): Promise<void> {
  await writeBaselineEntries(file, findings.map(toEntry), now);
}

export async function writeBaselineEntries(file: string, entries: readonly BaselineEntry[], now: Date = new Date()): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, formatEntries(entries, now), { encoding: 'utf8', mode: 0o644 });
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw new UsageError(`cannot write baseline ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/** 1-based line and column of a character offset. */
function lineCol(text: string, offset: number): string {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const line = before.split('\n').length;
  return `${line}:${before.length - before.lastIndexOf('\n')}`;
}

/** Is this JSON.parse error only about the text ending early (true for every prefix of valid JSON)? */
function endsEarly(message: string, length: number): boolean {
  if (message.includes('end of JSON input')) return true;
  const pos = /position (\d+)/.exec(message);
  return pos !== null && Number(pos[1]) >= length;
}

/**
 * Offset of the first character JSON.parse rejects: binary search for the shortest prefix
 * that fails for a reason other than ending early (Node's messages do not always carry a position).
 */
function jsonErrorOffset(text: string): number {
  const failsEarly = (len: number): boolean => {
    try {
      JSON.parse(text.slice(0, len));
      return false;
    } catch (e) {
      return !endsEarly((e as Error).message, len);
    }
  };
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (failsEarly(mid)) hi = mid;
    else lo = mid + 1;
  }
  return Math.max(0, lo - 1);
}

/** Parses baseline text; `file` names it in errors. */
export function parseBaseline(text: string, file: string): BaselineEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    // Drop the text excerpt and position Node adds; give line:column instead.
    const msg = (e as Error).message.replace(/, (\.\.\.)?"[\s\S]*$/, '').replace(/ in JSON at position \d+.*$/, '');
    throw new UsageError(`${file}:${lineCol(text, jsonErrorOffset(text))}: malformed baseline JSON: ${msg}`);
  }
  const bad = (what: string): never => {
    throw new UsageError(`${file}: malformed baseline: ${what} (rewrite it with \`keylint baseline\`)`);
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return bad('expected a JSON object');
  const obj = data as Record<string, unknown>;
  if (obj.version !== BASELINE_VERSION) return bad(`unsupported version ${JSON.stringify(obj.version)} (expected ${BASELINE_VERSION})`);
  if (!Array.isArray(obj.findings)) return bad('"findings" must be a list');
  return obj.findings.map((raw: unknown, i): BaselineEntry => {
    const at = `findings[${i}]`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return bad(`${at} must be an object`);
    const e = raw as Record<string, unknown>;
    if (e.sha1 !== undefined && (typeof e.sha1 !== 'string' || !SHA1.test(e.sha1))) return bad(`${at}.sha1 must be a SHA-1 hex digest`);
    if (e.fingerprint === undefined && e.sha1 === undefined) return bad(`${at}.fingerprint must be a hex fingerprint`);
    if (e.fingerprint !== undefined && (typeof e.fingerprint !== 'string' || !FINGERPRINT.test(e.fingerprint))) return bad(`${at}.fingerprint must be a hex fingerprint`);
    if (typeof e.rule !== 'string' || !e.rule) return bad(`${at}.rule must be a rule id`);
    if (typeof e.file !== 'string' || !e.file) return bad(`${at}.file must be a path`);
    if (typeof e.line !== 'number' || !Number.isInteger(e.line) || e.line < 1) return bad(`${at}.line must be a positive integer`);
    if (typeof e.redacted !== 'string') return bad(`${at}.redacted must be a string`);
    const entry: BaselineEntry = { rule: e.rule, file: e.file, line: e.line, redacted: e.redacted };
    if (typeof e.fingerprint === 'string') entry.fingerprint = e.fingerprint;
    if (typeof e.sha1 === 'string') entry.sha1 = e.sha1;
    return entry;
  });
}

/** Reads a baseline file. Missing, unreadable or malformed files are UsageErrors naming the file. */
export async function readBaseline(file: string): Promise<BaselineEntry[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`baseline file not found: ${file} (create it with \`keylint baseline\`)`);
    throw new UsageError(`cannot read baseline ${file}: ${code ?? (e as Error).message}`);
  }
  return parseBaseline(text, file);
}

export interface BaselineResult {
  /** Findings not in the baseline, in input order. */
  kept: Finding[];
  /** Findings a baseline entry accounts for, in input order. */
  suppressed: Finding[];
  /** Entries that no finding matched (the secret was removed, or the file was renamed). */
  stale: BaselineEntry[];
}

/** Pairs entries with findings of the same key, at most one each: same line first, then in line order. */
function pair(
  findings: readonly Finding[],
  entries: readonly BaselineEntry[],
  findingKey: (f: Finding) => string | undefined,
  entryKey: (e: BaselineEntry) => string | undefined,
  matched: Set<Finding>,
  used: Set<BaselineEntry>,
): void {
  const byKey = new Map<string, BaselineEntry[]>();
  for (const e of entries) {
    const k = used.has(e) ? undefined : entryKey(e);
    if (k === undefined) continue;
    const list = byKey.get(k);
    if (list) list.push(e);
    else byKey.set(k, [e]);
  }
  if (byKey.size === 0) return;
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    if (matched.has(f)) continue;
    const k = findingKey(f);
    if (k === undefined || !byKey.has(k)) continue;
    const g = groups.get(k);
    if (g) g.push(f);
    else groups.set(k, [f]);
  }
  for (const [k, group] of groups) {
    const list = byKey.get(k)!;
    // Pass 1: same line.
    for (const f of group) {
      const e = list.find((x) => !used.has(x) && x.line === f.line);
      if (e) {
        used.add(e);
        matched.add(f);
      }
    }
    // Pass 2: the rest, both sides in line order (the secret moved).
    const freeEntries = list.filter((x) => !used.has(x)).sort((a, b) => a.line - b.line);
    const freeFindings = group.filter((f) => !matched.has(f)).sort((a, b) => a.line - b.line);
    for (let i = 0; i < Math.min(freeEntries.length, freeFindings.length); i++) {
      used.add(freeEntries[i]!);
      matched.add(freeFindings[i]!);
    }
  }
}

/**
 * Subtracts the baseline. Each entry suppresses at most one finding with its fingerprint:
 * first the finding on the entry's own line, then the remaining ones in line order. Entries
 * imported with a SHA-1 then take the remaining findings of their file whose secret has it.
 */
export function applyBaseline(findings: Finding[], baseline: BaselineEntry[]): BaselineResult {
  const matched = new Set<Finding>();
  const used = new Set<BaselineEntry>();
  pair(findings, baseline, (f) => f.fingerprint, (e) => e.fingerprint, matched, used);
  if (baseline.some((e) => e.sha1 !== undefined)) {
    const sha1 = (f: Finding): string => `${f.file}\0${createHash('sha1').update(f.secret.reveal()).digest('hex')}`;
    pair(findings, baseline, sha1, (e) => (e.sha1 === undefined ? undefined : `${e.file}\0${e.sha1}`), matched, used);
  }
  return {
    kept: findings.filter((f) => !matched.has(f)),
    suppressed: findings.filter((f) => matched.has(f)),
    stale: baseline.filter((e) => !used.has(e)),
  };
}
