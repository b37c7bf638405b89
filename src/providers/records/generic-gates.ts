/**
 * The gates of the generic detectors: does a name say "secret", is a value random-looking,
 * is it a reference, a placeholder, a made-up example? Pure functions over strings.
 */
import { countDigits, shannonEntropy } from '../../engine/entropy.js';
import { isPlaceholder } from '../../engine/placeholder.js';
import { detach } from '../../strings.js';
import { decodeJwtPayload } from './jwt.js';

// ---------------------------------------------------------------- URL credentials

const DEFAULT_PASSWORDS = new Set([
  'password', 'passwd', 'pass', 'secret', 'changeme', 'admin', 'root', 'postgres', 'mysql', 'guest',
  'test', 'testing', 'user', 'username', 'demo', 'example', 'pwd', 'qwerty', 'letmein', 'default',
  'redis', 'mongo', 'rabbitmq', 'sa', 'dev', 'development', 'local', 'foobar', 'foo', 'bar', 'pw',
  'token', 'apikey', 'api_key', 'key', 'xxx', 'yyy', 'mypassword', 'yourpassword', 'mysecretpassword',
  'airflow', 'keycloak', 'minio', 'minioadmin', 'docker', 'app', 'dbpass', 'dbpassword', 'db',
]);

export function isWeakDefault(value: string): boolean {
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

export function splitWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Names that hold client-side identifiers by design (Pusher app key, Shopify API key = client id …). */
const PUBLIC_NAME = /(?:^|_)(?:pusher(?:_app)?_key|shopify_(?:api_)?key|algolia_(?:search|search_only)_(?:api_)?key|recaptcha_site_key|site_key|turnstile_site_key|hcaptcha_site_key|mix_pusher_app_key|vite_pusher_app_key|google_maps_(?:api_)?key|maps_api_key|firebase_api_key|sentry_dsn|segment_write_key|posthog_(?:api_)?key|amplitude_(?:api_)?key|mixpanel_token|oauth2?_key|(?:dd|datadog)_(?:rum_)?client_token|rollbar_client(?:_access)?_token|bugsnag_(?:api_)?key|launchdarkly_client_side_id|mapbox_public_(?:access_)?token|new_relic_browser_(?:license_)?key)$/;

const SECRET_WORDS = new Set([
  'secret', 'token', 'password', 'passwd', 'pwd', 'passphrase', 'credential', 'credentials', 'apikey', 'pass',
]);

/** First words of names for values that are made up on purpose (test vectors, fixtures, docs). */
const MADE_UP = /^(?:test|tests|testing|fake|dummy|mock|mocked|example|sample|bogus|placeholder)$/;

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
  // A name that says the value is made up: testSumDBVerifierKey, fake_token, EXAMPLE_SECRET.
  if (words.length > 1 && MADE_UP.test(words[0]!)) return false;
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

/** `%40` → `@`; a value with a broken escape is returned as it is. */
export function decodePercent(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** A value that spells its own role is made up: `secretPassword123`, `my_api_key`. */
export function spellsItsRole(value: string): boolean {
  return /secret|passw|apikey|api_key|token/i.test(value);
}

/**
 * The spellings of "password" that URL-parser tests use (`p@ssword`, `pa/ssword`, `passwo^rd`,
 * `p4ssw0rd`): with look-alike digits and symbols read as letters and the rest dropped, the
 * value spells a word people type as an example.
 */
export function spellsPasswordInDisguise(value: string): boolean {
  const letters = value
    .toLowerCase()
    .replace(/[@4]/g, 'a')
    .replace(/3/g, 'e')
    .replace(/[1!|]/g, 'i')
    .replace(/0/g, 'o')
    .replace(/[$5]/g, 's')
    .replace(/[^a-z]/g, '');
  return /passw|secret|changeme/.test(letters);
}

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
  // A value that spells its role (secretPassword123, abc_ThIsIsAsEcReT, p@ssw0rd) is made up.
  if (spellsItsRole(value)) return false;
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

/** Share of the letters that sit in word-like pieces (3+ letters with a vowel), split at case changes, digits and `_`. */
function wordyShare(value: string): number {
  let letters = 0;
  let wordy = 0;
  for (const p of value.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g) ?? []) {
    letters += p.length;
    if (p.length >= 3 && /[aeiouy]/i.test(p)) wordy += p.length;
  }
  return letters === 0 ? 0 : wordy / letters;
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
/** Source files of programming languages: there, an unquoted identifier is a reference, never a value. */
const CODE_FILE = /\.(?:go|[cm]?[jt]sx?|py|pyi|java|kts?|scala|groovy|gradle|rb|php|cs|fs|vb|rs|swift|c|h|cc|cpp|cxx|hh|hpp|hxx|m|mm|dart|lua|pl|pm|exs?|erl|clj|cljs|jl|r|zig|nim|v|sol)$/i;
/** An identifier, a member chain (`a.b`, `a::b`, `a->b`), or its address (`&syscall.Credential`). */
const IDENTIFIER_REFERENCE = /^[&*]?[A-Za-z_$][\w$]*(?:(?:\.|::|->)[A-Za-z_$][\w$]*)*$/;

/**
 * An unquoted identifier in a source file: a variable or constant, not a literal
 * (`hexKey: hexECTestPKCS1Key`, `RC2_KEY = rc2_key_st`, `Credential: &syscall.Credential{`).
 * A random run of letters and digits is a valid identifier too, but it is not named like one:
 * no word-like pieces, no snake_case or CONSTANT_CASE, no member access (a key pasted in a
 * comment or docstring stays a finding).
 */
export function referenceInCode(value: string, quote: string | undefined, path: string): boolean {
  if (quote || !CODE_FILE.test(path)) return false;
  // An expression (`this.type===Ve.num`, `a&&b`, `x?.y`, `e.flag??false`): code, not a literal.
  if (/[=!]==?|&&|\|\||\?\?|\?\.|=>/.test(value)) return true;
  if (!IDENTIFIER_REFERENCE.test(value)) return false;
  if (/^[&*]|\.|::|->/.test(value)) return true;
  if (/^[a-z0-9]+(?:_[a-z0-9]+)+$|^[A-Z0-9]+(?:_[A-Z0-9]+)+$/.test(value)) return true;
  return wordyShare(value) >= 0.4;
}
