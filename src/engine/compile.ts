import type { Confidence, ProviderRecord, Rule } from '../providers/types.js';
import { KeywordScanner } from './keyword-scanner.js';
import { keywordTail, OPAQUE, patternTail, type KeywordTail, type PatternTail } from './keyword-tails.js';

const DEFAULT_WINDOW = { before: 64, after: 256 };

/** Where a generic pattern's value begins (see `Rule.generic`). */
const VALUE_START = '(?=(?<secret>';

export interface CompiledRule {
  index: number;
  rule: Rule;
  provider: ProviderRecord;
  /** The search (no `d` flag: capture offsets cost 4× per match, and most matches fail a gate). */
  regex: RegExp;
  /** Whether the pattern has a capture group (the secret), not the whole match. */
  hasGroup: boolean;
  /**
   * The pattern, sticky, with capture offsets: run again at a match's index to locate the
   * secret group, for the candidates that need a position (undefined when the match is the span).
   */
  spanRegex: RegExp | undefined;
  before: number;
  after: number;
  /** Higher wins when two rules claim overlapping spans. */
  priority: number;
  /** `requires` of a rule whose regex ignores case, as one case-insensitive regex (undefined when no required string has a letter: `includes` then does). */
  requiresCaseless: RegExp | undefined;
  /** `anchor.next` as a table by character code (ASCII); undefined when any character may follow. */
  next: Uint8Array | undefined;
  // The rule's fields read per keyword hit or per candidate, copied: every compiled rule has
  // one shape, while rule records differ in their optional fields (reads through them were
  // polymorphic, and a record of a shape first seen late threw away optimized code).
  generic: boolean;
  anchor: Rule['anchor'];
  /** Anchored rules: which name test (`anchor.name`) the rule's identifiers go through, as an index (rules that share a test share it); -1 otherwise. */
  nameTest: number;
  requires: string[] | undefined;
  locateAtMatch: boolean;
  verify: Rule['verify'];
  check: Rule['check'];
  skipPlaceholderGate: boolean;
  minEntropy: number | undefined;
  minDigits: number | undefined;
  /** `rule.pair` compiled: its regex (global, with capture offsets) and window; undefined without one. */
  pair: CompiledPair | undefined;
  /** A decoder rule (`rule.decode`): 0 none, 1 base64, 2 percent-encoding. */
  decode: number;
  /** `rule.requiresRun` compiled: the characters as a table by code (ASCII), the lengths. */
  run: CompiledRun | undefined;
  /** `rule.startsWithKeyword`: the pattern, sticky, tried where a hit's keyword could begin a match (undefined otherwise). */
  atKeyword: RegExp | undefined;
}

export interface CompiledRun {
  chars: Uint8Array;
  lengths: number[];
  /** The shortest of `lengths`. */
  shortest: number;
}

/** A character-class body (`A-Za-z0-9/+`: ranges, characters, `\\` escapes) as a table by character code (ASCII). */
export function classTable(body: string): Uint8Array {
  const t = new Uint8Array(128);
  for (let i = 0; i < body.length; i++) {
    let c = body.charCodeAt(i);
    if (c === 92 && i + 1 < body.length) c = body.charCodeAt(++i);
    if (body[i + 1] === '-' && i + 2 < body.length) {
      let to = body.charCodeAt(i + 2);
      i += 2;
      if (to === 92 && i + 1 < body.length) to = body.charCodeAt(++i);
      for (let x = c; x <= to && x < 128; x++) t[x] = 1;
    } else if (c < 128) t[c] = 1;
  }
  return t;
}

export interface CompiledPair {
  label: string;
  regex: RegExp;
  before: number;
  after: number;
  required: boolean;
}

const DEFAULT_PAIR_WINDOW = { before: 320, after: 320 };

function compilePair(rule: Rule): CompiledPair | undefined {
  const p = rule.pair;
  if (!p) return undefined;
  const w = p.window ?? DEFAULT_PAIR_WINDOW;
  return { label: p.label, regex: new RegExp(p.pattern, 'dg' + (p.flags ?? '').replace(/[gyd]/g, '')), before: w.before, after: w.after, required: p.required === true };
}

export interface CompiledRuleSet {
  rules: CompiledRule[];
  /** Finds every keyword (case-insensitive); the only code run over all bytes. */
  keywords: KeywordScanner;
  /** Keyword id → the keyword, lower-cased. */
  keywordTexts: string[];
  /**
   * Keyword id → indexes of the rules it triggers, including the rules of every shorter
   * keyword it contains (the scanner reports `api_key`, never the `key` inside it). Filled,
   * with the three lists below, by `triggersOf` at a keyword's first hit: all 1,500 keywords'
   * took ~9 ms of every thread's start, and a scan meets a part of them.
   */
  triggers: Array<number[] | undefined>;
  /** `triggers` split: the window rules of each keyword, and its identifier-anchored rules. */
  windowTriggers: Array<number[] | undefined>;
  /**
   * Per keyword, for each of its window rules: what must follow a hit for the rule to match
   * there (the rest of the rule's literal prefix and the start of its run), or undefined when
   * a hit cannot be tested (keyword-tails.ts). Filled by `tailsOf` at a keyword's first hit:
   * reading 463 patterns took ~10 ms of every thread's start.
   */
  windowTails: Array<Array<KeywordTail | undefined> | undefined>;
  /** Per rule, the start of its pattern as `tailsOf` read it (undefined: not read yet; null: none). */
  patternTails: Array<PatternTail | null | undefined>;
  /**
   * Per keyword, for each of its window rules that start with a keyword (`atKeyword`): the
   * offsets in the hit where one of the rule's keywords could begin (it agrees with the rest of
   * the hit there); undefined for other rules. Filled by `startsOf` at a keyword's first hit.
   */
  windowStarts: Array<Array<number[] | undefined> | undefined>;
  anchorTriggers: Array<number[] | undefined>;
  /**
   * Keyword id → the characters that may follow the identifier for any of its anchored rules
   * (the union of their `next` tables); undefined when one of them takes any character (or
   * while `triggers` is not filled). One lookup per hit instead of one per anchored rule: a
   * generic keyword triggers six, and most identifiers in code are followed by `(`, `)` or `,`.
   */
  anchorNext: Array<Uint8Array | undefined>;
  /** The `anchorNext` tables made so far, by the anchored rules' indexes joined (keywords with the same rules share one). */
  anchorTables: Map<string, Uint8Array | undefined>;
  /** Keyword (lower-cased) → the rules it names itself (what `triggers` is made from). */
  byKeyword: ReadonlyMap<string, readonly number[]>;
  /** The distinct `anchor.name` tests of the anchored rules (`CompiledRule.nameTest` indexes them). */
  nameTests: Array<(name: string) => boolean>;

  /**
   * Prefixes of specific providers' keys (`ghp_`, `xoxb-`, `AIza` …). A generic rule never
   * reports a value with one of these: the provider's own rule decides about it.
   */
  specificPrefixes: string[];
  /** `specificPrefixes` as one anchored regex (a test per candidate of a generic rule). */
  specificPrefix: RegExp;
  /** Rules that also run over whole files at certain paths. */
  pathRules: CompiledRule[];
  /** Longest keyword length, for chunk overlap. */
  maxKeyword: number;
}

const CONFIDENCE_RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function charTable(chars: string): Uint8Array {
  const t = new Uint8Array(128);
  for (let i = 0; i < chars.length; i++) if (chars.charCodeAt(i) < 128) t[chars.charCodeAt(i)] = 1;
  return t;
}

/**
 * Whether a regex source has a capture group (numbered or named), read from the source: running
 * a throwaway regex to count the groups compiled 170 extra regexes per engine (~3 ms per
 * thread). Escapes and character classes are skipped; `v`-mode sources (nested classes) are
 * asked of V8 instead.
 */
export function hasCaptureGroup(pattern: string, flags: string): boolean {
  if (flags.includes('v')) return new RegExp(`${pattern}|`, flags).exec('')!.length > 1;
  // Regexes, not a loop over characters: run ~80 times per engine, a loop got hot enough for
  // V8 to spend ~3 ms optimizing it in every thread, on the way to the scan.
  return OPENS_GROUP.test(pattern.replace(OPAQUE, ''));
}

/** `(` not followed by `?`, or a named group `(?<name>` (not a lookbehind). */
const OPENS_GROUP = /\((?!\?)|\(\?<(?![=!])/;

/**
 * The rules keyword `kw` triggers (`set.triggers[kw]`), filled now if not yet, with its window
 * and anchored rules and their joint `next` table: the rules of every keyword it contains,
 * itself included, read from the scanner's trie (a walk from each of its characters; most end
 * after a character or two).
 */
export function triggersOf(set: CompiledRuleSet, kw: number): number[] {
  const known = set.triggers[kw];
  if (known !== undefined) return known;
  const { byKeyword, keywordTexts, rules } = set;
  const list = new Set<number>(byKeyword.get('') ?? []);
  for (const r of byKeyword.get(keywordTexts[kw]!)!) list.add(r);
  for (const other of set.keywords.contained(kw)) for (const r of byKeyword.get(keywordTexts[other]!)!) list.add(r);
  const triggers = [...list].sort((a, b) => a - b);
  const anchored = triggers.filter((ri) => rules[ri]!.anchor !== undefined);
  const key = anchored.join(',');
  if (!set.anchorTables.has(key)) set.anchorTables.set(key, jointNext(anchored, rules));
  set.anchorNext[kw] = set.anchorTables.get(key);
  set.windowTriggers[kw] = triggers.filter((ri) => rules[ri]!.anchor === undefined);
  set.anchorTriggers[kw] = anchored;
  set.triggers[kw] = triggers;
  return triggers;
}

/** The union of the anchored rules' `next` tables; undefined when one of them takes any character. */
function jointNext(anchored: readonly number[], rules: readonly CompiledRule[]): Uint8Array | undefined {
  const table = new Uint8Array(128);
  for (const ri of anchored) {
    const next = rules[ri]!.next;
    if (next === undefined) return undefined;
    for (let c = 0; c < 128; c++) table[c] |= next[c]!;
  }
  return table;
}

function nameTestOf(tests: Array<(name: string) => boolean>, test: (name: string) => boolean): number {
  const i = tests.indexOf(test);
  return i >= 0 ? i : tests.push(test) - 1;
}

/** The tests of what follows a hit of keyword `kw` for each of its window rules (`windowTails[kw]`, read now if not yet). */
export function tailsOf(set: CompiledRuleSet, kw: number): Array<KeywordTail | undefined> {
  const known = set.windowTails[kw];
  if (known !== undefined) return known;
  triggersOf(set, kw);
  const tails = set.windowTriggers[kw]!.map((ri) => {
    const r = set.rules[ri]!;
    let start = set.patternTails[ri];
    if (start === undefined) set.patternTails[ri] = start = (r.rule.keywords.length ? patternTail(r.rule.pattern, r.rule.flags ?? '') : undefined) ?? null;
    return start === null ? undefined : keywordTail(set.keywordTexts[kw]!, r.rule.keywords.map((k) => k.toLowerCase()), start);
  });
  set.windowTails[kw] = tails;
  return tails;
}

/** Where in a hit of keyword `kw` each of its `atKeyword` rules may begin a match (`windowStarts[kw]`, worked out now if not yet). */
export function startsOf(set: CompiledRuleSet, kw: number): Array<number[] | undefined> {
  const known = set.windowStarts[kw];
  if (known !== undefined) return known;
  const hit = set.keywordTexts[kw]!;
  triggersOf(set, kw);
  const starts = set.windowTriggers[kw]!.map((ri) => {
    const r = set.rules[ri]!;
    if (r.atKeyword === undefined) return undefined;
    const own = r.rule.keywords.map((k) => k.toLowerCase());
    const offsets: number[] = [];
    // A match at offset `o` begins with one of the rule's keywords, which then agrees with the hit from `o` on.
    for (let o = 0; o < hit.length; o++) {
      const rest = hit.slice(o);
      if (own.some((k) => k.startsWith(rest) || rest.startsWith(k))) offsets.push(o);
    }
    return offsets;
  });
  set.windowStarts[kw] = starts;
  return starts;
}

/** Prefixes of specific providers' keys, 3 characters or more (`ghp_`, `xoxb-`, `AIza` …). */
function specificPrefixesOf(providers: readonly ProviderRecord[]): string[] {
  return [...new Set(providers.filter((p) => !p.rules.every((r) => r.generic)).flatMap((p) => p.format?.prefixes ?? []).filter((x) => x.length >= 3))];
}

/** The fewest characters a prefix's base64 form must have to wake the decoder (shorter forms are everywhere in base64). */
const MIN_ENCODED_KEYWORD = 5;

/**
 * The base64 forms of prefixes, lower-cased (the keyword scanner ignores case): for each of the
 * three byte alignments a prefix can have in the encoded data, the characters its bytes alone
 * decide, in the standard and the URL-safe alphabet. Prefixes of 4 characters or more; forms
 * shorter than MIN_ENCODED_KEYWORD are dropped.
 */
const ZEROS = '\0\0';

export function base64PrefixKeywords(prefixes: readonly string[]): string[] {
  const out = new Set<string>();
  for (const p of prefixes) {
    const bytes = Buffer.byteLength(p, 'utf8');
    if (bytes < 4) continue;
    for (let a = 0; a < 3; a++) {
      // One buffer per alignment, `a` NUL bytes first (a loop of our own here got hot enough for
      // V8 to optimize it in every thread's start, at more cost than it saved).
      const encoded = Buffer.from(ZEROS.slice(0, a) + p, 'utf8').toString('base64');
      const from = Math.ceil((8 * a) / 6);
      const to = Math.floor((8 * (a + bytes)) / 6);
      const form = encoded.slice(from, to);
      if (form.length < MIN_ENCODED_KEYWORD) continue;
      out.add(form.toLowerCase());
      out.add(form.replace(/\+/g, '-').replace(/\//g, '_').toLowerCase());
    }
  }
  return [...out];
}

export function compileRules(providers: ProviderRecord[], disabled: ReadonlySet<string> = new Set()): CompiledRuleSet {
  const rules: CompiledRule[] = [];
  const byKeyword = new Map<string, number[]>();
  const nameTests: Array<(name: string) => boolean> = [];
  const specificPrefixes = specificPrefixesOf(providers);
  const notSpecific = specificPrefixes.length ? `(?!${specificPrefixes.map(escapeRegex).join('|')})` : '';
  for (const provider of providers) {
    for (const rule of provider.rules) {
      if (disabled.has(rule.id) || disabled.has(provider.id)) continue;
      const own = (rule.flags ?? '').replace(/[gyd]/g, '');
      // A generic value never begins with a specific provider's prefix (the gate drops it): the regex skips it.
      const pattern = rule.generic && !own.includes('i') ? rule.pattern.split(VALUE_START).join(notSpecific + VALUE_START) : rule.pattern;
      const extra = own + (rule.anchor ? 'y' : '');
      // The secret is the `secret` group, else group 1, else the whole match.
      const hasGroup = hasCaptureGroup(rule.pattern, own);
      const index = rules.length;
      const window = rule.window ?? DEFAULT_WINDOW;
      rules.push({
        index,
        rule,
        provider,
        regex: new RegExp(pattern, 'g' + extra),
        hasGroup,
        spanRegex: hasGroup && !rule.locateAtMatch ? new RegExp(pattern, 'dy' + own) : undefined,
        before: window.before,
        after: window.after,
        priority: (rule.generic ? 0 : 10) + CONFIDENCE_RANK[rule.confidence],
        requiresCaseless: rule.requires?.some((q) => /[a-z]/i.test(q)) && extra.includes('i') ? new RegExp(rule.requires.map(escapeRegex).join('|'), 'i') : undefined,
        next: rule.anchor?.next === undefined ? undefined : charTable(rule.anchor.next),
        generic: rule.generic === true,
        anchor: rule.anchor,
        nameTest: rule.anchor ? nameTestOf(nameTests, rule.anchor.name) : -1,
        requires: rule.requires,
        locateAtMatch: rule.locateAtMatch === true,
        verify: rule.verify,
        check: rule.check,
        skipPlaceholderGate: rule.skipPlaceholderGate === true,
        minEntropy: rule.minEntropy,
        minDigits: rule.minDigits,
        pair: compilePair(rule),
        decode: rule.decode === 'base64' ? 1 : rule.decode === 'percent' ? 2 : 0,
        atKeyword: rule.startsWithKeyword && !rule.paths?.length && !rule.anchor ? new RegExp(pattern, 'y' + own) : undefined,
        run: rule.requiresRun ? { chars: classTable(rule.requiresRun.chars), lengths: rule.requiresRun.lengths, shortest: Math.max(1, Math.min(...rule.requiresRun.lengths)) } : undefined,
      });
      for (const kw of rule.keywords) {
        const k = kw.toLowerCase();
        const list = byKeyword.get(k);
        if (list) list.push(index);
        else byKeyword.set(k, [index]);
      }
    }
  }
  // A base64 decoder wakes where a provider's prefix sits inside base64 (`Z2hwX` is `ghp_`).
  const decoders = rules.filter((r) => r.decode === 1 && r.rule.wakeOnEncodedPrefixes === true);
  if (decoders.length) {
    for (const kw of base64PrefixKeywords(specificPrefixesOf(providers))) {
      const list = byKeyword.get(kw);
      const add = decoders.map((r) => r.index).filter((i) => !list?.includes(i));
      if (list) list.push(...add);
      else byKeyword.set(kw, add);
    }
  }
  const keywords = [...byKeyword.keys()];
  const scanner = new KeywordScanner(keywords);
  const perKeyword = <T>(): Array<T | undefined> => new Array<T | undefined>(keywords.length).fill(undefined);
  const maxKeyword = keywords.reduce((m, k) => Math.max(m, k.length), 0);
  const specificPrefix = specificPrefixes.length ? new RegExp(`^(?:${specificPrefixes.map(escapeRegex).join('|')})`) : /(?!)/;
  return {
    rules,
    keywords: scanner,
    keywordTexts: keywords,
    triggers: perKeyword(),
    windowTriggers: perKeyword(),
    windowTails: perKeyword(),
    patternTails: new Array<PatternTail | null | undefined>(rules.length).fill(undefined),
    windowStarts: perKeyword(),
    anchorTriggers: perKeyword(),
    anchorNext: perKeyword(),
    anchorTables: new Map(),
    byKeyword,
    nameTests,
    specificPrefixes,
    specificPrefix,
    pathRules: rules.filter((r) => r.rule.paths?.length),
    maxKeyword,
  };
}
