/**
 * The REST API view of a change, used when git cannot fetch the range (no `origin`, no
 * credentials, a history too deep to fetch within bounds). GitHub's patches hold the added
 * lines, which are parsed with the same diff parser as git's output. The API has hard limits —
 * a pull request lists at most 3000 files and 250 commits, a compare at most 250 commits and
 * 300 files, and large or binary files come without a patch — so every such gap becomes a
 * notice naming what was not scanned.
 */
import type { GitScan } from '../sources/git-units.js';
import { DEFAULT_MAX_UNIT_CHARS, DiffParser } from '../sources/diff-parser.js';
import type { ScanUnit, SkippedFile } from '../types.js';

export interface ApiFile {
  filename: string;
  status: string;
  patch?: string;
}

/** The few REST calls the fallback needs (an Octokit adapter in production, a fake in tests). */
export interface ChangesApi {
  pullFiles(pull: number): Promise<ApiFile[]>;
  pullCommits(pull: number): Promise<string[]>;
  compare(base: string, head: string): Promise<{ commits: string[]; totalCommits: number; files: ApiFile[] }>;
  commitFiles(sha: string): Promise<ApiFile[]>;
}

export const API_LIMITS = { pullFiles: 3000, pullCommits: 250, compareCommits: 250, compareFiles: 300 } as const;

export interface ApiRange {
  base: string;
  head: string;
  pullNumber?: number;
  expectedCommits?: number;
  expectedFiles?: number;
}

export interface ApiView {
  /** Added lines of the net change (what the head adds). */
  head: GitScan;
  /** Added lines per commit, for keys added and removed again (undefined when not asked). */
  commits?: GitScan;
  /** Commits GitHub says the range holds. */
  totalCommits: number;
  notes: string[];
}

const short = (s: string): string => s.slice(0, 7);
const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
const LISTED = 10;

/** C-quotes a path for a synthetic diff header (always quoted, so any name parses exactly). */
export function quotePath(p: string): string {
  let out = '"';
  for (const ch of p) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\' + c.toString(8).padStart(3, '0');
    else out += ch;
  }
  return out + '"';
}

/** Units holding the added lines of one API patch (new-file line numbers). */
export function patchUnits(file: ApiFile, commit?: string): ScanUnit[] {
  if (!file.patch) return [];
  const parser = new DiffParser({ maxUnitChars: DEFAULT_MAX_UNIT_CHARS });
  if (commit) parser.line(`\0commit ${commit}`);
  parser.line(`diff --git ${quotePath('a/' + file.filename)} ${quotePath('b/' + file.filename)}`);
  parser.line(`--- ${file.status === 'added' ? '/dev/null' : quotePath('a/' + file.filename)}`);
  parser.line(`+++ ${quotePath('b/' + file.filename)}`);
  for (const line of file.patch.split('\n')) parser.line(line.endsWith('\r') && !line.startsWith('+') ? line.slice(0, -1) : line);
  parser.end();
  const units: ScanUnit[] = [];
  for (const ev of parser.drain()) if (ev.kind === 'unit') units.push(ev.unit);
  return units;
}

function listNames(names: string[]): string {
  const shown = names.slice(0, LISTED).join(', ');
  return names.length > LISTED ? `${shown} and ${names.length - LISTED} more` : shown;
}

/** A GitScan over files already fetched from the API. */
function fileScan(label: string, batches: Array<{ files: ApiFile[]; commit?: string }>, notices: string[]): GitScan {
  const skipped: SkippedFile[] = [];
  let files = 0;
  const seenCommits = new Set<string>();
  async function* units(): AsyncGenerator<ScanUnit> {
    for (const b of batches) {
      if (b.commit) seenCommits.add(b.commit);
      for (const f of b.files) {
        if (f.status === 'removed') continue;
        files++;
        if (!f.patch) {
          const s: SkippedFile = { path: f.filename, reason: 'too-large', detail: 'no patch in the GitHub API (binary or diff too large)' };
          if (b.commit) s.detail += ` in commit ${short(b.commit)}`;
          skipped.push(s);
          continue;
        }
        yield* patchUnits(f, b.commit);
      }
    }
  }
  return {
    units: { [Symbol.asyncIterator]: () => units() },
    describe: () => `${label} (${plural(files, 'file')}${seenCommits.size ? `, ${plural(seenCommits.size, 'commit')}` : ''}) via the GitHub API`,
    notices: () => {
      const out = [...notices];
      if (skipped.length) {
        out.push(`${plural(skipped.length, 'file')} came without a patch from the GitHub API (binary or diff too large) and ${skipped.length === 1 ? 'was' : 'were'} NOT scanned: ${listNames(skipped.map((s) => s.path))}`);
      }
      return out;
    },
    skipped: () => [...skipped],
  };
}

/**
 * Builds the API view of a range. `perCommit` bounds how many commits are fetched one by one
 * (one request each) for keys added and removed again; 0 skips the per-commit view.
 */
export async function apiView(range: ApiRange, api: ChangesApi, perCommit: number): Promise<ApiView> {
  const notes: string[] = [];
  let files: ApiFile[];
  let commits: string[];
  let totalCommits: number;
  const label = `${short(range.base)}...${short(range.head)}`;
  if (range.pullNumber !== undefined) {
    files = await api.pullFiles(range.pullNumber);
    commits = perCommit > 0 ? await api.pullCommits(range.pullNumber) : [];
    totalCommits = range.expectedCommits ?? commits.length;
    const expectedFiles = range.expectedFiles;
    if (expectedFiles !== undefined && files.length < expectedFiles) {
      notes.push(
        `the GitHub API listed ${files.length} of the ${expectedFiles} files this pull request changes (it returns at most ${API_LIMITS.pullFiles}): the other ${expectedFiles - files.length} files were NOT scanned`,
      );
    } else if (expectedFiles === undefined && files.length >= API_LIMITS.pullFiles) {
      notes.push(`the GitHub API returned ${files.length} files, its maximum: files beyond them were NOT scanned`);
    }
    if (perCommit > 0 && commits.length < totalCommits) {
      notes.push(`the GitHub API listed ${commits.length} of the ${totalCommits} commits (it returns at most ${API_LIMITS.pullCommits}): later commits were not scanned one by one`);
    }
  } else {
    const cmp = await api.compare(range.base, range.head);
    files = cmp.files;
    commits = cmp.commits;
    totalCommits = cmp.totalCommits;
    if (files.length >= API_LIMITS.compareFiles) {
      notes.push(`the GitHub compare API returned ${files.length} files, its maximum: files beyond them were NOT scanned`);
    }
    if (perCommit > 0 && commits.length < totalCommits) {
      notes.push(`the GitHub compare API listed ${commits.length} of the ${totalCommits} commits (it returns at most ${API_LIMITS.compareCommits}): the others were not scanned one by one`);
    }
  }
  const head = fileScan(`net changes ${label}`, [{ files }], []);
  if (perCommit <= 0) return { head, totalCommits, notes };

  const picked = commits.slice(0, perCommit);
  if (commits.length > picked.length) {
    notes.push(`${plural(commits.length - picked.length, 'commit')} of ${commits.length} were not fetched one by one (limit ${perCommit} API calls): keys added and removed again in them were NOT looked for`);
  }
  const batches: Array<{ files: ApiFile[]; commit: string }> = [];
  for (const sha of picked) batches.push({ files: await api.commitFiles(sha), commit: sha });
  return { head, commits: fileScan(`${plural(picked.length, 'commit')} ${label}`, batches, []), totalCommits, notes };
}

/** Minimal shape of the Octokit client from `@actions/github` that the adapter uses. */
export interface OctokitLike {
  paginate: {
    iterator: (route: string, params: Record<string, unknown>) => AsyncIterable<{ data: unknown }>;
  };
  request: (route: string, params: Record<string, unknown>) => Promise<{ data: unknown }>;
}

function asFiles(data: unknown): ApiFile[] {
  const list = Array.isArray(data) ? data : [];
  const out: ApiFile[] = [];
  for (const item of list) {
    const o = item as { filename?: unknown; status?: unknown; patch?: unknown };
    if (typeof o.filename !== 'string') continue;
    const f: ApiFile = { filename: o.filename, status: typeof o.status === 'string' ? o.status : 'modified' };
    if (typeof o.patch === 'string') f.patch = o.patch;
    out.push(f);
  }
  return out;
}

function asShas(data: unknown): string[] {
  const list = Array.isArray(data) ? data : [];
  return list.map((c) => (c as { sha?: unknown }).sha).filter((s): s is string => typeof s === 'string');
}

async function collect(octokit: OctokitLike, route: string, params: Record<string, unknown>, max: number): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const page of octokit.paginate.iterator(route, { ...params, per_page: 100 })) {
    const items = Array.isArray(page.data) ? page.data : [];
    out.push(...items);
    if (out.length >= max) break;
  }
  return out.slice(0, max);
}

export function octokitChangesApi(octokit: OctokitLike, owner: string, repo: string): ChangesApi {
  return {
    pullFiles: async (pull) => asFiles(await collect(octokit, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { owner, repo, pull_number: pull }, API_LIMITS.pullFiles)),
    pullCommits: async (pull) => asShas(await collect(octokit, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits', { owner, repo, pull_number: pull }, API_LIMITS.pullCommits)),
    compare: async (base, head) => {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', { owner, repo, basehead: `${base}...${head}` });
      const d = data as { commits?: unknown; total_commits?: unknown; files?: unknown };
      const commits = asShas(d.commits);
      return { commits, totalCommits: typeof d.total_commits === 'number' ? d.total_commits : commits.length, files: asFiles(d.files) };
    },
    commitFiles: async (sha) => {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/commits/{ref}', { owner, repo, ref: sha });
      return asFiles((data as { files?: unknown }).files);
    },
  };
}
