/**
 * The placeholder gate: values that have the shape of a key but are documentation,
 * templates or filler. Used by the scanner (to drop candidates) and by the health check
 * (to diagnose a secret that was set to a placeholder).
 */
import { distinctChars } from './entropy.js';

/** Words that mark a value as an example when they appear inside it (case-insensitive). */
const MARKER_WORDS = [
  'example',
  'sample',
  'dummy',
  'placeholder',
  'your_',
  'your-',
  'yourkey',
  'yourapikey',
  'yourtoken',
  'yoursecret',
  'insert',
  'replace',
  'redacted',
  'changeme',
  'fake',
  'xxxx',
  'abcdefgh',
  'abcdefghijklmnopqrstuvwxyz',
  'notreal',
  'not_real',
  'not-real',
  'lorem',
];

/**
 * Keys published in vendors' documentation: valid-looking, yet in thousands of READMEs and tests.
 * (AWS's example key pair, Stripe's docs test key, Telegram's docs bot token, jwt.io's sample.)
 */
export const KNOWN_EXAMPLE_VALUES: ReadonlySet<string> = new Set([
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
  'pk_test_TYooMQauvdEDq54NiTphI7jx',
  '110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw',
  'AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw',
  'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  // OAuth 2.0 (RFC 6749) and OAuth 1.0 (RFC 5849) example credentials, copied into many docs and tests.
  '2YotnFZFEjr1zCsicMWpAA',
  'tGzv3JOkF0XG5Qx2TlKWIA',
  'SplxlOBeZQQYbYS6WxSbIA',
  '7Fjfp0ZBr1KtDRbnfVdmIw',
  'czZCaGRSa3F0MzpnWDFmQmF0M2JW',
  'kd94hf93k423kf44',
  'pfkkdhi9sl3r4s00',
  'nnch734d00sl2jdk',
  'hh5s93j4hdidpola',
  'dpf43f3p2l4k3l03',
  'hdk48Djdsa',
]);

/** Fragments that mark a template or variable reference rather than a literal. */
const TEMPLATE_FRAGMENTS = ['${', '{{', '}}', '<%', '%>', '$(', '...', '…', '****', '####'];

function longestRun(value: string): number {
  let best = value.length > 0 ? 1 : 0;
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    if (value.charCodeAt(i) === value.charCodeAt(i - 1)) {
      run++;
      if (run > best) best = run;
    } else run = 1;
  }
  return best;
}

/** Longest run of characters that step by +1 or -1 (abcdef, 123456, fedcba). */
function longestSequence(value: string): number {
  let best = value.length > 0 ? 1 : 0;
  let run = 1;
  let step = 0;
  for (let i = 1; i < value.length; i++) {
    const d = value.charCodeAt(i) - value.charCodeAt(i - 1);
    if ((d === 1 || d === -1) && (run === 1 || d === step)) {
      step = d;
      run++;
      if (run > best) best = run;
    } else {
      run = d === 1 || d === -1 ? 2 : 1;
      step = d;
      if (run > best) best = run;
    }
  }
  return best;
}

/** `1234-1234-1234`, `abc.abc.abc`: the same 3+ character chunk three times between separators. */
function hasRepeatedChunk(value: string): boolean {
  const parts = value.split(/[-_.:/]/);
  if (parts.length < 3) return false;
  const counts = new Map<string, number>();
  for (const p of parts) {
    if (p.length < 3) continue;
    const n = (counts.get(p) ?? 0) + 1;
    if (n >= 3) return true;
    counts.set(p, n);
  }
  return false;
}

/**
 * True when `value` (the whole candidate secret) is a placeholder: it contains an example
 * marker word or template syntax, is wrapped in angle brackets, has a long run of one
 * character or a long alphabetic/numeric sequence, or uses very few distinct characters.
 * Real random keys of 16+ characters essentially never trip these (tested on samples).
 */
export function isPlaceholder(value: string): boolean {
  if (value.length === 0) return true;
  if (KNOWN_EXAMPLE_VALUES.has(value)) return true;
  if (hasRepeatedChunk(value)) return true;
  const lower = value.toLowerCase();
  for (const w of MARKER_WORDS) if (lower.includes(w)) return true;
  for (const f of TEMPLATE_FRAGMENTS) if (value.includes(f)) return true;
  if (value.startsWith('<') && value.endsWith('>')) return true;
  if (/^[*xX.#_-]+$/.test(value)) return true;
  const n = value.length;
  const run = longestRun(value);
  if (run >= 6 || (n <= 16 && run >= 4)) return true;
  if (longestSequence(value) >= 7) return true;
  const distinct = distinctChars(value);
  if (n >= 12 && distinct <= Math.min(10, Math.max(4, Math.floor(n / 8)))) return true;
  return false;
}

/** Strips a known prefix (sk-, ghp_ …) before the gate so that `sk-proj-` alone is not judged. */
export function isPlaceholderBody(value: string, prefixLength: number): boolean {
  return isPlaceholder(value.slice(prefixLength)) || isPlaceholder(value);
}
