/**
 * Streaming reader for `git diff` / `git log -p` output, as produced by
 *
 *   git diff  --no-color --no-ext-diff --no-textconv -U0 --src-prefix=a/ --dst-prefix=b/
 *   git log -p … --format=%x00commit%x20%H   (see COMMIT_FORMAT)
 *
 * It reads the stream line by line (only the current line and the current unit are held in
 * memory) and yields, per file (per commit in log mode), the added lines with their 1-based
 * line numbers in the new file. Context and removed lines are never yielded. CR characters
 * stay on their line (the engine deals with CRLF). Hunks are consumed by their line counts, so
 * an added line that looks like a header (`+++ x`, `diff --git`) is still content.
 */
import { StringDecoder } from 'node:string_decoder';
import type { ScanUnit } from '../types.js';
import { detach } from '../strings.js';
import { parseDiffGitNames, parseFileLinePath, parsePathField } from './git-quote.js';

/** `git log` format whose output line marks the start of a commit: NUL + "commit " + sha. */
export const COMMIT_FORMAT = '--format=%x00commit %H';
const COMMIT_MARKER = '\0commit ';

/** Default bound on a unit's text (UTF-16 code units); larger files are split across units. */
export const DEFAULT_MAX_UNIT_CHARS = 1_000_000;

export type DiffStatus = 'added' | 'deleted' | 'modified' | 'renamed' | 'copied';

/** One file entry of a diff (per commit in log mode). */
export interface DiffFile {
  /** New path (old path for deletions), relative to the repository root, forward slashes. */
  path: string;
  /** Source path of a rename or copy. */
  oldPath?: string;
  status: DiffStatus;
  binary: boolean;
  modeChanged: boolean;
  addedLines: number;
  commit?: string;
}

export type DiffEvent =
  | { kind: 'commit'; sha: string }
  /** Added lines of one file (or a bounded part of them), in new-file line order. */
  | { kind: 'unit'; unit: ScanUnit }
  /** Emitted once a file's entry is complete, after its units. */
  | { kind: 'file'; file: DiffFile };

export interface DiffParserOptions {
  maxUnitChars?: number;
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

interface FileState {
  headerA: string | null;
  headerB: string | null;
  rawHeader: string;
  minusPath: string | null | undefined;
  plusPath: string | null | undefined;
  renameFrom?: string;
  renameTo?: string;
  copyFrom?: string;
  copyTo?: string;
  created: boolean;
  deleted: boolean;
  binary: boolean;
  modeChanged: boolean;
  /** Resolved at the first hunk. */
  path?: string;
  addedLines: number;
  texts: string[];
  nums: number[];
  chars: number;
}

/**
 * Line-oriented push parser. Feed complete lines (without the trailing `\n`) with `line()`,
 * call `end()` once, and take the produced events with `drain()`.
 */
export class DiffParser {
  readonly #maxUnitChars: number;
  #out: DiffEvent[] = [];
  #commit: string | undefined;
  #file: FileState | null = null;
  /** True while inside a `diff --cc`/`--combined` entry, which we never request: skipped. */
  #skipping = false;
  #oldLeft = 0;
  #newLeft = 0;
  #newLine = 0;

  constructor(opts: DiffParserOptions = {}) {
    this.#maxUnitChars = Math.max(1, opts.maxUnitChars ?? DEFAULT_MAX_UNIT_CHARS);
  }

  drain(): DiffEvent[] {
    const out = this.#out;
    this.#out = [];
    return out;
  }

  line(line: string): void {
    if (this.#oldLeft > 0 || this.#newLeft > 0) {
      if (this.#hunkLine(line)) return;
      // Malformed hunk (counts did not match): stop the hunk and read the line as a header.
      this.#oldLeft = 0;
      this.#newLeft = 0;
    }
    if (line.startsWith(COMMIT_MARKER)) {
      this.#finishFile();
      this.#skipping = false;
      // Detached: lines are slices of 64 KB chunks of git output, and the sha outlives them.
      this.#commit = detach(line.slice(COMMIT_MARKER.length).trim());
      this.#out.push({ kind: 'commit', sha: this.#commit });
      return;
    }
    if (line.startsWith('diff --git ')) {
      this.#finishFile();
      this.#skipping = false;
      const rest = line.slice('diff --git '.length);
      const names = parseDiffGitNames(rest);
      this.#file = {
        headerA: names.a,
        headerB: names.b,
        rawHeader: rest,
        minusPath: undefined,
        plusPath: undefined,
        created: false,
        deleted: false,
        binary: false,
        modeChanged: false,
        addedLines: 0,
        texts: [],
        nums: [],
        chars: 0,
      };
      return;
    }
    if (line.startsWith('diff --cc ') || line.startsWith('diff --combined ')) {
      this.#finishFile();
      this.#skipping = true;
      return;
    }
    const f = this.#file;
    if (!f || this.#skipping) return;
    if (line.startsWith('@@ ')) {
      const m = HUNK_HEADER.exec(line);
      if (!m) return;
      this.#resolvePath(f);
      this.#oldLeft = m[2] === undefined ? 1 : Number(m[2]);
      this.#newLeft = m[4] === undefined ? 1 : Number(m[4]);
      this.#newLine = Number(m[3]);
      return;
    }
    if (line.startsWith('--- ')) f.minusPath = parseFileLinePath(line.slice(4), 'a/');
    else if (line.startsWith('+++ ')) f.plusPath = parseFileLinePath(line.slice(4), 'b/');
    else if (line.startsWith('new file mode ')) f.created = true;
    else if (line.startsWith('deleted file mode ')) f.deleted = true;
    else if (line.startsWith('old mode ') || line.startsWith('new mode ')) f.modeChanged = true;
    else if (line.startsWith('rename from ')) f.renameFrom = parsePathField(line.slice(12)) ?? undefined;
    else if (line.startsWith('rename to ')) f.renameTo = parsePathField(line.slice(10)) ?? undefined;
    else if (line.startsWith('copy from ')) f.copyFrom = parsePathField(line.slice(10)) ?? undefined;
    else if (line.startsWith('copy to ')) f.copyTo = parsePathField(line.slice(8)) ?? undefined;
    else if (line.startsWith('Binary files ') && line.endsWith(' differ')) f.binary = true;
    // `index …`, `similarity index …`, `\ No newline at end of file`, blank lines: nothing to do.
  }

  end(): void {
    this.#oldLeft = 0;
    this.#newLeft = 0;
    this.#finishFile();
  }

  /** Returns false when the line cannot belong to a hunk. */
  #hunkLine(line: string): boolean {
    const c = line.charCodeAt(0);
    if (c === 43 /* + */) {
      this.#added(line.slice(1));
      this.#newLine++;
      this.#newLeft--;
    } else if (c === 45 /* - */) {
      this.#oldLeft--;
    } else if (c === 32 /* space */ || line.length === 0) {
      // Context (never with -U0, but handled); an empty line is context under diff.suppressBlankEmpty.
      this.#newLine++;
      this.#oldLeft--;
      this.#newLeft--;
    } else if (c === 92 /* \ */) {
      // "\ No newline at end of file": belongs to the previous line.
    } else {
      return false;
    }
    return true;
  }

  #added(text: string): void {
    const f = this.#file;
    if (!f) return;
    if (f.chars > 0 && f.chars + text.length + 1 > this.#maxUnitChars) this.#flushUnit(f);
    f.texts.push(text);
    f.nums.push(this.#newLine);
    f.chars += text.length + 1;
    f.addedLines++;
  }

  #resolvePath(f: FileState): string {
    if (f.path !== undefined) return f.path;
    const path =
      f.renameTo ??
      f.copyTo ??
      (typeof f.plusPath === 'string' ? f.plusPath : undefined) ??
      (f.deleted && typeof f.minusPath === 'string' ? f.minusPath : undefined) ??
      f.headerB ??
      f.headerA ??
      f.rawHeader;
    f.path = detach(path);
    return f.path;
  }

  #flushUnit(f: FileState): void {
    if (f.texts.length === 0) return;
    const unit: ScanUnit = { path: this.#resolvePath(f), text: f.texts.join('\n'), lines: f.nums };
    if (this.#commit !== undefined) unit.commit = this.#commit;
    this.#out.push({ kind: 'unit', unit });
    f.texts = [];
    f.nums = [];
    f.chars = 0;
  }

  #finishFile(): void {
    const f = this.#file;
    if (!f) return;
    this.#flushUnit(f);
    const status: DiffStatus = f.renameTo !== undefined
      ? 'renamed'
      : f.copyTo !== undefined
        ? 'copied'
        : f.created
          ? 'added'
          : f.deleted
            ? 'deleted'
            : 'modified';
    const file: DiffFile = {
      path: this.#resolvePath(f),
      status,
      binary: f.binary,
      modeChanged: f.modeChanged,
      addedLines: f.addedLines,
    };
    const oldPath = f.renameFrom ?? f.copyFrom;
    if (oldPath !== undefined) file.oldPath = detach(oldPath);
    if (this.#commit !== undefined) file.commit = this.#commit;
    this.#out.push({ kind: 'file', file });
    this.#file = null;
  }
}

/**
 * Parses a diff stream (a Node Readable or any async iterable of Buffer/string chunks) into
 * events. Memory stays bounded by the longest line plus one unit (`maxUnitChars`).
 */
export async function* parseDiff(
  input: AsyncIterable<Buffer | string>,
  opts: DiffParserOptions = {},
): AsyncGenerator<DiffEvent> {
  const parser = new DiffParser(opts);
  const decoder = new StringDecoder('utf8');
  let carry = '';
  for await (const chunk of input) {
    const s = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let start = 0;
    let nl = s.indexOf('\n');
    while (nl !== -1) {
      const piece = s.slice(start, nl);
      parser.line(carry.length > 0 ? carry + piece : piece);
      carry = '';
      start = nl + 1;
      nl = s.indexOf('\n', start);
    }
    if (start < s.length) carry += s.slice(start);
    const events = parser.drain();
    for (const e of events) yield e;
  }
  carry += decoder.end();
  if (carry.length > 0) parser.line(carry);
  parser.end();
  for (const e of parser.drain()) yield e;
}
