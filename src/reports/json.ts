/**
 * The JSON report: a stable contract other tools read. Version 1 fields never change meaning
 * or disappear; new fields are only ever added. Keys are written in a fixed order and
 * findings are sorted, so the same scan gives byte-identical output.
 */
import type { Confidence } from '../providers/types.js';
import type { Finding, ScanResult, SkippedFile } from '../types.js';
import { displayPath, sortFindings } from './format.js';

export interface JsonFinding {
  rule: string;
  provider: string;
  /** Additive: display name of the provider. */
  providerName: string;
  /** Relative to the scan root, forward slashes. */
  file: string;
  line: number;
  column: number;
  /** Additive. */
  endLine: number;
  /** Exclusive (one past the last character), like SARIF. */
  endColumn: number;
  fingerprint: string;
  redacted: string;
  confidence: Confidence;
  /** Only for findings from commit/history scans. */
  commit?: string;
  /** Additive, only in `--history` scans: the first commit that added the secret, and how many did. */
  history?: { firstCommit: string; author: string; date: string; commitCount: number };
  /** Additive, only with `--verify`: the provider's answer about the key. */
  verification?: { status: string; http?: number; detail?: string };
  /** Additive: the secret was found in the decoded form of the span (`base64`, `percent`). */
  encoding?: 'base64' | 'percent';
  /** Additive: the other part of a two-part credential, where it is (redacted, never raw). */
  pair?: { label: string; line: number; column: number; endLine: number; endColumn: number; redacted: string };
}

export interface JsonReport {
  version: 1;
  findings: JsonFinding[];
  stats: { files: number; bytes: number; skipped: number; durationMs: number };
  /** Additive: what was scanned, in words. */
  scope?: string;
  /** Additive: partial views and other things the reader must know. */
  notices: string[];
  /** Additive: every skipped file and why. */
  skippedFiles: Array<{ path: string; reason: SkippedFile['reason'] }>;
}

function toJsonFinding(f: Finding, root: string | undefined): JsonFinding {
  // Built field by field (never spread): a Finding's `secret` must not be copied anywhere.
  const out: JsonFinding = {
    rule: f.rule,
    provider: f.provider,
    providerName: f.providerName,
    file: displayPath(f.file, root),
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    fingerprint: f.fingerprint,
    redacted: f.redacted,
    confidence: f.confidence,
  };
  if (f.commit) out.commit = f.commit;
  if (f.history) out.history = { firstCommit: f.history.firstCommit, author: f.history.author, date: f.history.date, commitCount: f.history.commitCount };
  if (f.encoding) out.encoding = f.encoding;
  if (f.verification) {
    const v = f.verification;
    out.verification = { status: v.status, ...(v.http !== undefined ? { http: v.http } : {}), ...(v.detail ? { detail: v.detail } : {}) };
  }
  if (f.pair) {
    const p = f.pair;
    out.pair = { label: p.label, line: p.line, column: p.column, endLine: p.endLine, endColumn: p.endColumn, redacted: p.redacted };
  }
  return out;
}

export function buildJsonReport(result: ScanResult, opts: { root?: string } = {}): JsonReport {
  const report: JsonReport = {
    version: 1,
    findings: sortFindings(result.findings).map((f) => toJsonFinding(f, opts.root)),
    stats: {
      files: result.stats.files,
      bytes: result.stats.bytes,
      skipped: result.stats.skipped,
      durationMs: Math.round(result.stats.durationMs),
    },
    notices: [...result.notices],
    skippedFiles: result.skipped.map((s) => ({ path: displayPath(s.path, opts.root), reason: s.reason })),
  };
  if (result.scope !== undefined) {
    // Keep `scope` right after `stats` in the output's key order.
    const { notices, skippedFiles, ...head } = report;
    return { ...head, scope: result.scope, notices, skippedFiles };
  }
  return report;
}

/** Pretty-printed JSON with a trailing newline. */
export function formatJson(result: ScanResult, opts: { root?: string } = {}): string {
  return JSON.stringify(buildJsonReport(result, opts), null, 2) + '\n';
}
