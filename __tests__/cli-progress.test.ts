/**
 * The progress line of long scans: only on a terminal, never in CI or when piped, only after
 * 2 s, erased at the end.
 */
import { afterEach, describe, expect, jest, test } from '@jest/globals';
import { progressText, startProgressLine } from '../src/cli/progress.js';
import { newProgress } from '../src/scan/progress.js';

afterEach(() => {
  jest.useRealTimers();
});

function capture(stderrIsTTY: boolean, env: NodeJS.ProcessEnv = {}) {
  const lines: string[] = [];
  return { io: { stderr: (s: string) => void lines.push(s), stderrIsTTY, env }, lines };
}

describe('startProgressLine', () => {
  test('on a terminal: nothing for 2 s, then the line redrawn in place, erased when stopped', () => {
    jest.useFakeTimers();
    const { io, lines } = capture(true);
    const p = newProgress();
    const stop = startProgressLine(io, p);
    jest.advanceTimersByTime(1900);
    expect(lines).toEqual([]);
    Object.assign(p, { files: 1234, bytes: 56_700_000, findings: 1 });
    jest.advanceTimersByTime(300);
    expect(lines.at(-1)).toBe('\r\x1b[Kkeylint: 1,234 files, 56.7 MB, 1 finding so far (2 s)');
    stop();
    expect(lines.at(-1)).toBe('\r\x1b[K');
    const n = lines.length;
    jest.advanceTimersByTime(5000);
    expect(lines).toHaveLength(n);
  });

  test.each([
    ['piped stderr', false, {}],
    ['CI', true, { CI: 'true' }],
  ])('%s: never a line', (_label, tty, env) => {
    jest.useFakeTimers();
    const { io, lines } = capture(tty, env);
    const stop = startProgressLine(io, newProgress());
    jest.advanceTimersByTime(10_000);
    stop();
    expect(lines).toEqual([]);
  });

  test('a short scan erases nothing it did not draw', () => {
    jest.useFakeTimers();
    const { io, lines } = capture(true);
    const stop = startProgressLine(io, newProgress());
    jest.advanceTimersByTime(500);
    stop();
    expect(lines).toEqual([]);
  });

  test('wording: plurals, MB with one decimal', () => {
    expect(progressText({ files: 1, bytes: 0, findings: 0 }, 999)).toBe('keylint: 1 file, 0.0 MB, 0 findings so far (0 s)');
  });
});
