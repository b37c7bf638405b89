import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../types.js';
import { probeProblem, probeRegexes } from './regex-safety.js';
import type { RegexSite } from './parse.js';
import { CONFIG_FILE_NAMES, defaultConfig, type KeylintConfig } from './schema.js';
import { CONFIG_SITES } from './sites.js';
import { didYouMean } from './suggest.js';

/** Config files larger than this are refused (a config is a few hundred bytes). */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** Runs the timed ReDoS probe over every regex a parsed config holds; throws UsageError on the first bad one. */
async function probeConfigRegexes(regexes: RegexSite[]): Promise<void> {
  const results = await probeRegexes(regexes.map((s) => s.source));
  results.forEach((res, i) => {
    const problem = probeProblem(res);
    const site = regexes[i]!;
    if (problem) throw new UsageError(`${site.where}: ${site.what}: regex is not linear-time: ${problem}`);
  });
}

function display(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}

async function isFile(p: string): Promise<boolean | 'other'> {
  try {
    return (await stat(p)).isFile() ? true : 'other';
  } catch {
    return false;
  }
}

/**
 * Loads `.keylint.yml` (or `.keylint.yaml`) from the scan root, or `explicitPath` (relative to
 * the working directory). No file at the root gives the defaults; a missing explicit file,
 * both root files at once, or any invalid content is a UsageError.
 */
export async function loadConfig(root: string, explicitPath?: string): Promise<KeylintConfig> {
  let file: string | undefined;
  if (explicitPath !== undefined) {
    file = path.resolve(explicitPath);
    const kind = await isFile(file);
    if (kind === false) throw new UsageError(`config file not found: ${explicitPath}`);
    if (kind === 'other') throw new UsageError(`config path is not a file: ${explicitPath}`);
  } else {
    const found: string[] = [];
    for (const name of CONFIG_FILE_NAMES) {
      const p = path.join(root, name);
      if ((await isFile(p)) === true) found.push(p);
    }
    if (found.length > 1) throw new UsageError(`both ${found.map(display).join(' and ')} exist; keep one`);
    file = found[0];
  }
  if (file === undefined) return defaultConfig();
  const shown = display(file);
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch (e) {
    throw new UsageError(`cannot read config ${shown}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (buf.length > MAX_CONFIG_BYTES) throw new UsageError(`${shown}: config file is larger than 1 MB`);
  const { parseWithSites } = await import('./parse.js');
  const { config, regexes } = parseWithSites(buf.toString('utf8'), shown);
  await probeConfigRegexes(regexes);
  return config;
}

/**
 * Checks rule ids in `rules.disable` / `rules.enable` against the known rule and provider ids
 * (custom rule ids and `custom` count as known), and that no custom rule reuses a built-in id.
 * Throws UsageError `file:line:col: …` with the nearest known id.
 */
export function validateRuleIds(cfg: KeylintConfig, knownIds: Iterable<string>): void {
  const builtin = new Set(knownIds);
  const sites = CONFIG_SITES.get(cfg);
  const where = (key: string): string => sites?.get(key) ?? cfg.source ?? 'config';
  cfg.customRules.forEach((c, i) => {
    if (builtin.has(c.id)) throw new UsageError(`${where(`custom-rules[${i}].id`)}: custom rule id "${c.id}" is already a built-in rule or provider id; pick another`);
  });
  const known = new Set([...builtin, 'custom', ...cfg.customRules.map((c) => c.id)]);
  for (const k of ['disable', 'enable'] as const) {
    cfg.rules[k].forEach((id, i) => {
      if (!known.has(id)) throw new UsageError(`${where(`rules.${k}[${i}]`)}: rules.${k}: unknown rule "${id}"${didYouMean(id, known)}`);
    });
  }
}
