/**
 * The body of the `keylint: secret health` issue (Action input `health-issue`): a table of the
 * secrets that are unhealthy or expire soon — variable name, provider, status, since when, fix —
 * and a hidden JSON block with each entry's status and the first run that saw it unhealthy,
 * so the issue itself is the only storage. Pure: results in, text out; never a secret (results
 * carry only scrubbed messages and fixes, and the body uses neither the value nor its redaction).
 */
import type { HealthResult } from './types.js';

export const HEALTH_ISSUE_TITLE = 'keylint: secret health';
export const HEALTH_ISSUE_MARKER = '<!-- keylint:health -->';

export interface IssueStateEntry {
  status: string;
  /** ISO 8601 time of the first run that saw the secret unhealthy. */
  since: string;
}

/** Variable name → state, as kept in the `<!-- keylint:state {…} -->` block. */
export type IssueState = Record<string, IssueStateEntry>;

export interface IssueEntry {
  name: string;
  provider: string;
  status: string;
  since: string;
  fix: string;
  /** Whole days until the provider-reported expiry, when within the warning window. */
  expiresInDays: number | null;
}

const STATE_RE = /<!-- keylint:state (\{[\s\S]*?\}) -->/;
const NAME_RE = /^[A-Za-z_][A-Za-z0-9_.-]{0,199}$/;
const DAY_MS = 86_400_000;

/** The state block of an issue body; `{}` when absent or malformed (a hand-edited body). */
export function parseIssueState(body: string | null | undefined): IssueState {
  const m = STATE_RE.exec(body ?? '');
  if (!m) return {};
  let data: unknown;
  try {
    data = JSON.parse(m[1]!);
  } catch {
    return {};
  }
  const out: IssueState = {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return out;
  for (const [name, v] of Object.entries(data as Record<string, unknown>)) {
    const e = v as { status?: unknown; since?: unknown } | null;
    if (!NAME_RE.test(name) || typeof e !== 'object' || e === null) continue;
    if (typeof e.status !== 'string' || typeof e.since !== 'string' || Number.isNaN(Date.parse(e.since))) continue;
    out[name] = { status: e.status.slice(0, 60), since: e.since };
  }
  return out;
}

/** Days until `expiresAt`, when it is within `warnDays` of `nowMs` (negative: already expired). */
export function expiresWithin(expiresAt: string | null, nowMs: number, warnDays: number): number | null {
  if (!expiresAt) return null;
  const at = Date.parse(expiresAt);
  if (Number.isNaN(at)) return null;
  const left = at - nowMs;
  return left < warnDays * DAY_MS ? Math.floor(left / DAY_MS) : null;
}

function statusOf(r: HealthResult, expiring: boolean): string {
  if (!r.failed) return expiring ? 'expiring' : r.status;
  const err = r.diagnoses.find((d) => d.severity === 'error');
  if (!err) return r.status;
  return `${r.status} (${err.code})`;
}

/**
 * The entries for the issue: each failed result and each token expiring within `warnDays`,
 * with `since` kept from `prior` while the secret stays in the issue, else `now`.
 */
export function issueEntries(results: readonly HealthResult[], prior: IssueState, now: Date, warnDays: number): IssueEntry[] {
  const nowIso = new Date(Math.floor(now.getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  const out: IssueEntry[] = [];
  const seen = new Set<string>();
  for (const r of results) {
    if (seen.has(r.name)) continue;
    const days = expiresWithin(r.expiresAt, now.getTime(), warnDays);
    if (!r.failed && days === null) continue;
    seen.add(r.name);
    out.push({
      name: r.name,
      provider: r.providerName ?? r.provider ?? 'unknown provider',
      status: statusOf(r, days !== null),
      since: prior[r.name]?.since ?? nowIso,
      fix: r.fix,
      expiresInDays: days,
    });
  }
  return out;
}

/** Text for a Markdown table cell: one line, no pipes, no HTML. */
function cell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/</g, '&lt;').replace(/>/g, '&gt;').trim();
}

function expiry(days: number): string {
  if (days < 0) return 'expired';
  if (days === 0) return 'expires in less than a day';
  return `expires in ${days} day${days === 1 ? '' : 's'}`;
}

/** The issue body for `entries` (none: the body is not used; the issue is closed instead). */
export function renderIssueBody(entries: readonly IssueEntry[]): string {
  const state: IssueState = {};
  for (const e of entries) state[e.name] = { status: e.status, since: e.since };
  // `<`/`>` escaped so no value can end the comment early.
  const json = JSON.stringify(state).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
  const n = entries.length;
  const out = [
    HEALTH_ISSUE_MARKER,
    `<!-- keylint:state ${json} -->`,
    '',
    `keylint's scheduled health check found ${n === 1 ? 'a secret that needs' : `${n} secrets that need`} attention. This issue is updated on each run and closed when all secrets are healthy again.`,
    '',
    '| Secret | Provider | Status | Since | Fix |',
    '|---|---|---|---|---|',
  ];
  for (const e of entries) {
    const status = e.expiresInDays === null ? e.status : e.status === 'expiring' ? expiry(e.expiresInDays) : `${e.status}; ${expiry(e.expiresInDays)}`;
    out.push(`| \`${cell(e.name)}\` | ${cell(e.provider)} | ${cell(status)} | ${cell(e.since)} | ${cell(e.fix) || '–'} |`);
  }
  out.push('', 'Values are never shown here; the job summary of the run has the details (redacted).');
  return `${out.join('\n')}\n`;
}

/** The comment on closing: all healthy again as of `now`. */
export function renderClosingComment(now: Date): string {
  return `${HEALTH_ISSUE_MARKER}\nAll secrets healthy again as of ${now.toISOString().replace(/\.\d{3}Z$/, 'Z')}.\n`;
}
