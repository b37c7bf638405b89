import type { Confidence } from './providers/types.js';
import type { SecretValue } from './secret.js';

/**
 * A piece of text to scan. A whole file has no `lines`; a diff fragment (the added lines of
 * one hunk or file) carries `lines`: for line i (0-based) of `text`, the 1-based line number
 * in the new file. A multi-line secret is reported when any of its lines was added.
 */
export interface ScanUnit {
  /** Path relative to the scan root, forward slashes. */
  path: string;
  text: string;
  lines?: number[];
  /** The commit that added these lines, for commit/history scans. */
  commit?: string;
}

export interface Finding {
  rule: string;
  /** Provider id (`openai`) and display name (`OpenAI`). */
  provider: string;
  providerName: string;
  file: string;
  /** 1-based; columns count UTF-16 code units from 1, like editors and SARIF's default. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  confidence: Confidence;
  fingerprint: string;
  /** Redacted form; the raw value never leaves `secret.reveal()`. */
  redacted: string;
  secret: SecretValue;
  commit?: string;
  /** The other part of a two-part credential (`Rule.pair`), when it was found near the secret. */
  pair?: FindingPair;
  /** Found in the decoded form of the span (a base64 blob, a percent-encoded value): the span is the encoded text. */
  encoding?: 'base64' | 'percent';
  /** Set by `scan --verify`: what the provider said about the key. */
  verification?: Verification;
  /** History scans (`--history`): one finding per secret per file; `commit` is `history.firstCommit`. */
  history?: FindingHistory;
}

/** Where a secret entered the history, and how many commits added it. */
export interface FindingHistory {
  /** The oldest commit that added the secret (by author date). */
  firstCommit: string;
  /** That commit's author name (from the repository: untrusted text, sanitise on output). */
  author: string;
  /** That commit's author date, strict ISO 8601. */
  date: string;
  /** Distinct commits that added the secret's line to this file. */
  commitCount: number;
}

export type VerificationStatus = 'valid' | 'invalid' | 'restricted' | 'rate-limited' | 'quota-exhausted' | 'unknown' | 'unsupported';

/** The provider's answer to a live check of a finding's key (never containing the key). */
export interface Verification {
  status: VerificationStatus;
  /** The HTTP status of the provider's answer, when there was one. */
  http?: number;
  /** The provider's error, or why the key could not be checked. */
  detail?: string;
}

/** Where the other part of a two-part credential is, and its value (never shown raw). */
export interface FindingPair {
  /** `account SID`, `application key` … */
  label: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  redacted: string;
  secret: SecretValue;
}

export interface SkippedFile {
  path: string;
  /** `archive-limit`: an archive (or its members) beyond the archive bounds (members, size, depth, ratio). */
  reason: 'binary' | 'too-large' | 'unreadable' | 'symlink' | 'excluded' | 'archive-limit';
  detail?: string;
}

export interface ScanStats {
  files: number;
  bytes: number;
  skipped: number;
  durationMs: number;
}

export interface ScanResult {
  findings: Finding[];
  skipped: SkippedFile[];
  stats: ScanStats;
  /** What was scanned, in words, for summaries ("42 files", "3 commits a1b2c3..d4e5f6"). */
  scope?: string;
  /** Things the user must know (partial views, notices). Never contain secrets. */
  notices: string[];
}

/** A clear, one-line user error: the CLI prints the message and exits 2, never a stack trace. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
