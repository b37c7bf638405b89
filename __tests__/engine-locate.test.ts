import { describe, expect, test } from '@jest/globals';
import { LineIndex } from '../src/engine/locate.js';
import { prng } from './support/fuzz.js';

/** The reference: every line of the text split up front. */
function reference(text: string): { lineOf: (o: number) => number; column: (o: number) => number; line: (l: number) => string } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const lineOf = (o: number): number => {
    let l = 0;
    while (l + 1 < starts.length && starts[l + 1]! <= o) l++;
    return l;
  };
  return { lineOf, column: (o) => o - starts[lineOf(o)]! + 1, line: (l) => text.split('\n')[l]!.replace(/\r$/, '') };
}

describe('LineIndex', () => {
  test('lines, columns and line text agree with a full split, offsets asked in any order', () => {
    const r = prng('line-index');
    for (let round = 0; round < 200; round++) {
      const text = r.str('ab \n\r\n', r.int(0, 300));
      const ref = reference(text);
      const index = new LineIndex(text);
      // Mostly increasing offsets (findings come in text order), some going back.
      let o = 0;
      for (let k = 0; k < 40; k++) {
        o = r.chance(0.2) ? r.int(0, text.length) : Math.min(text.length, o + r.int(0, 20));
        const line = index.lineOf(o);
        expect(line).toBe(ref.lineOf(o));
        expect(index.columnOf(o, line)).toBe(ref.column(o));
        expect(index.lineText(line)).toBe(ref.line(line));
        if (line > 0) expect(index.lineText(line - 1)).toBe(ref.line(line - 1));
      }
    }
  });

  test('a text of many lines asked about its last offset first, then its first', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `line ${i}`).join('\n');
    const index = new LineIndex(text);
    expect(index.lineOf(text.length - 1)).toBe(999);
    expect(index.lineText(999)).toBe('line 999');
    expect(index.lineOf(0)).toBe(0);
    expect(index.columnOf(7, 1)).toBe(1);
    expect(index.lineText(5, 3)).toBe('lin');
  });
});
