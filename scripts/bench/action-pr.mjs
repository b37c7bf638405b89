// The `action-pr` scenario: the bundled GitHub Action (dist/index.js) run as a child process
// the way the runner runs it, on a pull_request event over a generated repository.
//
// The repository (`origin/`): a base commit of 300 files of generated code on `main`, a head
// commit on `feature` adding exactly 1,000 lines over 20 files (10 modified by a 50-line block
// inserted at a line boundary, 10 new 50-line files, 3 planted keys), and GitHub's merge commit
// (`refs/pull/1/merge`, also branch `pr-merge`). The workspace (`workspace/`) is a full clone
// of it checked out at the merge commit — like actions/checkout with `fetch-depth: 0` — so
// base and head are present and the action fetches nothing: no network is involved.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { folderFor, pickLanguage } from './corpus.mjs';
import { fastImportStream, git, readMarks } from './git-repos.mjs';
import { KEY_KINDS, leakLine } from './keys.mjs';
import { generateSource, NOUNS } from './languages.mjs';
import { createRng, subSeed } from './prng.mjs';

export const ACTION_BUNDLE = 'dist/index.js';
const PR_VERSION = 1;
const BASE_FILES = 300;
const MODIFIED = 10;
const ADDED_FILES = 10;
const LINES_PER_FILE = 50;
/** File index (0–19: modified first, then new) → key kind planted in its 50 lines. */
const PLANTS = new Map([
  [3, KEY_KINDS[2]],
  [12, KEY_KINDS[5]],
  [17, KEY_KINDS[0]],
]);
const EPOCH = 1700000000;
const REPO_SLUG = 'acme/app';

function readManifest(file) {
  try {
    const m = JSON.parse(readFileSync(file, 'utf8'));
    return m.version === PR_VERSION && m.complete ? m : undefined;
  } catch {
    return undefined;
  }
}

/** `count` lines of generated `lang` code (no trailing newline in the array). */
function codeLines(rng, lang, count) {
  const lines = generateSource(rng, lang, count * 120).split('\n').slice(0, count);
  if (lines.length < count) throw new Error(`generated only ${lines.length} lines of ${lang}`);
  return lines;
}

const fileCommand = (rel, text) => `M 100644 inline ${rel}\ndata ${Buffer.byteLength(text)}\n${text}\n`;
const commitHeader = (ref, mark, when, msg) =>
  `commit ${ref}\nmark :${mark}\nauthor dev <dev@example.invalid> ${when} +0000\ncommitter dev <dev@example.invalid> ${when} +0000\ndata ${Buffer.byteLength(msg)}\n${msg}`;

/** The origin repository and its full clone; cached under `out`. */
export async function ensurePrRepo({ out, seed, log = () => {} }) {
  const dir = path.join(out, `action-pr-s${seed}-v${PR_VERSION}`);
  const manifestFile = `${dir}.json`;
  const cached = readManifest(manifestFile);
  const origin = path.join(dir, 'origin');
  const workspace = path.join(dir, 'workspace');
  if (cached && existsSync(path.join(workspace, '.git'))) {
    try {
      if (git(workspace, ['rev-parse', 'HEAD']).trim() === cached.merge && git(workspace, ['status', '--porcelain']).trim() === '') return { ...cached, dir, origin, workspace };
    } catch {
      /* rebuild */
    }
  }
  rmSync(dir, { recursive: true, force: true });
  rmSync(manifestFile, { force: true });
  mkdirSync(origin, { recursive: true });
  log(`building the pull-request repository in ${dir} …`);
  const t0 = performance.now();
  const rng = createRng(subSeed(seed, 'action-pr'));
  git(origin, ['init', '-q', '-b', 'main']);
  const marksFile = path.join(origin, '.git', 'bench-marks');
  const fi = fastImportStream(origin, { marks: marksFile });

  // Base commit on main.
  const files = [];
  const used = new Set();
  const chunks = [commitHeader('refs/heads/main', 1, EPOCH, 'base\n')];
  for (let i = 0; i < BASE_FILES; i++) {
    const [lang, ext] = pickLanguage(rng);
    let rel;
    do rel = path.posix.join(folderFor(rng, lang), `${rng.pick(NOUNS)}_${rng.pick(NOUNS)}${rng.int(100)}.${ext}`);
    while (used.has(rel));
    used.add(rel);
    const size = Math.round(Math.exp(Math.log(1024) + rng.next() * (Math.log(32 * 1024) - Math.log(1024))));
    let text = generateSource(rng, lang, size);
    if (!text.endsWith('\n')) text += '\n';
    files.push({ rel, lang, text });
    chunks.push(fileCommand(rel, text));
  }
  await fi.write(chunks.join(''));

  // Head commit on feature: 10 modified files, 10 new ones, 50 added lines each.
  const planted = [];
  const head = [commitHeader('refs/heads/feature', 2, EPOCH + 86400, 'Add billing client and settings\n'), 'from :1\n'];
  const targets = [];
  while (targets.length < MODIFIED) {
    const f = files[rng.int(files.length)];
    if (!targets.includes(f)) targets.push(f);
  }
  for (let i = 0; i < MODIFIED + ADDED_FILES; i++) {
    const isNew = i >= MODIFIED;
    const [lang, ext] = isNew ? pickLanguage(rng) : [targets[i].lang];
    const lines = codeLines(rng, lang, LINES_PER_FILE);
    const kind = PLANTS.get(i);
    const at = kind ? rng.range(2, LINES_PER_FILE - 3) : 0;
    if (kind) lines[at] = leakLine(rng, lang, kind.make(rng));
    const block = lines.join('\n') + '\n';
    if (isNew) {
      let rel;
      do rel = path.posix.join(folderFor(rng, lang), `${rng.pick(NOUNS)}_${rng.pick(NOUNS)}${rng.int(100)}.${ext}`);
      while (used.has(rel));
      used.add(rel);
      head.push(fileCommand(rel, block));
      if (kind) planted.push({ file: rel, line: at + 1, kind: kind.kind });
    } else {
      const f = targets[i];
      const old = f.text.split('\n'); // trailing ''
      const insertAt = rng.range(0, old.length - 1);
      const text = [...old.slice(0, insertAt), ...lines, ...old.slice(insertAt)].join('\n');
      head.push(fileCommand(f.rel, text));
      if (kind) planted.push({ file: f.rel, line: insertAt + at + 1, kind: kind.kind });
    }
  }
  await fi.write(head.join(''));
  await fi.end();
  const marks = readMarks(marksFile);
  rmSync(marksFile, { force: true });
  const base = marks.get(1);
  const headSha = marks.get(2);

  // GitHub's test merge commit: the head's tree on top of the base, both as parents.
  const tree = git(origin, ['rev-parse', `${headSha}^{tree}`]).trim();
  const when = `${EPOCH + 90000} +0000`;
  const merge = git(origin, ['commit-tree', tree, '-p', base, '-p', headSha, '-m', `Merge ${headSha} into ${base}`], undefined, { GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when }).trim();
  git(origin, ['update-ref', 'refs/heads/pr-merge', merge]);
  git(origin, ['update-ref', 'refs/pull/1/head', headSha]);
  git(origin, ['update-ref', 'refs/pull/1/merge', merge]);

  // actions/checkout with fetch-depth: 0, at the merge commit.
  git(dir, ['clone', '-q', '--branch', 'pr-merge', `file://${origin}`, workspace]);
  const numstat = git(workspace, ['diff', '--numstat', base, headSha]).split('\n').filter(Boolean);
  const addedLines = numstat.reduce((s, l) => s + Number(l.split('\t')[0]), 0);
  const addedBytes = Buffer.byteLength(git(workspace, ['diff', '-U0', base, headSha]).split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++')).map((l) => l.slice(1) + '\n').join(''));
  if (addedLines !== MODIFIED * LINES_PER_FILE + ADDED_FILES * LINES_PER_FILE) throw new Error(`the pull request adds ${addedLines} lines, expected 1000`);
  const manifest = { version: PR_VERSION, complete: true, seed, baseFiles: BASE_FILES, changedFiles: numstat.length, addedLines, addedBytes, base, head: headSha, merge, planted };
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 1) + '\n');
  log(`  done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return { ...manifest, dir, origin, workspace };
}

/** A pull_request `synchronize` payload shaped like GitHub's (the fields the action reads and more). */
export function pullRequestPayload(pr) {
  const [owner, name] = REPO_SLUG.split('/');
  const repo = { id: 1, name, full_name: REPO_SLUG, private: false, owner: { login: owner, type: 'Organization' }, default_branch: 'main', fork: false, html_url: `https://github.com/${REPO_SLUG}` };
  return {
    action: 'synchronize',
    number: 1,
    before: pr.base,
    after: pr.head,
    pull_request: {
      number: 1,
      state: 'open',
      draft: false,
      title: 'Add billing client and settings',
      user: { login: 'dev' },
      commits: 1,
      additions: pr.addedLines,
      deletions: 0,
      changed_files: pr.changedFiles,
      merge_commit_sha: pr.merge,
      head: { label: `${owner}:feature`, ref: 'feature', sha: pr.head, repo },
      base: { label: `${owner}:main`, ref: 'main', sha: pr.base, repo },
    },
    repository: repo,
    sender: { login: 'dev' },
  };
}

/**
 * The runner's INPUT_* variables: every input of action.yml at its default, as a workflow that
 * sets nothing gets them; `${{ github.token }}` becomes a dummy token (the API is never reached).
 */
export function actionInputEnv(repoRoot, yaml) {
  const spec = yaml.parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8'));
  const env = {};
  for (const [name, input] of Object.entries(spec.inputs ?? {})) {
    let value = input?.default === undefined ? '' : String(input.default);
    if (name === 'github-token') value = 'ghs_000000000000000000000000000000000000';
    else if (/\$\{\{/.test(value)) value = '';
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return env;
}

/**
 * The environment of one runner step: the caller's, minus anything GitHub/git-specific, plus
 * the context variables and fresh summary/output files under `runnerDir`.
 */
export function runnerEnv({ runnerDir, workspace, pr, inputEnv }) {
  rmSync(runnerDir, { recursive: true, force: true });
  const files = {
    eventPath: path.join(runnerDir, 'event.json'),
    summary: path.join(runnerDir, 'step_summary'),
    output: path.join(runnerDir, 'output'),
    temp: path.join(runnerDir, 'temp'),
  };
  mkdirSync(files.temp, { recursive: true });
  writeFileSync(files.eventPath, JSON.stringify(pullRequestPayload(pr), null, 2));
  writeFileSync(files.summary, '');
  writeFileSync(files.output, '');
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(GITHUB_|INPUT_|RUNNER_|GIT_|ACTIONS_)/.test(k) || k === 'NODE_OPTIONS') continue;
    env[k] = v;
  }
  Object.assign(env, {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: files.eventPath,
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: REPO_SLUG,
    GITHUB_SERVER_URL: 'https://github.com',
    // Nothing listens there: an API call would fail at once instead of reaching the network.
    GITHUB_API_URL: 'http://127.0.0.1:1',
    GITHUB_SHA: pr.merge,
    GITHUB_REF: 'refs/pull/1/merge',
    GITHUB_HEAD_REF: 'feature',
    GITHUB_BASE_REF: 'main',
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: path.join(runnerDir, 'env'),
    GITHUB_STATE: path.join(runnerDir, 'state'),
    RUNNER_TEMP: files.temp,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    ...inputEnv,
  });
  return { env, files };
}

/** Parses a GITHUB_OUTPUT file: `name=value` lines and `name<<delimiter` blocks. */
export function parseOutputs(text) {
  const out = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const value = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]);
      out[heredoc[1]] = value.join('\n');
      continue;
    }
    const kv = /^([^=]+)=(.*)$/.exec(lines[i]);
    if (kv) out[kv[1]] = kv[2];
  }
  return out;
}
