/**
 * `.gitleaks.toml`: the allowlists of a gitleaks config, honoured so a team moving from
 * gitleaks keeps its triage. `[allowlist]` (gitleaks ≤ 8.24) and `[[allowlists]]` (8.25+) with
 * `paths`, `regexes` (on the secret), `stopwords`, `commits`, `condition` and `targetRules`, and
 * the allowlists of `[[rules]]` entries (`[rules.allowlist]`, `[[rules.allowlists]]`) for the
 * rule their id names; `[extend] useDefault = true` is what keylint does anyway. Everything else
 * keylint cannot honour (a rule's own detection, other `extend` keys, `regexTarget = "line"`,
 * unknown keys) is a one-line warning per key, never a silent pass. Regexes are Go RE2: a
 * leading `(?i)`/`(?s)`/`(?m)` becomes a JS flag; a regex JS cannot compile, or that could
 * backtrack catastrophically, is skipped with a warning.
 */
import { readFile } from 'node:fs/promises';
import { probeProblem, probeRegexes, staticRedosProblem } from '../config/regex-safety.js';
import type { Finding } from '../types.js';
import { UsageError } from '../types.js';
import { knownRuleIds, resolveRuleId } from './rule-ids.js';
import { isTable, parseToml, TomlError, type TomlTable, type TomlValue } from './toml.js';

export const GITLEAKS_CONFIG_FILE = '.gitleaks.toml';

export interface GitleaksAllowlist {
  /** `file:line` of the table, for messages. */
  where: string;
  condition: 'OR' | 'AND';
  paths: RegExp[];
  regexes: RegExp[];
  stopwords: string[];
  commits: string[];
  /** keylint rule ids; empty = every rule. */
  targetRules: string[];
}

export interface GitleaksConfig {
  allowlists: GitleaksAllowlist[];
  warnings: string[];
}

/** Keys silently accepted (they do not change what is found). */
const IGNORED_TOP = new Set(['title', 'description', 'minVersion']);
const ALLOWLIST_KEYS = new Set(['description', 'condition', 'paths', 'regexes', 'regexTarget', 'stopwords', 'commits', 'targetRules']);

interface PendingRegex {
  re: RegExp;
  where: string;
  into: RegExp[];
}

/** A Go RE2 regex as a JS RegExp, or the reason it cannot be one. */
export function translateGoRegex(source: string): RegExp | string {
  let src = source;
  let flags = '';
  const lead = /^\(\?([imsU]+)\)/.exec(src);
  if (lead) {
    if (lead[1]!.includes('U')) return 'the (?U) flag (ungreedy) has no JavaScript equivalent';
    flags = [...new Set(lead[1]!)].join('');
    src = src.slice(lead[0].length);
  }
  // RE2 spellings JS lacks: \z (end of text), \A (start), POSIX classes.
  src = src.replace(/\\z/g, '$(?![\\s\\S])').replace(/\\A/g, '^(?<![\\s\\S])').replace(/\(\?P</g, '(?<');
  if (/\(\?[imsU-]+[:)]/.test(src)) return 'inline flags other than a leading (?i) are not supported';
  if (/\[\[:[a-z]+:\]\]/.test(src)) return 'POSIX character classes ([[:alpha:]]) are not supported';
  try {
    return new RegExp(src, flags);
  } catch (e) {
    return (e as Error).message;
  }
}

function strings(v: TomlValue | undefined): string[] | undefined {
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) return undefined;
  return v as string[];
}

/** Parses `.gitleaks.toml` text; `file` names it in messages. Regexes are not yet probed (see loadGitleaksConfig). */
export function parseGitleaksConfig(text: string, file = GITLEAKS_CONFIG_FILE): { config: GitleaksConfig; pending: PendingRegex[] } {
  let doc: TomlTable;
  try {
    doc = parseToml(text);
  } catch (e) {
    if (e instanceof TomlError) throw new UsageError(`${file}:${e.line}: invalid TOML: ${e.reason}`);
    throw e;
  }
  const found: Array<{ line: number; text: string }> = [];
  const warn = (line: number | undefined, msg: string): void => {
    found.push({ line: line ?? 0, text: `${file}${line ? `:${line}` : ''}: ${msg}` });
  };
  const unsupported = (line: number | undefined, key: string, why = ''): void => warn(line, `"${key}" is not supported by keylint; ignored${why}`);
  const allowlists: GitleaksAllowlist[] = [];
  const pending: PendingRegex[] = [];

  /**
   * One allowlist table. `legacy`: `[allowlist]` (no `condition`, no `targetRules`); `rule`: the
   * keylint rule a `[[rules]]` entry's allowlist applies to (it takes no `targetRules` either).
   */
  const readAllowlist = (t: TomlTable, name: string, headerLine: number | undefined, legacy: boolean, rule?: string): void => {
    const where = `${file}${headerLine ? `:${headerLine}` : ''}`;
    const list: GitleaksAllowlist = { where, condition: 'OR', paths: [], regexes: [], stopwords: [], commits: [], targetRules: rule ? [rule] : [] };
    const lineOf = (k: string): number | undefined => t.lines.get(k);
    let skipRegexes = false;
    const target = t.values.get('regexTarget');
    if (target !== undefined && target !== 'secret') {
      skipRegexes = true;
      warn(lineOf('regexTarget'), `"${name}.regexTarget" = ${JSON.stringify(target)} is not supported by keylint; ignored with this allowlist's regexes (keylint matches them against the secret only)`);
    }
    for (const [key, value] of t.values) {
      const line = lineOf(key);
      if (!ALLOWLIST_KEYS.has(key) || (legacy && (key === 'condition' || key === 'targetRules')) || (rule !== undefined && key === 'targetRules')) {
        unsupported(line, `${name}.${key}`);
        continue;
      }
      if (key === 'description' || key === 'regexTarget') continue;
      if (key === 'condition') {
        const c = typeof value === 'string' ? value.toUpperCase() : '';
        if (c !== 'OR' && c !== 'AND') throw new UsageError(`${file}:${line}: ${name}.condition must be "OR" or "AND"`);
        list.condition = c;
        continue;
      }
      const items = strings(value);
      if (!items) throw new UsageError(`${file}:${line}: ${name}.${key} must be an array of strings`);
      if (key === 'stopwords') list.stopwords = items.map((s) => s.toLowerCase()).filter((s) => s !== '');
      else if (key === 'commits') list.commits = items.map((s) => s.trim().toLowerCase()).filter((s) => s !== '');
      else if (key === 'targetRules') list.targetRules = items.map((s) => resolveRuleId(s));
      else if (key === 'regexes' && skipRegexes) continue;
      else {
        const into = key === 'paths' ? list.paths : list.regexes;
        for (const src of items) {
          const re = translateGoRegex(src);
          if (typeof re === 'string') {
            warn(line, `${name}.${key}: regex ${JSON.stringify(src.length > 60 ? src.slice(0, 59) + '…' : src)} skipped: ${re}`);
            continue;
          }
          let problem: string | undefined;
          try {
            problem = staticRedosProblem(re.source);
          } catch {
            problem = undefined;
          }
          if (problem) {
            warn(line, `${name}.${key}: regex ${JSON.stringify(src.length > 60 ? src.slice(0, 59) + '…' : src)} skipped: it is not linear-time: ${problem}`);
            continue;
          }
          pending.push({ re, where: `${file}:${line ?? ''}`.replace(/:$/, ''), into });
        }
      }
    }
    allowlists.push(list);
  };

  /**
   * A `[[rules]]` entry. Its own detection (`regex`, `keywords`, `entropy`, …) is a custom rule
   * keylint does not run (one warning: write it as custom-rules); its allowlists
   * (`[rules.allowlist]`, `[[rules.allowlists]]`) apply to the keylint rule its id names, a
   * gitleaks id mapping to keylint's rule for the same kind of secret — the way a config that
   * extends gitleaks' defaults allowlists one rule.
   */
  const readRule = (r: TomlTable, i: number, headerLine: number | undefined): void => {
    const name = `rules[${i}]`;
    const id = r.values.get('id');
    const shown = typeof id === 'string' ? ` ("${id}")` : '';
    const lists: Array<[TomlTable, string, boolean]> = [];
    let detects = false;
    for (const [key, value] of r.values) {
      if (key === 'id' || key === 'description') continue;
      if (key === 'allowlist' && isTable(value)) lists.push([value, `${name}.allowlist`, true]);
      else if (key === 'allowlists' && Array.isArray(value) && value.every(isTable)) (value as TomlTable[]).forEach((t, j) => lists.push([t, `${name}.allowlists[${j}]`, false]));
      else detects = true;
    }
    if (detects) warn(headerLine, `"${name}"${shown} defines a rule of its own: not supported by keylint; ignored (custom rules: write them as custom-rules in .keylint.yml)`);
    if (lists.length === 0) {
      if (!detects) warn(headerLine, `"${name}"${shown} holds no detection and no allowlist; ignored`);
      return;
    }
    const target = typeof id === 'string' && id !== '' ? resolveRuleId(id) : undefined;
    if (target === undefined || !knownRuleIds().has(target)) {
      warn(headerLine, `"${name}"${shown}: ${target === undefined ? 'no id' : 'neither a keylint rule nor a gitleaks rule keylint knows'}; its allowlists are ignored`);
      return;
    }
    for (const [t, listName, legacy] of lists) readAllowlist(t, listName, t.lines.get('') ?? headerLine, legacy, target);
  };

  for (const [key, value] of doc.values) {
    const line = doc.lines.get(key);
    if (IGNORED_TOP.has(key)) continue;
    if (key === 'allowlist' && isTable(value)) readAllowlist(value, 'allowlist', line, true);
    else if (key === 'allowlists' && Array.isArray(value) && value.every(isTable)) {
      (value as TomlTable[]).forEach((t, i) => readAllowlist(t, `allowlists[${i}]`, t.lines.get('') ?? line, false));
    } else if (key === 'rules' && Array.isArray(value) && value.every(isTable)) {
      (value as TomlTable[]).forEach((r, i) => readRule(r, i, r.lines.get('') ?? line));
    } else if (key === 'extend' && isTable(value)) {
      // Extending gitleaks' defaults is what keylint does anyway (its built-in rules stand in
      // for them); anything else in [extend] is not.
      for (const [k, v] of value.values) {
        if (k === 'useDefault' && v === true) continue;
        unsupported(value.lines.get(k), `extend.${k}`, k === 'disabledRules' ? ' (turn rules off with rules.disable in .keylint.yml; gitleaks ids work there)' : '');
      }
    } else unsupported(line, key);
  }
  const warnings = found.sort((a, b) => a.line - b.line).map((w) => w.text);
  return { config: { allowlists, warnings }, pending };
}

/**
 * Reads and parses `.gitleaks.toml`, then runs the timed ReDoS probe over its regexes: a
 * regex that backtracks is dropped with a warning. No file → undefined.
 */
export async function loadGitleaksConfig(file: string, shown: string): Promise<GitleaksConfig | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR') return undefined;
    throw new UsageError(`cannot read ${shown}: ${code ?? (e as Error).message}`);
  }
  if (text.length > 1024 * 1024) throw new UsageError(`${shown}: larger than 1 MB`);
  const { config, pending } = parseGitleaksConfig(text, shown);
  const results = await probeRegexes(pending.map((p) => p.re.source));
  results.forEach((r, i) => {
    const p = pending[i]!;
    const problem = probeProblem(r);
    if (problem) config.warnings.push(`${p.where}: regex ${JSON.stringify(p.re.source.slice(0, 60))} skipped: it is not linear-time: ${problem}`);
    else p.into.push(p.re);
  });
  return config;
}

function matchesCommit(list: readonly string[], commit: string | undefined): boolean {
  if (!commit) return false;
  const c = commit.toLowerCase();
  return list.some((x) => c === x || (x.length >= 7 && c.startsWith(x)));
}

/** Whether one allowlist accepts the finding. */
export function allowlistMatches(a: GitleaksAllowlist, f: Finding): boolean {
  if (a.targetRules.length && !a.targetRules.includes(f.rule) && !a.targetRules.includes(f.provider)) return false;
  const checks: boolean[] = [];
  const secret = (): string => f.secret.reveal();
  if (a.commits.length) checks.push(matchesCommit(a.commits, f.commit));
  if (a.paths.length) checks.push(a.paths.some((re) => re.test(f.file)));
  if (a.regexes.length) checks.push(a.regexes.some((re) => re.test(secret())));
  if (a.stopwords.length) {
    const s = secret().toLowerCase();
    checks.push(a.stopwords.some((w) => s.includes(w)));
  }
  if (checks.length === 0) return false;
  return a.condition === 'AND' ? checks.every(Boolean) : checks.some(Boolean);
}
