/**
 * The GitHub Action: reads the inputs and the event, scans the change (mode `scan`), checks
 * injected secrets (mode `check`), and reports through annotations, the job summary, report
 * files and outputs. A user error (bad input, configuration, git) fails the step with one
 * clear line; nothing is ever thrown at the runner.
 */
import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { sanitize } from '../reports/format.js';
import { analysedCommitOnly } from '../reports/sarif.js';
import { UsageError } from '../types.js';
import { octokitChangesApi, type OctokitLike } from './api-changes.js';
import { planChanges, type EventInfo } from './changes.js';
import { endpointMap, runHealthCheck, type HealthOutcome } from './check.js';
import { VERSION } from '../version.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { combinedResult, emitAnnotations, logScan, maskFindings, scanSummary, writeJsonReport, writeSarif, writeSummary } from './report.js';
import { collectFindings, type ActionScan, type ScanDeps } from './scan.js';
import { issueFailure, octokitIssuesApi, syncHealthIssue } from './health-issue.js';
import { gitLineReader, octokitReviewApi, postReview, reviewFailure } from './review-comments.js';

type GithubModule = typeof import('@actions/github');

/**
 * Checks the event payload file (GITHUB_EVENT_PATH) before `@actions/github` is loaded: that
 * module parses the file while it loads, and a malformed file would crash the step with a
 * stack trace instead of one line naming the file.
 */
export function checkEventFile(env: NodeJS.ProcessEnv): void {
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return; // the module says so itself and uses an empty payload
    throw new UsageError(`cannot read the event payload ${file} (GITHUB_EVENT_PATH): ${code ?? 'read error'}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message.split('\n')[0]!.replace(/, (\.\.\.)?"[\s\S]*$/, '').slice(0, 200);
    throw new UsageError(`the event payload ${file} (GITHUB_EVENT_PATH) is not valid JSON: ${msg}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new UsageError(`the event payload ${file} (GITHUB_EVENT_PATH) is not a JSON object`);
}

async function loadGithub(env: NodeJS.ProcessEnv): Promise<GithubModule> {
  checkEventFile(env);
  return import('@actions/github');
}

function eventInfo(github: GithubModule): EventInfo {
  const ctx = github.context;
  return {
    eventName: ctx.eventName ?? '',
    payload: (ctx.payload ?? {}) as Record<string, unknown>,
    sha: ctx.sha ?? '',
    ref: ctx.ref ?? '',
  };
}

function repoSlug(env: NodeJS.ProcessEnv): { owner: string; repo: string } | undefined {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  return owner && repo ? { owner, repo } : undefined;
}

function repoUrl(env: NodeJS.ProcessEnv): string | undefined {
  const slug = env.GITHUB_REPOSITORY;
  if (!slug) return undefined;
  return `${(env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')}/${slug}`;
}

function apiFactory(github: GithubModule, inputs: ActionInputs, env: NodeJS.ProcessEnv): ScanDeps['api'] {
  const slug = repoSlug(env);
  if (!inputs.githubToken || !slug) return undefined;
  const token = inputs.githubToken;
  return () => {
    const octokit = github.getOctokit(token, { baseUrl: env.GITHUB_API_URL || 'https://api.github.com' });
    return octokitChangesApi(octokit as unknown as OctokitLike, slug.owner, slug.repo);
  };
}

async function scanMode(inputs: ActionInputs, env: NodeJS.ProcessEnv, workspace: string): Promise<{ scan: ActionScan; markdown: string; count: number; live: number | undefined }> {
  const github = await loadGithub(env);
  const event = eventInfo(github);
  const plan = planChanges(event, inputs.scope);
  core.info(`keylint: ${sanitize(plan.why)}`);
  const deps: ScanDeps = { workspace, api: apiFactory(github, inputs, env), log: (l) => core.debug(l) };
  if (event.sha) deps.checkedOut = event.sha;
  const scan = await collectFindings(inputs, plan, deps);

  // Mask first: nothing below may print before the runner knows every value.
  maskFindings([...scan.result.findings, ...scan.intermediate]);
  const live = inputs.verify ? await verifyScan(scan, inputs) : undefined;
  logScan(scan, workspace);
  const omitted = emitAnnotations(scan, workspace);
  const combined = combinedResult(scan);
  const reportPath = writeJsonReport(combined, workspace, env);
  core.setOutput('report', reportPath);
  // Code scanning gets the keys at the analysed commit; intermediate ones stay in the summary and JSON.
  if (inputs.sarifFile) core.setOutput('sarif-file', writeSarif(analysedCommitOnly(combined, scan.intermediate), scan, workspace, inputs.sarifFile));
  const count = combined.findings.length;
  core.setOutput('findings', String(count));
  if (inputs.prComments) await reviewComments(github, inputs, env, event, plan, scan, workspace);
  const ctx: Parameters<typeof scanSummary>[1] = { event: event.eventName || 'unknown', root: workspace, annotationsOmitted: omitted };
  const url = repoUrl(env);
  if (url) ctx.repoUrl = url;
  return { scan, markdown: scanSummary(scan, ctx), count, live };
}

/** `verify: true`: every finding's key asked once of its provider (or the `endpoints` URL); output `live`. */
async function verifyScan(scan: ActionScan, inputs: ActionInputs): Promise<number> {
  const endpoints = endpointMap(inputs);
  const { verifyFindings, verificationLine, isLive } = await import('../verify/verify.js');
  const all = [...scan.result.findings, ...scan.intermediate];
  const summary = await verifyFindings(all, scan.providers, { endpoints, version: VERSION });
  core.info(`keylint: ${verificationLine(summary)}`);
  // Live keys, not places: a key found in two files is one key to rotate.
  const live = new Set(all.filter(isLive).map((f) => `${f.provider}\0${f.secret.reveal()}`)).size;
  core.setOutput('live', String(live));
  return live;
}

/** How long the review comments may take in all (listing, posting, updating). */
const REVIEW_DEADLINE_MS = 60_000;

/** Pull requests: one review with a comment per key on an added line; any failure is a notice only. */
async function reviewComments(github: GithubModule, inputs: ActionInputs, env: NodeJS.ProcessEnv, event: EventInfo, plan: ReturnType<typeof planChanges>, scan: ActionScan, workspace: string): Promise<void> {
  if (event.eventName !== 'pull_request' && event.eventName !== 'pull_request_target') return;
  if (plan.kind !== 'range' || plan.pullNumber === undefined || (scan.via !== 'git' && scan.via !== 'api') || !scan.headSha) return;
  if (scan.result.findings.length === 0) return;
  const slug = repoSlug(env);
  if (!inputs.githubToken || !slug) {
    core.notice('keylint: no review comments: no github-token');
    return;
  }
  try {
    // A bounded courtesy: an API that hangs must not hold the step.
    const octokit = github.getOctokit(inputs.githubToken, { baseUrl: env.GITHUB_API_URL || 'https://api.github.com', request: { signal: AbortSignal.timeout(REVIEW_DEADLINE_MS) } });
    const api = octokitReviewApi(octokit as unknown as OctokitLike, slug.owner, slug.repo);
    const r = await postReview({ pull: plan.pullNumber, headSha: scan.headSha, findings: scan.result.findings, providers: scan.providers, readLines: gitLineReader(workspace, scan.headSha) }, api);
    core.info(`keylint: review comments: ${r.posted} posted (${r.suggestions} with a suggested fix), ${r.updated} updated, ${r.unchanged} already there`);
    if (r.deferred > 0) core.notice(`keylint: ${r.deferred} more review comment${r.deferred === 1 ? '' : 's'} not posted in this run (at most 50 per review); the next run posts them, and the job summary lists every key`);
  } catch (err) {
    core.notice(`keylint: no review comments: ${reviewFailure(err)}`);
  }
}

/** `health-issue: true`: one issue listing the unhealthy secrets; any failure is a notice only. */
async function healthIssue(inputs: ActionInputs, env: NodeJS.ProcessEnv, health: HealthOutcome): Promise<void> {
  if (health.results.length === 0) return;
  const slug = repoSlug(env);
  if (!inputs.githubToken || !slug) {
    core.notice('keylint: no health issue: no github-token or GITHUB_REPOSITORY');
    return;
  }
  try {
    const github = await loadGithub(env);
    const octokit = github.getOctokit(inputs.githubToken, { baseUrl: env.GITHUB_API_URL || 'https://api.github.com', request: { signal: AbortSignal.timeout(REVIEW_DEADLINE_MS) } });
    const api = octokitIssuesApi(octokit as unknown as OctokitLike, slug.owner, slug.repo);
    const r = await syncHealthIssue(health.results, api, { now: new Date(), expiryDays: inputs.expiryWarningDays });
    if (r.action !== 'none') core.info(`keylint: health issue #${r.issue ?? '?'} ${r.action}${r.action === 'closed' ? ' (all secrets healthy again)' : ` (${r.entries} secret${r.entries === 1 ? '' : 's'} listed)`}`);
  } catch (err) {
    core.notice(`keylint: no health issue: ${issueFailure(err)}`);
  }
}

function oneLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return sanitize(msg.replace(/[\r\n]+/g, ' ')).slice(0, 1000);
}

export async function run(): Promise<void> {
  const env = process.env;
  // Never wait for a credential prompt on a runner.
  env.GIT_TERMINAL_PROMPT = '0';
  try {
    const inputs = readInputs();
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const failures: string[] = [];
    const summary: string[] = [];

    if (inputs.mode === 'scan' || inputs.mode === 'both') {
      const { markdown, count, live } = await scanMode(inputs, env, workspace);
      summary.push(markdown);
      if (count > 0) {
        const msg = `keylint found ${count} hardcoded key${count === 1 ? '' : 's'}${live !== undefined ? ` (${live} live)` : ''}: move ${count === 1 ? 'it' : 'them'} to repository secrets and rotate ${count === 1 ? 'it' : 'them'} (see the annotations and the job summary)`;
        if (inputs.failOnFindings) failures.push(msg);
        else core.warning(msg);
      }
    }
    let health: HealthOutcome | undefined;
    if (inputs.mode === 'check' || inputs.mode === 'both') {
      health = await runHealthCheck(inputs, env);
      core.setOutput('unhealthy', String(health.unhealthy));
      summary.push(health.markdown);
      if (inputs.healthIssue) await healthIssue(inputs, env, health);
      if (health.unhealthy > 0) failures.push(`keylint check: ${health.unhealthy} secret${health.unhealthy === 1 ? ' is' : 's are'} unhealthy (see the annotations and the job summary)`);
    }
    await writeSummary(summary.join('\n'), env);
    if (failures.length > 0) core.setFailed(failures.join('; '));
  } catch (err) {
    if (err instanceof UsageError) core.setFailed(`keylint: ${oneLine(err)}`);
    else core.setFailed(`keylint: unexpected error: ${oneLine(err)}`);
  }
}
