import { parseArgs } from 'node:util';
import { GITLEAKS_ALIASES } from '../providers/gitleaks-aliases.js';
import { providers } from '../providers/registry.js';
import { buildCatalog, formatCatalogJson, formatCatalogText, formatProvidersMarkdown } from '../reports/rules.js';
import { UsageError } from '../types.js';
import { writeReport, type CliIo } from './io.js';

/** `keylint rules [--format text|json|markdown] [-o FILE]`: every rule keylint has. */
export function runRulesCommand(args: string[], io: CliIo): number {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { format: { type: 'string', short: 'f' }, output: { type: 'string', short: 'o' } }, allowPositionals: false, strict: true });
  } catch (err) {
    throw new UsageError(`${(err as Error).message.split('\n')[0]} (see keylint --help)`);
  }
  const format = parsed.values.format ?? 'text';
  const catalog = buildCatalog(providers, GITLEAKS_ALIASES);
  let out: string;
  if (format === 'json') out = formatCatalogJson(catalog);
  else if (format === 'markdown') out = formatProvidersMarkdown(providers);
  else if (format === 'text') out = formatCatalogText(catalog);
  else throw new UsageError(`--format must be text, json or markdown (got "${format}")`);
  if (parsed.values.output) writeReport(parsed.values.output, out, io.cwd, io.stderr);
  else io.stdout(out);
  return 0;
}
