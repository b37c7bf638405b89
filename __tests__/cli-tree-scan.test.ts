import { describe, expect, test } from '@jest/globals';
import { treeScanGuess } from '../src/cli/tree-scan.js';

describe('the entry point guesses, before parsing, whether to start scan workers early', () => {
  test.each([
    [['scan'], true],
    [['scan', 'src', '--format', 'json'], true],
    [['.'], true],
    [['--no-default-excludes'], true],
    [[], false],
    [['--version'], false],
    [['check'], false],
    [['hook', 'a.py'], false],
    [['baseline'], false],
    [['scan', '--staged'], false],
    [['scan', '--diff', 'main...HEAD'], false],
    [['scan', '--diff=main...HEAD'], false],
    [['scan', '--commits', 'a..b'], false],
    [['scan', '--history'], false],
    [['scan', 'src/--history-notes'], true],
  ])('%j → %s', (argv, expected) => {
    expect(treeScanGuess(argv) !== undefined).toBe(expected);
  });
  test('the --max-file-size given sizes the workers', () => {
    expect(treeScanGuess(['scan', '.'])).toEqual({});
    expect(treeScanGuess(['scan', '.', '--max-file-size', '28MB'])).toEqual({ maxFileSize: 28 * 1024 * 1024 });
    expect(treeScanGuess(['scan', '--max-file-size=512KB'])).toEqual({ maxFileSize: 512 * 1024 });
    expect(treeScanGuess(['scan', '--max-file-size', 'lots'])).toEqual({});
  });
});
