/**
 * SARIF 2.1.0 for GitHub code scanning and other viewers. The driver lists every rule the
 * given providers can report (code scanning tracks alerts per rule, so the list stays stable
 * between runs), plus any rule that appears in the findings without a record. Results carry
 * the redacted value only, a region with UTF-16 columns and `partialFingerprints`.
 */
import { pathToFileURL } from 'node:url';
import type { Confidence, ProviderRecord, Rule } from '../providers/types.js';
import type { Finding, ScanResult } from '../types.js';
import { splitArchivePath } from '../archive-paths.js';
import { displayPath, encodePath, providerMap, sortFindings } from './format.js';
import { allowSentence, fixSentence, hardcodedTitle, rotateUrlOf } from './guidance.js';
import { historyPhrase } from './history.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SRCROOT = '%SRCROOT%';
export const FINGERPRINT_KEY = 'keylint/v1';
const DEFAULT_INFORMATION_URI = 'https://github.com/keylint/keylint';

export interface SarifOptions {
  /** Provider records (the registry): one SARIF rule per provider rule. */
  providers: readonly ProviderRecord[];
  /** keylint's version, e.g. `0.1.0`. */
  toolVersion: string;
  /** Absolute scan root: becomes the `%SRCROOT%` base URI, and absolute paths under it are made relative. */
  root?: string;
  informationUri?: string;
}

type Level = 'error' | 'warning';

export interface SarifMessage {
  text: string;
  markdown?: string;
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: Level };
  properties: { tags: string[]; precision: 'very-high' | 'high' | 'medium' | 'low'; 'security-severity': string };
}

export interface SarifPhysicalLocation {
  artifactLocation: { uri: string; uriBaseId: string };
  region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: Level;
  message: { text: string };
  locations: Array<{ physicalLocation: SarifPhysicalLocation }>;
  /** The other part of a two-part credential. */
  relatedLocations?: Array<{ id: number; physicalLocation: SarifPhysicalLocation; message: { text: string } }>;
  partialFingerprints: Record<string, string>;
  properties: {
    provider: string;
    confidence: Confidence;
    commit?: string;
    /** `--history`: the first commit that added the secret, its author and date, and how many commits added it. */
    history?: { firstCommit: string; author: string; date: string; commitCount: number };
    archiveMember?: string;
    verification?: { status: string; http?: number; detail?: string };
    'security-severity'?: string;
  };
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: Array<{
    tool: { driver: { name: 'keylint'; version: string; informationUri: string; rules: SarifRule[] } };
    invocations: Array<{
      executionSuccessful: boolean;
      toolExecutionNotifications?: Array<{ level: 'warning'; message: { text: string } }>;
    }>;
    originalUriBaseIds: Record<string, { uri?: string; description?: { text: string } }>;
    columnKind: 'utf16CodeUnits';
    results: SarifResult[];
  }>;
}

const LEVEL: Record<Confidence, Level> = { high: 'error', medium: 'warning', low: 'warning' };
const PRECISION: Record<Confidence, SarifRule['properties']['precision']> = { high: 'very-high', medium: 'high', low: 'medium' };
/**
 * `security-severity` (GitHub: 9.0+ critical, 7.0–8.9 high, 4.0–6.9 medium, below 4.0 low)
 * follows how sure keylint is that the value is a key: a provider-shaped key is high (8.5), a
 * value judged by its name and entropy medium (6.5), a low-confidence one low (3.5). Generic
 * (entropy/assignment) rules never reach 7.0 whatever their confidence. Only a live check
 * lifts a result to critical: valid or restricted → 10.0; invalid → 4.0 (it was leaked, but
 * no longer works).
 */
export const SEVERITY: Record<Confidence, string> = { high: '8.5', medium: '6.5', low: '3.5' };
const GENERIC_MAX = 6.5;

/** The severity of a rule (or a result) of this confidence. */
export function securitySeverity(confidence: Confidence, generic = false): string {
  const v = SEVERITY[confidence];
  return generic && Number(v) > GENERIC_MAX ? GENERIC_MAX.toFixed(1) : v;
}

/** `openai-project-key` → `OpenaiProjectKey`. */
function pascal(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

function describeRule(rule: Pick<Rule, 'id' | 'description' | 'confidence' | 'generic'>, provider: ProviderRecord | undefined, providerName: string): SarifRule {
  const title = hardcodedTitle(providerName);
  const url = rotateUrlOf(provider);
  const fix = fixSentence(url);
  const allow = allowSentence();
  const description = rule.description.trim() || `${title}.`;
  return {
    id: rule.id,
    name: pascal(rule.id) || 'Secret',
    shortDescription: { text: title },
    fullDescription: { text: description },
    help: {
      text: `${description}\n\nHow to fix: ${fix}\n\n${allow}`,
      markdown: [
        `**${title}.** ${description}`,
        '',
        '**How to fix**',
        '',
        `1. Remove the key from the code and load it from a secret store or an environment variable (in GitHub Actions: a repository secret).`,
        url ? `2. Rotate the key at [${url}](${url}): it stays in the git history, so treat it as leaked.` : '2. Rotate the key where it was issued: it stays in the git history, so treat it as leaked.',
        '',
        '**False positive?**',
        '',
        allow,
      ].join('\n'),
    },
    defaultConfiguration: { level: LEVEL[rule.confidence] },
    properties: {
      tags: ['security', 'secret', 'external/cwe/cwe-798', ...(provider ? [`provider/${provider.id}`] : [])],
      precision: PRECISION[rule.confidence],
      'security-severity': securitySeverity(rule.confidence, rule.generic === true),
    },
  };
}

function collectRules(findings: readonly Finding[], providers: readonly ProviderRecord[]): { rules: SarifRule[]; index: Map<string, number> } {
  const rules: SarifRule[] = [];
  const index = new Map<string, number>();
  const add = (r: SarifRule): void => {
    if (index.has(r.id)) return;
    index.set(r.id, rules.length);
    rules.push(r);
  };
  for (const p of providers) for (const r of p.rules) add(describeRule(r, p, p.name));
  const byId = providerMap(providers);
  for (const f of findings) {
    if (index.has(f.rule)) continue;
    add(describeRule({ id: f.rule, description: '', confidence: f.confidence }, byId.get(f.provider), f.providerName || f.provider));
  }
  return { rules, index };
}

function physical(uri: string, span: { line: number; column: number; endLine: number; endColumn: number }): SarifPhysicalLocation {
  const startLine = Math.max(1, span.line);
  const startColumn = Math.max(1, span.column);
  const endLine = Math.max(startLine, span.endLine);
  const endColumn = endLine === startLine ? Math.max(startColumn + 1, span.endColumn) : Math.max(1, span.endColumn);
  return { artifactLocation: { uri, uriBaseId: SRCROOT }, region: { startLine, startColumn, endLine, endColumn } };
}

function toResult(f: Finding, ruleIndex: number, root: string | undefined, generic: boolean): SarifResult {
  const shown = displayPath(f.file, root);
  // A member of an archive: the alert points at the archive file (line 1), the member is named.
  const inArchive = splitArchivePath(shown);
  const uri = encodePath(inArchive ? inArchive.archive : shown);
  // Per result too: a rule's confidence can drop per match (test paths, encrypted keys).
  const properties: SarifResult['properties'] = { provider: f.provider, confidence: f.confidence, 'security-severity': securitySeverity(f.confidence, generic) };
  if (inArchive) properties.archiveMember = `${inArchive.member}:${f.line}:${f.column}`;
  const live = f.verification?.status === 'valid' || f.verification?.status === 'restricted';
  if (f.verification) {
    const v = f.verification;
    properties.verification = { status: v.status, ...(v.http !== undefined ? { http: v.http } : {}), ...(v.detail ? { detail: v.detail } : {}) };
    // A live key is the most severe finding there is; a dead one was still leaked.
    if (live) properties['security-severity'] = '10.0';
    else if (v.status === 'invalid') properties['security-severity'] = '4.0';
  }
  if (f.commit) properties.commit = f.commit;
  if (f.history) properties.history = { firstCommit: f.history.firstCommit, author: f.history.author, date: f.history.date, commitCount: f.history.commitCount };
  const where = f.history ? ` (${historyPhrase(f.history)})` : f.commit ? ` (added in commit ${f.commit.slice(0, 12)})` : '';
  const withPair = f.pair ? ` with its ${f.pair.label} ${f.pair.redacted}` : '';
  const result: SarifResult = {
    ruleId: f.rule,
    ruleIndex,
    level: live ? 'error' : LEVEL[f.confidence],
    message: { text: `${live ? 'LIVE ' : ''}${hardcodedTitle(f.providerName || f.provider)}: ${f.redacted}${withPair}${inArchive ? ` in ${shown}:${f.line}:${f.column}` : ''}${where}. Move it to a secret store and rotate it.` },
    locations: [{ physicalLocation: physical(uri, inArchive ? { line: 1, column: 1, endLine: 1, endColumn: 2 } : f) }],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    properties,
  };
  if (f.pair && !inArchive) result.relatedLocations = [{ id: 1, physicalLocation: physical(uri, f.pair), message: { text: `${f.pair.label} ${f.pair.redacted}` } }];
  return result;
}

function rootUri(root: string | undefined): { uri?: string; description?: { text: string } } {
  if (root && (root.startsWith('/') || /^[A-Za-z]:[\\/]/.test(root))) {
    const href = pathToFileURL(root).href;
    return { uri: href.endsWith('/') ? href : href + '/' };
  }
  return { description: { text: 'The root of the scanned tree.' } };
}

export function buildSarif(result: ScanResult, opts: SarifOptions): SarifLog {
  const findings = sortFindings(result.findings);
  const { rules, index } = collectRules(findings, opts.providers);
  const generics = new Set(opts.providers.flatMap((p) => p.rules.filter((r) => r.generic).map((r) => r.id)));
  const invocation: SarifLog['runs'][number]['invocations'][number] = { executionSuccessful: true };
  if (result.notices.length > 0) {
    invocation.toolExecutionNotifications = result.notices.map((n) => ({ level: 'warning', message: { text: n } }));
  }
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'keylint', version: opts.toolVersion, informationUri: opts.informationUri ?? DEFAULT_INFORMATION_URI, rules },
        },
        invocations: [invocation],
        originalUriBaseIds: { [SRCROOT]: rootUri(opts.root) },
        columnKind: 'utf16CodeUnits',
        results: findings.map((f) => toResult(f, index.get(f.rule)!, opts.root, generics.has(f.rule))),
      },
    ],
  };
}

export function formatSarif(result: ScanResult, opts: SarifOptions): string {
  return JSON.stringify(buildSarif(result, opts), null, 2) + '\n';
}

/**
 * What code scanning should get from a commit-range scan: the findings at the analysed commit
 * only. A key added and removed again within the range is at no line of the commit the SARIF
 * is uploaded for, and GitHub shows such a result as an alert on a file or line that does not
 * exist; those keys stay in the job summary and the JSON report, and the SARIF run names them
 * (redacted, with their commit) in a notification.
 */
export function analysedCommitOnly(result: ScanResult, intermediate: readonly Finding[]): ScanResult {
  if (intermediate.length === 0) return result;
  const gone = new Set(intermediate);
  const listed = intermediate
    .slice(0, 20)
    .map((f) => `${f.file}:${f.line} ${f.providerName || f.provider} ${f.redacted}${f.commit ? ` (commit ${f.commit.slice(0, 12)})` : ''}`)
    .join('; ');
  const more = intermediate.length > 20 ? `; and ${intermediate.length - 20} more` : '';
  const n = intermediate.length;
  const notice = `${n} key${n === 1 ? ' was' : 's were'} added and removed again in intermediate commits and ${n === 1 ? 'is' : 'are'} not SARIF results (no line of the analysed commit holds ${n === 1 ? 'it' : 'them'}); ${n === 1 ? 'it stays' : 'they stay'} in the history and must be rotated: ${listed}${more}`;
  return { ...result, findings: result.findings.filter((f) => !gone.has(f)), notices: [...result.notices, notice] };
}
