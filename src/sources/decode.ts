/**
 * Turns file bytes into text for the engine. Secrets are ASCII, so what matters is that every
 * ASCII character keeps its place: UTF-8 (invalid sequences become U+FFFD, one per bad byte
 * run, so columns on clean lines stay exact), UTF-16 with a BOM, and a UTF-8 BOM stripped.
 * Anything else with a NUL byte is binary.
 */
export type Decoded = { kind: 'text'; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' } | { kind: 'binary' };

export function decodeBytes(buf: Buffer): Decoded {
  if (buf.length >= 2) {
    if (buf[0] === 0xff && buf[1] === 0xfe) {
      return { kind: 'text', text: buf.subarray(2).toString('utf16le'), encoding: 'utf-16le' };
    }
    if (buf[0] === 0xfe && buf[1] === 0xff) {
      const body = Buffer.from(buf.subarray(2));
      if (body.length % 2 === 0) body.swap16();
      else swapOdd(body);
      return { kind: 'text', text: body.toString('utf16le'), encoding: 'utf-16be' };
    }
  }
  if (buf.indexOf(0) !== -1) return { kind: 'binary' };
  const start = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  return { kind: 'text', text: buf.toString('utf8', start), encoding: 'utf-8' };
}

function swapOdd(b: Buffer): void {
  for (let i = 0; i + 1 < b.length; i += 2) {
    const t = b[i]!;
    b[i] = b[i + 1]!;
    b[i + 1] = t;
  }
}
