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
