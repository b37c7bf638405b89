/**
 * Materialise the labelled corpus: every `templates/**\/*.tmpl` file becomes a file in a temp
 * directory, with generated keys in place of `{{key:KIND}}` placeholders.
 *
 * Template syntax (one line; placeholders never span lines):
 *   {{key:KIND}}            a positive: a fresh key of KIND (keys.ts KEY_KINDS), labelled
 *   {{key:KIND@name}}       the same value every time `name` recurs in the file (each occurrence labelled)
 *   {{neg:KIND}}text{{/neg}} a hard negative written literally; `text` is emitted, nothing is labelled
 *   {{gen:KIND}}            a generated negative (keys.ts NEG_KINDS), emitted unlabelled
 * Everything else in a template is emitted as is and is not a secret: any finding that does
 * not match a label is a false positive.
 *
 * File-name flags, between the real name and `.tmpl` (any order): `.crlf` (CRLF line ends),
 * `.nonl` (no newline at end of file), `.bom` (UTF-8 BOM), `.utf16` (UTF-16LE with BOM),
 * `.latin1` (Latin-1 bytes, so invalid UTF-8). The PNG is generated in code.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { KEY_KINDS, NEG_KINDS, crc32, rngFrom, seedFor, type Rng } from './keys.js';

export const CORPUS_SEED = 'keylint-corpus-v1';

export interface Label {
  /** Path relative to the corpus root, forward slashes. */
  file: string;
  /** 1-based first and last line of the secret in the materialised file. */
  line: number;
  endLine: number;
  secret: string;
  /** Other spans accepted as the same secret (webhook token part, URL `user:pass`, whole URL). */
  alts: string[];
  provider: string;
  kind: string;
  /** 1-based line in the template, for reports. */
  templateLine: number;
}

export interface NegativeMark {
  file: string;
  line: number;
  kind: string;
  templateLine: number;
}

export interface CorpusFile {
  file: string;
  abs: string;
  template: string;
  /** Materialised line (1-based) → template line (1-based); index 0 unused. */
  lineMap: number[];
  templateLines: string[];
  flags: string[];
}

export interface Corpus {
  root: string;
  files: CorpusFile[];
  labels: Label[];
  negatives: NegativeMark[];
  cleanup(): void;
}

const FLAGS = new Set(['crlf', 'nonl', 'bom', 'utf16', 'latin1']);
const PLACEHOLDER = /\{\{(key|gen):([a-z0-9-]+)(?:@(\w+))?\}\}|\{\{neg:([a-z0-9-]+)\}\}(.*?)\{\{\/neg\}\}/g;

export const TEMPLATE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'templates');

function listTemplates(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listTemplates(p));
    else if (e.name.endsWith('.tmpl')) out.push(p);
  }
  return out.sort();
}

function targetName(rel: string): { name: string; flags: string[] } {
  const parts = rel.slice(0, -'.tmpl'.length).split('.');
  const flags: string[] = [];
  while (parts.length > 1 && FLAGS.has(parts[parts.length - 1] as string)) flags.unshift(parts.pop() as string);
  return { name: parts.join('.'), flags };
}

function lineCount(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** Spans around a URL password that identify the same credential. */
function urlAlts(lineText: string, password: string): string[] {
  const at = lineText.indexOf(':' + password + '@');
  if (at < 0) return [];
  const userStart = lineText.lastIndexOf('//', at);
  if (userStart < 0) return [];
  const schemeStart = lineText.slice(0, userStart).search(/[A-Za-z][A-Za-z0-9+.-]*:$/);
  const user = lineText.slice(userStart + 2, at);
  const rest = /^[^\s"'`<>,;)]*/.exec(lineText.slice(at + password.length + 2))?.[0] ?? '';
  const alts = [`${user}:${password}`, `${user}:${password}@${rest}`];
  if (schemeStart >= 0) alts.push(lineText.slice(schemeStart, at + password.length + 2 + rest.length));
  return alts;
}

/** The whole delimited value around a key (`django-insecure-<key>`, `base64:<key>`). */
function enclosingValue(text: string, start: number, length: number): string {
  const delim = /[\s"'`=,;()<>[\]{}|]/;
  let a = start;
  let b = start + length;
  while (a > 0 && !delim.test(text[a - 1] as string)) a--;
  while (b < text.length && !delim.test(text[b] as string)) b++;
  return text.slice(a, b);
}

/** The base64 body of a PEM block, with and without `Key: value` headers (an engine may report either). */
function pemBodies(block: string): string[] {
  const lines = block.split(/\\n|\n/).filter((l) => l.trim() !== '');
  const inner = lines.slice(1, -1);
  const bodies = [inner.join('\n'), inner.filter((l) => !/^[A-Za-z-]+: /.test(l)).join('\n')];
  return [...new Set(bodies)];
}

interface Materialised {
  text: string;
  lineMap: number[];
  labels: Label[];
  negatives: NegativeMark[];
}

export function materialiseTemplate(file: string, template: string, seed = CORPUS_SEED): Materialised {
  const tLines = template.replace(/\r\n/g, '\n').split('\n');
  if (tLines[tLines.length - 1] === '') tLines.pop();
  const named = new Map<string, string>();
  const labels: Label[] = [];
  const negatives: NegativeMark[] = [];
  const lineMap: number[] = [0];
  const outLines: string[] = [];
  let index = 0;
  let line = 1;
  tLines.forEach((tLine, ti) => {
    const templateLine = ti + 1;
    let out = '';
    const pending: Array<{ label: Label; start: number }> = [];
    let last = 0;
    for (const m of tLine.matchAll(PLACEHOLDER)) {
      out += tLine.slice(last, m.index);
      last = (m.index as number) + m[0].length;
      const rng: Rng = rngFrom(seedFor(seed, file, String(index++)));
      if (m[1] === 'key') {
        const kindName = m[2] as string;
        const kind = KEY_KINDS[kindName];
        if (!kind) throw new Error(`${file}:${templateLine}: unknown key kind ${kindName}`);
        const ref = m[3] ? `key:${kindName}@${m[3]}` : undefined;
        let value = ref ? named.get(ref) : undefined;
        let alts: string[] = [];
        if (value === undefined) {
          const g = kind.make(rng);
          value = g.value;
          alts = g.alts ?? [];
          if (ref) named.set(ref, value);
          if (ref) named.set(ref + '#alts', JSON.stringify(alts));
        } else {
          alts = JSON.parse(named.get(ref + '#alts') ?? '[]') as string[];
        }
        const startLine = line + lineCount(out);
        const label: Label = { file, line: startLine, endLine: startLine + lineCount(value), secret: value, alts, provider: kind.provider, kind: kindName, templateLine };
        pending.push({ label, start: out.length });
        out += value;
      } else if (m[1] === 'gen') {
        const kindName = m[2] as string;
        const neg = NEG_KINDS[kindName];
        if (!neg) throw new Error(`${file}:${templateLine}: unknown generated negative ${kindName}`);
        const ref = m[3] ? `gen:${kindName}@${m[3]}` : undefined;
        let value = ref ? named.get(ref) : undefined;
        if (value === undefined) {
          value = neg.make(rng);
          if (ref) named.set(ref, value);
        }
        negatives.push({ file, line: line + lineCount(out), kind: neg.kind, templateLine });
        out += value;
      } else {
        negatives.push({ file, line: line + lineCount(out), kind: m[4] as string, templateLine });
        out += m[5] as string;
      }
    }
    out += tLine.slice(last);
    if (out.includes('{{key:') || out.includes('{{neg:') || out.includes('{{gen:') || out.includes('{{/neg}}')) {
      throw new Error(`${file}:${templateLine}: malformed placeholder`);
    }
    for (const { label, start } of pending) {
      if (label.line === label.endLine) {
        const physical = out.split('\n')[label.line - line] ?? '';
        if (label.provider === 'url-credential') label.alts = urlAlts(physical, label.secret);
        const enclosing = enclosingValue(out, start, label.secret.length);
        if (enclosing !== label.secret && !label.alts.includes(enclosing)) label.alts.push(enclosing);
      }
      if (label.provider === 'private-key') label.alts.push(...pemBodies(label.secret));
      labels.push(label);
    }
    const n = lineCount(out) + 1;
    for (let i = 0; i < n; i++) lineMap.push(templateLine);
    outLines.push(out);
    line += n;
  });
  return { text: outLines.join('\n') + '\n', lineMap, labels, negatives };
}

function encode(text: string, flags: string[]): Buffer {
  let t = text;
  if (flags.includes('nonl')) t = t.replace(/\n$/, '');
  if (flags.includes('crlf')) t = t.replace(/\n/g, '\r\n');
  if (flags.includes('bom')) t = '\uFEFF' + t;
  if (flags.includes('utf16')) return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]);
  if (flags.includes('latin1')) return Buffer.from(t, 'latin1');
  return Buffer.from(t, 'utf8');
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td.toString('latin1')));
  return Buffer.concat([len, td, crc]);
}

/** A valid 64x64 RGB PNG with noisy pixels (compressed data is random-looking binary). */
export function makePng(seed = CORPUS_SEED): Buffer {
  const rng = rngFrom(seedFor(seed, 'png'));
  const w = 64;
  const h = 64;
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0;
    rng.bytes(w * 3).copy(raw, y * (w * 3 + 1) + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('tEXt', Buffer.from('Software\0keylint corpus', 'latin1')),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Build the corpus into a fresh temp directory (or `into`). */
export function buildCorpus(opts: { into?: string; seed?: string } = {}): Corpus {
  const seed = opts.seed ?? CORPUS_SEED;
  const root = opts.into ?? mkdtempSync(join(tmpdir(), 'keylint-corpus-'));
  const files: CorpusFile[] = [];
  const labels: Label[] = [];
  const negatives: NegativeMark[] = [];
  for (const abs of listTemplates(TEMPLATE_DIR)) {
    const rel = relative(TEMPLATE_DIR, abs).split(sep).join('/');
    const { name, flags } = targetName(rel);
    const template = readFileSync(abs, 'utf8');
    const m = materialiseTemplate(name, template, seed);
    const out = join(root, name);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, encode(m.text, flags));
    files.push({ file: name, abs: out, template: rel, lineMap: m.lineMap, templateLines: template.replace(/\r\n/g, '\n').split('\n'), flags });
    labels.push(...m.labels);
    negatives.push(...m.negatives);
  }
  const png = 'web/public/img/logo.png';
  mkdirSync(join(root, dirname(png)), { recursive: true });
  writeFileSync(join(root, png), makePng(seed));
  files.push({ file: png, abs: join(root, png), template: '(generated PNG)', lineMap: [0], templateLines: [], flags: ['binary'] });
  negatives.push({ file: png, line: 1, kind: 'binary-file', templateLine: 0 });
  return {
    root,
    files,
    labels,
    negatives,
    cleanup: () => {
      if (!opts.into) rmSync(root, { recursive: true, force: true });
    },
  };
}
