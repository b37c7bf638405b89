import type { Confidence, ProviderRecord } from '../providers/types.js';
import { providers as builtinProviders } from '../providers/registry.js';
import { fingerprint, SecretValue } from '../secret.js';
import type { Finding, FindingPair, ScanUnit } from '../types.js';
import { isAllowedByMarker } from './allow-markers.js';
import { compileRules, startsOf, tailsOf, triggersOf, type CompiledPair, type CompiledRule, type CompiledRuleSet, type CompiledRun } from './compile.js';
import { Hits } from './keyword-scanner.js';
import { tailFollows } from './keyword-tails.js';
import { countDigits, shannonEntropy } from './entropy.js';
import { detach } from '../strings.js';
import { LineIndex } from './locate.js';
import { isPlaceholder } from './placeholder.js';

export interface EngineOptions {
  /** Provider records to use (default: the built-in registry). */
  providers?: ProviderRecord[];
  /** Rule ids or provider ids to switch off. */
  disabledRules?: ReadonlySet<string>;
  /** Config `allow`: return true for values that are never findings. */
  isAllowedValue?: (secret: string) => boolean;
  /** Honour inline allow markers (default true). */
  markers?: boolean;
}

/**
 * A match of a rule, before the gates. Its fields are never written after construction (see
 * `located`), and every candidate is made by this one constructor: V8's optimized code for the
 * per-candidate path then sees one object shape, with constant fields, from the first file on.
 */
class Candidate {
  constructor(
    readonly rule: CompiledRule,
    /** Offsets of the secret in the text; -1 until `located` (only candidates that need them are located). */
    readonly start: number,
    readonly end: number,
    readonly secret: string,
    readonly groups: Readonly<Record<string, string | undefined>> | undefined,
    /** Where the match was found: at `at` in `input`, the text or a window of it starting at `base`. */
    readonly input: string,
    readonly base: number,
    readonly at: number,
    /** 0: found as written; ENCODED_BASE64 / ENCODED_PERCENT: found in the decoded form of the span. */
    readonly encoding: number,
  ) {}
}

const ENCODED_BASE64 = 1;
const ENCODED_PERCENT = 2;
/** Encoded runs longer than this are not decoded (64 KB). */
const MAX_ENCODED = 64 * 1024;
/** Decoded characters per unit at most (a file of base64 blobs is not decoded whole). */
const DECODE_BUDGET = 1024 * 1024;
/** Encodings inside encodings: base64 of JSON holding base64 (a dockerconfigjson Secret). */
const MAX_DECODE_DEPTH = 2;

function isBase64Char(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47 || c === 45 || c === 95;
}

/** Spans of the encoded runs one scan has decoded (or rejected), in the order seen. */
interface DecodedRuns {
  kinds: number[];
  starts: number[];
  ends: number[];
}

/** Whether [start, end) lies inside a run seen already; the latest runs are checked first (candidates come in text order per rule). */
function insideRun(runs: DecodedRuns, kind: number, start: number, end: number): boolean {
  for (let i = runs.starts.length - 1, n = 0; i >= 0 && n < 8; i--, n++) if (runs.kinds[i] === kind && start >= runs.starts[i]! && end <= runs.ends[i]!) return true;
  return false;
}

/** Slots of a NameVerdicts table (a power of two). */
const VERDICT_SLOTS = 4096;

/**
 * What a name test said of the identifiers it saw, in a table by a hash of their characters: a
 * name seen before is answered from the text, without slicing it out (code repeats its names,
 * and a slice and a map lookup per identifier took ~5 % of a scan). A slot holds the last name
 * hashed to it.
 */
class NameVerdicts {
  readonly #names: Array<string | undefined> = new Array<string | undefined>(VERDICT_SLOTS).fill(undefined);
  readonly #verdicts = new Uint8Array(VERDICT_SLOTS);

  constructor(readonly test: (name: string) => boolean) {}

  /** The test's verdict on `text[start, end)`. */
  of(text: string, start: number, end: number): boolean {
    // The length and up to four characters at each end: enough to tell names apart mostly (a
    // slot holding another name only costs a judgement).
    let h = Math.imul(end - start, 0x9e3779b1);
    const head = Math.min(end, start + 4);
    for (let i = start; i < head; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    for (let i = Math.max(head, end - 4); i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const slot = (h ^ (h >>> 15)) & (VERDICT_SLOTS - 1);
    const known = this.#names[slot];
    if (known !== undefined && known.length === end - start && text.startsWith(known, start)) return this.#verdicts[slot] === 1;
    const name = detach(text.slice(start, end));
    const verdict = this.test(name);
    this.#names[slot] = name;
    this.#verdicts[slot] = verdict ? 1 : 0;
    return verdict;
  }
}

/**
 * Whether `text[from, to)` holds a maximal run (bounded by other characters or by `from` and
 * `to`) of `run.chars` whose length is one of `run.lengths`. It reads every `shortest`-th
 * character only: a run that long covers one of them, and only there is the run measured.
 */
export function hasRun(text: string, from: number, to: number, run: CompiledRun): boolean {
  const chars = run.chars;
  const step = run.shortest;
  for (let i = from + step - 1; i < to; i += step) {
    const c = text.charCodeAt(i);
    if (c >= 128 || chars[c] !== 1) continue;
    let s = i;
    while (s > from && inClass(chars, text.charCodeAt(s - 1))) s--;
    let e = i + 1;
    while (e < to && inClass(chars, text.charCodeAt(e))) e++;
    if (run.lengths.includes(e - s)) return true;
    // The next run starts after `e`: probe from there on.
    i = e - 1;
  }
  return false;
}

function inClass(chars: Uint8Array, c: number): boolean {
  return c < 128 && chars[c] === 1;
}

/**
 * Whether a rule's windows (`start, end` pairs, in text order) cover at least half of the text
 * from the first on: an `indexOf` from there may read all of it (a string that is not there),
 * which costs less than searching each window only when they cover most of it.
 */
function coverMostOf(windows: Int32Array, count: number, length: number): boolean {
  let covered = 0;
  for (let j = 0; j < count; j += 2) covered += windows[j + 1]! - windows[j]!;
  return 2 * covered >= length - windows[0]!;
}

/** A list of `start, end` pairs larger than this (numbers) is not kept for the next unit. */
const KEEP_SPANS = 1 << 16;

/**
 * Per rule, the `start, end` pairs of one unit (windows or identifiers), in typed arrays kept
 * from unit to unit: number arrays made per unit and grown push by push were a tenth of the
 * per-hit work, and their garbage a part of the scan's GC.
 */
class SpanLists {
  readonly data: Array<Int32Array | undefined>;
  readonly count: Int32Array;
  /** Rules with pairs in this unit, in the order first added. */
  readonly used: number[] = [];

  constructor(rules: number) {
    this.data = new Array<Int32Array | undefined>(rules).fill(undefined);
    this.count = new Int32Array(rules);
  }

  add(ri: number, start: number, end: number): void {
    const n = this.count[ri]!;
    let d = this.data[ri];
    if (n === 0) {
      this.used.push(ri);
      if (d === undefined) this.data[ri] = d = new Int32Array(16);
    } else if (n + 2 > d!.length) {
      const grown = new Int32Array(d!.length * 2);
      grown.set(d!);
      this.data[ri] = d = grown;
    }
    d![n] = start;
    d![n + 1] = end;
    this.count[ri] = n + 2;
  }

  /** Empties every list (a large one is let go). */
  clear(): void {
    for (const ri of this.used) {
      this.count[ri] = 0;
      if (this.data[ri]!.length > KEEP_SPANS) this.data[ri] = undefined;
    }
    this.used.length = 0;
  }
}

function includesAny(text: string, needles: readonly string[]): boolean {
  for (let i = 0; i < needles.length; i++) if (text.includes(needles[i]!)) return true;
  return false;
}

/**
 * Whether one of `needles` occurs whole in `text[from, to)`. `nextAt[q]` is where needle `q`
 * occurs next at or after the last window's start (-1: not searched yet; text.length: nowhere
 * after it); windows come in text order, so each needle is searched for once per text.
 */
function requiredIn(text: string, from: number, to: number, needles: readonly string[], nextAt: number[]): boolean {
  for (let q = 0; q < needles.length; q++) {
    let at = nextAt[q]!;
    if (at < from) {
      at = text.indexOf(needles[q]!, from);
      if (at < 0) at = text.length;
      nextAt[q] = at;
    }
    if (at + needles[q]!.length <= to) return true;
  }
  return false;
}

function mixedCaseAndDigit(s: string): boolean {
  let seen = 0;
  for (let i = 0; i < s.length && seen !== 7; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) seen |= 1;
    else if (c >= 65 && c <= 90) seen |= 2;
    else if (c >= 48 && c <= 57) seen |= 4;
  }
  return seen === 7;
}

/** Base64 (standard or URL-safe, padded or not) that decodes to text; undefined for binary. */
function decodeBase64Text(encoded: string): string | undefined {
  let n = encoded.length;
  while (n > 0 && encoded.charCodeAt(n - 1) === 61) n--;
  if (n < 12 || n % 4 === 1) return undefined;
  // Node's base64 decoder reads the URL-safe alphabet (`-`, `_`) too.
  return textOf(Buffer.from(n === encoded.length ? encoded : encoded.slice(0, n), 'base64'));
}

/** Percent-encoded text decoded (`+` stays: it is data in most places keys sit). */
function decodePercentText(encoded: string): string | undefined {
  if (!encoded.includes('%')) return undefined;
  const bytes = Buffer.from(encoded.replace(/%([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
  return textOf(bytes);
}

/** UTF-8 text when at least 95 % of the bytes are printable (or whitespace); undefined otherwise. */
function textOf(bytes: Buffer): string | undefined {
  if (bytes.length < 8) return undefined;
  // Stops at the first byte over the 5 % allowed: most runs in code (identifiers) decode to binary.
  const allowed = bytes.length - Math.ceil(bytes.length * 0.95);
  let other = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (!((b >= 32 && b < 127) || b === 9 || b === 10 || b === 13 || b >= 0xc2) && ++other > allowed) return undefined;
  }
  return bytes.toString('utf8');
}

/**
 * The candidate with its secret's offsets: its rule's span regex run again where it matched.
 * A new candidate rather than a write to `start`/`end`: V8 treats a field never written after
 * creation as constant, and the first write threw away the scan's optimized code.
 */
function located(c: Candidate): Candidate {
  if (c.start >= 0) return c;
  const re = c.rule.spanRegex!;
  re.lastIndex = c.at;
  const indices = re.exec(c.input)!.indices!;
  const span = indices.groups?.['secret'] ?? indices[1]!;
  return new Candidate(c.rule, c.base + span[0], c.base + span[1], c.secret, c.groups, c.input, c.base, c.at, c.encoding);
}

const NO_GROUPS: Readonly<Record<string, string | undefined>> = Object.freeze({});

/** A part `[from, to)` of a text (UTF-16 offsets), for scanning a large text on several threads. */
export interface TextRange {
  from: number;
  to: number;
}

/**
 * How far beyond a part keywords are looked for: more than any rule's window (the widest,
 * private keys, reaches 32 KB after its keyword) plus a keyword and an identifier.
 */
export const PART_MARGIN = 64 * 1024;

/** The built-in providers' rules, compiled with none disabled: shared by the engines of a thread that use them. */
let builtinRules: CompiledRuleSet | undefined;

/**
 * Compiles the built-in rules, once per thread (~25 ms, before V8 has optimized any of it). A
 * scan worker calls it as it boots, while the main thread loads the CLI and lists the files:
 * its engine is then ready when the scan's setup arrives. (A compiled rule set is only read
 * and lazily completed, never changed: engines can share it.)
 */
export function prepareBuiltinRules(): CompiledRuleSet {
  return (builtinRules ??= compileRules(builtinProviders));
}

export class Engine {
  readonly ruleSet: CompiledRuleSet;
  readonly #allow: ((secret: string) => boolean) | undefined;
  readonly #markers: boolean;
  /** Keyword hits of the unit being scanned (reused: no allocation per unit). */
  readonly #hits = new Hits();
  /**
   * Per rule index, while a unit is scanned: its windows, its anchored identifiers or the places
   * to try it at its keyword, as `start, end` pairs (the first `count[ri]` numbers of
   * `data[ri]`). The buffers are kept from unit to unit (see SpanLists).
   */
  readonly #spans: SpanLists;
  /** What each name test said of identifiers seen, by test (`CompiledRule.nameTest`). */
  readonly #verdicts: NameVerdicts[];
  /** Per required string of the rule whose windows are being run: where it occurs next. */
  readonly #nextAt: number[] = [];
  /** Where each required string first occurs in `#requiredText` (-1: nowhere), as asked so far. */
  readonly #holds = new Map<string, number>();
  #requiredText = '';
  /** Path of the unit being scanned (rule checks may depend on the kind of file). */
  #path = '';
  /** Characters the unit may still decode (DECODE_BUDGET per unit). */
  #decodeBudget = 0;

  constructor(opts: EngineOptions = {}) {
    const providers = opts.providers ?? builtinProviders;
    this.ruleSet = providers === builtinProviders && !opts.disabledRules?.size ? prepareBuiltinRules() : compileRules(providers, opts.disabledRules);
    this.#spans = new SpanLists(this.ruleSet.rules.length);
    this.#allow = opts.isAllowedValue;
    this.#markers = opts.markers ?? true;
    this.#verdicts = this.ruleSet.nameTests.map((test) => new NameVerdicts(test));
  }

  /** Scans one unit of text; findings are in text order, one per secret occurrence. */
  scanUnit(unit: ScanUnit, part?: TextRange): Finding[] {
    const text = unit.text;
    this.#path = unit.path;
    this.#decodeBudget = DECODE_BUDGET;
    // (Let go of the last unit's text, kept for its required strings.)
    this.#requiredText = '';
    // A part of a large text: keywords are looked for a margin beyond it on each side (every
    // candidate near its edges is seen, and overlaps resolve as in a whole scan); only the
    // findings that start inside it are kept. The parts of a text give its findings exactly once.
    const from = part ? Math.max(0, part.from - PART_MARGIN) : 0;
    const to = part ? Math.min(text.length, part.to + PART_MARGIN) : text.length;
    const choice = this.#choose(text, from, to, 0);
    if (choice === undefined) return [];
    const { pairs } = choice;
    let chosen = choice.chosen;
    if (part) chosen = chosen.filter((c) => c.start >= part.from && c.start < part.to);
    const lines = new LineIndex(text);
    const findings: Finding[] = [];
    // Findings come in text order: a line's markers are read once, not once per finding on it
    // (a minified line can carry thousands).
    let markedLine = -1;
    let marked = false;
    for (const c of chosen) {
      const line0 = lines.lineOf(c.start);
      if (this.#markers && line0 !== markedLine) {
        markedLine = line0;
        marked = isAllowedByMarker(lines.lineText(line0, 65536), line0 > 0 ? lines.lineText(line0 - 1, 65536) : undefined);
      }
      if (marked) continue;
      const endLine0 = lines.lineOf(Math.max(c.start, c.end - 1));
      const finding = this.#finding(unit, c, line0, lines.columnOf(c.start, line0), endLine0, lines.columnOf(c.end, endLine0));
      const hit = pairs?.get(c);
      if (hit) finding.pair = pairOf(unit, lines, hit);
      if (c.encoding !== 0) finding.encoding = c.encoding === ENCODED_BASE64 ? 'base64' : 'percent';
      findings.push(finding);
    }
    return findings;
  }

  /**
   * The candidates of `text[from, to)` that are reported: every rule run where its keywords are,
   * the gates, pairs, overlaps resolved; encoded runs decoded and scanned again (`depth` levels
   * deep so far). Undefined when nothing matched at all.
   */
  #choose(text: string, from: number, to: number, depth: number): { chosen: Candidate[]; pairs: Map<Candidate, PairHit> | undefined } | undefined {
    const cands: Candidate[] = [];
    const spans = this.#spans;
    this.#windows(text, this.#path, from, to);
    // Rules in index order (the order candidates were always produced in): anchored rules
    // first, then window rules. The lists are cleared before any decoded text is scanned.
    const used = spans.used.sort((a, b) => a - b);
    const rules = this.ruleSet.rules;
    for (const ri of used) if (rules[ri]!.anchor !== undefined) this.#runAnchored(text, rules[ri]!, spans.data[ri]!, spans.count[ri]!, cands);
    for (const ri of used) {
      const r = rules[ri]!;
      if (r.anchor !== undefined) continue;
      if (r.atKeyword !== undefined) this.#runAt(text, r, spans.data[ri]!, spans.count[ri]!, cands);
      else this.#runWindows(text, r, spans.data[ri]!, spans.count[ri]!, cands);
    }
    spans.clear();
    if (cands.length === 0) return undefined;
    const accepted: Candidate[] = [];
    const vetoed: Array<[number, number]> = [];
    /** The other part of two-part credentials, by candidate (rare: a side table, not a field). */
    let pairs: Map<Candidate, PairHit> | undefined;
    /** Encoded runs decoded here already: windows cut one long run into many candidates. */
    const runs: DecodedRuns = { kinds: [], starts: [], ends: [] };
    for (const c of cands) {
      if (c.rule.decode !== 0) {
        // An encoded run: what its decoded text holds is reported at the run.
        if (depth < MAX_DECODE_DEPTH) this.#decoded(text, c, depth, accepted, runs);
        continue;
      }
      if (this.#passesGates(c)) {
        const l = located(c);
        const pair = l.rule.pair;
        if (pair) {
          const hit = findPair(text, l, pair);
          if (hit) (pairs ??= new Map()).set(l, hit);
          else if (pair.required) {
            vetoed.push([l.start, l.end]);
            continue;
          }
        }
        accepted.push(l);
      } else if (!c.rule.generic) {
        const l = located(c);
        vetoed.push([l.start, l.end]);
      }
    }
    let chosen = resolveOverlaps(accepted, vetoed);
    if (pairs) chosen = mergePairs(chosen, pairs);
    return { chosen, pairs };
  }

  /**
   * Decodes an encoded run found by a decoder rule (base64, percent-encoding) and scans the
   * decoded text with every rule; each finding there becomes a candidate at the run's span
   * (the location a reader can see), carrying the decoded secret. Bounded: run size, decoded
   * bytes per unit, nesting depth; decoded bytes that are not text are not scanned.
   */
  #decoded(text: string, c: Candidate, depth: number, out: Candidate[], runs: DecodedRuns): void {
    const run = located(c);
    let start = run.start;
    let end = run.end;
    const base64 = c.rule.decode === ENCODED_BASE64;
    // A span inside a run of its encoding decoded already adds nothing: its findings are that
    // run's. Without this, a 32 KB run cut by 100 windows is decoded 100 times.
    if (runs.starts.length > 0 && insideRun(runs, c.rule.decode, start, end)) return;
    if (base64) {
      // The window may have cut the run: widen it to the whole run in the text.
      while (start > 0 && end - start < MAX_ENCODED && isBase64Char(text.charCodeAt(start - 1))) start--;
      while (end < text.length && end - start < MAX_ENCODED && (isBase64Char(text.charCodeAt(end)) || text.charCodeAt(end) === 61)) end++;
    }
    runs.kinds.push(c.rule.decode);
    runs.starts.push(start);
    runs.ends.push(end);
    const encoded = text.slice(start, end);
    if (encoded.length > MAX_ENCODED || this.#decodeBudget < encoded.length) return;
    // Base64 of text mixes cases and digits; a long identifier or word (most runs in code) does not.
    if (base64 && !mixedCaseAndDigit(encoded)) return;
    this.#decodeBudget -= encoded.length;
    const decoded = base64 ? decodeBase64Text(encoded) : decodePercentText(encoded);
    if (decoded === undefined) return;
    const inner = this.#choose(decoded, 0, decoded.length, depth + 1);
    if (!inner) return;
    for (const d of inner.chosen) out.push(new Candidate(d.rule, start, end, d.secret, d.groups, '', 0, 0, base64 ? ENCODED_BASE64 : ENCODED_PERCENT));
  }

  #finding(unit: ScanUnit, c: Candidate, line0: number, column: number, endLine0: number, endColumn: number): Finding {
    const mapLine = (i: number): number => lineNumber(unit, i);
    const { rule, provider } = c.rule;
    const finding: Finding = {
      rule: rule.id,
      provider: provider.id,
      providerName: provider.name,
      file: unit.path,
      line: mapLine(line0),
      column,
      endLine: mapLine(endLine0),
      endColumn,
      confidence: demote(rule.confidenceOf ? rule.confidenceOf(c.secret, c.groups ?? NO_GROUPS) : rule.confidence, rule.generic === true, unit.path),
      fingerprint: fingerprint(rule.id, unit.path, c.secret),
      redacted: '',
      secret: new SecretValue(detach(c.secret)),
    };
    finding.redacted = finding.secret.redacted;
    if (unit.commit) finding.commit = unit.commit;
    return finding;
  }

  /**
   * Where each rule must run, in `#spans`: merged `[start, end)` windows around its keyword hits,
   * and for anchored rules the identifiers (`[start, end)`) whose names passed the rule's name
   * test, in text order per rule.
   * (Plain loops over typed arrays: this and the keyword scan are the per-hit hot path, and
   * small monomorphic functions keep V8's optimizing compiler cheap — it ran on the same cores
   * as the scan, and a large generator here cost ~160 ms of compilation per thread.)
   */
  #windows(text: string, path: string, from: number, to: number): void {
    const { keywords, windowTriggers, windowTails, windowStarts, anchorTriggers, anchorNext, rules, pathRules } = this.ruleSet;
    const spans = this.#spans;
    for (const r of pathRules) {
      if (r.rule.paths!.some((p) => path === p || path.endsWith('/' + p))) spans.add(r.index, from, to);
    }
    const hits = this.#hits;
    keywords.scan(text, hits, from, to);
    const hitData = hits.data;
    const hitCount = hits.length;
    const counts = spans.count;
    const verdicts = this.#verdicts;
    let identStart = -1;
    let identEnd = -1;
    let judged = -1;
    let verdict = false;
    for (let h = 0; h < hitCount; h += 2) {
      const hit = hitData[h]!;
      const kw = hitData[h + 1]!;
      const hitEnd = hit + keywords.lengthOf(kw);
      let windowed = windowTriggers[kw];
      if (windowed === undefined) {
        triggersOf(this.ruleSet, kw);
        windowed = windowTriggers[kw]!;
      }
      const tails = windowTails[kw] ?? tailsOf(this.ruleSet, kw);
      const starts = windowStarts[kw] ?? startsOf(this.ruleSet, kw);
      for (let t = 0; t < windowed.length; t++) {
        const ri = windowed[t]!;
        // Most hits in text dense with key prefixes (`sk-` and ten characters) end here.
        const tail = tails[t];
        if (tail !== undefined && !tailFollows(text, hit + tail.at, tail)) continue;
        // A rule whose matches begin with its keyword: the places to try it, not a window.
        const at = starts[t];
        if (at !== undefined) {
          for (let j = 0; j < at.length; j++) {
            const pos = hit + at[j]!;
            const n = counts[ri]!;
            if (n === 0 || spans.data[ri]![n - 2]! < pos) spans.add(ri, pos, pos);
          }
          continue;
        }
        const r = rules[ri]!;
        const s = hit > r.before ? hit - r.before : 0;
        const e = Math.min(text.length, hitEnd + r.after);
        // Hits come in text order: a window that overlaps the rule's last one extends it.
        const n = counts[ri]!;
        if (n !== 0) {
          const w = spans.data[ri]!;
          if (s <= w[n - 1]!) {
            if (e > w[n - 1]!) w[n - 1] = e;
            continue;
          }
        }
        spans.add(ri, s, e);
      }
      const anchoredRules = anchorTriggers[kw]!;
      if (anchoredRules.length === 0) continue;
      if (hit >= identEnd) {
        identStart = identifierStart(text, hit, hitEnd);
        identEnd = identifierEnd;
        judged = -1;
      }
      if (identStart < 0) continue;
      // One lookup for all of them: what follows the identifier rules most of them out.
      const following = identEnd < text.length ? text.charCodeAt(identEnd) : 0;
      const joint = anchorNext[kw];
      if (joint !== undefined && (following >= 128 || joint[following] !== 1)) continue;
      for (let t = 0; t < anchoredRules.length; t++) {
        const ri = anchoredRules[t]!;
        const r = rules[ri]!;
        const anchor = r.anchor!;
        const next = r.next;
        if (next !== undefined && (following >= 128 || next[following] !== 1)) continue;
        // An identifier holding two keywords (`secret_token`) is taken once per rule.
        const n = counts[ri]!;
        if (n !== 0 && spans.data[ri]![n - 2] === identStart) continue;
        // Rules usually share one name test: each identifier is judged once (and a name seen
        // before is not judged again), before the rule's own tests.
        if (judged !== r.nameTest) {
          judged = r.nameTest;
          verdict = verdicts[judged]!.of(text, identStart, identEnd);
        }
        if (!verdict) continue;
        const { prefix, follows } = anchor;
        if (typeof prefix === 'string' ? !text.startsWith(prefix, identStart - prefix.length) : prefix && !prefix(text, identStart)) continue;
        if (follows === undefined || follows(text, identEnd)) spans.add(ri, identStart, identEnd);
      }
    }
  }

  /** An anchored rule: its regex runs once, sticky, right after each identifier that passed (`ids`: `start, end` pairs). */
  #runAnchored(text: string, r: CompiledRule, ids: Int32Array, count: number, out: Candidate[]): void {
    const re = r.regex;
    for (let i = 0; i < count; i += 2) {
      const s = ids[i]!;
      const e = ids[i + 1]!;
      re.lastIndex = e;
      const x = re.exec(text);
      if (!x) continue;
      const groups = x.groups;
      const secret = groups?.['secret'];
      if (!groups || secret === undefined) continue;
      // `groups` is this match's own object: the identifier joins it without a copy.
      groups['name'] = text.slice(s, e);
      out.push(new Candidate(r, -1, -1, secret, groups, text, 0, x.index, 0));
    }
  }

  /**
   * A rule whose matches begin with its keyword: its sticky regex is tried at each place a hit
   * left (`at`: `start, start` pairs, in text order), over the whole text (look-arounds see it
   * all); a place inside the last match is skipped, as a search through a window would.
   */
  #runAt(text: string, r: CompiledRule, at: Int32Array, count: number, out: Candidate[]): void {
    const re = r.atKeyword!;
    // A required string must occur within the rule's reach after the place (`@` for URL
    // credentials: most `://` have none); where each occurs next is kept, places come in order.
    const requires = r.requiresCaseless === undefined ? r.requires : undefined;
    const nextAt = this.#nextAt;
    if (requires !== undefined) {
      nextAt.length = 0;
      for (let q = 0; q < requires.length; q++) nextAt.push(-1);
    }
    let end = -1;
    for (let i = 0; i < count; i += 2) {
      const pos = at[i]!;
      if (pos < end) continue;
      if (requires !== undefined && !requiredIn(text, pos, Math.min(text.length, pos + r.after), requires, nextAt)) continue;
      re.lastIndex = pos;
      const x = re.exec(text);
      if (x === null || x[0].length === 0) continue;
      end = pos + x[0].length;
      if (!r.hasGroup) {
        out.push(new Candidate(r, pos, end, x[0], undefined, text, 0, pos, 0));
        continue;
      }
      const secret = x.groups?.['secret'] ?? x[1];
      if (secret === undefined) continue;
      if (r.locateAtMatch) out.push(new Candidate(r, pos, end, secret, x.groups, text, 0, pos, 0));
      else out.push(new Candidate(r, -1, -1, secret, x.groups, text, 0, pos, 0));
    }
  }

  /** A window rule: its regex runs over each merged window (`windows`: `start, end` pairs, in text order), after the rule's `requires` test. */
  #runWindows(text: string, r: CompiledRule, windows: Int32Array, count: number, out: Candidate[]): void {
    const requires = r.requires;
    const caseless = r.requiresCaseless;
    // Where the windows cover most of the text from the first on (near-miss text: hits
    // everywhere), where each required string next occurs is found once per rule and text
    // (`indexOf` from a window on, kept for the windows before it) instead of searched for in
    // every window; where they are sparse, each window is searched on its own.
    const dense = requires !== undefined && caseless === undefined && coverMostOf(windows, count, text.length);
    const nextAt = this.#nextAt;
    if (dense) {
      // Rules share required strings (`-----END` for two private-key rules): whether the text
      // holds one at all is asked once per text.
      if (this.#requiredText !== text) {
        this.#requiredText = text;
        this.#holds.clear();
      }
      let any = false;
      nextAt.length = 0;
      for (let q = 0; q < requires.length; q++) {
        let at = this.#holds.get(requires[q]!);
        if (at === undefined) this.#holds.set(requires[q]!, (at = text.indexOf(requires[q]!)));
        if (at >= 0) any = true;
        // Not in the text: as if found past its end (requiredIn never searches for it).
        nextAt.push(at < 0 ? text.length : -1);
      }
      if (!any) return;
    }
    const re = r.regex;
    for (let i = 0; i < count; i += 2) {
      const base = windows[i]!;
      const end = windows[i + 1]!;
      if (r.run !== undefined && !hasRun(text, base, end, r.run)) continue;
      if (dense && !requiredIn(text, base, end, requires, nextAt)) continue;
      const sub = text.slice(base, end);
      if (caseless !== undefined ? !caseless.test(sub) : requires !== undefined && !dense && !includesAny(sub, requires)) continue;
      re.lastIndex = 0;
      let x: RegExpExecArray | null;
      while ((x = re.exec(sub)) !== null) {
        if (x[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const matchStart = base + x.index;
        if (!r.hasGroup) {
          out.push(new Candidate(r, matchStart, matchStart + x[0].length, x[0], undefined, sub, base, x.index, 0));
          continue;
        }
        const secret = x.groups?.['secret'] ?? x[1];
        if (secret === undefined) continue;
        if (r.locateAtMatch) out.push(new Candidate(r, matchStart, matchStart + x[0].length, secret, x.groups, sub, base, x.index, 0));
        else out.push(new Candidate(r, -1, -1, secret, x.groups, sub, base, x.index, 0));
      }
    }
  }

  #passesGates(c: Candidate): boolean {
    const rule = c.rule;
    const s = c.secret;
    if (s.length === 0) return false;
    // Cheapest first (the result does not depend on the order): near-miss text such as
    // `api_key: sk-proj-abc` gives generic candidates by the thousand.
    if (rule.generic && this.ruleSet.specificPrefix.test(s)) return false;
    if (rule.verify && !rule.verify(s)) return false;
    if (rule.check && !rule.check(s, c.groups ?? NO_GROUPS, this.#path)) return false;
    if (!rule.skipPlaceholderGate && isPlaceholder(s)) return false;
    if (rule.minEntropy !== undefined && shannonEntropy(s) < rule.minEntropy) return false;
    if (rule.minDigits !== undefined && countDigits(s) < rule.minDigits) return false;
    if (this.#allow?.(s)) return false;
    return true;
  }
}

/** The other part of a two-part credential, where it was found. */
interface PairHit {
  label: string;
  start: number;
  end: number;
  value: string;
  /** The rule's provider: a finding of the same provider on this span is merged into the pair. */
  provider: ProviderRecord;
}

/**
 * The other part of `c`'s credential: the match of the rule's pair regex nearest to the secret
 * within the pair window, not overlapping it; undefined when there is none (or it is empty or a
 * placeholder).
 */
function findPair(text: string, c: Candidate, pair: CompiledPair): PairHit | undefined {
  const from = Math.max(0, c.start - pair.before);
  const to = Math.min(text.length, c.end + pair.after);
  const sub = text.slice(from, to);
  const re = pair.regex;
  re.lastIndex = 0;
  let best: PairHit | undefined;
  let bestDistance = Infinity;
  for (let x = re.exec(sub); x !== null; x = re.exec(sub)) {
    if (x[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const span = x.indices!.groups?.['secret'] ?? x.indices![1] ?? x.indices![0]!;
    const value = x.groups?.['secret'] ?? x[1] ?? x[0];
    const start = from + span[0];
    const end = from + span[1];
    if (value === '' || (start < c.end && c.start < end) || isPlaceholder(value)) continue;
    const distance = end <= c.start ? c.start - end : start - c.end;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = { label: pair.label, start, end, value, provider: c.rule.provider };
    }
  }
  return best;
}

/**
 * A candidate that is the other part of a chosen pair is not reported on its own when it is
 * the pair's provider's or a generic rule's (`CONFLUENT_API_KEY=<id>` next to its secret): the
 * pair is one finding, with both spans.
 */
function mergePairs(chosen: Candidate[], pairs: ReadonlyMap<Candidate, PairHit>): Candidate[] {
  const partners: PairHit[] = [];
  for (const c of chosen) {
    const hit = pairs.get(c);
    if (hit) partners.push(hit);
  }
  if (partners.length === 0) return chosen;
  return chosen.filter((c) => pairs.has(c) || !partners.some((p) => (c.rule.generic || p.provider === c.rule.provider) && p.start < c.end && c.start < p.end));
}

function lineNumber(unit: ScanUnit, i: number): number {
  return unit.lines ? (unit.lines[i] ?? unit.lines[unit.lines.length - 1] ?? i + 1) : i + 1;
}

function pairOf(unit: ScanUnit, lines: LineIndex, hit: PairHit): FindingPair {
  const line0 = lines.lineOf(hit.start);
  const endLine0 = lines.lineOf(Math.max(hit.start, hit.end - 1));
  const secret = new SecretValue(detach(hit.value));
  return {
    label: hit.label,
    line: lineNumber(unit, line0),
    column: lines.columnOf(hit.start, line0),
    endLine: lineNumber(unit, endLine0),
    endColumn: lines.columnOf(hit.end, endLine0),
    redacted: secret.redacted,
    secret,
  };
}

/**
 * Keeps one candidate per overlapping group: the highest priority (specific before generic,
 * then confidence), then the longest. Generic candidates that overlap a span a specific rule
 * rejected are dropped too (a GitHub token with a wrong checksum is not a generic secret).
 */
function resolveOverlaps(cands: Candidate[], vetoed: Array<[number, number]>): Candidate[] {
  const isVetoed = overlapTester(vetoed);
  const sorted = cands.filter((c) => !c.rule.generic || !isVetoed(c.start, c.end)).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) {
      if (better(c, last)) out[out.length - 1] = c;
      continue;
    }
    out.push(c);
  }
  return out;
}

/** Builds an O(log n) test for "does [s, e) overlap any of these spans". */
function overlapTester(spans: Array<[number, number]>): (s: number, e: number) => boolean {
  if (spans.length === 0) return () => false;
  spans.sort((a, b) => a[0] - b[0]);
  // Merge into disjoint, sorted spans.
  const merged: Array<[number, number]> = [];
  for (const sp of spans) {
    const last = merged[merged.length - 1];
    if (last && sp[0] <= last[1]) last[1] = Math.max(last[1], sp[1]);
    else merged.push([sp[0], sp[1]]);
  }
  return (s, e) => {
    let lo = 0;
    let hi = merged.length - 1;
    // Last merged span starting before e.
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (merged[mid]![0] < e) lo = mid;
      else hi = mid - 1;
    }
    const sp = merged[lo]!;
    return sp[0] < e && s < sp[1];
  };
}

function better(a: Candidate, b: Candidate): boolean {
  if (a.rule.priority !== b.rule.priority) return a.rule.priority > b.rule.priority;
  // The same key as written (its exact span) over its finding in a decoded run; a key seen
  // through the encoding over the encoded text itself (a Kubernetes Secret's base64 value).
  if ((a.encoding === 0) !== (b.encoding === 0)) return a.secret === b.secret ? a.encoding === 0 : a.encoding !== 0;
  const la = a.end - a.start;
  const lb = b.end - b.start;
  if (la !== lb) return la > lb;
  return a.rule.index < b.rule.index;
}

/** Tests, fixtures, docs and examples: where made-up credentials live. */
const TEST_OR_DOC_PATH = /(?:^|\/)(?:tests?|specs?|__tests__|__mocks__|fixtures?|testdata|test-data|mocks?|docs?|examples?|samples?)\/|(?:^|[._-])(?:test|spec)[._-][^/]*$|_test\.[a-z]+$|\.md$|\.rst$/i;

/** A generic finding in a test or documentation file is reported with low confidence. */
function demote(confidence: Confidence, generic: boolean, path: string): Confidence {
  return generic && confidence !== 'low' && TEST_OR_DOC_PATH.test(path) ? 'low' : confidence;
}

const MAX_IDENTIFIER = 128;

function isIdentChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;
}

/** End of the identifier found by the last `identifierStart` call (saves an array per hit). */
let identifierEnd = -1;

/**
 * Start of the identifier (`[A-Za-z0-9_.-]+`, starting with a letter) around a keyword hit, its
 * end in `identifierEnd`; -1 when there is none or it is implausibly long (minified, base64).
 */
function identifierStart(text: string, hit: number, hitEnd: number): number {
  let s = hit;
  const minS = Math.max(0, hit - MAX_IDENTIFIER);
  while (s > minS && isIdentChar(text.charCodeAt(s - 1))) s--;
  let e = hitEnd;
  const maxE = Math.min(text.length, hitEnd + MAX_IDENTIFIER);
  while (e < maxE && isIdentChar(text.charCodeAt(e))) e++;
  identifierEnd = e;
  // Too long on either side? Every comparison runs each time: one first run late would make
  // V8 throw this function's optimized code away (see looksLikeIdentifier).
  // The characters around it are read and tested each time, even where only a cut-off name
  // needs them (rarely).
  const identBefore = isIdentChar(s > 0 ? text.charCodeAt(s - 1) : 0);
  const identAfter = isIdentChar(e < text.length ? text.charCodeAt(e) : 0);
  if ((s === minS && identBefore) || (e === maxE && identAfter)) return -1;
  // Leading dots/dashes/digits are not part of a name (`--password`, `.token`, `1key`). (A
  // do-while: its increment runs every time, where a while's would run only before such names.)
  s--;
  do s++;
  while (s < hit && !isLetter(text.charCodeAt(s)));
  return isLetter(text.charCodeAt(s)) ? s : -1;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

let defaultEngine: Engine | undefined;

/** Convenience for tests and one-off scans: scans `text` as if it were the file `path`. */
export function scanText(text: string, path = 'input', opts?: EngineOptions): Finding[] {
  const engine = opts ? new Engine(opts) : (defaultEngine ??= new Engine());
  return engine.scanUnit({ path, text });
}
