/**
 * A provider is declarative data: how its keys look (rules), where they usually live
 * (env names), how a pasted value is checked offline (format) and how it is checked
 * live (live). Behaviour that differs per provider is a small function on the record.
 */

export type Confidence = 'high' | 'medium' | 'low';

/**
 * One detection rule. The secret is the named group `secret` when there is one, else capture
 * group 1 when the regex has groups, else the whole match.
 */
export interface Rule {
  /** Stable rule id, kebab-case, unique across all providers, e.g. `openai-project-key`. */
  id: string;
  /** One sentence for humans (SARIF rule help, `--help rules`). */
  description: string;
  /** Source of the regex. Compiled by the engine with flags `g` + `flags`. Must be linear-time. */
  pattern: string;
  /** Extra flags (`i`, `u`, `s`). Never `g`/`y`: the engine adds what it needs. */
  flags?: string;
  /**
   * Literal strings (case-insensitive) of which at least one occurs in or near every match.
   * The engine runs `pattern` only in a window around a keyword hit, never over the whole text.
   */
  keywords: string[];
  /**
   * Files that are secrets by nature: path suffixes (`.ivy/key.pem`, `.netrc`) for which the
   * rule runs over the whole file whatever the keywords. `keywords` may then be empty.
   */
  paths?: string[];
  /**
   * Identifier-anchored rule: instead of searching a window, the engine takes the identifier
   * (`[A-Za-z0-9_.-]` run) that contains the keyword hit, asks `name` about it, and runs
   * `pattern` once, sticky, right after the identifier (the operator and the value). The
   * identifier is handed to `check` as the group `name`. Cost: constant per keyword hit.
   */
  anchor?: {
    /**
     * The identifier must be directly preceded by this: a literal (`--` for command-line
     * flags) or a test of the text before offset `start` (where the identifier begins).
     */
    prefix?: string | ((text: string, start: number) => boolean);
    /** Cheap test of the identifier before any regex runs. */
    name: (identifier: string) => boolean;
    /**
     * Characters of which one must directly follow the identifier for `pattern` to have any
     * chance (the first characters it can match): most identifiers that name a secret are
     * followed by `(`, `)`, `.` or `,` in code, and skip the regex on this test alone.
     */
    next?: string;
    /**
     * A cheap test of the text from `end` (where the identifier ends), run before `pattern`: it
     * must hold wherever `pattern` can match there (a superset), and saves the regex run where
     * it cannot (`token and`, `"token")`).
     */
    follows?: (text: string, end: number) => boolean;
  };
  /**
   * Literal strings of which one must occur in a window before the regex runs there at all
   * (`@` for credentials in URLs): a cheap indexOf saves most regex runs. Case-sensitive,
   * except for rules with the `i` flag (give them in lower case).
   */
  requires?: string[];
  /**
   * A run the window must hold before the regex runs there: a maximal run (bounded by other
   * characters or the window's edges) of `chars` (a character-class body, `A-Za-z0-9/+`) whose
   * length is one of `lengths`. For a prefix-less key of fixed length, whose regex would
   * otherwise try its look-arounds at every position of a wide window. It must hold wherever
   * the regex matches in the window (a test checks this for every rule that has one).
   */
  requiresRun?: { chars: string; lengths: number[] };
  /**
   * Every match begins with one of `keywords` (ASCII case ignored): the engine then tries the
   * regex once, sticky, where each hit's keyword could begin a match, instead of searching a
   * window around the hit (a regex that starts with `[Cc][Ll]…` is tried at every position of
   * a window). A test checks it on every sample of the rule.
   */
  startsWithKeyword?: boolean;
  /** How far before/after a keyword hit a match may start/end (chars). Default {before: 64, after: 256}. */
  window?: { before: number; after: number };
  confidence: Confidence;
  /** Minimum Shannon entropy (bits per char) of the secret; lower values are not reported. */
  minEntropy?: number;
  /** The secret must contain at least this many digits (kills word-like false positives). */
  minDigits?: number;
  /**
   * Offline structural check (e.g. CRC32 checksum). Returning false drops the candidate:
   * a GitHub token with a wrong checksum is a fabricated example, not a leak.
   */
  verify?: (secret: string) => boolean;
  /**
   * Check that needs the match's other named groups (e.g. the variable name a generic value is
   * assigned to, or the host of a URL), or the path of the file (an unquoted identifier is a
   * reference in code, a value in a .env file). Returning false drops the candidate.
   */
  check?: (secret: string, groups: Readonly<Record<string, string | undefined>>, path: string) => boolean;
  /**
   * Report the location of the whole match rather than of the secret: a private key is
   * reported on its BEGIN line, while the secret (for fingerprints and redaction) is its body.
   */
  locateAtMatch?: boolean;
  /** Skip the placeholder gate (for rules whose structure already excludes placeholders). */
  skipPlaceholderGate?: boolean;
  /** Per-match confidence, when it depends on the value (e.g. an encrypted private key is lower). */
  confidenceOf?: (secret: string, groups: Readonly<Record<string, string | undefined>>) => Confidence;
  /**
   * Generic rules (entropy/assignment based) yield to specific ones: a span claimed or
   * rejected by a specific rule (e.g. a GitHub token with a bad checksum) is never reported
   * by a generic rule, nor a value that begins with a specific provider's prefix. Where a
   * generic pattern's value begins with `(?=(?<secret>`, the compiler puts a look-ahead for
   * those prefixes there, so that such a value is not even matched (text dense with `sk-…`
   * and `ghp_…` made ~40,000 matches per 4 MB that the engine then dropped).
   */
  generic?: boolean;
  /**
   * A credential in two parts (Twilio API key SID + secret, Datadog API + application key,
   * Algolia application id + admin key): this rule finds the secret part, and the engine looks
   * for the other part near it. When both are present the finding carries both spans (one
   * finding); the live check sends both.
   */
  pair?: PairSpec;
  /**
   * A decoder rule: its matches are encoded text (a base64 run, a percent-encoded value). The
   * engine decodes each and scans the result with every rule, and reports what it finds there
   * at the encoded span; the decoder rule reports nothing itself.
   */
  decode?: 'base64' | 'percent';
  /**
   * A base64 decoder woken, beyond its own keywords, by the base64 forms of every specific
   * provider's prefix (`Z2hwX` is `ghp_`): a key anywhere inside a base64 blob wakes it.
   */
  wakeOnEncodedPrefixes?: boolean;
}

/** The other part of a two-part credential (see `Rule.pair`). */
export interface PairSpec {
  /** What the other part is called, in words: `account SID`, `application key`, `client ID`. */
  label: string;
  /**
   * Regex source of the other part (linear-time, as every rule pattern). Its value is the
   * named group `secret`, else group 1, else the whole match. Searched in the window around
   * the secret; the nearest match that does not overlap the secret wins.
   */
  pattern: string;
  /** Extra flags (`i`, `u`). */
  flags?: string;
  /** How far before the secret's start / after its end the other part may lie (chars). Default 320 / 320. */
  window?: { before: number; after: number };
  /**
   * Without the other part nearby the secret is not reported (default false: it is reported
   * alone, and verification says `unsupported: the other part was not found`). Use true when
   * the secret's shape alone is too common to report (a bare 32-hex value).
   */
  required?: boolean;
  /** Env vars the SDKs read the other part from, in SDK order (`keylint check` reads it there). */
  envNames?: string[];
}

/** Offline description of a valid key, used by the health check to diagnose a pasted value. */
export interface KeyFormat {
  /** Known prefixes, longest first (`sk-proj-`, `sk-`). Empty when the key has none. */
  prefixes: string[];
  /** Character class (regex source, without brackets’ anchors) allowed after the prefix, e.g. `[A-Za-z0-9_-]`. */
  charset: string;
  /** Accepted total lengths including the prefix, as [min, max] ranges. */
  lengths: Array<[number, number]>;
  /** Optional full-value regex (anchored by the user of it) that a well-formed key matches. */
  full?: string;
  /** Checksum check over the whole value (GitHub/npm CRC32). */
  checksum?: (value: string) => boolean;
  /** Required padding suffix for base64 keys (e.g. `=`): a value without it is `truncated`. */
  padding?: string;
}

export type HttpMethod = 'GET' | 'POST';

/** How the key is presented to the provider during a live check. */
export type AuthScheme =
  | { kind: 'bearer' } // Authorization: Bearer <key>
  | { kind: 'header'; name: string; prefix?: string; suffix?: string } // e.g. x-api-key: <key>, Authorization: token <key>, OAuth oauth_token="<key>"
  | { kind: 'query'; name: string } // ?key=<key>
  | { kind: 'path'; template: string } // path with {key}, e.g. /bot{key}/getMe
  | { kind: 'basic'; user?: string }; // Basic base64(user:key) or base64(key:); user `{pair}` is the pair's other part

/** What the live check saw: enough to interpret, never stored in full. */
export interface LiveResponse {
  status: number;
  headers: Record<string, string>;
  /** Body text, capped. */
  body: string;
  /** Parsed JSON body when it parsed, else undefined. */
  json: unknown;
}

export type LiveStatus = 'valid' | 'invalid' | 'restricted' | 'rate-limited' | 'quota-exhausted' | 'unknown';

export interface LiveVerdict {
  status: LiveStatus;
  /** Provider error code and message quoted for the user, e.g. `A12 Key not found`. */
  detail?: string;
  /** Scopes / permissions the provider reported. */
  scopes?: string[];
  /** Expiry the provider reported (ISO 8601). */
  expiresAt?: string;
}

/**
 * A side-effect-free request that proves whether a key authenticates.
 *
 * Two-part credentials (`Rule.pair`): `{pair}` in `base` (host label only, e.g.
 * `https://{pair}-dsn.algolia.net`), `path`, a `headers` value or `auth.user` (basic) is
 * replaced by the other part (URL-encoded in paths; in `base` only when it is `[A-Za-z0-9-]`).
 * A check that names `{pair}` is not sent without the other part.
 */
export interface LiveCheck {
  /** Official base URL, e.g. `https://api.openai.com`. `--endpoint PROVIDER=URL` replaces it. */
  base: string;
  /** Path (and query) appended to the base, e.g. `/v1/models`. Never carries the secret: a proxy log could keep it. */
  path: string;
  method: HttpMethod;
  auth: AuthScheme;
  /** Extra request headers (never containing the key; `{pair}` for a pair's other part). */
  headers?: Record<string, string>;
  /** Request body for POST. */
  body?: string;
  /** Env vars the provider's SDK reads to change the base URL (e.g. `OPENAI_BASE_URL`), in SDK order. */
  baseUrlEnv?: string[];
  /**
   * The key kinds this request can prove, by prefix (`tskey-api-`): other keys of the provider
   * (an auth key that only a device can use) are not sent, and read as not checkable live
   * rather than invalid. Absent: every key of the provider.
   */
  prefixes?: string[];
  /**
   * Provider-specific reading of a response. Return undefined to fall back to the default
   * mapping (2xx valid, 401 invalid, 403 restricted, 429 rate-limited, else unknown).
   */
  interpret?: (res: LiveResponse) => LiveVerdict | undefined;
}

export interface ProviderRecord {
  /** Stable id, kebab-case: `openai`, `github`, `aws`. */
  id: string;
  /** Display name: `OpenAI`, `GitHub`. */
  name: string;
  rules: Rule[];
  /** Conventional env var names, in the order the provider's SDK reads them (first wins). */
  envNames: string[];
  /** One sentence on which env var the SDK uses when several are set (for `conflict`). */
  envNote?: string;
  format?: KeyFormat;
  /** Where the key is revoked / rotated. */
  rotateUrl: string;
  live?: LiveCheck;
  /**
   * The provider's own API hosts besides its live check's (regional twins such as
   * api.moonshot.ai next to api.moonshot.cn; the hosts of a provider without a live check):
   * `keylint check` tells from a base URL such as OPENAI_BASE_URL which provider it points at.
   */
  hosts?: string[];
  /**
   * Why there is no `live` check (no side-effect-free request, it needs a host the key does not
   * name, …): one clause, shown by `keylint check`, `keylint rules` and docs/providers.md.
   * Every specific provider has `live` or `noLive`.
   */
  noLive?: string;
}
