/** Maps UTF-16 offsets in a text to 1-based line and column, building the line index lazily. */
export class LineIndex {
  #starts: number[] | undefined;
  constructor(private readonly text: string) {}

  private starts(): number[] {
    if (this.#starts) return this.#starts;
    const starts = [0];
    const t = this.text;
    let i = t.indexOf('\n');
    while (i !== -1) {
      starts.push(i + 1);
      i = t.indexOf('\n', i + 1);
    }
    this.#starts = starts;
    return starts;
  }

  /** 0-based line index of an offset. */
  lineOf(offset: number): number {
    const s = this.starts();
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** 1-based column of an offset on its line. */
  columnOf(offset: number, line: number): number {
    return offset - this.starts()[line]! + 1;
  }

  /** Text of a 0-based line without its line terminator, capped at `max` chars around nothing. */
  lineText(line: number, max = 4096): string {
    const s = this.starts();
    if (line < 0 || line >= s.length) return '';
    const start = s[line]!;
    const end = line + 1 < s.length ? s[line + 1]! - 1 : this.text.length;
    const text = this.text.slice(start, Math.min(end, start + max));
    return text.endsWith('\r') ? text.slice(0, -1) : text;
  }
}
