#!/usr/bin/env node
// End-to-end detection figures: materialise the labelled corpus (__tests__/corpus), run the
// bundled CLI over it with `--format json`, and score the findings against the labels.
// The JSON output carries no raw secret, so a finding matches a label by (file, line range)
// and provider (see __tests__/corpus/evaluate.ts; a "lenient" figure ignores the provider).
//
// Usage: node scripts/eval-corpus.mjs [--cli dist/cli/index.js] [--keep] [--quiet]
// Exit: 0 when precision >= 0.97 and recall >= 0.98 (strict), 1 when not, 2 on error.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS_SRC = join(ROOT, '__tests__', 'corpus');

function fail(msg) {
  process.stderr.write(`eval-corpus: ${msg}\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { cli: join(ROOT, 'dist', 'cli', 'index.js'), keep: false, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--cli') opts.cli = resolve(argv[++i] ?? fail('--cli needs a path'));
    else if (a === '--keep') opts.keep = true;
    else if (a === '--quiet') opts.quiet = true;
    else if (a === '--help' || a === '-h') {
      process.stdout.write('usage: node scripts/eval-corpus.mjs [--cli PATH] [--keep] [--quiet]\n');
      process.exit(0);
    } else fail(`unknown argument ${a}`);
  }
  return opts;
}

/** Transpile the corpus TypeScript modules (no type check) so plain Node can import them. */
async function loadCorpusModules(work) {
  const require = createRequire(import.meta.url);
  let ts;
  try {
    ts = require('typescript');
  } catch {
    fail('the typescript package is needed (npm ci)');
  }
  const out = join(work, 'lib');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'package.json'), '{"type":"module"}\n');
  for (const name of ['keys', 'build', 'evaluate']) {
    const src = readFileSync(join(CORPUS_SRC, `${name}.ts`), 'utf8');
    const js = ts.transpileModule(src, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
      fileName: `${name}.ts`,
    }).outputText;
    // build.ts finds its templates next to itself: point it at the source folder.
    writeFileSync(join(out, `${name}.js`), js.replace("join(dirname(fileURLToPath(import.meta.url)), 'templates')", JSON.stringify(join(CORPUS_SRC, 'templates'))));
  }
  const build = await import(pathToFileURL(join(out, 'build.js')).href);
  const evaluate = await import(pathToFileURL(join(out, 'evaluate.js')).href);
  return { build, evaluate };
}

function runCli(cli, dir) {
  const res = spawnSync(process.execPath, [cli, 'scan', '.', '--format', 'json'], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (res.error) fail(`could not run ${cli}: ${res.error.message}`);
  if (res.status !== 0 && res.status !== 1) fail(`CLI exited ${res.status}: ${(res.stderr || '').trim().split('\n')[0]}`);
  let json;
  try {
    json = JSON.parse(res.stdout);
  } catch {
    fail('CLI output is not JSON');
  }
  if (!json || !Array.isArray(json.findings)) fail('CLI JSON has no findings array');
  return { json, stderr: res.stderr };
}

const opts = parseArgs(process.argv.slice(2));
const work = mkdtempSync(join(tmpdir(), 'keylint-eval-'));
let exitCode = 2;
try {
  const { build, evaluate } = await loadCorpusModules(work);
  const into = join(work, 'corpus');
  mkdirSync(into);
  const corpus = build.buildCorpus({ into });
  const started = Date.now();
  const { json } = runCli(opts.cli, into);
  const elapsed = Date.now() - started;
  const detections = json.findings.map((f) => ({
    file: String(f.file),
    line: Number(f.line),
    provider: String(f.provider),
    rule: String(f.rule),
    redacted: String(f.redacted),
    confidence: f.confidence,
  }));
  const strict = evaluate.evaluate(corpus.labels, detections, 'provider');
  const anyProvider = Object.fromEntries(
    [...new Set(corpus.labels.map((l) => l.provider))].map((p) => [p, [...new Set(detections.map((d) => d.provider))]]),
  );
  const lenient = evaluate.evaluate(corpus.labels, detections, 'provider', anyProvider);
  const report = [
    evaluate.formatComposition(corpus),
    '',
    opts.quiet ? `precision ${strict.precision.toFixed(4)}  recall ${strict.recall.toFixed(4)}` : evaluate.formatReport(corpus, strict, `CLI ${opts.cli} (strict: provider must match)`),
    '',
    `lenient (any provider on the labelled line counts): precision ${lenient.precision.toFixed(4)}  recall ${lenient.recall.toFixed(4)}`,
    `CLI stats: ${JSON.stringify(json.stats)}; wall ${elapsed} ms`,
  ].join('\n');
  for (const l of corpus.labels) if (l.secret.length >= 8 && report.includes(l.secret)) fail('internal: report would contain a raw secret');
  process.stdout.write(report + '\n');
  exitCode = strict.precision >= 0.97 && strict.recall >= 0.98 ? 0 : 1;
  if (opts.keep) process.stdout.write(`corpus kept in ${into}\n`);
} finally {
  if (!opts.keep) rmSync(work, { recursive: true, force: true });
}
process.exit(exitCode);
