/** Shared pieces of the migration suites: fake keys built at run time and a JSON scan helper. */
import { createHash } from 'node:crypto';
import { runCli, cleanEnv, type Proc } from './hardening.js';

export { fakeOpenAiKey } from './fake-openai.js';

export const sha1 = (s: string): string => createHash('sha1').update(s).digest('hex');

export interface JsonFindingLite {
  rule: string;
  file: string;
  line: number;
  fingerprint: string;
  commit?: string;
}

export interface Scan {
  proc: Proc;
  findings: JsonFindingLite[];
  notices: string[];
}

/** `keylint ARGS --format json` in `cwd`; parses stdout when the run did not fail with 2. */
export async function scanJson(cwd: string, args: readonly string[]): Promise<Scan> {
  const proc = await runCli([...args, '--format', 'json'], { cwd, env: cleanEnv() });
  if (proc.code === 2) return { proc, findings: [], notices: [] };
  const report = JSON.parse(proc.stdout) as { findings: JsonFindingLite[]; notices: string[] };
  return { proc, findings: report.findings, notices: report.notices };
}

export const where = (fs: readonly JsonFindingLite[]): string[] => fs.map((f) => `${f.commit ? f.commit.slice(0, 7) + ':' : ''}${f.file}:${f.line}`).sort();
