/**
 * Human-readable terminal report: one aligned line per finding, a summary line, notices, and
 * how to fix or allow. Every string taken from the scanned tree (paths, redacted values) is
 * sanitised so a file name cannot inject terminal escapes or fake lines.
 */
import type { ProviderRecord } from '../providers/types.js';
import type { Finding, ScanResult } from '../types.js';
import { palette, type Palette } from './color.js';
import {
  displayPath,
  distinctFiles,
  formatBytes,
  formatDuration,
  plural,
  providerMap,
  sanitize,
  shortSha,
  skippedBreakdown,
  sortFindings,
} from './format.js';
import { ALLOW_MARKER, rotateUrlOf } from './guidance.js';
import { isLiveFinding, verificationCounts, verificationLabel } from './verification.js';
import { historyPhrase } from './history.js';

export interface TextOptions {
  /** ANSI colours (decide with `shouldUseColor`). */
  color: boolean;
  /** Scan root: absolute finding paths under it are shown relative to it. */
  root?: string;
  /** Provider records, for rotation links in the how-to-fix hint. */
  providers?: readonly ProviderRecord[];
  /** List every skipped file with its reason. */
  verbose?: boolean;
}

/** Padding stops growing past this width so one long path does not push every column away. */
const MAX_PAD = 72;

interface Row {
  loc: string;
  provider: string;
  rule: string;
  redacted: string;
  commit: string;
  /** History scans: `first in abc1234 by Name on 2026-01-02, in 3 commits`. */
  history: string;
  confidence: Finding['confidence'];
  /** The other part of a two-part credential, redacted. */
  pair: string;
  /** `LIVE`, `invalid`, `unknown: timeout` … (only with `--verify`). */
  verification: string;
  live: boolean;
  /** Shown with `--verbose`: what `.keylintignore` takes. */
  fingerprint: string;
}

function toRow(f: Finding, root: string | undefined): Row {
  return {
    fingerprint: f.fingerprint,
    loc: `${sanitize(displayPath(f.file, root))}:${f.line}:${f.column}`,
    provider: sanitize(f.providerName || f.provider),
    rule: sanitize(f.rule),
    redacted: sanitize(f.redacted),
    commit: f.commit ? shortSha(f.commit) : '',
    history: f.history ? historyPhrase(f.history) : '',
    confidence: f.confidence,
    pair: f.pair ? sanitize(`+ ${f.pair.label} ${f.pair.redacted} at ${f.pair.line}:${f.pair.column}`) : '',
    verification: f.verification ? verificationLabel(f.verification) : '',
    live: f.verification?.status === 'valid' || f.verification?.status === 'restricted',
  };
}

function width(rows: readonly Row[], key: 'loc' | 'provider' | 'rule'): number {
  return Math.min(MAX_PAD, Math.max(0, ...rows.map((r) => r[key].length)));
}

function renderRows(rows: readonly Row[], c: Palette, verbose = false): string[] {
  const wl = width(rows, 'loc');
  const wp = width(rows, 'provider');
  const wr = width(rows, 'rule');
  return rows.map((r) => {
    const value = r.confidence === 'high' ? c.red(r.redacted) : c.yellow(r.redacted);
    const parts = [c.bold(r.loc.padEnd(wl)), c.cyan(r.provider.padEnd(wp)), c.dim(r.rule.padEnd(wr)), value];
    if (r.verification) parts.splice(0, 0, r.live ? c.red(c.bold(r.verification)) : c.dim(r.verification));
    if (r.pair) parts.push(c.dim(r.pair));
    if (r.history) parts.push(c.dim(r.history));
    else if (r.commit) parts.push(c.dim(`commit ${r.commit}`));
    if (r.confidence === 'low') parts.push(c.dim('(low confidence)'));
    if (verbose) parts.push(c.dim(`fp ${r.fingerprint}`));
    return parts.join('  ').trimEnd();
  });
}

/** `3 live, 12 invalid, 40 not verifiable`. */
function verificationSummary(findings: readonly Finding[], c: Palette): string {
  const [[live], ...rest] = verificationCounts(findings);
  const parts = [live ? c.red(c.bold(`${live} live`)) : c.green('0 live'), ...rest.map(([n, label]) => `${n} ${label}`)];
  return `Verified: ${parts.join(', ')}`;
}

function summaryLine(result: ScanResult, c: Palette): string {
  const { findings, stats } = result;
  const head =
    findings.length === 0
      ? c.green('No secrets found')
      : c.red(c.bold(`${plural(findings.length, 'secret')} in ${plural(distinctFiles(findings), 'file')}`));
  const parts = [head, `${plural(stats.files, 'file')} scanned (${formatBytes(stats.bytes)}) in ${formatDuration(stats.durationMs)}`];
  if (result.scope) parts.push(sanitize(result.scope));
  const skippedCount = Math.max(stats.skipped, result.skipped.length);
  if (skippedCount > 0) {
    const why = skippedBreakdown(result.skipped);
    parts.push(`${skippedCount} skipped${why ? ` (${why})` : ''}`);
  }
  return parts.join(' · ');
}

function fixHint(findings: readonly Finding[], providers: readonly ProviderRecord[], c: Palette): string[] {
  const byId = providerMap(providers);
  const rotations = new Map<string, string>();
  for (const f of sortFindings(findings)) {
    const url = rotateUrlOf(byId.get(f.provider));
    const name = sanitize(f.providerName || f.provider);
    if (url && !rotations.has(name)) rotations.set(name, url);
  }
  const out = [c.bold('How to fix:') + ' move each key to a secret store or an environment variable, then rotate it (it must be treated as leaked).'];
  const w = Math.min(MAX_PAD, Math.max(0, ...[...rotations.keys()].map((k) => k.length)));
  for (const [name, url] of rotations) out.push(`  ${name.padEnd(w)}  ${url}`);
  out.push(`Not a real key? Add a \`${ALLOW_MARKER}\` comment on the line (e.g. \`# ${ALLOW_MARKER}\`), allow the value in the keylint config, or add it to the baseline.`);
  return out;
}

export function formatText(result: ScanResult, opts: TextOptions): string {
  const c = palette(opts.color);
  const lines: string[] = [];
  // With `--verify`, live keys first (the ones to rotate tonight), each group in file order.
  const findings = sortFindings(result.findings).sort((a, b) => Number(isLiveFinding(b)) - Number(isLiveFinding(a)));
  if (findings.length > 0) {
    lines.push(...renderRows(findings.map((f) => toRow(f, opts.root)), c, opts.verbose), '');
  }
  if (opts.verbose) {
    for (const s of result.skipped) {
      const detail = s.detail ? ` (${sanitize(s.detail)})` : '';
      lines.push(c.dim(`skipped  ${sanitize(displayPath(s.path, opts.root))}  ${s.reason}${detail}`));
    }
  }
  for (const n of result.notices) lines.push(`${c.yellow('notice:')} ${sanitize(n)}`);
  lines.push(summaryLine(result, c));
  if (findings.some((f) => f.verification)) lines.push(verificationSummary(findings, c));
  if (findings.length > 0) lines.push('', ...fixHint(findings, opts.providers ?? [], c));
  return lines.join('\n') + '\n';
}
