import type { Confidence, ProviderRecord } from '../types.js';
import { commandProviders, passwordLooksReal } from './commands.js';
import { encodedProviders } from './encoded.js';
import { shannonEntropy } from '../../engine/entropy.js';
import { isPlaceholder } from '../../engine/placeholder.js';
import { decodePercent, isWeakDefault, nameSaysSecret, opensQuotedArgument, referenceInCode, spellsItsRole, spellsPasswordInDisguise, valueLooksRandom } from './generic-gates.js';

/*
 * Generic detectors: private-key blocks, credentials in URLs, secret-looking assignments,
 * Authorization headers and files that are secrets by nature. They find what no provider
 * rule knows; a span a provider rule claims (or rejects) is never reported by these.
 * Their gates (names, values) are in generic-gates.ts.
 */
// ---------------------------------------------------------------- private keys

/** An Ed25519 PKCS#8 key is 48 bytes: 64 base64 characters. */
const PEM_BODY_MIN = 60;

function pemBodyLooksReal(body: string): boolean {
  const b64 = body.replace(/\\[nr]|[\s"',+]/g, '').replace(/^(?:[A-Za-z-]+: [^\n]*)+/gm, '');
  let count = 0;
  for (let i = 0; i < b64.length; i++) {
    const c = b64.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47 || c === 61) count++;
  }
  if (count < PEM_BODY_MIN) return false;
  if (/\.\.\.|…|xxxx|<[a-z ]+>|\$\{|\{\{/i.test(body)) return false;
  return new Set(b64).size >= 20;
}

/**
 * Encrypted keys are low confidence: `BEGIN ENCRYPTED PRIVATE KEY`, a `Proc-Type: 4,ENCRYPTED`
 * header, or an OpenSSH key whose cipher (named in the clear) is not `none`.
 */
function pemConfidence(body: string, groups: Readonly<Record<string, string | undefined>>): Confidence {
  if (/ENCRYPTED/.test(body) || /ENCRYPTED/.test(groups['kind'] ?? '')) return 'low';
  const b64 = body.replace(/\\[nr]|[^A-Za-z0-9+/=]/g, '');
  if (b64.startsWith('b3BlbnNzaC1rZXktdjE')) {
    const head = Buffer.from(b64.slice(0, 64), 'base64').toString('latin1');
    if (!head.includes('none')) return 'low';
  }
  return 'high';
}


// The operator between a secret's name and its value, in every common syntax:
// `=`, `:`, `:=` (Go), `=>`, `<-`, `+=`, `.=` (PHP), `?=`, `::=`, `:::=` (make), a type before
// `=` (Python/TS/Rust `secret: &str =`, Go `var secret string =`), a YAML block scalar
// (`secret: |` and the value indented on the next line); then an optional wrapper such as Go's
// []byte( or a string prefix (r"…", b'…'), and the opening quote, if any, as `q`.
const ASSIGN_OPERATOR = String.raw`["'\]]?[ \t]{0,8}(?::[ \t]{0,4}[|>][-+]?[1-9]?[ \t]{0,8}\r?\n[ \t]{1,40}|:{1,3}=(?!=)|:(?!:)[ \t]{0,4}[A-Za-z_&][\w.|\[\] &']{0,30}?[ \t]{0,4}=(?!=)|[ \t][A-Za-z_][\w.\[\]*]{0,30}[ \t]{0,4}=(?!=)|=(?![=~])|:(?!:)|=>|<-|[+.?]=)[ \t]{0,8}(?:\[\]byte\(|bytes\(|Buffer\.from\(|@|[rbuf](?=["'\`]))?(?<q>["'\`]?)`;
function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/** `[\w.\[\]*]`: the characters of a type name in ASSIGN_OPERATOR's typed declarations (`string`, `[]byte`). */
function isTypeChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 91 || c === 93 || c === 42;
}

/**
 * Whether ASSIGN_OPERATOR can match at `end` (a superset: it may say yes where the regex then
 * fails, never the reverse). It skips what the operator may start with (a closing quote or
 * bracket, blanks) and looks at the operator itself; a blank and a word (Go's `apiToken string
 * = "…"`) must reach an `=`. In code, the name of a secret is mostly followed by a word (`token
 * and …`), a `)` or a `}`: no regex run for those.
 */
function assignmentMayFollow(text: string, end: number): boolean {
  const n = text.length;
  let j = end;
  const first = j < n ? text.charCodeAt(j) : 0;
  if (first === 34 || first === 39 || first === 93) j++;
  let blanks = 0;
  while (blanks < 10 && j + blanks < n && isBlank(text.charCodeAt(j + blanks))) blanks++;
  j += blanks;
  if (j >= n) return false;
  const c = text.charCodeAt(j);
  // `:` (YAML, TS types, `:=`), `<-`, `=` and `=>` (not `==`, `=~`): within eight blanks.
  if (blanks <= 8 && (c === 58 || c === 60)) return true;
  if (blanks <= 8 && c === 61) {
    const after = j + 1 < n ? text.charCodeAt(j + 1) : 0;
    return after !== 61 && after !== 126;
  }
  // `+=`, `.=`, `?=`.
  if (blanks <= 8 && (c === 43 || c === 46 || c === 63)) return j + 1 < n && text.charCodeAt(j + 1) === 61;
  // A blank, a type of up to 31 characters, up to four blanks, `=` (not `==`).
  if (blanks < 1 || blanks > 9 || !((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95)) return false;
  let k = j + 1;
  while (k < n && k - j <= 31 && isTypeChar(text.charCodeAt(k))) k++;
  if (k - j > 31) return false;
  let b = 0;
  while (b < 4 && k < n && isBlank(text.charCodeAt(k))) {
    k++;
    b++;
  }
  return k < n && text.charCodeAt(k) === 61 && (k + 1 >= n || text.charCodeAt(k + 1) !== 61);
}

// A value is captured atomically (look-ahead + back-reference) so that it cannot be shortened
// to dodge the "not followed by ( or [ or ." check. (URL query parameters, whose values end at
// `&` and `#`, have a rule of their own.)
const VALUE = String.raw`(?=(?<secret>[^\s"'\`;,<>(){}\[\]\\|]{8,256}))\k<secret>(?![^\s"'\`;,<>){}\]\\|]|\.\w)`;

/**
 * `pass` alone names a secret only with a quoted value: unquoted, it is a word (`--- PASS:
 * TestName (0.01s)`, `// Pass: dy=0`) far more often than a password.
 */
function barePassUnquoted(name: string, quote: string | undefined): boolean {
  return !quote && /^[^A-Za-z]*pass[^A-Za-z]*$/i.test(name);
}

/** The generic assignment gate: a secret-like name, a value that is a literal, random-looking. */
function assignmentIsSecret(secret: string, g: Readonly<Record<string, string | undefined>>, path: string): boolean {
  const name = g['name'] ?? '';
  return nameSaysSecret(name) && !barePassUnquoted(name, g['q']) && !referenceInCode(secret, g['q'], path) && valueLooksRandom(secret);
}

/**
 * Whether the identifier starting at `start` is a URL query parameter: `?` after a path
 * (`/items?token=`) or `&` after another parameter's value (`=5&key=`). Those have a rule of
 * their own; `a ? b.key === c` and `x && key = y` in code are not parameters.
 */
function isQueryParameter(text: string, start: number): boolean {
  // (Reads before the text's start would make V8 drop this function's optimized code.)
  if (start < 2) return false;
  const c = text.charCodeAt(start - 1);
  if (c !== 63 && c !== 38) return false;
  return /[\w/.~%+=-]/.test(text.charAt(start - 2));
}

/** The identifier `key` itself (any case): the first half of a key/value pair. */
function isKeyWord(name: string): boolean {
  return name.length === 3 && name.toLowerCase() === 'key';
}

function notQueryParameter(text: string, start: number): boolean {
  return !isQueryParameter(text, start);
}

/** `ENV NAME value` (Dockerfile), `set -x NAME value` (fish), `setenv`/`setx`: a command sets the variable. */
const ENV_COMMAND = /^(?:ENV|set(?:[ \t]+-[A-Za-z]{1,4}){0,3}|setenv|setx|launchctl[ \t]+setenv)[ \t]+$/;

function setByCommand(text: string, start: number): boolean {
  // Cheap tests first (this runs for every secret-like name followed by a blank): a blank
  // before the name, and the line's first word starting like one of the commands.
  if (start < 2) return false;
  const before = text.charCodeAt(start - 1);
  if (before !== 32 && before !== 9) return false;
  // The word before ends like ENV, setenv, setx or a `set -x` flag (not `const`, `let`, `var` …).
  const last = text.charCodeAt(start - 2);
  if (last !== 86 && last !== 118 && last !== 120 && last !== 88) return false;
  let i = start - 1;
  const min = Math.max(0, start - 48);
  while (i > min && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 59) i--;
  if (i > 0 && i === min && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 59) return false;
  while (i < start && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const c = text.charCodeAt(i);
  if (c !== 69 && c !== 115 && c !== 108) return false; // E(NV), s(et…), l(aunchctl)
  return ENV_COMMAND.test(text.slice(i, start));
}

export const genericProviders: ProviderRecord[] = [
  {
    id: 'private-key',
    name: 'Private key',
    envNames: ['PRIVATE_KEY', 'SSH_PRIVATE_KEY', 'GPG_PRIVATE_KEY'],
    rotateUrl: 'https://docs.github.com/en/authentication/connecting-to-github-with-ssh',
    rules: [
      {
        id: 'private-key',
        description: 'A PEM private key block (RSA, EC, DSA, OpenSSH, PKCS#8, PGP); encrypted keys are reported with low confidence.',
        pattern: String.raw`-----BEGIN(?<kind>[ A-Z0-9]{0,40})PRIVATE KEY(?: BLOCK)?-----(?:\s|\\[rn])*(?<secret>(?:[^-]|-(?!----)){16,}?)(?:\s|\\[rn])*-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----`,
        keywords: ['private key'],
        // A header with no end line anywhere in reach (docs, truncated pastes) is not a key.
        requires: ['-----END'],
        window: { before: 64, after: 32768 },
        confidence: 'high',
        skipPlaceholderGate: true,
        locateAtMatch: true,
        verify: pemBodyLooksReal,
        confidenceOf: pemConfidence,
      },
    ],
  },
  {
    id: 'url-credentials',
    name: 'Credentials in URL',
    envNames: ['DATABASE_URL', 'REDIS_URL', 'MONGODB_URI', 'AMQP_URL'],
    rotateUrl: 'https://owasp.org/www-community/vulnerabilities/Password_Plaintext_Storage',
    rules: [
      {
        id: 'url-password',
        description: 'A password embedded in a URL (scheme://user:password@host).',
        // `://` first, its scheme as a look-behind: the regex engine skips to each `://` instead of
        // trying a scheme at every letter of the window (8x faster on URL-dense text).
        pattern: String.raw`://(?<=(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,20}://)(?<user>[^\s:@/?#'"\`<>\\$%{}]{0,64}):(?![$%{<])(?!\k<user>@)(?<secret>[^\s:@/?#'"\`<>\\]{3,128})@(?<host>[A-Za-z0-9._-]{1,253}|\[[0-9a-fA-F:]+\])`,
        keywords: ['://'],
        startsWithKeyword: true,
        requires: ['@'],
        window: { before: 24, after: 240 },
        confidence: 'medium',
        generic: true,
        check: (secret, g) => {
          const host = (g['host'] ?? '').toLowerCase();
          // Loopback and documentation hosts; internal names (db, *.svc.cluster.local) are real.
          if (/^(?:localhost|127\.|0\.0\.0\.0|\[::1\]|host$|hostname$|your[-_]?host|example\.|.*\.(?:example|invalid|test|localhost)$)/.test(host)) return false;
          const plain = decodePercent(secret);
          if (isWeakDefault(plain) || spellsItsRole(plain) || spellsPasswordInDisguise(plain)) return false;
          if (/^\*+$/.test(plain)) return false;
          return shannonEntropy(plain) >= 2.0;
        },
      },
    ],
  },
  {
    id: 'generic',
    name: 'Generic secret',
    envNames: [],
    rotateUrl: 'https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions',
    rules: [
      {
        id: 'generic-secret-assignment',
        description: 'A random-looking value assigned to a variable, key or flag whose name says it is a secret (api_key, client_secret, token, password …).',
        // Anchored at the identifier that holds the keyword: the engine checks the name, then
        // runs this once, right after it.
        pattern: String.raw`${ASSIGN_OPERATOR}${VALUE}`,
        anchor: { prefix: notQueryParameter, name: nameSaysSecret, next: `"']: \t=<+.?`, follows: assignmentMayFollow },
        keywords: ['key', 'secret', 'token', 'passw', 'pwd', 'credential', 'pass'],
        window: { before: 64, after: 300 },
        confidence: 'medium',
        generic: true,
        check: assignmentIsSecret,
      },
      {
        id: 'generic-secret-xml',
        description: 'A random-looking value in an XML or HTML element whose name says it is a secret (<apiToken>…</apiToken>, on the same or the next line).',
        pattern: String.raw`(?:[ \t][^<>\n]{0,200})?>[ \t]{0,8}(?:\r?\n[ \t]{0,40})?${VALUE}[ \t]{0,8}(?:\r?\n[ \t]{0,40})?</(?<close>[A-Za-z0-9_.:-]{1,128})>`,
        anchor: { prefix: '<', name: nameSaysSecret, next: '> \t' },
        keywords: ['key', 'secret', 'token', 'passw', 'pwd', 'credential', 'pass'],
        confidence: 'medium',
        generic: true,
        check: (secret, g) => g['close'] === g['name'] && valueLooksRandom(secret),
      },
      {
        id: 'generic-secret-env-command',
        description: 'A random-looking value set by a command on a variable whose name says it is a secret (Dockerfile `ENV NAME value`, fish `set -x NAME value`, setenv, setx).',
        pattern: String.raw`[ \t]{1,8}(?<q>["']?)${VALUE}`,
        anchor: { prefix: setByCommand, name: nameSaysSecret, next: ' \t' },
        keywords: ['key', 'secret', 'token', 'passw', 'pwd', 'credential', 'pass'],
        confidence: 'medium',
        generic: true,
        check: assignmentIsSecret,
      },
      {
        id: 'generic-secret-query',
        description: 'A random-looking value of a URL query parameter whose name says it is a secret (?api_key=…&, ?access_token=…): the value ends at & or #.',
        // URL-safe characters only (a query value is URL-encoded), ending at `&`, `#` or the URL's end.
        pattern: String.raw`=(?<secret>[A-Za-z0-9._~%+/-][A-Za-z0-9._~%+/=:-]{7,255})(?![A-Za-z0-9._~%+/=:-])`,
        anchor: { prefix: isQueryParameter, name: nameSaysSecret, next: '=' },
        keywords: ['key', 'secret', 'token', 'passw', 'pwd', 'credential', 'pass'],
        confidence: 'medium',
        generic: true,
        check: (secret) => valueLooksRandom(decodePercent(secret)),
      },
      {
        id: 'authorization-header',
        description: 'A credential in an Authorization header (Bearer, token or Basic).',
        // A header needs its separator (`Authorization: …`, `authorization = "…"`) or a scheme
        // word: `pkg/apis/authorization c589…` (a module path and a commit hash) is not one.
        pattern: String.raw`(?<![\w/.])(?:authorization["']?[ \t]{0,8}[:=][ \t]{0,8}["']?(?:(?:bearer|token|basic)[ \t]+)?|bearer[ \t]+)(?<secret>[A-Za-z0-9_~+/.=-]{16,512})(?![A-Za-z0-9_~+/.=-])`,
        flags: 'i',
        keywords: ['authorization', 'bearer'],
        startsWithKeyword: true,
        window: { before: 8, after: 600 },
        confidence: 'medium',
        generic: true,
        check: (secret) => valueLooksRandom(secret),
      },
      {
        id: 'generic-secret-flag',
        description: 'A random-looking value passed to a command-line flag whose name says it is a secret (--password, --requirepass, --api-key …).',
        pattern: String.raw`(?:=|["']?[ \t]+|["'][ \t]{0,4},[ \t]{0,4})(?<q>["']?)${VALUE}`,
        anchor: { prefix: '--', name: nameSaysSecret, next: `="' \t` },
        keywords: ['key', 'secret', 'token', 'passw', 'pwd', 'pass'],
        window: { before: 64, after: 300 },
        confidence: 'medium',
        generic: true,
        check: (secret, g) => nameSaysSecret(g['name'] ?? '') && valueLooksRandom(secret),
      },
      {
        id: 'generic-secret-pair',
        description: "A secret as the second element of a two-element group whose first names it: define('DB_PASSWORD', '…'), ('api_key', '…').",
        pattern: String.raw`["'][ \t]{0,8},[ \t]{0,8}(?<q>["'\`])${VALUE}["'\`][ \t]{0,8}[)\]]`,
        anchor: { prefix: opensQuotedArgument, name: nameSaysSecret, next: `"'` },
        keywords: ['key', 'secret', 'token', 'passw', 'pwd', 'credential', 'pass'],
        confidence: 'medium',
        generic: true,
        check: (secret) => valueLooksRandom(secret),
      },
      {
        id: 'generic-key-value-pair',
        description: 'A secret in a key/value pair whose key names a secret ({"key": "apiToken", "value": "…"}, <add key="ApiKey" value="…"/>).',
        // Anchored at the identifier `key` (the engine finds it for the generic rules anyway):
        // a window search ran over a quarter of the benchmark corpus, for a form that is rare.
        pattern: String.raw`["']?[ \t]*[:=][ \t]*["'](?<keyname>[A-Za-z0-9_.-]{1,60})["'][ \t]*,?[ \t]*["']?value["']?[ \t]*[:=][ \t]*["']${VALUE}`,
        flags: 'i',
        anchor: { name: isKeyWord, next: `"' \t:=` },
        keywords: ['key'],
        confidence: 'medium',
        generic: true,
        check: (secret, g) => nameSaysSecret(g['keyname'] ?? '') && valueLooksRandom(secret),
      },
      {
        id: 'sql-password',
        description: "A password in SQL (CREATE USER … WITH PASSWORD '…', IDENTIFIED BY '…').",
        pattern: String.raw`(?:\bwith[ \t]+(?:encrypted[ \t]+)?password|\bidentified[ \t]+(?:with[ \t]+\w+[ \t]+)?by|\bpassword[ \t]*=)[ \t]*'(?<secret>[^'\s]{6,128})'`,
        flags: 'i',
        keywords: ['password', 'identified'],
        // `with encrypted password` starts 15 characters before the keyword.
        window: { before: 24, after: 200 },
        requires: ["'"],
        confidence: 'medium',
        generic: true,
        check: (secret) => valueLooksRandom(secret),
      },
    ],
  },
  {
    id: 'secret-file',
    name: 'Secret file',
    envNames: [],
    rotateUrl: 'https://docs.github.com/en/code-security/secret-scanning/working-with-secret-scanning-and-push-protection',
    rules: [
      {
        id: 'ivy-key-file',
        description: 'An Ivy API key file (~/.ivy/key.pem) committed to the repository.',
        pattern: String.raw`^[ \t]*(?<secret>[A-Za-z0-9+/_-]{20,}={0,2})[ \t]*\r?$`,
        flags: 'm',
        keywords: [],
        paths: ['.ivy/key.pem'],
        confidence: 'high',
      },
      {
        id: 'netrc-password',
        description: 'A password or token in a .netrc file.',
        pattern: String.raw`\bpassword[ \t]+(?<secret>[^\s]{6,256})`,
        keywords: [],
        paths: ['.netrc', '_netrc'],
        confidence: 'high',
        generic: true,
        check: (secret) => !isPlaceholder(secret) && !isWeakDefault(secret),
      },
      {
        id: 'pgpass-password',
        description: 'A password in a PostgreSQL .pgpass file (host:port:db:user:password).',
        pattern: String.raw`^[^:#\s]+:[^:\s]+:[^:\s]+:[^:\s]+:(?<secret>[^\s]{4,256})\r?$`,
        flags: 'm',
        keywords: [],
        paths: ['.pgpass'],
        confidence: 'high',
        generic: true,
        check: (secret) => !isPlaceholder(secret) && !isWeakDefault(secret),
      },
      {
        id: 'docker-config-auth',
        description: 'A registry credential (base64 user:password) in a Docker config.json, or in an `auths` block of any file (a Kubernetes dockerconfigjson, CI settings).',
        pattern: String.raw`"auth"[ \t]*:[ \t]*"(?<secret>[A-Za-z0-9+/]{12,}={0,2})"`,
        keywords: ['"auths"'],
        window: { before: 0, after: 8192 },
        paths: ['.docker/config.json', '.dockercfg'],
        confidence: 'high',
        verify: (secret) => {
          const decoded = Buffer.from(secret, 'base64').toString('latin1');
          const colon = decoded.indexOf(':');
          return colon > 0 && passwordLooksReal(decoded.slice(colon + 1));
        },
      },
    ],
  },
  ...commandProviders,
  ...encodedProviders,
];
