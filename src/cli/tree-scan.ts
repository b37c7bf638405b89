/** Commands that never scan a tree of files. */
const OTHER_COMMANDS = new Set(['help', '-h', '--help', 'version', '--version', '-V', 'hook', 'baseline', 'check']);
/** Scan flags that read git diffs instead of files. */
const DIFF_FLAG = /^--(?:staged|diff|commits|history)(?:=|$)/;

/**
 * A first guess, before the command line is parsed, at whether this run scans a tree of files
 * (`keylint`, `keylint scan [paths]`, `keylint PATH`): worth starting worker threads early. A
 * wrong guess costs one idle worker's boot; the scan itself decides how many threads it uses.
 */
export function looksLikeTreeScan(argv: readonly string[]): boolean {
  const [command] = argv;
  if (command === undefined || OTHER_COMMANDS.has(command)) return false;
  return !argv.some((a) => DIFF_FLAG.test(a));
}
