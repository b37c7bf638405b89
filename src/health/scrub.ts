/**
 * Last line of defence for the "never print a secret" rule: removes any copy (or long piece)
 * of a secret from a string that is about to be shown, e.g. a provider's error message that
 * echoes the key back.
 */

/** Pieces of a secret at least this long are removed. */
const MIN_PIECE = 12;

/** Replaces every occurrence of each secret, and every run of >= 12 chars copied from it, with `[REDACTED]`. */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    out = out.split(secret).join('[REDACTED]');
    if (secret.length < MIN_PIECE) continue;
    out = removePieces(out, secret);
  }
  return out;
}

function removePieces(text: string, secret: string): string {
  // Index every MIN_PIECE-long window of the secret; scan the text for windows, then extend.
  const windows = new Set<string>();
  for (let i = 0; i + MIN_PIECE <= secret.length; i++) windows.add(secret.slice(i, i + MIN_PIECE));
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (i + MIN_PIECE <= text.length && windows.has(text.slice(i, i + MIN_PIECE))) {
      let j = i + MIN_PIECE;
      while (j < text.length && windows.has(text.slice(j - MIN_PIECE + 1, j + 1))) j++;
      out += '[REDACTED]';
      i = j;
    } else {
      out += text[i];
      i++;
    }
  }
  return out;
}
