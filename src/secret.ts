import { createHash } from 'node:crypto';
import { inspect } from 'node:util';

/**
 * Redacted form of a secret: at most the first 4 and last 3 characters with `…` between,
 * plus the length. Short values reveal less so that at least half stays hidden.
 */
export function redact(value: string): string {
  const n = value.length;
  if (n === 0) return '(empty)';
  let head = 4;
  let tail = 3;
  // Shrink the longer side first (the tail on a tie): the prefix says which provider it is.
  while (head + tail > Math.floor(n / 2) && (head > 0 || tail > 0)) {
    if (head > tail) head--;
    else tail--;
  }
  const shown = value.slice(0, head) + '…' + (tail > 0 ? value.slice(n - tail) : '');
  return `${shown} (${n} chars)`;
}

/**
 * A secret value that cannot leak by accident: string conversion, JSON serialisation and
 * `util.inspect` all give the redacted form. Only `reveal()` returns the raw value, and only
 * code that must hand the value on (masking, live validation) calls it.
 */
export class SecretValue {
  readonly #raw: string;
  readonly redacted: string;

  constructor(raw: string) {
    this.#raw = raw;
    this.redacted = redact(raw);
  }

  reveal(): string {
    return this.#raw;
  }

  get length(): number {
    return this.#raw.length;
  }

  toString(): string {
    return this.redacted;
  }

  toJSON(): string {
    return this.redacted;
  }

  [inspect.custom](): string {
    return `SecretValue(${this.redacted})`;
  }
}

/** Stable fingerprint of a finding: a hash of (rule, file, secret), never the secret itself. */
export function fingerprint(rule: string, file: string, secret: string): string {
  return createHash('sha256').update(rule).update('\0').update(file).update('\0').update(secret).digest('hex').slice(0, 32);
}
