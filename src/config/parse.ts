/*
 * Parsing and validating config text (YAML). Apart from load.ts, which finds the file: the YAML
 * library loads only when a scan has a config file (most have none, and it is ~300 KB to load).
 */
import path from 'node:path';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Confidence } from '../providers/types.js';
import { UsageError } from '../types.js';
import { staticRedosProblem } from './regex-safety.js';
import {
  ALLOW_ENTRY_KEYS, CUSTOM_RULE_KEYS, defaultConfig, FORBIDDEN_KEYS, normaliseKey, RULES_KEYS,
  TOP_LEVEL_KEYS, type AllowEntry, type CustomRuleConfig, type KeylintConfig,
} from './schema.js';
import { CONFIG_SITES } from './sites.js';
import { parseSize } from './size.js';
import { didYouMean } from './suggest.js';

const MAX_ALIASES = 100;
const RULE_ID = /^[a-z0-9][a-z0-9-]*$/;
const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];

export interface RegexSite {
  source: string;
  where: string;
  what: string;
}

class Reader {
  readonly sites = new Map<string, string>();
  readonly regexes: RegexSite[] = [];
  #aliases = 0;

  constructor(
    readonly file: string,
    readonly doc: Document,
    readonly lines: LineCounter,
  ) {}

  where(node: Node | null | undefined): string {
    const offset = node?.range?.[0];
    if (offset === undefined) return this.file;
    const { line, col } = this.lines.linePos(offset);
    return `${this.file}:${line}:${col}`;
  }

  fail(node: Node | null | undefined, message: string): never {
    throw new UsageError(`${this.where(node)}: ${message}`);
  }

  resolve(node: unknown): Node | null {
    if (node === null || node === undefined) return null;
    if (isAlias(node)) {
      if (++this.#aliases > MAX_ALIASES) this.fail(node, `more than ${MAX_ALIASES} YAML aliases`);
      const target = node.resolve(this.doc);
      if (!target) this.fail(node, `unknown YAML alias *${node.source}`);
      return this.resolve(target);
    }
    return node as Node;
  }

  /** A mapping's entries as [key, keyNode, valueNode], after checking forbidden and unknown keys. */
  entries(node: Node, at: string, allowed: readonly string[]): Array<[string, Node, Node | null]> {
    if (!isMap(node)) this.fail(node, `${at || 'the config'} must be a mapping of keys to values, got ${describe(node)}`);
    const out: Array<[string, Node, Node | null]> = [];
    const seen = new Set<string>();
    for (const pair of node.items) {
      const keyNode = this.resolve(pair.key);
      if (!isScalar(keyNode) || typeof keyNode.value !== 'string') this.fail(keyNode ?? node, `${at || 'config'} keys must be plain names`);
      const key = keyNode.value;
      const reason = FORBIDDEN_KEYS.get(normaliseKey(key));
      if (reason !== undefined) this.fail(keyNode, `key "${key}" is not allowed: ${reason}`);
      if (!allowed.includes(key)) {
        const scope = at ? ` in ${at}` : '';
        this.fail(keyNode, `unknown key "${key}"${scope}${didYouMean(key, allowed)} (valid keys: ${allowed.join(', ')})`);
      }
      if (seen.has(key)) this.fail(keyNode, `duplicate key "${key}"`);
      seen.add(key);
      out.push([key, keyNode, this.resolve(pair.value)]);
    }
    return out;
  }

  string(node: Node | null, at: string): string {
    if (isScalar(node) && typeof node.value === 'string') {
      if (node.value.trim() === '') this.fail(node, `${at} must not be empty`);
      this.sites.set(at, this.where(node));
      return node.value;
    }
    const hint = isScalar(node) && (typeof node.value === 'number' || typeof node.value === 'boolean') ? ` (quote it: "${String(node.value)}")` : '';
    this.fail(node, `${at} must be a string, got ${describe(node)}${hint}`);
  }

  /** A list of strings; a single string is accepted as a one-item list when `single` is set. */
  strings(node: Node | null, at: string, single = false): string[] {
    if (node === null || (isScalar(node) && node.value === null)) return [];
    if (single && isScalar(node) && typeof node.value === 'string') return [this.string(node, `${at}[0]`)];
    if (!isSeq(node)) this.fail(node, `${at} must be a list of strings, got ${describe(node)}`);
    return node.items.map((item, i) => this.string(this.resolve(item), `${at}[${i}]`));
  }

  regex(node: Node | null, at: string, what: string): string {
    const source = this.string(node, at);
    try {
      new RegExp(source, 'd');
    } catch (e) {
      this.fail(node, `${what}: invalid regex: ${(e as Error).message}`);
    }
    const problem = staticRedosProblem(source);
    if (problem) this.fail(node, `${what}: regex is not linear-time: ${problem}`);
    this.regexes.push({ source, where: this.where(node), what });
    return source;
  }
}

function describe(node: Node | null): string {
  if (node === null) return 'nothing';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return 'nothing';
    if (typeof v === 'string') return 'a string';
    return `a ${typeof v}`;
  }
  return 'an unsupported value';
}

function readGlobs(r: Reader, node: Node | null, at: string): string[] {
  const globs = r.strings(node, at, true);
  globs.forEach((g, i) => {
    const itemNode = isSeq(node) ? r.resolve(node.items[i]) : node;
    if (g.startsWith('!')) r.fail(itemNode, `${at}: negated glob "${g}" is not supported; use include to narrow the scan`);
    if (g.split('/').includes('..')) r.fail(itemNode, `${at}: glob "${g}" points outside the scan root; globs are relative to it`);
  });
  return globs;
}

function readCustomRule(r: Reader, node: Node | null, i: number, ids: Set<string>, file: string): CustomRuleConfig {
  const at = `custom-rules[${i}]`;
  if (!node || !isMap(node)) r.fail(node, `${at} must be a mapping with id, regex and keywords, got ${describe(node)}`);
  const fields = new Map(r.entries(node, at, CUSTOM_RULE_KEYS).map(([k, kn, v]) => [k, { kn, v }]));
  const need = (k: string): Node | null => {
    const f = fields.get(k);
    if (!f) r.fail(node, `${at}: missing required key "${k}"`);
    return f.v;
  };
  const idNode = need('id');
  const id = r.string(idNode, `${at}.id`);
  if (!RULE_ID.test(id)) r.fail(idNode, `${at}.id "${id}" must be kebab-case: lower-case letters, digits and dashes`);
  if (ids.has(id)) r.fail(idNode, `${at}.id: duplicate custom rule id "${id}"`);
  ids.add(id);
  const what = `custom rule "${id}"`;
  const regex = r.regex(need('regex'), `${at}.regex`, what);
  if (new RegExp(regex).exec('') !== null) r.fail(need('regex'), `${what}: regex matches empty text, so it would report empty secrets`);
  const kwNode = need('keywords');
  const keywords = r.strings(kwNode, `${at}.keywords`);
  if (keywords.length === 0) r.fail(kwNode, `${what}: keywords must list at least one string that occurs in or near every match`);
  keywords.forEach((k, j) => {
    if (k.length < 2) r.fail(isSeq(kwNode) ? r.resolve(kwNode.items[j]) : kwNode, `${what}: keyword "${k}" is too short (2 characters at least)`);
  });
  const rule: CustomRuleConfig = {
    id,
    description: fields.has('description') ? r.string(fields.get('description')!.v, `${at}.description`) : `Custom rule ${id} (${file})`,
    regex,
    keywords,
  };
  const ent = fields.get('min-entropy');
  if (ent) {
    const v = ent.v;
    if (!isScalar(v) || typeof v.value !== 'number' || !(v.value >= 0 && v.value <= 8)) {
      r.fail(v ?? ent.kn, `${at}.min-entropy must be a number of bits per character between 0 and 8, got ${describe(v)}`);
    }
    rule.minEntropy = v.value as number;
  }
  const allow = fields.get('allow');
  if (allow) {
    const list = allow.v;
    if (list !== null && !isSeq(list)) r.fail(list, `${at}.allow must be a list of regexes, got ${describe(list)}`);
    rule.allow = (list?.items ?? []).map((item, j) => r.regex(r.resolve(item), `${at}.allow[${j}]`, `${what} allow[${j}]`));
  }
  const conf = fields.get('confidence');
  if (conf) {
    const v = r.string(conf.v, `${at}.confidence`);
    if (!CONFIDENCES.includes(v as Confidence)) r.fail(conf.v, `${at}.confidence must be one of high, medium, low${didYouMean(v, CONFIDENCES)}`);
    rule.confidence = v as Confidence;
  }
  return rule;
}

function readAllowEntry(r: Reader, node: Node | null, i: number): AllowEntry {
  const at = `allow[${i}]`;
  if (isScalar(node) && typeof node.value === 'string') return { value: r.string(node, at) };
  if (!node || !isMap(node)) {
    r.fail(node, `${at} must be a value (string) or a mapping with "value" or "regex", got ${describe(node)}`);
  }
  const fields = new Map(r.entries(node, at, ALLOW_ENTRY_KEYS).map(([k, , v]) => [k, v]));
  if (fields.has('value') === fields.has('regex')) r.fail(node, `${at} must have exactly one of "value" or "regex"`);
  if (fields.has('reason')) r.string(fields.get('reason')!, `${at}.reason`);
  if (fields.has('value')) return { value: r.string(fields.get('value')!, `${at}.value`) };
  return { regex: r.regex(fields.get('regex')!, `${at}.regex`, at) };
}

function readBaselinePath(r: Reader, node: Node | null): string {
  const p = r.string(node, 'baseline').replace(/\\/g, '/');
  if (path.posix.isAbsolute(p) || /^[A-Za-z]:/.test(p)) r.fail(node, `baseline must be a path relative to the scan root, got "${p}"`);
  const norm = path.posix.normalize(p);
  if (norm === '..' || norm.startsWith('../')) r.fail(node, `baseline "${p}" points outside the scan root`);
  return norm;
}

export interface Parsed {
  config: KeylintConfig;
  regexes: RegexSite[];
}

/** Parses and validates config text, with where each value and regex came from. */
export function parseWithSites(text: string, file: string): Parsed {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const config = defaultConfig();
  config.source = file;
  const err = doc.errors[0];
  if (err) {
    const { line, col } = lines.linePos(err.pos[0]);
    const where = `${file}:${line}:${col}`;
    const msg = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new UsageError(`${where}: invalid YAML: ${msg}`);
  }
  const r: Reader = new Reader(file, doc, lines);
  const root = r.resolve(doc.contents);
  if (root === null || (isScalar(root) && root.value === null)) return { config, regexes: [] };
  for (const [key, , value] of r.entries(root, '', TOP_LEVEL_KEYS)) {
    switch (key) {
      case 'exclude':
        config.exclude = readGlobs(r, value, 'exclude');
        break;
      case 'include':
        config.include = readGlobs(r, value, 'include');
        break;
      case 'rules': {
        if (value === null || (isScalar(value) && value.value === null)) break;
        for (const [k, , v] of r.entries(value, 'rules', RULES_KEYS)) {
          const ids = r.strings(v, `rules.${k}`, true);
          config.rules[k as 'disable' | 'enable'] = ids;
        }
        break;
      }
      case 'custom-rules': {
        if (value === null || (isScalar(value) && value.value === null)) break;
        if (!isSeq(value)) r.fail(value, `custom-rules must be a list of rules, got ${describe(value)}`);
        const ids = new Set<string>();
        config.customRules = value.items.map((item, i) => readCustomRule(r, r.resolve(item), i, ids, file));
        break;
      }
      case 'allow': {
        if (value === null || (isScalar(value) && value.value === null)) break;
        if (!isSeq(value)) r.fail(value, `allow must be a list of values or {regex: ...} entries, got ${describe(value)}`);
        config.allow = value.items.map((item, i) => readAllowEntry(r, r.resolve(item), i));
        break;
      }
      case 'max-file-size': {
        const raw = isScalar(value) ? value.value : undefined;
        const size = typeof raw === 'number' || typeof raw === 'string' ? parseSize(raw) : undefined;
        if (size === undefined) r.fail(value, `max-file-size must be a positive size such as 1048576, "512KB" or "10MB", got ${describe(value)}`);
        config.maxFileSize = size;
        break;
      }
      case 'baseline':
        config.baseline = readBaselinePath(r, value);
        break;
    }
  }
  CONFIG_SITES.set(config, r.sites);
  return { config, regexes: r.regexes };
}

/**
 * Parses and validates config text (no file access, no timed regex probe). `file` names the
 * source in error messages. Throws UsageError `file:line:col: message` on any problem.
 */
export function parseConfig(text: string, file = '.keylint.yml'): KeylintConfig {
  return parseWithSites(text, file).config;
}

