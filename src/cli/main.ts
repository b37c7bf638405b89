import { existsSync } from 'node:fs';
import path from 'node:path';
import { nearest } from '../config/suggest.js';
import { UsageError } from '../types.js';
import { VERSION } from '../version.js';
import { HELP } from './help.js';
import type { CliIo } from './io.js';

const COMMANDS = ['scan', 'hook', 'baseline', 'rules', 'check', 'help', 'version'];

/** Dispatches a command line; returns the exit code. Errors become one line on stderr, exit 2. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.stdout(HELP);
        return 0;
      case '--version':
      case '-V':
      case 'version':
        io.stdout(`${VERSION}\n`);
        return 0;
      // The scan commands (engine, rules, reports) load only when one runs: `--version` and
      // `--help` answer without them.
      case 'scan':
        return await (await import('./scan-command.js')).runScanCommand(rest, io);
      case 'hook':
        return await (await import('./scan-command.js')).runHookCommand(rest, io);
      case 'baseline':
        return await (await import('./scan-command.js')).runBaselineCommand(rest, io);
      case 'rules': {
        const { runRulesCommand } = await import('./rules-command.js');
        return runRulesCommand(rest, io);
      }
      case 'check': {
        const { runCheck } = await import('../health/command.js');
        return await runCheck(rest, io.env, io);
      }
      default:
        // `keylint PATH` and `keylint --flag` mean `keylint scan …`; a mistyped command is not a path.
        if (!command.startsWith('-') && !existsSync(path.resolve(io.cwd, command))) {
          const near = nearest(command, COMMANDS);
          if (near) throw new UsageError(`unknown command "${command}" — did you mean "${near}"? (see keylint --help)`);
        }
        return await (await import('./scan-command.js')).runScanCommand(argv, io);
    }
  } catch (err) {
    io.stderr(`keylint: ${errorLine(err)}\n`);
    return 2;
  }
}

export function errorLine(err: unknown): string {
  if (err instanceof UsageError) return err.message;
  const e = err as NodeJS.ErrnoException;
  if (e && typeof e.message === 'string') return `${e.code ? `${e.code}: ` : ''}${e.message.split('\n')[0]}`;
  return String(err).split('\n')[0] ?? 'unknown error';
}
