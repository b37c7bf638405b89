// Git repository for the `history` scenario: a deterministic history whose commits add about
// `mb` MB of text in total (1 GB by default), for `keylint scan --history`.
//
// About 2,000 commits (one per 512 KB added), each adding a few files of generated code
// (log-uniform 2–256 KB) and inserting a block of 1–16 KB into 0–2 recently added files.
// One key of every kind in keys.mjs is planted at evenly spaced commits, alternately in a
// new file and in an inserted block; the manifest records commit, file, line and kind (never
// the value). Written by `git fast-import` in one stream (no work tree is checked out: a
// history scan reads only objects), cached under `out` beside its manifest.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { folderFor, pickLanguage } from './corpus.mjs';
import { fastImportStream, git, readMarks } from './git-repos.mjs';
import { KEY_KINDS, leakLine } from './keys.mjs';
import { generateSource, NOUNS } from './languages.mjs';
import { createRng, subSeed } from './prng.mjs';

/** Bump when the generated history changes, so cached repositories are rebuilt. */
export const HISTORY_VERSION = 1;
const MB = 1024 * 1024;
const KB = 1024;
const BYTES_PER_COMMIT = 512 * KB;
/** Recently added files that later commits may modify (their text is kept in memory). */
const HOT_FILES = 64;
const HOT_MAX_BYTES = 96 * KB;
const EPOCH = 1700000000;

const logUniform = (rng, lo, hi) => Math.round(Math.exp(Math.log(lo) + rng.next() * (Math.log(hi) - Math.log(lo))));

/** Offset of the start of line `k` (0-based) in `text`. */
function lineOffset(text, k) {
  let off = 0;
  for (let i = 0; i < k; i++) off = text.indexOf('\n', off) + 1;
  return off;
}

const countNewlines = (text) => {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
};

/** Generated text of about `size` bytes ending with a newline; `plant` inserts a leak line. */
function codeText(rng, lang, size, plantKey) {
  let text = generateSource(rng, lang, size);
  if (!text.endsWith('\n')) text += '\n';
  if (!plantKey) return { text, plantedLine: undefined };
  const lines = text.split('\n'); // last element is '' (trailing newline)
  const at = rng.range(1, Math.max(1, lines.length - 2));
  lines.splice(at, 0, leakLine(rng, lang, plantKey));
  return { text: lines.join('\n'), plantedLine: at + 1 };
}

function readManifest(file) {
  try {
    const m = JSON.parse(readFileSync(file, 'utf8'));
    return m.version === HISTORY_VERSION && m.complete ? m : undefined;
  } catch {
    return undefined;
  }
}

/** The history repository for `mb` MB of added text; cached. Returns its manifest and `dir`. */
export async function ensureHistoryRepo({ out, mb, seed, log = () => {} }) {
  const dir = path.join(out, `history-${mb}mb-s${seed}-v${HISTORY_VERSION}`);
  const manifestFile = `${dir}.json`;
  const cached = readManifest(manifestFile);
  if (cached && existsSync(path.join(dir, '.git'))) {
    try {
      if (git(dir, ['rev-parse', 'HEAD']).trim() === cached.head) return { ...cached, dir };
    } catch {
      /* rebuild */
    }
  }
  rmSync(dir, { recursive: true, force: true });
  rmSync(manifestFile, { force: true });
  mkdirSync(dir, { recursive: true });
  log(`building git history with ~${mb} MB of added text in ${dir} …`);
  const t0 = performance.now();
  git(dir, ['init', '-q', '-b', 'main']);
  const marksFile = path.join(dir, '.git', 'bench-marks');
  const fi = fastImportStream(dir, { marks: marksFile });

  const rng = createRng(subSeed(seed, `history-${mb}`));
  const target = mb * MB;
  const commits = Math.max(16, Math.round(target / BYTES_PER_COMMIT));
  const plantAt = new Map(KEY_KINDS.map((kind, k) => [Math.floor(((k + 0.5) * commits) / KEY_KINDS.length), { kind, k }]));
  const used = new Set();
  const hot = []; // { path, lang, text }
  const planted = [];
  let added = 0;
  let addedLines = 0;
  let newFiles = 0;
  let modifications = 0;

  const newPath = (i, lang, ext) => {
    const pkg = `pkg-${String(Math.floor((i * 40) / commits)).padStart(2, '0')}`;
    let rel;
    do rel = path.posix.join(pkg, folderFor(rng, lang), `${rng.pick(NOUNS)}_${rng.pick(NOUNS)}${rng.int(1000)}.${ext}`);
    while (used.has(rel));
    used.add(rel);
    return rel;
  };

  for (let i = 0; i < commits; i++) {
    // Spread what is left evenly over the remaining commits, ±50 %.
    const left = Math.max(0, target - added);
    const budget = i === commits - 1 ? left : Math.round((left / (commits - i)) * (0.5 + rng.next()));
    const plant = plantAt.get(i);
    const ops = [];
    let commitBytes = 0;

    // Modifications: a block inserted at a line boundary of a recently added file.
    const mods = hot.length ? rng.int(3) : 0;
    const plantInMod = plant && plant.k % 2 === 1 && hot.length > 0;
    const touched = new Set(); // distinct files: a second insertion would move a planted line
    for (let m = 0; m < Math.max(mods, plantInMod ? 1 : 0); m++) {
      const h = hot[rng.int(hot.length)];
      if (touched.has(h)) continue;
      touched.add(h);
      const key = plantInMod && m === 0 ? plant.kind.make(rng) : undefined;
      const block = codeText(rng, h.lang, logUniform(rng, KB, 16 * KB), key);
      const lines = countNewlines(h.text);
      const at = rng.range(0, lines);
      const off = lineOffset(h.text, at);
      h.text = h.text.slice(0, off) + block.text + h.text.slice(off);
      ops.push(h.path, h.text);
      if (key) planted.push({ commit: i, file: h.path, line: at + block.plantedLine, kind: plant.kind.kind });
      commitBytes += Buffer.byteLength(block.text);
      addedLines += countNewlines(block.text);
      modifications++;
      if (h.text.length > HOT_MAX_BYTES) hot.splice(hot.indexOf(h), 1);
    }

    // New files until the commit's budget is spent (at least one).
    let plantInNew = plant && !plantInMod;
    do {
      const [lang, ext] = pickLanguage(rng);
      const size = Math.max(512, Math.min(logUniform(rng, 2 * KB, 256 * KB), budget - commitBytes));
      const key = plantInNew ? plant.kind.make(rng) : undefined;
      plantInNew = false;
      const { text, plantedLine } = codeText(rng, lang, size, key);
      const rel = newPath(i, lang, ext);
      ops.push(rel, text);
      if (key) planted.push({ commit: i, file: rel, line: plantedLine, kind: plant.kind.kind });
      commitBytes += Buffer.byteLength(text);
      addedLines += countNewlines(text);
      newFiles++;
      if (text.length < HOT_MAX_BYTES / 2) {
        hot.push({ path: rel, lang, text });
        if (hot.length > HOT_FILES) hot.shift();
      }
    } while (commitBytes < budget);
    added += commitBytes;

    const when = EPOCH + i * 3600;
    const msg = `${rng.pick(['add', 'update', 'refactor', 'fix'])} ${rng.pick(NOUNS)} ${rng.pick(NOUNS)} (${i + 1}/${commits})\n`;
    const chunks = [
      `commit refs/heads/main\nmark :${i + 1}\nauthor bench <bench@example.invalid> ${when} +0000\ncommitter bench <bench@example.invalid> ${when} +0000\ndata ${Buffer.byteLength(msg)}\n${msg}`,
    ];
    for (let j = 0; j < ops.length; j += 2) chunks.push(`M 100644 inline ${ops[j]}\ndata ${Buffer.byteLength(ops[j + 1])}\n${ops[j + 1]}\n`);
    await fi.write(chunks.join(''));
    if ((i + 1) % 500 === 0) log(`  ${i + 1}/${commits} commits, ${(added / MB).toFixed(0)} MB`);
  }
  await fi.end();

  const marks = readMarks(marksFile);
  rmSync(marksFile, { force: true });
  const head = git(dir, ['rev-parse', 'HEAD']).trim();
  const manifest = {
    version: HISTORY_VERSION,
    complete: true,
    mb,
    seed,
    commits,
    addedBytes: added,
    addedLines,
    newFiles,
    modifications,
    head,
    planted: planted.map((p) => ({ ...p, commit: marks.get(p.commit + 1) })),
    buildSeconds: (performance.now() - t0) / 1000,
  };
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 1) + '\n');
  log(`  ${commits} commits, ${(added / MB).toFixed(1)} MB added (${newFiles} new files, ${modifications} modifications), ${planted.length} planted keys in ${manifest.buildSeconds.toFixed(1)} s`);
  return { ...manifest, dir };
}
