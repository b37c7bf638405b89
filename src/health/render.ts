/**
 * Output of the health check: a text table for terminals, the JSON document
 * (`{"version":1,"results":[…]}`) and the Markdown table for the Action's job summary.
 * Results carry only redacted values; nothing here ever sees a raw secret.
 */
import type { HealthResult, HealthStatus } from './types.js';

export interface HealthJsonResult {
  name: string;
  provider: string | null;
  status: HealthStatus;
  httpStatus: number | null;
  diagnoses: Array<{ code: string; message: string; fix: string }>;
  message: string;
  fix: string;
  latencyMs: number | null;
  checkedAt: string;
  redacted: string;
}

export interface HealthJson {
  version: 1;
  results: HealthJsonResult[];
}

export function toHealthJson(results: readonly HealthResult[]): HealthJson {
  return {
    version: 1,
    results: results.map((r) => ({
      name: r.name,
      provider: r.provider,
      status: r.status,
      httpStatus: r.httpStatus,
      diagnoses: r.diagnoses.map((d) => ({ code: d.code, message: d.message, fix: d.fix })),
      message: r.message,
      fix: r.fix,
      latencyMs: r.latencyMs,
      checkedAt: r.checkedAt,
      redacted: r.redacted,
    })),
  };
}

export function renderHealthJson(results: readonly HealthResult[]): string {
  return `${JSON.stringify(toHealthJson(results), null, 2)}\n`;
}

const MARK: Record<HealthStatus, string> = {
  valid: 'ok',
  invalid: 'FAIL',
  restricted: 'FAIL',
  'rate-limited': 'warn',
  'quota-exhausted': 'FAIL',
  unknown: 'warn',
  unverified: '-',
};

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function latency(r: HealthResult): string {
  return r.latencyMs === null ? '-' : `${r.latencyMs} ms`;
}

/** Counts per status, e.g. `2 valid, 1 invalid`. */
export function statusCounts(results: readonly HealthResult[]): string {
  const counts = new Map<HealthStatus, number>();
  for (const r of results) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  return [...counts].map(([s, n]) => `${n} ${s}`).join(', ');
}

/** The row's mark: FAIL for every result that fails the check, whatever its status. */
function mark(r: HealthResult): string {
  return r.failed ? 'FAIL' : MARK[r.status];
}

/**
 * The closing verdict. "All healthy" only when every secret was verified live; keys that were
 * not verified (offline, no live check) are "format ok, not verified", never healthy.
 */
export function verdictLine(results: readonly HealthResult[]): string {
  const failed = results.filter((r) => r.failed).length;
  const unverified = results.filter((r) => !r.failed && r.status === 'unverified').length;
  const ok = results.length - failed - unverified;
  if (failed === 0 && unverified === 0) return 'All healthy.';
  const parts: string[] = [];
  if (failed > 0) parts.push(`${failed} unhealthy`);
  if (ok > 0) parts.push(`${ok} healthy`);
  if (unverified > 0) parts.push(unverified === results.length ? (unverified === 1 ? 'format ok, not verified' : `${unverified === 2 ? 'both' : 'all'} format ok, not verified`) : `${unverified} format ok, not verified`);
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** The terminal report: one table row per secret, then its message, diagnoses and fix. */
export function renderHealthText(results: readonly HealthResult[]): string {
  if (results.length === 0) return 'No secrets to check: none of the known provider variables is set (name them: keylint check NAME ...).\n';
  const rows = results.map((r) => [
    `${mark(r)} ${r.status}`,
    r.name,
    r.provider ?? '?',
    r.redacted,
    r.httpStatus === null ? '-' : String(r.httpStatus),
    latency(r),
  ]);
  const header = ['STATUS', 'NAME', 'PROVIDER', 'KEY', 'HTTP', 'LATENCY'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i]!))).join('  ');
  const out: string[] = [line(header)];
  results.forEach((r, i) => {
    out.push(line(rows[i]!));
    out.push(`    ${r.message}`);
    for (const d of r.diagnoses) out.push(`    ${d.severity === 'error' ? 'error' : 'warning'} ${d.code}: ${d.message}`);
    if (r.fix) out.push(`    fix: ${r.fix}`);
  });
  out.push('');
  out.push(`${results.length} secret${results.length === 1 ? '' : 's'} checked: ${statusCounts(results)}. ${verdictLine(results)}`);
  return `${out.join('\n')}\n`;
}

const EMOJI: Record<HealthStatus, string> = {
  valid: '✅',
  invalid: '❌',
  restricted: '⛔',
  'rate-limited': '⏳',
  'quota-exhausted': '💸',
  unknown: '❔',
  unverified: '➖',
};

function md(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The job-summary table: status, name, provider, redacted key, HTTP status, latency, diagnosis, fix link. */
export function renderHealthMarkdown(results: readonly HealthResult[]): string {
  const out: string[] = ['### keylint secret health', ''];
  if (results.length === 0) {
    out.push('No secrets to check.');
    return `${out.join('\n')}\n`;
  }
  out.push('| Status | Name | Provider | Key | HTTP | Latency | Diagnosis | Fix |');
  out.push('|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    const diag = [r.message, ...r.diagnoses.map((d) => `\`${d.code}\` ${d.message}`)].map(md).join('<br>');
    const fix = [r.fix ? md(r.fix) : '', r.rotateUrl ? `[rotate key](${r.rotateUrl})` : ''].filter((s) => s !== '').join('<br>');
    out.push(
      `| ${r.failed && (r.status === 'valid' || r.status === 'unverified') ? '❌' : EMOJI[r.status]} ${r.status} | \`${md(r.name)}\` | ${md(r.providerName ?? r.provider ?? 'unknown')} | \`${md(r.redacted)}\` | ${r.httpStatus ?? '–'} | ${r.latencyMs === null ? '–' : `${r.latencyMs} ms`} | ${diag} | ${fix || '–'} |`,
    );
  }
  const failed = results.filter((r) => r.failed).length;
  out.push('');
  out.push(`${results.length} checked: ${statusCounts(results)}. ${failed === 0 ? verdictLine(results) : `**${verdictLine(results)}**`}`);
  return `${out.join('\n')}\n`;
}
