import { parseSize } from '../config/size.js';

/** Commands that never scan a tree of files. */
const OTHER_COMMANDS = new Set(['help', '-h', '--help', 'version', '--version', '-V', 'hook', 'baseline', 'check', 'rules']);
/** Scan flags that read git diffs instead of files. */
const DIFF_FLAG = /^--(?:staged|diff|commits|history)(?:=|$)/;

/**
 * A first guess, before the command line is parsed, at whether this run scans a tree of files
 * (`keylint scan [paths]`, `keylint PATH`): worth starting worker threads early. Undefined for
 * other runs; else the `--max-file-size` given, if any (workers are sized for it). A wrong
 * guess costs one idle worker's boot; the scan itself decides which threads it uses.
 */
export function treeScanGuess(argv: readonly string[]): { maxFileSize?: number } | undefined {
  const [command] = argv;
  if (command === undefined || OTHER_COMMANDS.has(command)) return undefined;
  if (argv.some((a) => DIFF_FLAG.test(a) || a === '-' || a === '/dev/stdin')) return undefined;
  const i = argv.findIndex((a) => a === '--max-file-size' || a.startsWith('--max-file-size='));
  const value = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.slice(argv[i]!.indexOf('=') + 1) : argv[i + 1];
  const maxFileSize = value === undefined ? undefined : parseSize(value);
  return maxFileSize === undefined ? {} : { maxFileSize };
}
