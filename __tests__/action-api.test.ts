/** The REST API view: patches → units, limits → notices. */
import { describe, expect, test } from '@jest/globals';
import { apiView, patchUnits, quotePath, type ChangesApi } from '../src/action/api-changes.js';

describe('patchUnits', () => {
  test('added lines with their new-file numbers; context and removed lines skipped', () => {
    const patch = ['@@ -1,3 +1,4 @@', ' keep', '-old', '+new one', ' keep2', '+new two', '@@ -20,0 +22,1 @@', '+far'].join('\n');
    const units = patchUnits({ filename: 'dir/a b.ts', status: 'modified', patch }, 'f'.repeat(40));
    expect(units).toEqual([{ path: 'dir/a b.ts', text: 'new one\nnew two\nfar', lines: [2, 4, 22], commit: 'f'.repeat(40) }]);
  });

  test('odd file names survive the synthetic header exactly', () => {
    for (const name of ['q"uote.txt', 'back\\slash', 'tab\there', 'new\nline', 'ünïcode/ファイル.md', ' lead space']) {
      const [u] = patchUnits({ filename: name, status: 'added', patch: '@@ -0,0 +1 @@\n+x' });
      expect(u?.path).toBe(name);
    }
    expect(quotePath('a"b\\c\td\u0001')).toBe('"a\\"b\\\\c\\td\\001"');
  });

  test('no patch (binary or too large) → no units', () => {
    expect(patchUnits({ filename: 'x.png', status: 'added' })).toEqual([]);
  });
});

describe('apiView', () => {
  const api = (over: Partial<ChangesApi> = {}): ChangesApi => ({
    pullFiles: async () => [],
    pullCommits: async () => [],
    compare: async () => ({ commits: [], totalCommits: 0, files: [] }),
    commitFiles: async () => [],
    ...over,
  });

  test('a compare capped at 250 of 400 commits and 300 files says what was not scanned', async () => {
    const commits = Array.from({ length: 250 }, (_, i) => i.toString(16).padStart(40, '0'));
    const files = Array.from({ length: 300 }, (_, i) => ({ filename: `f${i}.txt`, status: 'added', patch: '@@ -0,0 +1 @@\n+x' }));
    const view = await apiView({ base: 'a'.repeat(40), head: 'b'.repeat(40) }, api({ compare: async () => ({ commits, totalCommits: 400, files }) }), 100);
    expect(view.totalCommits).toBe(400);
    expect(view.notes).toEqual([
      'the GitHub compare API returned 300 files, its maximum: files beyond them were NOT scanned',
      'the GitHub compare API listed 250 of the 400 commits (it returns at most 250): the others were not scanned one by one',
      '150 commits of 250 were not fetched one by one (limit 100 API calls): keys added and removed again in them were NOT looked for',
    ]);
  });

  test('a complete pull request view has no notes; files without a patch are named after the scan', async () => {
    const view = await apiView(
      { base: 'a'.repeat(40), head: 'b'.repeat(40), pullNumber: 1, expectedFiles: 2, expectedCommits: 1 },
      api({ pullFiles: async () => [{ filename: 'a.txt', status: 'added', patch: '@@ -0,0 +1 @@\n+x' }, { filename: 'big.bin', status: 'added' }], pullCommits: async () => ['c'.repeat(40)] }),
      0,
    );
    expect(view.notes).toEqual([]);
    const units = [];
    for await (const u of view.head.units) units.push(u);
    expect(units.map((u) => u.path)).toEqual(['a.txt']);
    expect(view.head.notices()).toEqual(['1 file came without a patch from the GitHub API (binary or diff too large) and was NOT scanned: big.bin']);
    expect(view.head.describe()).toBe('net changes aaaaaaa...bbbbbbb (2 files) via the GitHub API');
  });
});
