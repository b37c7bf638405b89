import { existsSync } from 'node:fs';
import path from 'node:path';
import { defaultBaselinePath } from '../scan/pipeline.js';
import { compareEntries, readBaseline, writeBaselineEntries, type BaselineEntry } from './index.js';
import { importBaselineFile } from './import.js';

export interface ImportRequest {
  cwd: string;
  /** The detect-secrets baseline or gitleaks report to convert. */
  file: string;
  /** Where to write; default: where scans read the baseline. */
  target?: string;
  configPath?: string;
}

/** Converts `file` and merges its entries into keylint's baseline (existing entries are kept). */
export async function importIntoBaseline(req: ImportRequest): Promise<{ path: string; message: string }> {
  const shown = path.relative(req.cwd, path.resolve(req.cwd, req.file)) || req.file;
  const imported = await importBaselineFile(path.resolve(req.cwd, req.file), shown);
  const target = req.target !== undefined ? path.resolve(req.cwd, req.target) : await defaultBaselinePath(req.cwd, req.configPath);
  const existing: BaselineEntry[] = existsSync(target) ? await readBaseline(target) : [];
  const same = (a: BaselineEntry, b: BaselineEntry): boolean => compareEntries(a, b) === 0 && a.sha1 === b.sha1;
  const added = imported.entries.filter((e) => !existing.some((x) => same(x, e)));
  await writeBaselineEntries(target, [...existing, ...added]);
  const rel = path.relative(req.cwd, target) || target;
  let message = `keylint: imported ${added.length} entr${added.length === 1 ? 'y' : 'ies'} from the ${imported.kind} file ${shown} into ${rel}`;
  if (existing.length) message += ` (${existing.length} already there kept${imported.entries.length > added.length ? `, ${imported.entries.length - added.length} duplicate(s) skipped` : ''})`;
  message += '.\n';
  if (imported.skipped) message += `keylint: ${imported.skipped} entr${imported.skipped === 1 ? 'y was' : 'ies were'} not imported: ${imported.why}.\n`;
  return { path: target, message };
}
