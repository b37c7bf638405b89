import { describe, expect, test } from '@jest/globals';
import { looksLikeTreeScan } from '../src/cli/tree-scan.js';

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
    expect(looksLikeTreeScan(argv)).toBe(expected);
  });
});
