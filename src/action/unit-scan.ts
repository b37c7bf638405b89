/**
 * Scans a prepared unit source (the GitHub API view) with the same configuration, rules,
 * excludes and baseline as `runScanRequest`. It mirrors the pipeline's git branch because the
 * pipeline only opens git sources itself; once `ScanRequest` accepts a prepared source this
 * file reduces to one call.
 */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { applyBaseline, readBaseline } from '../baseline/index.js';
import { DEFAULT_EXCLUDES } from '../config/default-excludes.js';
import { compileAllow, customRulesToProvider, loadConfig } from '../config/load.js';
import { Engine } from '../engine/index.js';
import { providers as builtinProviders } from '../providers/registry.js';
import { DEFAULT_BASELINE_FILE, type ScanOutcome, type ScanRequest } from '../scan/pipeline.js';
import { scanUnits } from '../scan/run-scan.js';
import { compileGlobs } from '../sources/files.js';
import type { GitScan } from '../sources/git-units.js';
import type { ScanResult, ScanUnit } from '../types.js';

async function* filterUnits(units: AsyncIterable<ScanUnit>, exclude: readonly string[], paths: readonly string[]): AsyncGenerator<ScanUnit> {
  const isExcluded = compileGlobs(exclude);
  const prefixes = paths.map((p) => p.replace(/^\.\//, '').replace(/\/+$/, '')).filter((p) => p !== '' && p !== '.');
  const inPaths = (p: string): boolean => prefixes.length === 0 || prefixes.some((x) => p === x || p.startsWith(x + '/'));
  for await (const u of units) if (!isExcluded(u.path) && inPaths(u.path)) yield u;
}

export async function scanPreparedSource(req: ScanRequest, source: GitScan): Promise<ScanOutcome> {
  const root = req.cwd;
  const config = await loadConfig(root, req.configPath ? path.resolve(req.cwd, req.configPath) : undefined);
  const custom = customRulesToProvider(config);
  const providers = custom ? [...builtinProviders, custom] : builtinProviders;
  const engine = new Engine({
    providers,
    disabledRules: new Set(config.rules.disable.filter((r) => !config.rules.enable.includes(r))),
    isAllowedValue: compileAllow(config),
  });
  const exclude = [...(req.defaultExcludes ? DEFAULT_EXCLUDES : []), ...config.exclude, ...req.exclude];
  const { findings, stats } = await scanUnits(engine, filterUnits(source.units, exclude, req.paths));
  const skipped = source.skipped();
  const result: ScanResult = { findings, skipped, stats: { ...stats, skipped: skipped.length }, scope: source.describe(), notices: source.notices() };

  let baselinePath: string | undefined;
  if (req.baseline !== false) {
    if (req.baseline) baselinePath = path.resolve(req.cwd, req.baseline);
    else if (config.baseline) baselinePath = path.resolve(root, config.baseline);
    else if (existsSync(path.join(root, DEFAULT_BASELINE_FILE))) baselinePath = path.join(root, DEFAULT_BASELINE_FILE);
  }
  let baselined = 0;
  let stale: ScanOutcome['stale'] = [];
  if (baselinePath) {
    const applied = applyBaseline(result.findings, await readBaseline(baselinePath));
    baselined = applied.suppressed.length;
    stale = applied.stale;
    result.findings = applied.kept;
    if (baselined) result.notices.push(`${baselined} known finding(s) suppressed by the baseline ${path.basename(baselinePath)}`);
  }
  const outcome: ScanOutcome = { result, root, config, providers, baselined, stale };
  if (baselinePath) outcome.baselinePath = baselinePath;
  return outcome;
}
