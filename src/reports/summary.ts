/**
 * The GitHub job summary (Markdown): headline, findings table linked to the blob at the head
 * sha, findings in intermediate commits, notices, what was scanned, how to fix and allow.
 * Every value that comes from the scanned repository is escaped (`escapeMarkdown`): file names
 * are attacker-controlled in a pull request.
 */
import type { ProviderRecord } from '../providers/types.js';
import type { Finding, ScanResult } from '../types.js';
import { displayPath, distinctFiles, formatBytes, formatDuration, plural, providerMap, shortSha, skippedBreakdown, sortFindings } from './format.js';
import { ALLOW_MARKER, rotateUrlOf } from './guidance.js';
import { blobUrl, code, escapeMarkdown, link } from './markdown.js';
import { anyVerified, isLiveFinding, verificationCounts, verificationLabel } from './verification.js';

export interface SummaryInput {
  /** Findings present at the head of the scanned range (or in the scanned tree). */
  result: ScanResult;
  providers: readonly ProviderRecord[];
  headSha?: string;
  /** `https://github.com/owner/repo` (or a GHES URL): location cells link to the blob. */
  repoUrl?: string;
  event?: string;
  /** The commit range, e.g. `a1b2c3d..d4e5f6a`. */
  range?: string;
  /** Keys added and removed again inside the range: not at head, still in history. Each has `commit`. */
  intermediate?: readonly Finding[];
  scanned: { commits?: number; files: number; bytes: number; durationMs: number };
  /** Findings that did not get their own annotation (from `buildAnnotations`). */
  annotationsOmitted?: number;
  /** Rows per table before "and N more" (default 200). */
  maxRows?: number;
  /** Absolute paths under this root are shown relative to it. */
  root?: string;
}

const DEFAULT_MAX_ROWS = 200;

function headline(head: readonly Finding[], intermediate: readonly Finding[]): string {
  if (head.length === 0 && intermediate.length === 0) return '## ✅ keylint: no keys found';
  const parts: string[] = [];
  if (head.length > 0) parts.push(`${plural(head.length, 'key')} in ${plural(distinctFiles(head), 'file')}`);
  if (intermediate.length > 0) {
    const n = plural(intermediate.length, 'key');
    parts.push(head.length > 0 ? `${intermediate.length} more in intermediate commits` : `${n} in intermediate commits`);
  }
  return `## ❌ keylint: ${parts.join(', ')}`;
}

interface TableContext {
  repoUrl: string | undefined;
  root: string | undefined;
  maxRows: number;
}

function locationCell(f: Finding, sha: string | undefined, ctx: TableContext): string {
  const file = displayPath(f.file, ctx.root);
  return link(`${escapeMarkdown(file)}:${f.line}`, blobUrl(ctx.repoUrl, sha, file, f.line));
}

function findingsTable(findings: readonly Finding[], linkSha: (f: Finding) => string | undefined, ctx: TableContext): string[] {
  // With `verify`, a Status column, live keys first.
  const verified = anyVerified(findings);
  const rows = [...sortFindings(findings)];
  if (verified) rows.sort((a, b) => Number(isLiveFinding(b)) - Number(isLiveFinding(a)));
  const shown = rows.slice(0, ctx.maxRows);
  const out = verified ? ['| Status | Location | Provider | Value | Commit |', '| --- | --- | --- | --- | --- |'] : ['| Location | Provider | Value | Commit |', '| --- | --- | --- | --- |'];
  for (const f of shown) {
    const commit = f.commit ? code(shortSha(f.commit)) + (f.history && f.history.commitCount > 1 ? ` (+${f.history.commitCount - 1} more)` : '') : '—';
    const status = verified ? `| ${f.verification ? (isLiveFinding(f) ? `**${verificationLabel(f.verification)}**` : escapeMarkdown(verificationLabel(f.verification), 80)) : '—'} ` : '';
    out.push(`${status}| ${locationCell(f, linkSha(f), ctx)} | ${escapeMarkdown(f.providerName || f.provider, 80)} | ${escapeMarkdown(f.redacted, 80)} | ${commit} |`);
  }
  if (rows.length > shown.length) {
    out.push('', `_…and ${rows.length - shown.length} more, not listed here: see the SARIF or JSON report._`);
  }
  return out;
}

function scannedSection(input: SummaryInput): string[] {
  const { scanned, result } = input;
  const out = ['### What was scanned', ''];
  if (input.event) out.push(`- **Event:** ${code(input.event)}`);
  if (input.range) out.push(`- **Range:** ${code(input.range)}`);
  if (result.scope) out.push(`- **Scope:** ${escapeMarkdown(result.scope)}`);
  if (scanned.commits !== undefined) out.push(`- **Commits:** ${scanned.commits}`);
  out.push(`- **Files:** ${scanned.files} (${formatBytes(scanned.bytes)})`);
  const skipped = Math.max(result.stats.skipped, result.skipped.length);
  if (skipped > 0) {
    const why = skippedBreakdown(result.skipped);
    out.push(`- **Skipped:** ${skipped}${why ? ` (${escapeMarkdown(why)})` : ''}`);
  }
  out.push(`- **Duration:** ${formatDuration(scanned.durationMs)}`);
  return out;
}

function fixSection(all: readonly Finding[], providers: readonly ProviderRecord[]): string[] {
  const byId = providerMap(providers);
  const pages = new Map<string, string>();
  for (const f of sortFindings(all)) {
    const url = rotateUrlOf(byId.get(f.provider));
    const name = f.providerName || f.provider;
    if (url && !pages.has(name)) pages.set(name, url);
  }
  const out = [
    '### How to fix',
    '',
    '1. Remove each key from the code. Store it as a repository secret (or in your secret manager) and read it from the environment, e.g. `env: API_KEY: ${{ secrets.API_KEY }}`.',
    '2. Rotate every key listed, including those in intermediate commits: the old value stays in the git history and must be treated as leaked.',
  ];
  for (const [name, url] of pages) out.push(`   - ${escapeMarkdown(name, 80)}: ${link(escapeMarkdown(url), url)}`);
  out.push(
    '',
    '### Not a real key?',
    '',
    `Add a \`${ALLOW_MARKER}\` comment on the line (e.g. \`# ${ALLOW_MARKER}\`), add the value to \`allow\` in the keylint config, or record the finding in the baseline.`,
  );
  return out;
}

export function renderSummaryMarkdown(input: SummaryInput): string {
  const head = input.result.findings;
  const intermediate = input.intermediate ?? [];
  const ctx: TableContext = { repoUrl: input.repoUrl, root: input.root, maxRows: Math.max(1, input.maxRows ?? DEFAULT_MAX_ROWS) };
  const out: string[] = [headline(head, intermediate), ''];

  if (anyVerified([...head, ...intermediate])) {
    out.push(`**Verified:** ${verificationCounts([...head, ...intermediate]).map(([n, label]) => (label === 'live' && n > 0 ? `**${n} live**` : `${n} ${label}`)).join(', ')}`, '');
  }
  if (head.length > 0) {
    out.push(...findingsTable(head, (f) => f.history?.firstCommit ?? input.headSha, ctx), '');
  }
  if (input.annotationsOmitted && input.annotationsOmitted > 0) {
    out.push(`> [!NOTE]`, `> GitHub shows a limited number of annotations per step: ${plural(input.annotationsOmitted, 'finding')} ${input.annotationsOmitted === 1 ? 'is' : 'are'} listed here but not annotated on the diff.`, '');
  }
  if (intermediate.length > 0) {
    out.push(
      `### Keys in intermediate commits (${intermediate.length})`,
      '',
      'These keys were added and removed again within the scanned commits. They are not in the final code but remain in the history: rotate them.',
      '',
      ...findingsTable(intermediate, (f) => f.commit, ctx),
      '',
    );
  }
  const notices = input.result.notices;
  if (notices.length > 0) {
    out.push('### ⚠️ Notices', '', ...notices.map((n) => `- ${escapeMarkdown(n, 1000)}`), '');
  }
  out.push(...scannedSection(input), '');
  if (head.length > 0 || intermediate.length > 0) out.push(...fixSection([...head, ...intermediate], input.providers), '');
  return out.join('\n');
}
