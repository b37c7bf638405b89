/**
 * Review comments on a pull request: one review (event COMMENT) with a comment on the head
 * line of each key the pull request adds, carrying a ```suggestion that reads the key from the
 * environment where the language makes that unambiguous (src/reports/suggestions.ts).
 *
 * Re-runs add nothing twice: keylint's own comments are recognised by a hidden marker
 * (`<!-- keylint:FINGERPRINT -->`); one already on the same path is left alone, or its body
 * updated when the wording changed. The comments are a courtesy: any API error (403 without
 * `pull-requests: write`, a fork's read-only token, a network error) becomes one notice, and
 * the step's result, outputs and exit code stay what the scan decided.
 */
import { splitArchivePath } from '../archive-paths.js';
import type { ProviderRecord } from '../providers/types.js';
import { providerMap, sanitize } from '../reports/format.js';
import { rotateUrlOf } from '../reports/guidance.js';
import { buildSuggestion, markerOf, reviewCommentBody } from '../reports/suggestions.js';
import { runGit } from '../sources/git.js';
import type { Finding } from '../types.js';
import type { OctokitLike } from './api-changes.js';

export interface ExistingComment {
  id: number;
  path: string;
  body: string;
}

export interface NewComment {
  path: string;
  line: number;
  side: 'RIGHT';
  body: string;
}

/** The REST calls the review needs (an Octokit adapter in production). */
export interface ReviewApi {
  listComments(pull: number): Promise<ExistingComment[]>;
  createReview(pull: number, review: { commit_id: string; body: string; event: 'COMMENT'; comments: NewComment[] }): Promise<void>;
  updateComment(id: number, body: string): Promise<void>;
}

/** Existing review comments read at most (30 pages of 100). */
export const MAX_LISTED_COMMENTS = 3000;
/** New comments per review: the rest follow on the next run (keylint skips what is there). */
export const MAX_REVIEW_COMMENTS = 50;

export function octokitReviewApi(octokit: OctokitLike, owner: string, repo: string): ReviewApi {
  return {
    listComments: async (pull) => {
      const out: ExistingComment[] = [];
      for await (const page of octokit.paginate.iterator('GET /repos/{owner}/{repo}/pulls/{pull_number}/comments', { owner, repo, pull_number: pull, per_page: 100 })) {
        for (const item of Array.isArray(page.data) ? page.data : []) {
          const c = item as { id?: unknown; path?: unknown; body?: unknown };
          if (typeof c.id === 'number' && typeof c.path === 'string' && typeof c.body === 'string') out.push({ id: c.id, path: c.path, body: c.body });
        }
        if (out.length >= MAX_LISTED_COMMENTS) break;
      }
      return out;
    },
    createReview: async (pull, review) => {
      await octokit.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { owner, repo, pull_number: pull, ...review });
    },
    updateComment: async (id, body) => {
      await octokit.request('PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}', { owner, repo, comment_id: id, body });
    },
  };
}

export interface ReviewRequest {
  pull: number;
  /** The pull request's head commit: line numbers refer to it. */
  headSha: string;
  /** Findings at the head of the change (on added lines). */
  findings: readonly Finding[];
  providers: readonly ProviderRecord[];
  /** Reads a head file's lines (undefined when it cannot: then comments come without suggestions). */
  readLines: (path: string) => Promise<string[] | undefined>;
}

export interface ReviewOutcome {
  posted: number;
  /** New comments left for a later run (over MAX_REVIEW_COMMENTS). */
  deferred: number;
  updated: number;
  unchanged: number;
  suggestions: number;
}

export interface PlannedComment extends NewComment {
  marker: string;
  suggestion: boolean;
}

/** Marker keys: the fingerprint, with `:N` for the Nth finding of the same key in the same file. */
function markers(findings: readonly Finding[]): Map<Finding, string> {
  const out = new Map<Finding, string>();
  const seen = new Map<string, number>();
  const ordered = [...findings].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
  for (const f of ordered) {
    const n = (seen.get(f.fingerprint) ?? 0) + 1;
    seen.set(f.fingerprint, n);
    out.set(f, n === 1 ? f.fingerprint : `${f.fingerprint}:${n}`);
  }
  return out;
}

/** The comments for the findings (pure apart from reading the head lines). */
export async function planComments(req: Omit<ReviewRequest, 'pull' | 'headSha'>): Promise<PlannedComment[]> {
  const byId = providerMap(req.providers);
  const commentable = req.findings.filter((f) => f.line >= 1 && !splitArchivePath(f.file));
  const keys = markers(commentable);
  const raws = commentable.flatMap((f) => (f.pair ? [f.secret.reveal(), f.pair.secret.reveal()] : [f.secret.reveal()]));
  const lines = new Map<string, string[] | undefined>();
  const out: PlannedComment[] = [];
  for (const f of commentable) {
    if (!lines.has(f.file)) lines.set(f.file, await req.readLines(f.file));
    const text = lines.get(f.file)?.[f.line - 1];
    const provider = byId.get(f.provider);
    const rule = provider?.rules.find((r) => r.id === f.rule);
    const envName = rule?.generic ? undefined : provider?.envNames[0];
    const secret = f.secret.reveal();
    const fileLines = lines.get(f.file) ?? [];
    const input: Parameters<typeof buildSuggestion>[0] = {
      path: f.file,
      line: text ?? '',
      column: f.column,
      endColumn: f.endColumn,
      secret,
      otherSecrets: raws.filter((r) => r !== secret),
      before: fileLines.slice(Math.max(0, f.line - 201), f.line - 1),
    };
    if (envName) input.envName = envName;
    const suggestion = text !== undefined && f.endLine === f.line && !f.encoding ? buildSuggestion(input) : null;
    const body: Parameters<typeof reviewCommentBody>[0] = {
      marker: keys.get(f)!,
      path: f.file,
      providerName: f.providerName || f.provider,
      rule: f.rule,
      redacted: f.redacted,
      suggestion,
    };
    const url = rotateUrlOf(provider);
    if (url) body.rotateUrl = url;
    out.push({ path: f.file, line: f.line, side: 'RIGHT', body: reviewCommentBody(body, sanitize), marker: keys.get(f)!, suggestion: suggestion !== null });
  }
  return out;
}

/** Posts the review; skips comments already there, updates those whose wording changed. Throws on API errors. */
export async function postReview(req: ReviewRequest, api: ReviewApi): Promise<ReviewOutcome> {
  const planned = await planComments(req);
  const outcome: ReviewOutcome = { posted: 0, deferred: 0, updated: 0, unchanged: 0, suggestions: 0 };
  if (planned.length === 0) return outcome;
  const existing = new Map<string, ExistingComment>();
  for (const c of await api.listComments(req.pull)) {
    const key = markerOf(c.body);
    if (key && !existing.has(`${c.path}\0${key}`)) existing.set(`${c.path}\0${key}`, c);
  }
  const fresh: PlannedComment[] = [];
  for (const p of planned) {
    const old = existing.get(`${p.path}\0${p.marker}`);
    if (!old) fresh.push(p);
    else if (old.body === p.body) outcome.unchanged++;
    else {
      await api.updateComment(old.id, p.body);
      outcome.updated++;
    }
  }
  if (fresh.length > MAX_REVIEW_COMMENTS) {
    outcome.deferred = fresh.length - MAX_REVIEW_COMMENTS;
    fresh.length = MAX_REVIEW_COMMENTS;
  }
  if (fresh.length > 0) {
    const n = fresh.length;
    await api.createReview(req.pull, {
      commit_id: req.headSha,
      event: 'COMMENT',
      body: `keylint: ${n}${outcome.deferred ? ` of ${n + outcome.deferred}` : ''} hardcoded key${n + outcome.deferred === 1 ? '' : 's'} added by this pull request${outcome.deferred ? ' (the others follow on the next run; the job summary lists all)' : ''}. Each must be rotated: pushing it leaked it. The comments below say where and how.`,
      comments: fresh.map(({ path, line, side, body }) => ({ path, line, side, body })),
    });
    outcome.posted = n;
    outcome.suggestions = fresh.filter((p) => p.suggestion).length;
  }
  return outcome;
}

/** The head file's lines through git (`git show <sha>:<path>`), or undefined. */
export function gitLineReader(workspace: string, sha: string): (path: string) => Promise<string[] | undefined> {
  return async (path) => {
    try {
      const r = await runGit(['cat-file', 'blob', `${sha}:${path}`], workspace, { maxBytes: 4 * 1024 * 1024 });
      if (r.code !== 0) return undefined;
      const text = r.stdout.toString('utf8');
      return text.split('\n').map((l) => l.replace(/\r$/, ''));
    } catch {
      return undefined;
    }
  };
}

/** Why a review could not be posted, in one line (never the request body). */
export function reviewFailure(err: unknown): string {
  const status = (err as { status?: unknown }).status;
  if (status === 403 || status === 401) {
    return `the token may not comment on this pull request (HTTP ${status}): give the job \`permissions: pull-requests: write\` (a fork's pull_request token is read-only), or set \`pr-comments: false\``;
  }
  // Octokit reports a request that got no answer (refused, DNS, TLS) as status 500 without a response.
  const answered = typeof status === 'number' && (err as { response?: unknown }).response !== undefined;
  const msg = err instanceof Error ? err.message : String(err);
  const first = sanitize((msg.split('\n')[0] ?? '').replace(/\s+-\s+https:\/\/docs\.github\.com\S*/, '')).slice(0, 200);
  return answered ? `the GitHub API answered HTTP ${String(status)}: ${first}` : `the GitHub API could not be reached: ${first}`;
}
