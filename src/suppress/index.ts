/**
 * Suppressions from files at the scan root, applied to every scan (tree, diff, staged, commits,
 * history; CLI, hook and Action) in one place, before the baseline:
 *
 * 1. secret scanners' own files: `.secrets.baseline`, `.gitleaksignore`, `.keylintignore`,
 *    keylint's baseline, JSON files shaped like a detect-secrets baseline — never findings
 *    (gitleaks JSON reports are recognised too, but only to say that one with raw secrets is
 *    a leak);
 * 2. `.keylintignore` — keylint fingerprints;
 * 3. `.gitleaksignore` — gitleaks fingerprints;
 * 4. `.gitleaks.toml` — its allowlists;
 * 5. `.secrets.baseline` — detect-secrets' SHA-1 hashes, same file.
 *
 * Each suppressed finding is counted under the first source that took it; the counts become
 * notices, so suppression is never silent.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Finding } from '../types.js';
import { DETECT_SECRETS_BASELINE_FILE, parseDetectSecretsBaseline, sha1Hex } from './detect-secrets.js';
import { allowlistMatches, GITLEAKS_CONFIG_FILE, loadGitleaksConfig, type GitleaksConfig } from './gitleaks-config.js';
import { JSON_FILE, jsonShapeOf, type JsonShape } from './json-shape.js';
import { GITLEAKSIGNORE_FILE, gitleaksIgnores, KEYLINTIGNORE_FILE, parseGitleaksIgnore, parseKeylintIgnore, type GitleaksIgnore } from './ignore-files.js';

/** keylint's default baseline name (pipeline.ts's DEFAULT_BASELINE_FILE). */
const KEYLINT_BASELINE = '.keylint-baseline.json';
const PEER_NAMES = new Set([DETECT_SECRETS_BASELINE_FILE, GITLEAKSIGNORE_FILE, KEYLINTIGNORE_FILE, KEYLINT_BASELINE]);
/** Report-shaped JSON files larger than this are not read for the shape test. */
const MAX_SHAPE_BYTES = 32 * 1024 * 1024;

export interface SuppressOptions {
  /** keylint's baseline file in use (absolute), if any: it is never a finding either. */
  baselinePath?: string;
}

export interface Suppressions {
  /** One line each, for stderr (unsupported `.gitleaks.toml` keys, unreadable ignore lines). */
  warnings: string[];
  /**
   * Drops the suppressed findings. `shapes`: JSON files whose shape the scan read from their
   * text already (others with a finding are read here).
   */
  apply(findings: Finding[], shapes?: ReadonlyMap<string, JsonShape>): Promise<{ kept: Finding[]; notices: string[] }>;
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return undefined;
    throw e;
  }
}

/** What a JSON file is (json-shape.ts), read from the file. */
async function jsonShape(abs: string): Promise<JsonShape> {
  try {
    const st = await stat(abs);
    return st.size > MAX_SHAPE_BYTES ? 'other' : jsonShapeOf(await readFile(abs, 'utf8'));
  } catch {
    return 'other';
  }
}

/** Loads the suppression files at `root`. Malformed files are UsageErrors naming the file and line. */
export async function loadSuppressions(root: string, opts: SuppressOptions = {}): Promise<Suppressions> {
  const warnings: string[] = [];
  const keylintText = await readOptional(path.join(root, KEYLINTIGNORE_FILE));
  const keylintIgnore = keylintText === undefined ? undefined : parseKeylintIgnore(keylintText);
  const gitleaksText = await readOptional(path.join(root, GITLEAKSIGNORE_FILE));
  let gitleaksIgnore: GitleaksIgnore | undefined;
  if (gitleaksText !== undefined) {
    gitleaksIgnore = parseGitleaksIgnore(gitleaksText);
    warnings.push(...gitleaksIgnore.warnings);
  }
  const gitleaksConfig: GitleaksConfig | undefined = await loadGitleaksConfig(path.join(root, GITLEAKS_CONFIG_FILE), GITLEAKS_CONFIG_FILE);
  if (gitleaksConfig) warnings.push(...gitleaksConfig.warnings);
  const dsText = await readOptional(path.join(root, DETECT_SECRETS_BASELINE_FILE));
  const dsKeys = dsText === undefined ? undefined : new Set(parseDetectSecretsBaseline(dsText).map((e) => `${e.file}\0${e.sha1}`));
  const baselineRel = opts.baselinePath ? path.relative(root, opts.baselinePath).split(path.sep).join('/') : undefined;

  const apply = async (findings: Finding[], known?: ReadonlyMap<string, JsonShape>): Promise<{ kept: Finding[]; notices: string[] }> => {
    const counts = new Map<string, number>();
    const shapes = new Map<string, JsonShape | Promise<JsonShape>>(known);
    const rawReports = new Set<string>();
    const peerFiles = new Set<string>();
    const kept: Finding[] = [];
    const count = (label: string): void => {
      counts.set(label, (counts.get(label) ?? 0) + 1);
    };
    for (const f of findings) {
      const base = f.file.slice(f.file.lastIndexOf('/') + 1);
      if (PEER_NAMES.has(base) || f.file === baselineRel) {
        count('peer');
        peerFiles.add(f.file);
        continue;
      }
      if (JSON_FILE.test(base)) {
        let shape = shapes.get(f.file);
        if (!shape) shapes.set(f.file, (shape = jsonShape(path.join(root, f.file))));
        const s = await shape;
        if (s === 'peer') {
          count('peer');
          peerFiles.add(f.file);
          continue;
        }
        if (s === 'raw-report') rawReports.add(f.file);
      }
      if (keylintIgnore?.has(f.fingerprint)) count(KEYLINTIGNORE_FILE);
      else if (gitleaksIgnore && gitleaksIgnores(gitleaksIgnore, f)) count(GITLEAKSIGNORE_FILE);
      else if (gitleaksConfig?.allowlists.some((a) => allowlistMatches(a, f))) count(`the allowlists of ${GITLEAKS_CONFIG_FILE}`);
      else if (dsKeys?.has(`${f.file}\0${sha1Hex(f.secret.reveal())}`)) count(DETECT_SECRETS_BASELINE_FILE);
      else kept.push(f);
    }
    const notices: string[] = [];
    const peer = counts.get('peer');
    if (peer) {
      const files = [...peerFiles].sort();
      const shown = files.length > 3 ? `${files.slice(0, 3).join(', ')} and ${files.length - 3} more` : files.join(', ');
      notices.push(`${peer} ${peer === 1 ? "finding" : "findings"} in secret scanners' own files (${shown}) not reported: they hold hashes and fingerprints, not secrets`);
    }
    for (const [label, n] of counts) if (label !== 'peer') notices.push(`${n} ${n === 1 ? "finding" : "findings"} suppressed by ${label}`);
    for (const r of rawReports) notices.push(`${r} is a gitleaks report with raw secrets: its findings are real leaks (delete it, or make it with gitleaks --redact)`);
    return { kept, notices };
  };
  return { warnings, apply };
}
