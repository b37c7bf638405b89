// `npm run bench [-- options]`: keylint's speed, measured as a user runs it (the bundled CLI
// in a separate process) on a deterministic synthetic corpus or on a tree you name.
// Scenarios, budgets and options: docs/benchmark.md.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureMainCorpus, ensureSingleLine, ensureTinyCorpus } from './bench/corpus.mjs';
import { ACTION_BUNDLE, actionInputEnv, ensurePrRepo, parseOutputs, runnerEnv } from './bench/action-pr.mjs';
import { ensureHistoryRepo } from './bench/git-history.mjs';
import { ensureArchiveCorpus, ensureVerifyTree, startSlowMock } from './bench/verify-archives.mjs';
import { ensureStagedRepo } from './bench/git-repos.mjs';
import { median, RSS_METHOD, runMeasured } from './bench/measure.mjs';
import { formatTable } from './bench/report.mjs';
import {
  gitleaksArgs,
  gitleaksVersion,
  KEYLINT_CLI,
  keylintScanArgs,
  readKeylintReport,
  readSecretlintReport,
  secretlintArgs,
  secretlintAvailable,
} from './bench/tools.mjs';

const MB = 1024 * 1024;
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCENARIOS = ['startup', 'full', 'linear', 'single-line', 'near-miss', 'archives', 'verify', 'tiny', 'staged', 'history', 'action-pr', 'secretlint', 'gitleaks'];
const BUDGET = { mbPerS: 150, rssMb: 200, linearPct: 20, singleLineRatio: 2, startupMs: 120, stagedMs: 300, actionPrMs: 1000 };
/** Runs of the action per measurement (its figure is the median). */
const ACTION_RUNS = 5;

class BenchError extends Error {}

function parseOptions(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        path: { type: 'string' },
        size: { type: 'string' },
        reps: { type: 'string' },
        quick: { type: 'boolean' },
        'skip-secretlint': { type: 'boolean' },
        json: { type: 'boolean' },
        only: { type: 'string' },
        out: { type: 'string', default: 'bench-out' },
        seed: { type: 'string', default: '1' },
        'tiny-files': { type: 'string' },
        'repo-files': { type: 'string' },
        'single-line-mb': { type: 'string' },
        'secretlint-mb': { type: 'string' },
        'history-mb': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw new BenchError(`${err.message.split('\n')[0]} (see npm run bench -- --help)`);
  }
  const v = parsed.values;
  const int = (value, fallback, what) => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new BenchError(`${what} must be a positive integer (got "${value}")`);
    return n;
  };
  const q = v.quick === true;
  const only = v.only ? v.only.split(',').map((s) => s.trim()) : undefined;
  for (const s of only ?? []) if (!SCENARIOS.includes(s)) throw new BenchError(`--only: unknown scenario "${s}" (one of ${SCENARIOS.join(', ')})`);
  return {
    help: v.help === true,
    path: v.path,
    quick: q,
    sizeMb: int(v.size, q ? 8 : 200, '--size'),
    reps: int(v.reps, q ? 1 : 3, '--reps'),
    startupReps: q ? 5 : 20,
    tinyFiles: int(v['tiny-files'], q ? 2000 : 100000, '--tiny-files'),
    repoFiles: int(v['repo-files'], q ? 2000 : 100000, '--repo-files'),
    singleLineMb: int(v['single-line-mb'], q ? 2 : 20, '--single-line-mb'),
    secretlintMb: int(v['secretlint-mb'], q ? 2 : 20, '--secretlint-mb'),
    historyMb: int(v['history-mb'], q ? 32 : 1024, '--history-mb'),
    seed: int(v.seed, 1, '--seed'),
    out: path.resolve(v.out),
    json: v.json === true,
    skipSecretlint: v['skip-secretlint'] === true,
    enabled: (s) => (only ? only.includes(s) : true),
  };
}

const HELP = `npm run bench -- [options]

  --quick              small corpus, 32 MB history, 1 repetition (smoke test, well under a minute)
  --path DIR           bench an existing tree instead of the synthetic corpus
  --size MB            synthetic corpus size (default 200; parts of 25/25/50 % give the linearity runs)
  --reps N             repetitions per scenario, median reported (default 3; at least 5 for full/linear)
  --only a,b           scenarios: ${SCENARIOS.join(', ')}
  --skip-secretlint    do not run the secretlint comparison
  --json               print the results as JSON instead of the table
  --out DIR            work folder (default bench-out; corpora are cached there)
  --history-mb N       added text in the history scenario's repository (default 1024)
  --tiny-files N  --repo-files N  --single-line-mb N  --secretlint-mb N  --seed N
`;

/** Sum of sizes and count of regular files under `dir` (no .git). */
function measureTree(dir) {
  let bytes = 0;
  let files = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === '.git') continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        bytes += statSync(p).size;
        files++;
      }
    }
  };
  walk(dir);
  return { bytes, files };
}

/** Highest peak RSS and file-backed RSS per process name over several runs. */
function mergeByProcess(list) {
  const out = {};
  for (const byName of list) {
    for (const [name, v] of Object.entries(byName)) {
      const cur = out[name] ?? { peakRssMb: 0, rssFileMb: 0 };
      out[name] = { peakRssMb: Math.max(cur.peakRssMb, v.peakRssMb), rssFileMb: Math.max(cur.rssFileMb, v.rssFileMb) };
    }
  }
  return out;
}

class Bench {
  constructor(opts) {
    this.opts = opts;
    this.rows = [];
    this.tmp = path.join(opts.out, 'tmp');
    mkdirSync(this.tmp, { recursive: true });
    this.log = opts.json ? (s) => process.stderr.write(s + '\n') : (s) => process.stdout.write(s + '\n');
    this.startupMs = undefined;
  }

  /**
   * Runs keylint `reps` times on `paths`; returns the median run and the last report.
   * `env` keeps git from treating the gitignored bench-out folder as part of this repo.
   */
  async keylint(paths, { cwd = REPO, extra = [], env, reps = this.opts.reps, perProcess = false } = {}) {
    const output = path.join(this.tmp, 'keylint-report.json');
    const runs = [];
    for (let i = 0; i < reps; i++) {
      rmSync(output, { force: true });
      const r = await runMeasured(process.execPath, keylintScanArgs(REPO, paths, output, extra), { cwd, env: { ...process.env, ...env }, perProcess });
      if (r.code !== 0 && r.code !== 1) {
        const why = (r.stderr.trim().split('\n').pop() ?? '').slice(0, 300);
        throw new BenchError(`keylint exited ${r.code} on ${paths.join(' ') || cwd}: ${why}`);
      }
      runs.push(r);
    }
    const wallMs = median(runs.map((r) => r.wallMs));
    const peakRssMb = Math.max(...runs.map((r) => r.peakRssMb ?? 0)) || undefined;
    const byProcess = perProcess ? mergeByProcess(runs.map((r) => r.byProcess ?? {})) : undefined;
    return { wallMs, peakRssMb, byProcess, report: readKeylintReport(output) };
  }

  /** Env that stops git discovery at the corpus folder (bench-out is gitignored in this repo). */
  corpusEnv() {
    return { GIT_CEILING_DIRECTORIES: this.opts.out };
  }

  row(r) {
    const mbPerS = r.mb !== undefined && r.wallMs ? r.mb / (r.wallMs / 1000) : undefined;
    const filesPerS = r.files !== undefined && r.wallMs ? r.files / (r.wallMs / 1000) : undefined;
    const row = { scenario: r.scenario, mb: r.mb, files: r.files, wallMs: r.wallMs, mbPerS, filesPerS, peakRssMb: r.peakRssMb, budget: r.budget, pass: r.pass ?? null, ...(r.note ? { note: r.note } : {}), ...(r.extra ?? {}) };
    this.rows.push(row);
    if (!this.opts.json) this.log(`  ${row.scenario}: ${r.wallMs !== undefined ? `${r.wallMs.toFixed(0)} ms` : (r.note ?? '')}${mbPerS ? `, ${mbPerS.toFixed(1)} MB/s` : ''}${row.pass === false ? '  (over budget)' : ''}`);
    return row;
  }

  rssOk(rssMb) {
    return rssMb === undefined || rssMb <= BUDGET.rssMb;
  }

  /** Checks what keylint saw against what is on disk; a mismatch is noted on the row. */
  coverageNote(report, expect) {
    const notes = [];
    if (report.stats.files !== expect.files) notes.push(`keylint scanned ${report.stats.files} of ${expect.files} files`);
    if (report.notices.length) notes.push(`notices: ${report.notices.join('; ').slice(0, 200)}`);
    return notes;
  }

  /**
   * Planted keys found (same file and line), findings in near-miss files, and findings
   * elsewhere. Paths are compared from the package folder on (the scan root varies by scenario).
   */
  recall(report, planted) {
    const norm = (f) => {
      const p = f.replace(/\\/g, '/');
      const i = p.search(/(^|\/)pkg-\d{3}-/);
      return i < 0 ? p.split('/').pop() : p.slice(i).replace(/^\//, '');
    };
    const found = new Set(report.findings.map((f) => `${norm(f.file)}:${f.line}`));
    const plantedKeys = new Set(planted.map((p) => `${norm(p.file)}:${p.line}`));
    const hit = [...plantedKeys].filter((k) => found.has(k)).length;
    const nearMiss = report.findings.filter((f) => /near-miss\.txt$/.test(f.file)).length;
    const other = report.findings.filter((f) => !/near-miss\.txt$/.test(f.file) && !plantedKeys.has(`${norm(f.file)}:${f.line}`)).length;
    return { plantedFound: hit, planted: plantedKeys.size, otherFindings: other, nearMissFindings: nearMiss };
  }

  async startup() {
    const times = [];
    for (let i = 0; i < this.opts.startupReps; i++) {
      const r = await runMeasured(process.execPath, [path.join(REPO, KEYLINT_CLI), '--version'], { rss: false });
      if (r.code !== 0) throw new BenchError(`keylint --version exited ${r.code}`);
      times.push(r.wallMs);
    }
    const nodeOnly = [];
    for (let i = 0; i < Math.min(10, this.opts.startupReps); i++) nodeOnly.push((await runMeasured(process.execPath, ['-e', '0'], { rss: false })).wallMs);
    this.startupMs = median(times);
    this.row({
      scenario: 'startup: keylint --version',
      wallMs: this.startupMs,
      budget: `≤ ${BUDGET.startupMs} ms`,
      pass: this.startupMs <= BUDGET.startupMs,
      note: `median of ${times.length}; bare \`node -e 0\` takes ${median(nodeOnly).toFixed(0)} ms here`,
    });
  }

  async fullAndLinear(main) {
    const env = this.corpusEnv();
    const parts = (names) => names.map((n) => path.join(main.dir, n));
    const sum = (names, key) => names.reduce((s, n) => s + main.parts[n][key], 0);
    const sets = [
      ['p0'],
      ['p0', 'p1'],
      ['p0', 'p1', 'p2'],
    ];
    const wanted = sets.filter((names) => (names.length === 3 ? this.opts.enabled('full') || this.opts.enabled('linear') : this.opts.enabled('linear')));
    // The sizes take turns, rep by rep: each median then comes from the same stretch of time
    // (this machine's speed drifts by several % over a minute, and the linearity row compares them).
    // At least 5 reps unless --quick: the linearity row compares three medians, and one slow
    // run among 3 moved it by several points.
    const reps = this.opts.quick ? this.opts.reps : Math.max(this.opts.reps, 5);
    const runs = new Map(wanted.map((names) => [names, []]));
    for (let rep = 0; rep < reps; rep++) {
      for (const names of wanted) runs.get(names).push(await this.keylint(names.length === 3 ? [main.dir] : parts(names), { env, reps: 1 }));
    }
    const measured = [];
    for (const names of wanted) {
      const isFull = names.length === 3;
      const expect = { bytes: sum(names, 'bytes'), files: sum(names, 'files') };
      const all = runs.get(names);
      const run = { wallMs: median(all.map((r) => r.wallMs)), peakRssMb: Math.max(...all.map((r) => r.peakRssMb ?? 0)) || undefined, report: all[all.length - 1].report };
      const mb = expect.bytes / MB;
      const rec = this.recall(run.report, main.planted.filter((p) => names.includes(p.file.split('/')[0])));
      const notes = this.coverageNote(run.report, expect);
      notes.unshift(`planted keys found ${rec.plantedFound}/${rec.planted}; findings in near-miss files ${rec.nearMissFindings}; other findings ${rec.otherFindings}`);
      measured.push({ mb, wallMs: run.wallMs });
      const mbPerS = mb / (run.wallMs / 1000);
      this.row({
        scenario: isFull ? `full corpus (${Math.round(mb)} MB)` : `linear ${Math.round(mb)} MB`,
        mb,
        files: expect.files,
        wallMs: run.wallMs,
        peakRssMb: run.peakRssMb,
        // The throughput budget is the full corpus's; the smaller runs are judged by the linearity row.
        budget: isFull ? `≥ ${BUDGET.mbPerS} MB/s, RSS ≤ ${BUDGET.rssMb}` : `RSS ≤ ${BUDGET.rssMb}`,
        pass: (!isFull || mbPerS >= BUDGET.mbPerS) && this.rssOk(run.peakRssMb) && rec.plantedFound === rec.planted && run.report.stats.files === expect.files,
        note: notes.join('; '),
        extra: { recall: rec },
      });
      if (isFull) {
        this.fullPerMb = this.perMb(run.wallMs, mb);
        this.fullWallMs = run.wallMs;
      }
    }
    if (measured.length === 3) {
      const per = measured.map((m) => this.perMb(m.wallMs, m.mb));
      const mean = per.reduce((s, v) => s + v, 0) / per.length;
      const dev = Math.max(...per.map((v) => Math.abs(v - mean) / mean)) * 100;
      this.row({
        scenario: 'linearity (time per MB)',
        budget: `±${BUDGET.linearPct} %`,
        pass: dev <= BUDGET.linearPct,
        note: `ms/MB after subtracting start-up: ${per.map((v) => v.toFixed(2)).join(' / ')} (max deviation from mean ${dev.toFixed(1)} %)`,
        extra: { msPerMb: per, maxDeviationPct: dev },
      });
    }
  }

  /** ms per MB with the fixed start-up cost removed (it is not a non-linearity). */
  perMb(wallMs, mb) {
    return Math.max(0, wallMs - (this.startupMs ?? 0)) / mb;
  }

  /**
   * The single line against normal files of the same size (whole packages of the main corpus,
   * in order, up to the line's size): the same data volume, so the same fixed costs per run
   * (worker start, compiler warm-up), and only the shape differs. Against the 200 MB corpus the
   * ratio mostly measures how a run's fixed cost spreads over 20 MB or 200 MB, which the
   * linearity row already reports; it is shown too.
   */
  async singleLine(main) {
    const s = ensureSingleLine({ out: path.join(this.opts.out, 'corpus'), mb: this.opts.singleLineMb, seed: this.opts.seed, log: this.log });
    const maxSize = `${Math.ceil(s.bytes / MB) + 8}MB`;
    const run = await this.keylint([s.dir], { env: this.corpusEnv(), extra: ['--max-file-size', maxSize] });
    const mb = s.bytes / MB;
    const rec = this.recall(run.report, s.planted);
    const ref = main ? await this.sameSizeFiles(main, s.bytes) : undefined;
    const ratio = ref ? this.perMb(run.wallMs, mb) / this.perMb(ref.wallMs, ref.mb) : undefined;
    const toFull = this.fullPerMb ? this.perMb(run.wallMs, mb) / this.fullPerMb : undefined;
    const notes = this.coverageNote(run.report, { files: 1 });
    notes.unshift(
      `planted keys found ${rec.plantedFound}/${rec.planted}`,
      ratio !== undefined ? `per-MB time ${ratio.toFixed(2)}× that of ${ref.mb.toFixed(0)} MB of normal files` : 'no main corpus for the same-size comparison',
      toFull !== undefined ? `${toFull.toFixed(2)}× the 200 MB corpus's` : '',
      `--max-file-size ${maxSize} (the default 10MB would skip it)`,
    );
    this.row({
      scenario: `single line (${Math.round(mb)} MB)`,
      mb,
      files: 1,
      wallMs: run.wallMs,
      peakRssMb: run.peakRssMb,
      budget: `≤ ${BUDGET.singleLineRatio}× per-MB time`,
      pass: ratio === undefined ? null : ratio <= BUDGET.singleLineRatio && this.rssOk(run.peakRssMb) && rec.plantedFound === rec.planted,
      note: notes.filter(Boolean).join('; '),
      extra: { ratioToNormal: ratio, ratioToFullCorpus: toFull },
    });
  }

  /** keylint on whole packages of the main corpus, in order, until `bytes` is reached. */
  async sameSizeFiles(main, bytes) {
    const dirs = [];
    let got = 0;
    let files = 0;
    for (const p of main.parts.p0.packages) {
      if (got >= bytes) break;
      dirs.push(path.join(main.dir, p.name));
      got += p.bytes;
      files += p.files;
    }
    const run = await this.keylint(dirs, { env: this.corpusEnv() });
    const mb = got / MB;
    this.row({
      scenario: `normal files, same size (${Math.round(mb)} MB)`,
      mb,
      files,
      wallMs: run.wallMs,
      peakRssMb: run.peakRssMb,
      note: `${dirs.length} packages of the main corpus: the single line's reference`,
    });
    return { mb, wallMs: run.wallMs };
  }

  async nearMiss(main) {
    const files = [];
    const walk = (d) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name === 'near-miss.txt') files.push(p);
      }
    };
    walk(main.dir);
    const bytes = files.reduce((s, f) => s + statSync(f).size, 0);
    const run = await this.keylint(files, { env: this.corpusEnv() });
    const mb = bytes / MB;
    const ratio = this.fullPerMb ? this.perMb(run.wallMs, mb) / this.fullPerMb : undefined;
    this.row({
      scenario: 'near-miss prefixes',
      mb,
      files: files.length,
      wallMs: run.wallMs,
      peakRssMb: run.peakRssMb,
      budget: `RSS ≤ ${BUDGET.rssMb}`,
      pass: this.rssOk(run.peakRssMb),
      note: `${run.report.findings.length} findings (generic assignments of truncated values); ${ratio !== undefined ? `per-MB time ${ratio.toFixed(2)}× the full corpus's` : ''}`,
      extra: { ratioToNormal: ratio },
    });
  }

  /** The same text as plain files, one .zip and one .tar.gz: per-MB time of each. */
  async archives(main) {
    const a = ensureArchiveCorpus(main.dir, path.join(this.opts.out, 'corpus'), 8);
    const mb = a.bytes / MB;
    const plain = await this.keylint([a.plain], { env: this.corpusEnv() });
    this.row({ scenario: `archives: ${a.members} files as plain files (${mb.toFixed(1)} MB)`, mb, files: plain.report.stats.files, wallMs: plain.wallMs, peakRssMb: plain.peakRssMb });
    for (const [label, file, packed] of [['.zip', a.zip, a.zipBytes], ['.tar.gz', a.tgz, a.tgzBytes]]) {
      const run = await this.keylint([file], { env: this.corpusEnv() });
      const same = run.report.findings.length === plain.report.findings.length;
      this.row({
        scenario: `archives: the same in one ${label} (${(packed / MB).toFixed(1)} MB packed)`,
        mb,
        files: 1,
        wallMs: run.wallMs,
        peakRssMb: run.peakRssMb,
        budget: `RSS ≤ ${BUDGET.rssMb}, same findings`,
        pass: this.rssOk(run.peakRssMb) && same,
        note: `${(run.wallMs / plain.wallMs).toFixed(2)}× the plain files' time; ${run.report.findings.length} findings (plain: ${plain.report.findings.length})${run.report.notices.length ? `; notices: ${run.report.notices.slice(0, 2).join(' | ')}` : ''}`,
      });
    }
  }

  /**
   * `scan --verify` over 100 findings of 60 distinct keys against a loopback mock answering in
   * 200 ms: the pass takes about 200 ms × ⌈60 / concurrency⌉, not the sum of the requests.
   */
  async verify() {
    const delayMs = 200;
    const concurrency = 8;
    const t = ensureVerifyTree(path.join(this.opts.out, 'corpus'), { findings: 100, distinct: 60 });
    const base = await this.keylint([t.dir], { env: this.corpusEnv() });
    const mock = await startSlowMock(delayMs);
    try {
      const run = await this.keylint([t.dir], { env: this.corpusEnv(), extra: ['--verify', '--endpoint', `groq=${mock.url}`, '--concurrency', String(concurrency)] });
      const reps = this.opts.reps;
      const requestsPerRun = mock.stats.requests / reps;
      const passMs = run.wallMs - base.wallMs;
      const ideal = delayMs * Math.ceil(t.distinct / concurrency);
      this.row({
        scenario: `verify: ${t.findings} findings, ${t.distinct} distinct keys, mock ${delayMs} ms, concurrency ${concurrency}`,
        files: base.report.stats.files,
        wallMs: run.wallMs,
        peakRssMb: run.peakRssMb,
        budget: `pass ≤ 1.5 × ${ideal} ms, ${t.distinct} requests`,
        pass: passMs <= 1.5 * ideal && requestsPerRun === t.distinct && run.report.findings.length === t.findings,
        note: `verification pass ${passMs.toFixed(0)} ms (scan alone ${base.wallMs.toFixed(0)} ms; ideal ${ideal} ms, sequential ${delayMs * t.distinct} ms); ${requestsPerRun} requests per run, at most ${mock.stats.maxInFlight} at once`,
        extra: { verifyPassMs: passMs, idealMs: ideal, requestsPerRun, maxInFlight: mock.stats.maxInFlight },
      });
    } finally {
      await mock.close();
    }
  }

  async tiny() {
    const t = ensureTinyCorpus({ out: path.join(this.opts.out, 'corpus'), count: this.opts.tinyFiles, seed: this.opts.seed, log: this.log });
    const run = await this.keylint([t.dir], { env: this.corpusEnv() });
    this.row({
      scenario: `${t.files} tiny files`,
      mb: t.bytes / MB,
      files: t.files,
      wallMs: run.wallMs,
      peakRssMb: run.peakRssMb,
      budget: `RSS ≤ ${BUDGET.rssMb}`,
      pass: this.rssOk(run.peakRssMb) && run.report.stats.files === t.files,
      note: this.coverageNote(run.report, t).join('; ') || undefined,
    });
  }

  async staged() {
    const out = path.join(this.opts.out, 'repos');
    for (const files of [this.opts.repoFiles, 10]) {
      const repo = await ensureStagedRepo({ out, files, seed: this.opts.seed, log: this.log });
      const run = await this.keylint([], { cwd: repo.dir, extra: ['--staged'] });
      const found = run.report.findings.length;
      this.row({
        scenario: `staged 1,000 lines, ${files} files repo`,
        files: run.report.stats.files,
        mb: run.report.stats.bytes / MB,
        wallMs: run.wallMs,
        peakRssMb: run.peakRssMb,
        budget: `≤ ${BUDGET.stagedMs} ms`,
        pass: run.wallMs <= BUDGET.stagedMs && found === repo.planted.length,
        note: `${repo.changedLines} staged lines in 5 files; planted keys found ${found}/${repo.planted.length}`,
      });
      if (files === this.opts.repoFiles) await this.gitTree(repo.dir, files);
    }
  }

  /** The whole tree of the large repository: the listing comes from `git ls-files`, not a walk. */
  async gitTree(dir, files) {
    const run = await this.keylint([dir]);
    this.row({
      scenario: `tree scan, ${files} files git repo`,
      files: run.report.stats.files,
      mb: run.report.stats.bytes / MB,
      wallMs: run.wallMs,
      peakRssMb: run.peakRssMb,
      budget: `RSS ≤ ${BUDGET.rssMb}`,
      pass: this.rssOk(run.peakRssMb),
      note: `listed by git ls-files; ${run.report.findings.length} findings`,
    });
  }

  /**
   * `keylint scan --history` over a generated history of about --history-mb MB of added text:
   * peak RSS is the budget; MB/s uses the added bytes keylint reports (stats.bytes).
   */
  async history() {
    const h = await ensureHistoryRepo({ out: path.join(this.opts.out, 'repos'), mb: this.opts.historyMb, seed: this.opts.seed, log: this.log });
    const run = await this.keylint([], { cwd: h.dir, extra: ['--history'], perProcess: true });
    const { stats, findings, notices } = run.report;
    const key = (f) => `${f.commit}:${f.file}:${f.line}`;
    const found = new Set(findings.map(key));
    const plantedKeys = new Set(h.planted.map(key));
    const hit = [...plantedKeys].filter((k) => found.has(k)).length;
    const other = findings.filter((f) => !plantedKeys.has(key(f))).length;
    const mb = stats.bytes / MB;
    const notes = [
      `planted keys found ${hit}/${plantedKeys.size}; other findings ${other}`,
      `${h.commits} commits, ${h.newFiles} files added and ${h.modifications} modified; added lines generated ${(h.addedBytes / MB).toFixed(1)} MB, keylint scanned ${mb.toFixed(1)} MB in ${stats.files} file versions`,
    ];
    const procs = Object.entries(run.byProcess ?? {}).sort((a, b) => b[1].peakRssMb - a[1].peakRssMb);
    if (procs.length) notes.push(`peak RSS by process (sampled every 50 ms): ${procs.map(([n, v]) => `${n} ${v.peakRssMb.toFixed(0)} MB${v.rssFileMb >= 64 ? ` (up to ${v.rssFileMb.toFixed(0)} MB file-backed)` : ''}`).join(', ')}`);
    if (notices.length) notes.push(`notices: ${notices.join('; ').slice(0, 200)}`);
    this.row({
      scenario: `history ${Math.round(h.addedBytes / MB)} MB, ${h.commits} commits`,
      mb,
      files: stats.files,
      wallMs: run.wallMs,
      peakRssMb: run.peakRssMb,
      budget: `RSS ≤ ${BUDGET.rssMb} MB`,
      pass: run.peakRssMb !== undefined && this.rssOk(run.peakRssMb) && hit === plantedKeys.size,
      note: notes.join('; '),
      extra: { recall: { plantedFound: hit, planted: plantedKeys.size, otherFindings: other }, commits: h.commits, generatedMb: h.addedBytes / MB, byProcess: run.byProcess },
    });
  }

  /**
   * The Action's pull-request path, start → job summary written: dist/index.js run as the
   * runner runs it (INPUT_* and GITHUB_* variables, a pull_request payload) in a full clone,
   * over a 1,000-line diff. Median of ACTION_RUNS runs; no network (nothing to fetch, the API
   * URL is a closed loopback port).
   */
  async actionPr() {
    const bundle = path.join(REPO, ACTION_BUNDLE);
    if (!existsSync(bundle)) throw new BenchError(`${ACTION_BUNDLE} is missing: run \`npm run bundle\` first`);
    let yaml;
    try {
      yaml = (await import('yaml')).default;
    } catch {
      throw new BenchError('the action-pr scenario reads action.yml with the `yaml` package: run `npm install`');
    }
    const pr = await ensurePrRepo({ out: path.join(this.opts.out, 'repos'), seed: this.opts.seed, log: this.log });
    const inputEnv = actionInputEnv(REPO, yaml);
    const runs = [];
    let last;
    for (let i = 0; i < ACTION_RUNS; i++) {
      const { env, files } = runnerEnv({ runnerDir: path.join(this.tmp, 'action-runner'), workspace: pr.workspace, pr, inputEnv });
      const r = await runMeasured(process.execPath, [bundle], { cwd: pr.workspace, env });
      const lastLine = (r.stdout.split('\n').filter((l) => l.startsWith('::error')).pop() ?? r.stderr.trim().split('\n').pop() ?? '').slice(0, 300);
      if (r.code !== 0 && r.code !== 1) throw new BenchError(`the action exited ${r.code}: ${lastLine}`);
      const summary = readFileSync(files.summary, 'utf8');
      const outputs = parseOutputs(readFileSync(files.output, 'utf8'));
      runs.push(r);
      last = { r, summary, outputs, lastLine };
    }
    const wallMs = median(runs.map((r) => r.wallMs));
    const peakRssMb = Math.max(...runs.map((r) => r.peakRssMb ?? 0)) || undefined;
    const { r, summary, outputs } = last;
    const findings = outputs.findings !== undefined ? Number(outputs.findings) : undefined;
    let hit = 0;
    let reported = 0;
    if (outputs.report && existsSync(outputs.report)) {
      const report = readKeylintReport(outputs.report);
      const found = new Set(report.findings.map((f) => `${f.file}:${f.line}`));
      hit = pr.planted.filter((p) => found.has(`${p.file}:${p.line}`)).length;
      reported = report.findings.length;
    }
    const summaryOk = summary.trim().length > 0;
    const notes = [
      `median of ${runs.length} (${runs.map((x) => x.wallMs.toFixed(0)).join(', ')} ms); exit ${r.code}`,
      summaryOk ? `job summary ${summary.length} bytes` : 'NO job summary written',
      findings !== undefined ? `output findings=${outputs.findings}` : 'NO findings output',
      `planted keys found ${hit}/${pr.planted.length}${reported > hit ? `; other findings ${reported - hit}` : ''}`,
      `${pr.addedLines} added lines in ${pr.changedFiles} files; full clone, ${pr.baseFiles} files at base`,
    ];
    this.row({
      scenario: `action-pr: ${pr.addedLines.toLocaleString('en-US')}-line diff, ${pr.changedFiles} files`,
      mb: pr.addedBytes / MB,
      files: pr.changedFiles,
      wallMs,
      peakRssMb,
      budget: `≤ ${BUDGET.actionPrMs} ms`,
      pass: wallMs <= BUDGET.actionPrMs && summaryOk && findings === pr.planted.length && hit === pr.planted.length,
      note: notes.join('; '),
      extra: { runsMs: runs.map((x) => x.wallMs), findingsOutput: findings, recall: { plantedFound: hit, planted: pr.planted.length } },
    });
  }

  /** keylint and secretlint on the same subset of packages; prints the throughput ratio. */
  async secretlint(main) {
    if (!secretlintAvailable(REPO)) {
      this.row({ scenario: 'secretlint', note: 'not installed (npm install): skipped' });
      return;
    }
    const dirs = [];
    let bytes = 0;
    let files = 0;
    for (const part of ['p0', 'p1', 'p2']) {
      for (const p of main.parts[part].packages) {
        if (bytes >= this.opts.secretlintMb * MB) break;
        dirs.push(path.join(main.dir, p.name));
        bytes += p.bytes;
        files += p.files;
      }
    }
    const mb = bytes / MB;
    const k = await this.keylint(dirs, { env: this.corpusEnv() });
    const kRow = this.row({ scenario: `keylint on ${Math.round(mb)} MB subset`, mb, files, wallMs: k.wallMs, peakRssMb: k.peakRssMb });
    const output = path.join(this.tmp, 'secretlint-report.json');
    rmSync(output, { force: true });
    const s = await runMeasured(process.execPath, secretlintArgs(REPO, dirs, output), { cwd: REPO });
    if (s.code !== 0 && s.code !== 1) throw new BenchError(`secretlint exited ${s.code}: ${s.stderr.trim().split('\n').pop()?.slice(0, 300)}`);
    const sr = readSecretlintReport(output);
    const sRow = this.row({
      scenario: `secretlint on ${Math.round(mb)} MB subset`,
      mb,
      files,
      wallMs: s.wallMs,
      peakRssMb: s.peakRssMb,
      note: `1 run; ${sr.findings} findings over ${sr.files} files; keylint found ${k.report.findings.length}`,
    });
    const ratio = kRow.mbPerS / sRow.mbPerS;
    this.row({ scenario: 'keylint / secretlint throughput', note: `${ratio.toFixed(1)}× (same files, same run)`, extra: { ratio } });
  }

  async gitleaks(dir, mb, files, keylintWallMs) {
    const version = gitleaksVersion();
    if (!version) {
      this.row({ scenario: 'gitleaks', note: 'not on PATH: skipped (the bench never downloads it)' });
      return;
    }
    const output = path.join(this.tmp, 'gitleaks-report.json');
    const g = await runMeasured('gitleaks', gitleaksArgs(version, dir, output), { cwd: REPO });
    const row = this.row({ scenario: `gitleaks ${version}`, mb, files, wallMs: g.wallMs, peakRssMb: g.peakRssMb, note: g.code === 0 ? '1 run' : `exit ${g.code}` });
    if (keylintWallMs) this.row({ scenario: 'keylint / gitleaks throughput', note: `${(g.wallMs / keylintWallMs).toFixed(1)}×`, extra: { ratio: row.wallMs / keylintWallMs } });
  }

  async existingTree(dir) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new BenchError(`--path: ${dir} is not a directory`);
    const run = await this.keylint([dir]);
    const disk = measureTree(dir);
    const mb = run.report.stats.bytes / MB;
    const mbPerS = mb / (run.wallMs / 1000);
    this.row({
      scenario: `path ${path.basename(dir)}`,
      mb,
      files: run.report.stats.files,
      wallMs: run.wallMs,
      peakRssMb: run.peakRssMb,
      budget: `≥ ${BUDGET.mbPerS} MB/s, RSS ≤ ${BUDGET.rssMb}`,
      pass: run.report.stats.files > 0 ? mbPerS >= BUDGET.mbPerS && this.rssOk(run.peakRssMb) : false,
      note: `${run.report.findings.length} findings; on disk ${disk.files} files, ${(disk.bytes / MB).toFixed(1)} MB (keylint lists git's view in a work tree)${run.report.stats.files === 0 ? '; keylint scanned NO files' : ''}`,
    });
    if (this.opts.enabled('secretlint') && !this.opts.skipSecretlint && secretlintAvailable(REPO)) {
      const output = path.join(this.tmp, 'secretlint-report.json');
      rmSync(output, { force: true });
      const s = await runMeasured(process.execPath, secretlintArgs(REPO, [dir], output), { cwd: REPO });
      const sr = existsSync(output) ? readSecretlintReport(output) : { files: 0, findings: 0 };
      const sRow = this.row({ scenario: 'secretlint (same path)', mb: disk.bytes / MB, files: sr.files, wallMs: s.wallMs, peakRssMb: s.peakRssMb, note: `1 run; ${sr.findings} findings` });
      this.row({ scenario: 'keylint / secretlint throughput', note: `${(mbPerS / sRow.mbPerS).toFixed(1)}×` });
    }
    if (this.opts.enabled('gitleaks')) await this.gitleaks(dir, mb, run.report.stats.files, run.wallMs);
  }

  async run() {
    const o = this.opts;
    const t0 = performance.now();
    this.loadAtStart = os.loadavg()[0];
    if (this.loadAtStart > 0.5) this.log(`note: 1-minute load average is ${this.loadAtStart.toFixed(2)} on ${os.cpus().length} CPUs; other processes will slow the figures`);
    if (o.enabled('startup') || o.enabled('linear') || o.enabled('single-line')) await this.startup();
    if (o.path) {
      await this.existingTree(path.resolve(o.path));
    } else {
      const needMain = ['full', 'linear', 'near-miss', 'archives', 'secretlint', 'gitleaks', 'single-line'].some((s) => o.enabled(s));
      const main = needMain ? ensureMainCorpus({ out: path.join(o.out, 'corpus'), sizeMb: o.sizeMb, seed: o.seed, log: this.log }) : undefined;
      if (o.enabled('full') || o.enabled('linear') || o.enabled('single-line')) await this.fullAndLinear(main);
      if (o.enabled('single-line')) await this.singleLine(main);
      if (o.enabled('near-miss')) await this.nearMiss(main);
      if (o.enabled('archives')) await this.archives(main);
      if (o.enabled('verify')) await this.verify();
      if (o.enabled('tiny')) await this.tiny();
      if (o.enabled('staged')) await this.staged();
      if (o.enabled('history')) await this.history();
      if (o.enabled('action-pr')) await this.actionPr();
      if (o.enabled('secretlint') && !o.skipSecretlint) await this.secretlint(main);
      if (o.enabled('gitleaks')) await this.gitleaks(main.dir, main.bytes / MB, main.files, this.fullWallMs);
    }
    return {
      tool: 'keylint',
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memMb: Math.round(os.totalmem() / MB), loadAvgAtStart: this.loadAtStart, node: process.version, platform: `${os.platform()} ${os.release()}` },
      rssMethod: RSS_METHOD,
      options: { path: o.path, quick: o.quick, sizeMb: o.sizeMb, reps: o.reps, seed: o.seed, tinyFiles: o.tinyFiles, repoFiles: o.repoFiles, singleLineMb: o.singleLineMb, secretlintMb: o.secretlintMb, historyMb: o.historyMb },
      budgets: BUDGET,
      rows: this.rows,
      benchSeconds: (performance.now() - t0) / 1000,
    };
  }
}

async function main() {
  const opts = parseOptions(process.argv.slice(2));
  if (opts.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (!existsSync(path.join(REPO, KEYLINT_CLI))) throw new BenchError(`${KEYLINT_CLI} is missing: run \`npm run bundle\` first`);
  const bench = new Bench(opts);
  bench.log(`keylint bench: ${os.cpus().length} CPUs, node ${process.version}, RSS via ${RSS_METHOD}, ${opts.reps} rep(s), median`);
  const results = await bench.run();
  const file = path.join(opts.out, 'results.json');
  writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
  if (opts.json) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  else {
    process.stdout.write('\n' + formatTable(results.rows));
    process.stdout.write(`\nresults: ${path.relative(process.cwd(), file)} · bench took ${results.benchSeconds.toFixed(0)} s\n`);
  }
  return 0;
}

try {
  process.exitCode = await main();
} catch (err) {
  process.stderr.write(`bench: ${err instanceof BenchError ? err.message : (err?.stack ?? String(err))}\n`);
  process.exitCode = 2;
}
