import type { Confidence } from '../providers/types.js';

/** A user-defined detection rule from `custom-rules` in `.keylint.yml`. */
export interface CustomRuleConfig {
  id: string;
  description: string;
  /** Regex source; the secret is capture group 1 when the regex has groups, else the whole match. */
  regex: string;
  /** Literal strings of which one occurs near every match (the engine only runs the regex around them). */
  keywords: string[];
  /** Minimum Shannon entropy (bits per char) of the secret. */
  minEntropy?: number;
  /** Regex sources: a secret matching any of them is not reported by this rule. */
  allow?: string[];
  confidence?: Confidence;
}

/** One `allow` entry: an exact value or a regex (unanchored, like `RegExp.test`). */
export interface AllowEntry {
  value?: string;
  regex?: string;
}

export interface KeylintConfig {
  /** The file the config came from, if any. */
  source?: string;
  /** minimatch globs relative to the scan root (see `compileGlobs`). */
  exclude: string[];
  include: string[];
  rules: { disable: string[]; enable: string[] };
  customRules: CustomRuleConfig[];
  /** Values and regexes that are never findings. */
  allow: AllowEntry[];
  /** Bytes. */
  maxFileSize?: number;
  /** Path relative to the scan root; never outside it. */
  baseline?: string;
}

/** File names looked up at the scan root, in order. */
export const CONFIG_FILE_NAMES = ['.keylint.yml', '.keylint.yaml'] as const;

/** Keys accepted at the top level of `.keylint.yml`. */
export const TOP_LEVEL_KEYS = ['exclude', 'include', 'rules', 'custom-rules', 'allow', 'max-file-size', 'baseline'] as const;
export const RULES_KEYS = ['disable', 'enable'] as const;
export const CUSTOM_RULE_KEYS = ['id', 'description', 'regex', 'keywords', 'min-entropy', 'allow', 'confidence'] as const;
export const ALLOW_ENTRY_KEYS = ['value', 'regex', 'reason'] as const;

/**
 * Keys that a config file inside the scanned repository must never set, with the reason.
 * Matched after lower-casing and dropping `-`/`_`, at any depth.
 */
const ENDPOINT_REASON =
  'a config file inside the scanned repository cannot redirect validation: a key found in the repository would be sent to a host the repository chose; set endpoints in the workflow (--endpoint) instead';
const REDACTION_REASON =
  'a config file inside the scanned repository cannot unmask secrets: redaction is always on, so a pull request cannot make keylint print a key into a public log';

export const FORBIDDEN_KEYS: ReadonlyMap<string, string> = new Map([
  ...['endpoint', 'endpoints', 'baseurl', 'baseurls', 'apibase', 'apiurl', 'url', 'host', 'proxy', 'validationendpoint', 'validationurl', 'verifyurl', 'live', 'validate', 'validation'].map(
    (k): [string, string] => [k, ENDPOINT_REASON],
  ),
  ...['redact', 'redaction', 'showsecrets', 'showsecret', 'reveal', 'revealsecrets', 'noredact', 'unmask', 'unredact', 'printsecrets', 'plaintext'].map(
    (k): [string, string] => [k, REDACTION_REASON],
  ),
]);

export function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/[-_]/g, '');
}

export function defaultConfig(): KeylintConfig {
  return { exclude: [], include: [], rules: { disable: [], enable: [] }, customRules: [], allow: [] };
}
