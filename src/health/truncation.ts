/**
 * Is a malformed value a key of this format that was cut short? The known prefix and the
 * charset are right, and either it is shorter than the format's shortest length or it fails
 * the format's full structure only because its end is missing: some completion of it (filler
 * characters around the structure's fixed markers, such as OpenAI's `T3BlbkFJ`) matches.
 */
import type { KeyFormat } from '../providers/types.js';
import { anchored } from './format-check.js';

const FILLERS = ['A', '0', 'a', 'f', 'x'];

/** Fixed pieces of a structure regex source: alphanumeric runs of 4+ (markers) and separators. */
function markers(source: string): string[] {
  // Character classes and quantifiers are not literal text.
  const literal = source.replace(/\[[^\]]*\]/g, ' ').replace(/\{[^}]*\}/g, ' ').replace(/\\./g, ' ');
  const out = new Set<string>();
  for (const m of literal.matchAll(/[A-Za-z0-9]{4,}/g)) out.add(m[0]);
  for (const m of literal.matchAll(/[_.:=-]/g)) out.add(m[0]);
  return [...out];
}

/** The counts in `{n}` / `{n,m}` quantifiers: the lengths a filler after a marker may need. */
function quantities(source: string): number[] {
  const out = new Set<number>([0]);
  for (const m of source.matchAll(/\{(\d+)(?:,(\d*))?\}/g)) {
    out.add(Number(m[1]));
    if (m[2]) out.add(Number(m[2]));
  }
  return [...out];
}

function charsetOk(value: string, format: KeyFormat, prefixLen: number): boolean {
  let re: RegExp;
  try {
    re = new RegExp(`^(?:${format.charset})$`, 'u');
  } catch {
    return false;
  }
  return Array.from(value.slice(prefixLen)).every((ch) => re.test(ch));
}

function prefixLength(value: string, format: KeyFormat): number {
  let best = 0;
  for (const p of format.prefixes) if (value.startsWith(p) && p.length > best) best = p.length;
  return best;
}

/** Whether `value` looks like a key of `format` with its end cut off (see the module comment). */
export function looksCutShort(value: string, format: KeyFormat): boolean {
  if (format.lengths.length === 0) return false;
  const prefixLen = prefixLength(value, format);
  if (format.prefixes.length > 0 && prefixLen === 0) return false;
  // A prefix-less format needs some body: three characters of a key say nothing.
  if (value.length - prefixLen < 4) return false;
  if (!charsetOk(value, format, prefixLen)) return false;
  const min = Math.min(...format.lengths.map(([a]) => a));
  const max = Math.max(...format.lengths.map(([, b]) => b));
  if (value.length >= max) return false;
  if (value.length < min) return true;
  if (!format.full) return false;
  const re = anchored(format.full);
  if (!re || re.test(value)) return false;
  const filler = FILLERS.find((c) => charsetOk(c, format, 0));
  if (!filler) return false;
  const room = Math.min(max - value.length, 400);
  // The end of the last part missing.
  for (let n = 1; n <= room; n++) if (re.test(value + filler.repeat(n))) return true;
  // Cut before a fixed marker or separator: fill the current part, the marker, the next part.
  const afters = quantities(format.full).filter((n) => n <= room);
  for (const marker of markers(format.full)) {
    for (let before = 0; before + marker.length <= room && before <= 100; before++) {
      for (const after of afters) {
        if (before + marker.length + after > room) continue;
        if (re.test(value + filler.repeat(before) + marker + filler.repeat(after))) return true;
      }
    }
  }
  return false;
}
