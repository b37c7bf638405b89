/**
 * Everything the action shows: masks, annotations, the job summary, report files, outputs.
 * Order matters: every raw value is registered with `core.setSecret` before the first line
 * that could contain it is printed, so the runner's log masking is armed in time.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { buildAnnotations } from '../reports/annotations.js';
import { formatJson } from '../reports/json.js';
import { formatSarif } from '../reports/sarif.js';
import { renderSummaryMarkdown } from '../reports/summary.js';
import { plural, sanitize } from '../reports/format.js';
import { formatText } from '../reports/text.js';
import type { Finding, ScanResult } from '../types.js';
import { UsageError } from '../types.js';
import { VERSION } from '../version.js';
import type { ActionScan } from './scan.js';

/** GitHub shows at most 10 error annotations (and 10 warnings) per step. */
export const MAX_ANNOTATIONS = 10;

/**
 * Registers a value with the runner's masker. A multi-line value (a PEM block) is also masked
 * line by line, since the runner masks each registered string as a whole.
 */
export function maskValue(raw: string): void {
  if (raw === '') return;
  core.setSecret(raw);
  if (/[\r\n]/.test(raw)) {
    for (const line of raw.split(/\r?\n/)) {
      const t = line.trim();
      if (t.length >= 8) core.setSecret(t);
    }
  }
}

export function maskFindings(findings: readonly Finding[]): void {
  const seen = new Set<string>();
  for (const f of findings) {
    for (const raw of f.pair ? [f.secret.reveal(), f.pair.secret.reveal()] : [f.secret.reveal()]) {
      if (seen.has(raw)) continue;
      seen.add(raw);
      maskValue(raw);
    }
  }
}

/** Head findings plus intermediate ones: what the JSON/SARIF reports and the count hold. */
export function combinedResult(scan: ActionScan): ScanResult {
  const notices = [...scan.notes, ...scan.result.notices.filter((n) => !scan.notes.includes(n))];
  return { ...scan.result, findings: [...scan.result.findings, ...scan.intermediate], notices };
}

export function emitAnnotations(scan: ActionScan, root: string): number {
  const set = buildAnnotations(scan.result.findings, scan.providers, { max: MAX_ANNOTATIONS, root });
  for (const a of set.annotations) {
    const props: core.AnnotationProperties = { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine };
    if (a.startColumn !== undefined) props.startColumn = a.startColumn;
    if (a.endColumn !== undefined) props.endColumn = a.endColumn;
    if (a.level === 'error') core.error(a.message, props);
    else core.warning(a.message, props);
  }
  return set.omitted;
}

export interface SummaryContext {
  event: string;
  repoUrl?: string;
  root: string;
  annotationsOmitted: number;
}

export function scanSummary(scan: ActionScan, ctx: SummaryContext): string {
  const result: ScanResult = { ...scan.result, notices: combinedResult(scan).notices };
  const input: Parameters<typeof renderSummaryMarkdown>[0] = {
    result,
    providers: scan.providers,
    event: ctx.event,
    intermediate: scan.intermediate,
    scanned: { files: scan.result.stats.files, bytes: scan.bytes, durationMs: scan.durationMs },
    annotationsOmitted: ctx.annotationsOmitted,
    root: ctx.root,
  };
  if (scan.commits !== undefined) input.scanned.commits = scan.commits;
  if (scan.headSha) input.headSha = scan.headSha;
  if (scan.range) input.range = scan.range;
  if (ctx.repoUrl) input.repoUrl = ctx.repoUrl;
  return renderSummaryMarkdown(input);
}

/** The log: what was scanned, partial views as warnings, then the findings (redacted). */
export function logScan(scan: ActionScan, root: string): void {
  const scope = sanitize(scan.result.scope ?? 'nothing');
  // The tree's scope already says how it was read (`7 files via git`): no second `via`.
  const via = / via /.test(scope) ? '' : ` via ${scan.via}`;
  core.info(`keylint: scanned ${scope}${scan.commits !== undefined ? ` (${plural(scan.commits, 'commit')})` : ''}${via}`);
  for (const n of scan.notes) core.warning(sanitize(n), { title: 'keylint: partial or changed scan' });
  for (const n of scan.result.notices) if (!scan.notes.includes(n)) core.info(`keylint: ${sanitize(n)}`);
  const text = formatText(scan.result, { color: false, root, providers: scan.providers });
  if (text.trim()) core.info(text.trimEnd());
  if (scan.intermediate.length > 0) {
    core.info(`keylint: ${plural(scan.intermediate.length, 'key')} ${scan.intermediate.length === 1 ? 'was' : 'were'} added and removed again within the scanned commits; they stay in the history and must be rotated:`);
    for (const f of scan.intermediate) {
      core.info(`  ${sanitize(f.file)}:${f.line}  ${sanitize(f.providerName || f.provider)}  ${f.redacted}${f.commit ? `  commit ${f.commit.slice(0, 7)}` : ''}`);
    }
  }
}

function writeFile(file: string, text: string, what: string): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot write the ${what} to ${file}${code ? ` (${code})` : ''}`);
  }
}

/** Writes the JSON report into RUNNER_TEMP; returns its path. */
export function writeJsonReport(result: ScanResult, root: string, env: NodeJS.ProcessEnv): string {
  const dir = env.RUNNER_TEMP || tmpdir();
  const file = path.join(dir, 'keylint', 'keylint-report.json');
  writeFile(file, formatJson(result, { root }), 'JSON report');
  return file;
}

export function writeSarif(result: ScanResult, scan: ActionScan, root: string, target: string): string {
  const file = path.resolve(root, target);
  writeFile(file, formatSarif(result, { providers: scan.providers, toolVersion: VERSION, root }), 'SARIF report');
  return file;
}

/** Appends Markdown to the job summary when the runner provides one. */
export async function writeSummary(markdown: string, env: NodeJS.ProcessEnv): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown, true).write();
}
