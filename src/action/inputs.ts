/**
 * The action's inputs (see action.yml), read through `@actions/core` and validated. A bad value
 * throws a UsageError with one line naming the input and the accepted values.
 */
import * as core from '@actions/core';
import { UsageError } from '../types.js';

export type ActionMode = 'scan' | 'check' | 'both';
export type ScanScope = 'auto' | 'diff' | 'commits' | 'all' | 'history';

export interface ActionInputs {
  mode: ActionMode;
  scope: ScanScope;
  /** Files or directories to scan, relative to the workspace; empty = everything. */
  paths: string[];
  /** Extra exclude globs. */
  exclude: string[];
  config?: string;
  /** A baseline path, `false` for none, undefined for the config's or the default file. */
  baseline?: string | false;
  failOnFindings: boolean;
  /** Where to write SARIF, relative to the workspace. */
  sarifFile?: string;
  githubToken?: string;
  /** Check mode: one `NAME[=PROVIDER][@BASE_URL]` per entry. */
  secrets: string[];
  /** `PROVIDER=URL` entries set by the workflow author (check mode, and scan mode's `verify`). */
  endpoints: string[];
  /** Scan mode: ask each finding's provider whether the key is live. */
  verify: boolean;
  /** Pull requests: one review with a comment (and a suggested fix) per key on an added line. */
  prComments: boolean;
  /** Check mode: keep one `keylint: secret health` issue listing unhealthy secrets. */
  healthIssue: boolean;
  /** Health issue: list tokens whose provider-reported expiry is within this many days. */
  expiryWarningDays: number;
}

const MODES: readonly ActionMode[] = ['scan', 'check', 'both'];
const SCOPES: readonly ScanScope[] = ['auto', 'diff', 'commits', 'all', 'history'];
const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);
const NO_BASELINE = new Set(['none', 'false', 'off']);

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  if (value === '') return fallback;
  const v = value.toLowerCase() as T;
  if (allowed.includes(v)) return v;
  throw new UsageError(`input '${name}' must be one of ${allowed.join(', ')} (got '${oneLine(value)}')`);
}

function bool(name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback;
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  throw new UsageError(`input '${name}' must be true or false (got '${oneLine(value)}')`);
}

function days(name: string, value: string, fallback: number): number {
  if (value === '') return fallback;
  if (!/^\d{1,4}$/.test(value)) throw new UsageError(`input '${name}' must be a whole number of days (got '${oneLine(value)}')`);
  return Number(value);
}

/** A value shown in an error message: one line, bounded. */
function oneLine(s: string): string {
  const flat = s.replace(/[\r\n\t]+/g, ' ');
  return flat.length > 60 ? flat.slice(0, 57) + '...' : flat;
}

/**
 * Splits a list input: one entry per line or separated by commas (commas inside `{a,b}` brace
 * globs are kept), each trimmed; empty entries and `#` comment lines are dropped.
 */
export function splitList(value: string): string[] {
  const out: string[] = [];
  for (const rawLine of value.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    let depth = 0;
    let current = '';
    for (const ch of line) {
      if (ch === '{') depth++;
      else if (ch === '}' && depth > 0) depth--;
      if (ch === ',' && depth === 0) {
        out.push(current);
        current = '';
      } else current += ch;
    }
    out.push(current);
  }
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** One entry per line (commas are part of the value): `secrets`, `endpoints`. */
function splitLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && !s.startsWith('#'));
}

function optional(value: string): string | undefined {
  const v = value.trim();
  return v === '' ? undefined : v;
}

function checkPaths(name: string, entries: string[]): string[] {
  for (const p of entries) {
    if (p.startsWith('-')) throw new UsageError(`input '${name}': '${oneLine(p)}' looks like an option, not a path`);
    if (p.includes('\0')) throw new UsageError(`input '${name}' contains a NUL character`);
  }
  return entries;
}

export function readInputs(): ActionInputs {
  const get = (name: string): string => core.getInput(name);
  const mode = oneOf('mode', get('mode').trim(), MODES, 'scan');
  const scope = oneOf('scope', get('scope').trim(), SCOPES, 'auto');
  const baselineRaw = get('baseline').trim();
  const inputs: ActionInputs = {
    mode,
    scope,
    paths: checkPaths('paths', splitList(get('paths'))),
    exclude: splitList(get('exclude')),
    config: optional(get('config')),
    baseline: baselineRaw === '' ? undefined : NO_BASELINE.has(baselineRaw.toLowerCase()) ? false : baselineRaw,
    failOnFindings: bool('fail-on-findings', get('fail-on-findings').trim(), true),
    sarifFile: optional(get('sarif-file')),
    githubToken: optional(get('github-token')),
    secrets: splitLines(get('secrets')),
    endpoints: splitLines(get('endpoints')),
    verify: bool('verify', get('verify').trim(), false),
    prComments: bool('pr-comments', get('pr-comments').trim(), true),
    healthIssue: bool('health-issue', get('health-issue').trim(), false),
    expiryWarningDays: days('expiry-warning-days', get('expiry-warning-days').trim(), 14),
  };
  if (inputs.sarifFile?.startsWith('-')) throw new UsageError(`input 'sarif-file': '${oneLine(inputs.sarifFile)}' looks like an option, not a path`);
  for (const e of inputs.endpoints) {
    if (!/^[A-Za-z0-9_.-]+=\S+$/.test(e)) throw new UsageError(`input 'endpoints': each line must be PROVIDER=URL (got '${oneLine(e)}')`);
  }
  return inputs;
}
