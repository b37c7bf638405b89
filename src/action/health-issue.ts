/**
 * Action input `health-issue`: one open issue titled `keylint: secret health` that lists the
 * unhealthy (or soon-expiring) secrets of the check, updated in place on each run (only when
 * its body changes) and closed with a comment when all are healthy again. The issue is found
 * among the repository's open issues by its exact title or its hidden marker, so re-runs never
 * open a second one. Needs `issues: write`; every failure is the caller's notice, never the
 * check's result.
 */
import { sanitize } from '../reports/format.js';
import { HEALTH_ISSUE_MARKER, HEALTH_ISSUE_TITLE, issueEntries, parseIssueState, renderClosingComment, renderIssueBody } from '../health/issue-body.js';
import type { HealthResult } from '../health/types.js';
import type { OctokitLike } from './api-changes.js';

export interface OpenIssue {
  number: number;
  title: string;
  body: string;
}

export interface IssuesApi {
  /** Open issues (not pull requests) whose title is the health title or whose body has the marker. */
  findOpen(): Promise<OpenIssue[]>;
  create(title: string, body: string): Promise<number>;
  updateBody(issue: number, body: string): Promise<void>;
  comment(issue: number, body: string): Promise<void>;
  close(issue: number): Promise<void>;
}

/** At most this many pages of 100 open issues are searched. */
const MAX_PAGES = 20;

export function octokitIssuesApi(octokit: OctokitLike, owner: string, repo: string): IssuesApi {
  return {
    findOpen: async () => {
      const out: OpenIssue[] = [];
      let pages = 0;
      for await (const page of octokit.paginate.iterator('GET /repos/{owner}/{repo}/issues', { owner, repo, state: 'open', per_page: 100 })) {
        for (const item of Array.isArray(page.data) ? page.data : []) {
          const o = item as { number?: unknown; title?: unknown; body?: unknown; pull_request?: unknown };
          if (typeof o.number !== 'number' || o.pull_request !== undefined) continue;
          const title = typeof o.title === 'string' ? o.title : '';
          const body = typeof o.body === 'string' ? o.body : '';
          if (title === HEALTH_ISSUE_TITLE || body.includes(HEALTH_ISSUE_MARKER)) out.push({ number: o.number, title, body });
        }
        if (++pages >= MAX_PAGES) break;
      }
      return out;
    },
    create: async (title, body) => {
      const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues', { owner, repo, title, body });
      return (data as { number?: number }).number ?? 0;
    },
    updateBody: async (issue, body) => {
      await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { owner, repo, issue_number: issue, body });
    },
    comment: async (issue, body) => {
      await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: issue, body });
    },
    close: async (issue) => {
      await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { owner, repo, issue_number: issue, state: 'closed', state_reason: 'completed' });
    },
  };
}

export type IssueAction = 'created' | 'updated' | 'unchanged' | 'closed' | 'none';

export interface IssueSync {
  action: IssueAction;
  issue?: number;
  entries: number;
}

/** Brings the health issue in line with `results` (see the module comment). */
export async function syncHealthIssue(results: readonly HealthResult[], api: IssuesApi, opts: { now: Date; expiryDays: number }): Promise<IssueSync> {
  const open = (await api.findOpen()).sort((a, b) => a.number - b.number);
  const current = open[0];
  const entries = issueEntries(results, parseIssueState(current?.body), opts.now, opts.expiryDays);
  if (entries.length === 0) {
    if (!current) return { action: 'none', entries: 0 };
    await api.comment(current.number, renderClosingComment(opts.now));
    await api.close(current.number);
    return { action: 'closed', issue: current.number, entries: 0 };
  }
  const body = renderIssueBody(entries);
  if (!current) return { action: 'created', issue: await api.create(HEALTH_ISSUE_TITLE, body), entries: entries.length };
  if (normalise(current.body) === normalise(body)) return { action: 'unchanged', issue: current.number, entries: entries.length };
  await api.updateBody(current.number, body);
  return { action: 'updated', issue: current.number, entries: entries.length };
}

/** GitHub stores bodies with CRLF line ends at times, and may drop a trailing newline. */
function normalise(s: string): string {
  return s.replace(/\r\n/g, '\n').trimEnd();
}

/** One line for the notice when the issue could not be kept up to date. */
export function issueFailure(err: unknown): string {
  const status = (err as { status?: unknown }).status;
  if (status === 403 || status === 401) return `the token may not write issues (HTTP ${status}): give the job \`permissions: issues: write\`, or set \`health-issue: false\``;
  const answered = typeof status === 'number' && (err as { response?: unknown }).response !== undefined;
  const msg = err instanceof Error ? err.message : String(err);
  const first = sanitize((msg.split('\n')[0] ?? '').replace(/\s+-\s+https:\/\/docs\.github\.com\S*/, '')).slice(0, 200);
  return answered ? `the GitHub API answered HTTP ${String(status)}: ${first}` : `the GitHub API could not be reached: ${first}`;
}
