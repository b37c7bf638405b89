/**
 * `scope: history` — a scheduled audit of the whole repository: every commit of every branch
 * and tag, one finding per secret per file with the commit that first added it. A shallow
 * checkout is completed first (ensureFullHistory); when that fails the step fails.
 */
import { runScanRequest, type ScanRequest } from '../scan/pipeline.js';
import { runGit } from '../sources/git.js';
import { ALL_REFS } from '../sources/git-units.js';
import { ensureFullHistory } from './history.js';
import type { ActionScan, ScanDeps } from './scan.js';

async function commitCount(cwd: string): Promise<number | undefined> {
  const r = await runGit(['rev-list', '--count', ...ALL_REFS], cwd);
  const n = Number(r.stdout.toString('utf8').trim());
  return r.code === 0 && Number.isFinite(n) ? n : undefined;
}

export async function scanHistoryAudit(req: ScanRequest, deps: ScanDeps, notes: string[], started: number): Promise<ActionScan> {
  const fetched = await ensureFullHistory(deps.workspace, deps.log);
  const outcome = await runScanRequest({ ...req, git: { kind: 'history' } });
  if (fetched) outcome.result.notices.unshift(fetched);
  const scan: ActionScan = {
    result: outcome.result,
    providers: outcome.providers,
    intermediate: [],
    via: 'git',
    notes,
    bytes: outcome.result.stats.bytes,
    durationMs: Math.round(performance.now() - started),
  };
  const commits = await commitCount(deps.workspace);
  if (commits !== undefined) scan.commits = commits;
  return scan;
}
