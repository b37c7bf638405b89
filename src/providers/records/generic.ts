import type { Confidence, ProviderRecord } from '../types.js';
import { countDigits, shannonEntropy } from '../../engine/entropy.js';
import { detach } from '../../strings.js';
import { isPlaceholder } from '../../engine/placeholder.js';
import { decodeJwtPayload } from './jwt.js';

/*
 * Generic detectors: private-key blocks, credentials in URLs, secret-looking assignments,
 * Authorization headers and files that are secrets by nature. They find what no provider
 * rule knows; a span a provider rule claims (or rejects) is never reported by these.
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

// ---------------------------------------------------------------- URL credentials

const DEFAULT_PASSWORDS = new Set([
  'password', 'passwd', 'pass', 'secret', 'changeme', 'admin', 'root', 'postgres', 'mysql', 'guest',
  'test', 'testing', 'user', 'username', 'demo', 'example', 'pwd', 'qwerty', 'letmein', 'default',
  'redis', 'mongo', 'rabbitmq', 'sa', 'dev', 'development', 'local', 'foobar', 'foo', 'bar', 'pw',
  'token', 'apikey', 'api_key', 'key', 'xxx', 'yyy', 'mypassword', 'yourpassword', 'mysecretpassword',
  'airflow', 'keycloak', 'minio', 'minioadmin', 'docker', 'app', 'dbpass', 'dbpassword', 'db',
]);

function isWeakDefault(value: string): boolean {
  const lower = value.toLowerCase();
  if (DEFAULT_PASSWORDS.has(lower)) return true;
  // word + a few digits: password123, admin1, test2024
  const m = /^([a-z_]+?)[0-9!]{0,4}$/.exec(lower);
  return m !== null && DEFAULT_PASSWORDS.has(m[1]!);
}

// ---------------------------------------------------------------- generic assignments

/** Name parts after the secret word that make the variable metadata, not a secret. */
const META_SUFFIX =
  /(?:url|uri|endpoint|path|file|filename|name|id|ids|type|header|prefix|suffix|length|len|size|count|env|var|field|param|hint|policy|version|format|ttl|expiry|expires|expiration|timeout|regex|pattern|label|placeholder|desc|description|title|mode|method|kind|store|provider|manager|service|class|limit|enabled|required|valid|validator|lifetime|duration|age|ref|arn|location|source|index|position|hash|digest|checksum|fingerprint|sha|md5|encoding|algorithm|alg|usage|scope|scopes|hmac|salt|iv|nonce|len|min|max|rotation|field|column|input|output|selector|from|to|list|map|set|dict|helper|factory|builder|fn|func|callback|handler|cache|table|id_token_hint|issuer|audience|status|state|flag)$/;

/** Words before `key` that make it a lookup key rather than a credential. */
const LOOKUP_KEY_PREFIX =
  /(?:^|[_.-])(?:cache|sort|primary|foreign|partition|range|idempotency|lookup|map|dict|object|row|column|unique|composite|public|publishable|pub|group|route|query|translation|i18n|shortcut|hot|react|list|item|node|storage|bucket|redis|s3|hash|index|sign_in|signin|primary|foreign|dedup|dedupe|event|message|metric|label|tag|attr|attribute|prop|property|field|config|setting|settings|option|options|param|meta|metadata|session_key_prefix|local_storage|sessionstorage|localstorage|state|store|redux|entry|record|table|api_key_header|header|registry|schema|value|data|child|parent|element|component|toggle|feature|flag|json|yaml|dict_key|s3_object|object_key|file|path|blob|image|asset|media|upload|download|env|secret_name|kms|kms_key|kms_key_id|key_vault|vault)_?$/;

function splitWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Names that hold client-side identifiers by design (Pusher app key, Shopify API key = client id …). */
const PUBLIC_NAME = /(?:^|_)(?:pusher(?:_app)?_key|shopify_(?:api_)?key|algolia_(?:search|search_only)_(?:api_)?key|recaptcha_site_key|site_key|turnstile_site_key|hcaptcha_site_key|mix_pusher_app_key|vite_pusher_app_key|google_maps_(?:api_)?key|maps_api_key|firebase_api_key|sentry_dsn|segment_write_key|posthog_(?:api_)?key|amplitude_(?:api_)?key|mixpanel_token|oauth2?_key)$/;

const SECRET_WORDS = new Set([
  'secret', 'token', 'password', 'passwd', 'pwd', 'passphrase', 'credential', 'credentials', 'apikey', 'pass',
]);

const nameCache = new Map<string, boolean>();

/**
 * The variable name must say "secret": it ends with a secret word (possibly before `value`/`str`).
 * Memoised: code repeats its names, and this runs for every identifier holding a keyword.
 */
/** Whether `start` follows `(` or `[`, blanks and a quote: `("api_key"` or `['token'`. */
export function opensQuotedArgument(text: string, start: number): boolean {
  let i = start - 1;
  const q = text.charCodeAt(i);
  if (q !== 34 && q !== 39) return false;
  i--;
  while (i >= 0 && start - i <= 16 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  const open = text.charCodeAt(i);
  return start - i <= 16 && (open === 40 || open === 91);
}

export function nameSaysSecret(name: string): boolean {
  let v = nameCache.get(name);
  if (v === undefined) {
    if (nameCache.size >= 20_000) nameCache.clear();
    v = judgeName(name);
    nameCache.set(detach(name), v);
  }
  return v;
}

function judgeName(name: string): boolean {
  const words = splitWords(name);
  while (words.length > 1 && /^(?:value|str|string|b64|base64|raw|plain|prod|production|live|dev|staging|test|v\d|\d+)$/.test(words[words.length - 1]!)) {
    words.pop();
  }
  const last = words[words.length - 1];
  if (!last) return false;
  if (META_SUFFIX.test(last) && !SECRET_WORDS.has(last)) return false;
  if (words.includes('public') || words.includes('publishable') || words.includes('pub')) return false;
  if (PUBLIC_NAME.test(words.join('_'))) return false;
  if (SECRET_WORDS.has(last)) return true;
  // Run-together names: requirepass, dbpassword, authtoken, clientsecret, masterkey.
  if (/(?:password|passwd|secret|token|apikey|pwd|requirepass|masterpass|passphrase)$/.test(last)) return true;
  if (last === 'key') {
    if (words.length === 1) return false;
    const before = words.slice(0, -1).join('_');
    return !LOOKUP_KEY_PREFIX.test(before);
  }
  return false;
}

const REFERENCE_VALUE =
  /^(?:[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$-]*)+|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[a-z]+(?:_[a-z0-9]+)+|[A-Za-z]+|[a-z]+(?:-[a-z]+)+|[A-Za-z-]+\.[A-Za-z]{2,5})$/;

function charClasses(value: string): number {
  let lower = 0;
  let upper = 0;
  let digit = 0;
  let other = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 97 && c <= 122) lower = 1;
    else if (c >= 65 && c <= 90) upper = 1;
    else if (c >= 48 && c <= 57) digit = 1;
    else other = 1;
  }
  return lower + upper + digit + other;
}

/**
 * Values that are public by design even when assigned to a key-ish name: Stripe publishable
 * keys, Twilio SIDs, OAuth client ids, RevenueCat/Mapbox public SDK keys, Supabase publishable keys.
 */
const PUBLIC_VALUE =
  /^(?:pk_(?:live|test)_|(?:AC|SK|MG|PN|AP|CA)[0-9a-f]{32}$|[0-9]+-[a-z0-9_]+\.apps\.googleusercontent\.com$|(?:appl|goog|amzn|strp|rcb)_[A-Za-z0-9]{16,40}$|pk\.eyJ|sb_publishable_|G-[A-Z0-9]{6,12}$|UA-\d+-\d+$)/;

/** Base64 of a readable word (`Y2hhbmdlbWU=` is `changeme`) is as much a placeholder as the word. */
function decodesToPlaceholder(value: string): boolean {
  if (value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  const decoded = Buffer.from(value, 'base64').toString('latin1');
  if (!/^[\x20-\x7e]+$/.test(decoded)) return false;
  return isWeakDefault(decoded) || isPlaceholder(decoded) || /^[A-Za-z_.-]+$/.test(decoded);
}

/** Value gate shared by the generic rules: random-looking, not a reference, path, URL or word. */
export function valueLooksRandom(raw: string): boolean {
  // TypeScript's non-null assertion on a reference (process.env.X!), trailing punctuation.
  const value = raw.replace(/[!.,]+$/, '');
  if (value.length < 8) return false;
  // Secret-store references: ARNs, GCP resource names, paths to a secret.
  if (/^arn:|^projects\/|(?:^|\/)secrets?\//.test(value)) return false;
  // A value that spells its role (secretPassword123, abc_ThIsIsAsEcReT) is made up.
  if (/secret|passw|apikey|api_key|token/i.test(value)) return false;
  if (looksLikeIdentifier(value)) return false;
  if (value.includes('://') || /^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)/.test(value)) return false;
  const jwt = decodeJwtPayload(value);
  if (jwt) return jwtIsSecret(jwt);
  if (PUBLIC_VALUE.test(value)) return false;
  if (REFERENCE_VALUE.test(value)) return false;
  if (decodesToPlaceholder(value)) return false;
  // References: $VAR, %VAR%, @VAR@ / @Value, {x}, <x>.
  if (/^\$|^%[A-Za-z_]|^@[A-Za-z_][\w.]*@?$|^\{|\}$|^<|>$/.test(value)) return false;
  if (/^(?:true|false|null|none|nil|undefined|yes|no|on|off)$/i.test(value)) return false;
  if (isWeakDefault(value)) return false;
  // Versions, dates, numbers, IPs, MAC addresses.
  if (/^[v\d][\d.:_/-]*$/.test(value)) return false;
  const classes = charClasses(value);
  const digits = countDigits(value);
  const entropy = shannonEntropy(value);
  if (classes < 2) return false;
  if (value.length < 16) return entropy >= 2.8 && digits >= 1 && classes >= 3 && !hasShortSequence(value);
  if (digits === 0 && classes < 3) return false;
  return entropy >= (value.length >= 32 ? 3.3 : 3.0);
}

/**
 * A code identifier made of word-like pieces (contextToken2, V1SecretVolumeSource,
 * _S_token_subexpr_begin, PublicIpv4Pools) rather than random characters: at least 80 % of its
 * letters sit in pieces of 3+ letters with a vowel, split at `_`, `$`, digits and case changes.
 */
export function looksLikeIdentifier(value: string): boolean {
  if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(value)) return false;
  const pieces = value.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+/g) ?? [];
  let letters = 0;
  let wordy = 0;
  let digitRuns = 0;
  for (const p of pieces) {
    // Branch-free count: an operation first run after V8 optimized this function throws the
    // optimized code away (identifiers with digit runs come late in a typical scan).
    const digitRun = /^[0-9]/.test(p);
    digitRuns += digitRun ? 1 : 0;
    if (digitRun) continue;
    letters += p.length;
    if (p.length >= 3 && /[aeiouy]/i.test(p) && !(p.length > 5 && p === p.toUpperCase())) wordy += p.length;
  }
  return letters > 0 && wordy / letters >= 0.8 && digitRuns <= 2;
}

/** `1234`, `abcd`: a short value with a 4-step sequence is a made-up one. */
function hasShortSequence(value: string): boolean {
  for (let i = 3; i < value.length; i++) {
    const a = value.charCodeAt(i - 3);
    const d = value.charCodeAt(i - 2) - a;
    if ((d === 1 || d === -1) && value.charCodeAt(i - 1) - value.charCodeAt(i - 2) === d && value.charCodeAt(i) - value.charCodeAt(i - 1) === d) return true;
  }
  return false;
}

/** Public JWTs (Supabase anon keys, jwt.io's sample) are not secrets; others are. */
function jwtIsSecret(payload: Record<string, unknown>): boolean {
  if (payload['role'] === 'anon') return false;
  if (payload['sub'] === '1234567890') return false;
  return true;
}

// `=`, `:`, `:=`, `=>`, `<-`, `+=`, a Python/TS type annotation before `=` (`secret: str =`);
// then an optional wrapper such as Go's []byte( or a string prefix (r"…", b'…').
const ASSIGN_OPERATOR = String.raw`["'\]]?[ \t]{0,8}(?::(?!:)[ \t]{0,4}[A-Za-z_][\w.|\[\] ]{0,30}?[ \t]{0,4}=(?!=)|=(?![=~])|:=|:(?!:)|=>|<-|\+=)[ \t]{0,8}(?:\[\]byte\(|bytes\(|Buffer\.from\(|@|[rbuf](?=["'\`]))?(?<q>["'\`]?)`;
// A value is captured atomically (look-ahead + back-reference) so that it cannot be shortened
// to dodge the "not followed by ( or [ or ." check.
const VALUE = String.raw`(?=(?<secret>[^\s"'\`;,<>(){}\[\]\\|]{8,256}))\k<secret>(?![^\s"'\`;,<>){}\]\\|]|\.\w)`;


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
        pattern: String.raw`(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,20}://(?<user>[^\s:@/?#'"\`<>\\$%{}]{0,64}):(?![$%{<])(?!\k<user>@)(?<secret>[^\s:@/?#'"\`<>\\]{3,128})@(?<host>[A-Za-z0-9._-]{1,253}|\[[0-9a-fA-F:]+\])`,
        keywords: ['://'],
        requires: ['@'],
        window: { before: 24, after: 240 },
        confidence: 'medium',
        generic: true,
        check: (secret, g) => {
          const host = (g['host'] ?? '').toLowerCase();
          // Loopback and documentation hosts; internal names (db, *.svc.cluster.local) are real.
          if (/^(?:localhost|127\.|0\.0\.0\.0|\[::1\]|host$|hostname$|your[-_]?host|example\.|.*\.(?:example|invalid|test|localhost)$)/.test(host)) return false;
          if (isWeakDefault(secret)) return false;
          if (/^\*+$|^(?:%2a)+$/i.test(secret)) return false;
          return shannonEntropy(secret) >= 2.0;
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
        anchor: { name: nameSaysSecret, next: `"']: \t=<+` },
        keywords: ['key', 'secret', 'token', 'passw', 'pwd', 'credential', 'pass'],
        window: { before: 64, after: 300 },
        confidence: 'medium',
        generic: true,
        check: (secret, g) => nameSaysSecret(g['name'] ?? '') && valueLooksRandom(secret),
      },
      {
        id: 'authorization-header',
        description: 'A credential in an Authorization header (Bearer, token or Basic).',
        pattern: String.raw`(?:authorization|bearer)["']?[ \t]{0,8}[:=]?[ \t]{0,8}["']?(?:bearer|token|basic)?[ \t]+(?<secret>[A-Za-z0-9_~+/.=-]{16,512})(?![A-Za-z0-9_~+/.=-])`,
        flags: 'i',
        keywords: ['authorization', 'bearer'],
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
        pattern: String.raw`(?<![A-Za-z0-9_])["']?key["']?[ \t]*[:=][ \t]*["'](?<name>[A-Za-z0-9_.-]{1,60})["'][ \t]*,?[ \t]*["']?value["']?[ \t]*[:=][ \t]*["']${VALUE}`,
        flags: 'i',
        keywords: ['key'],
        window: { before: 8, after: 320 },
        requires: ['value'],
        confidence: 'medium',
        generic: true,
        check: (secret, g) => nameSaysSecret(g['name'] ?? '') && valueLooksRandom(secret),
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
        description: 'A registry credential (base64 user:password) in a Docker config.json.',
        pattern: String.raw`"auth"[ \t]*:[ \t]*"(?<secret>[A-Za-z0-9+/]{12,}={0,2})"`,
        keywords: [],
        paths: ['.docker/config.json', '.dockercfg'],
        confidence: 'high',
        verify: (secret) => Buffer.from(secret, 'base64').toString('latin1').includes(':'),
      },
    ],
  },
];

