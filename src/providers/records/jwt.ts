/**
 * Decodes the payload of a JSON Web Token (header.payload.signature, base64url) without
 * verifying it. Returns undefined when the value is not a JWT.
 */
export function decodeJwtPayload(value: string): Record<string, unknown> | undefined {
  if (!value.startsWith('eyJ')) return undefined;
  const parts = value.split('.');
  if (parts.length !== 3 || !parts[1]) return undefined;
  try {
    const json: unknown = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    return json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The base64url forms `text` takes inside a longer base64url string, one per alignment (0, 1,
 * 2 bytes before it). Only whole 4-character blocks are kept, so each form is independent of the
 * surrounding bytes: a JWT payload containing `text` contains one of these as a substring.
 */
export function base64Infixes(text: string): string[] {
  const out: string[] = [];
  for (let k = 0; k < 3; k++) {
    const enc = Buffer.from('\0'.repeat(k) + text, 'latin1').toString('base64url');
    const first = k === 0 ? 0 : 4;
    const last = Math.floor((k + text.length) / 3) * 4;
    out.push(enc.slice(first, last));
  }
  return out;
}
