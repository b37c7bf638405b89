/**
 * History audits report each secret once: `git log -p` yields a finding for every commit that
 * adds the secret's line (a cherry-pick, a re-add after a revert, the same commit on two
 * branches is walked once), and an audit wants one row per secret to rotate.
 *
 * Dedupe key: the finding's fingerprint, a hash of (rule, file path, secret): one finding per
 * secret per file. The same key in two files is two findings (each file must be cleaned); a
 * file renamed with edits that re-add the line is a new path, and a new finding. A pure rename
 * adds no lines, so it adds no finding.
 *
 * The finding kept is the occurrence in the first commit (the oldest author date, then the
 * oldest committer date, then the last in git's walk order), with that commit's author and
 * date and the number of distinct commits that added it. Commit metadata is read for the
 * commits that hold findings only, in batches.
 */
import type { Finding, FindingHistory } from '../types.js';
import { runGit } from './git.js';

interface CommitMeta {
  author: string;
  /** Author date, strict ISO 8601. */
  date: string;
  authorTime: number;
  commitTime: number;
}

/** Commits per `git log --no-walk` call. */
const META_BATCH = 200;
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

async function commitMeta(shas: string[], cwd: string): Promise<Map<string, CommitMeta>> {
  const out = new Map<string, CommitMeta>();
  for (let i = 0; i < shas.length; i += META_BATCH) {
    const batch = shas.slice(i, i + META_BATCH);
    const r = await runGit(['log', '--no-walk=unsorted', '--format=%H%x00%an%x00%aI%x00%at%x00%ct', ...batch, '--'], cwd);
    if (r.code !== 0) continue;
    for (const line of r.stdout.toString('utf8').split('\n')) {
      const [sha, author = '', date = '', at = '0', ct = '0'] = line.split('\0');
      if (!sha || !SHA.test(sha)) continue;
      out.set(sha, { author: author.slice(0, 200), date, authorTime: Number(at) || 0, commitTime: Number(ct) || 0 });
    }
  }
  return out;
}

/** Earlier = smaller: author date, then committer date, then later in the walk (git lists newest first). */
function earlier(a: { meta?: CommitMeta; order: number }, b: { meta?: CommitMeta; order: number }): boolean {
  const at = a.meta?.authorTime ?? Infinity;
  const bt = b.meta?.authorTime ?? Infinity;
  if (at !== bt) return at < bt;
  const ac = a.meta?.commitTime ?? Infinity;
  const bc = b.meta?.commitTime ?? Infinity;
  if (ac !== bc) return ac < bc;
  return a.order > b.order;
}

/**
 * Collapses per-commit findings (in git's walk order) to one per (rule, file, secret), each
 * carrying `commit` = its first commit and `history`. Findings without a commit pass through.
 */
export async function collapseHistory(findings: readonly Finding[], cwd: string): Promise<Finding[]> {
  const groups = new Map<string, Array<{ f: Finding; order: number }>>();
  const passthrough: Finding[] = [];
  findings.forEach((f, order) => {
    if (!f.commit) {
      passthrough.push(f);
      return;
    }
    const key = `${f.rule}\0${f.file}\0${f.fingerprint}`;
    const g = groups.get(key);
    if (g) g.push({ f, order });
    else groups.set(key, [{ f, order }]);
  });
  const shas = [...new Set(findings.map((f) => f.commit).filter((c): c is string => c !== undefined))];
  const meta = await commitMeta(shas, cwd);
  const out: Finding[] = [...passthrough];
  for (const group of groups.values()) {
    let best = { ...group[0]!, meta: meta.get(group[0]!.f.commit!) };
    for (const item of group.slice(1)) {
      const cand = { ...item, meta: meta.get(item.f.commit!) };
      // In the same commit, the first line.
      const same = cand.f.commit === best.f.commit;
      if (same ? cand.f.line < best.f.line : earlier(cand, best)) best = cand;
    }
    const history: FindingHistory = {
      firstCommit: best.f.commit!,
      author: best.meta?.author ?? '',
      date: best.meta?.date ?? '',
      commitCount: new Set(group.map((x) => x.f.commit)).size,
    };
    out.push({ ...best.f, history });
  }
  return out;
}
