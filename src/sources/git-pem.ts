/**
 * Multi-line private keys in diffs. With -U0 a unit may hold only part of a PEM block (one
 * changed base64 line, or the BEGIN line alone). When an added line lies within or at a
 * `-----BEGIN … PRIVATE KEY-----` … `-----END … PRIVATE KEY-----` block of the new file, the
 * whole block is put into the unit, with its new-file line numbers, so the engine sees the key.
 */
import type { ScanUnit } from '../types.js';

/** A block that never ends is taken up to this many lines (a 16384-bit RSA key is ~200). */
export const MAX_PEM_BLOCK_LINES = 400;

export function isPemBegin(line: string): boolean {
  const i = line.indexOf('-----BEGIN ');
  return i >= 0 && line.indexOf('PRIVATE KEY-----', i) >= 0;
}

export function isPemEnd(line: string): boolean {
  const i = line.indexOf('-----END ');
  return i >= 0 && line.indexOf('PRIVATE KEY-----', i) >= 0;
}

const BASE64_BODY = /^[A-Za-z0-9+/]+={0,2}$/;
const EDGE_CHARS = new Set([' ', '\t', '\r', '"', "'", '`', ',', ';', '+']);

/**
 * Whether a line could be a PEM body line: after dropping surrounding whitespace, string
 * quotes, `,`/`;`/`+` and a literal `\n`, it is all base64 — 40+ characters, or 16+ with a
 * digit, `+` or `/` (the short last line of a body). Linear-time, no backtracking.
 */
export function looksLikePemBody(line: string): boolean {
  let start = 0;
  let end = line.length;
  while (start < end && EDGE_CHARS.has(line[start]!)) start++;
  for (;;) {
    while (end > start && EDGE_CHARS.has(line[end - 1]!)) end--;
    if (end - start >= 2 && line[end - 2] === '\\' && line[end - 1] === 'n') end -= 2;
    else break;
  }
  const core = line.slice(start, end);
  if (core.length < 16 || !BASE64_BODY.test(core)) return false;
  return core.length >= 40 || /[0-9+/]/.test(core);
}

/** A block: 1-based inclusive new-file line numbers. */
export interface LineBlock {
  first: number;
  last: number;
}

/** PEM private-key blocks of a file's lines (index 0 = line 1). */
export function findPemBlocks(fileLines: readonly string[]): LineBlock[] {
  const blocks: LineBlock[] = [];
  let i = 0;
  while (i < fileLines.length) {
    if (!isPemBegin(fileLines[i]!)) {
      i++;
      continue;
    }
    const limit = Math.min(fileLines.length, i + MAX_PEM_BLOCK_LINES);
    let end = -1;
    for (let j = i + 1; j < limit; j++) {
      if (isPemEnd(fileLines[j]!)) {
        end = j;
        break;
      }
      if (isPemBegin(fileLines[j]!)) break;
    }
    const last = end >= 0 ? end : limit - 1;
    blocks.push({ first: i + 1, last: last + 1 });
    i = last + 1;
  }
  return blocks;
}

/**
 * Whether the unit has an added line that may belong to a PEM block not wholly inside the
 * unit: cheap, so the new file is only read when this says yes.
 */
export function needsPemContext(unit: ScanUnit): boolean {
  const lines = unit.lines;
  if (!lines) return false;
  const texts = unit.text.split('\n');
  let coveredUntil = -1;
  for (let k = 0; k < texts.length; k++) {
    const t = texts[k]!;
    if (k <= coveredUntil) continue;
    if (isPemBegin(t)) {
      // Complete block within the unit on consecutive lines: nothing to fetch for it.
      let j = k + 1;
      while (j < texts.length && lines[j] === lines[j - 1]! + 1 && !isPemEnd(texts[j]!) && j - k < MAX_PEM_BLOCK_LINES) j++;
      if (j < texts.length && lines[j] === lines[j - 1]! + 1 && isPemEnd(texts[j]!)) {
        coveredUntil = j;
        continue;
      }
      return true;
    }
    if (isPemEnd(t) || looksLikePemBody(t)) return true;
  }
  return false;
}

/**
 * Adds to `unit` the lines of every PEM block of the new file (`fileText`) that contains one
 * of the unit's line numbers. Returns the unit unchanged when no block is touched.
 */
export function expandPemBlocks(unit: ScanUnit, fileText: string): ScanUnit {
  const lines = unit.lines;
  if (!lines || lines.length === 0) return unit;
  const fileLines = fileText.split('\n');
  const blocks = findPemBlocks(fileLines);
  if (blocks.length === 0) return unit;
  const byLine = new Map<number, string>();
  const texts = unit.text.split('\n');
  for (let k = 0; k < lines.length; k++) byLine.set(lines[k]!, texts[k] ?? '');
  let touched = false;
  let bi = 0;
  const sortedAdded = [...lines].sort((x, y) => x - y);
  for (const n of sortedAdded) {
    while (bi < blocks.length && blocks[bi]!.last < n) bi++;
    if (bi >= blocks.length) break;
    const b = blocks[bi]!;
    if (n < b.first) continue;
    for (let ln = b.first; ln <= b.last; ln++) {
      if (!byLine.has(ln)) {
        byLine.set(ln, fileLines[ln - 1] ?? '');
        touched = true;
      }
    }
    bi++;
  }
  if (!touched) return unit;
  const nums = [...byLine.keys()].sort((x, y) => x - y);
  const out: ScanUnit = { path: unit.path, text: nums.map((n) => byLine.get(n)!).join('\n'), lines: nums };
  if (unit.commit !== undefined) out.commit = unit.commit;
  return out;
}
