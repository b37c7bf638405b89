/**
 * Maps UTF-16 offsets in a text to 0-based lines and 1-based columns. Line starts are recorded
 * only as far as the offsets asked about (findings come in text order): a file with one finding
 * near its top is not indexed whole.
 */
export class LineIndex {
  /** Start offsets of lines 0 … `#count - 1`. */
  #starts = new Int32Array(64);
  #count = 1;
  /** Every line break before this offset is recorded. */
  #searched = 0;

  constructor(private readonly text: string) {}

  /** Records the starts of all lines that start at or before `offset`. */
  #extend(offset: number): void {
    const t = this.text;
    let from = this.#searched;
    while (from <= offset) {
      const i = t.indexOf('\n', from);
      if (i === -1) {
        from = t.length + 1;
        break;
      }
      if (this.#count === this.#starts.length) {
        const grown = new Int32Array(this.#starts.length * 2);
        grown.set(this.#starts);
        this.#starts = grown;
      }
      this.#starts[this.#count++] = i + 1;
      from = i + 1;
    }
    this.#searched = from;
  }

  /** 0-based line index of an offset. */
  lineOf(offset: number): number {
    if (offset >= this.#searched) this.#extend(offset);
    const s = this.#starts;
    let lo = 0;
    let hi = this.#count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** 1-based column of an offset on its line (a line `lineOf` returned). */
  columnOf(offset: number, line: number): number {
    return offset - this.#starts[line]! + 1;
  }

  /** Text of a 0-based line (one `lineOf` returned, or one before it) without its line terminator, capped at `max` chars. */
  lineText(line: number, max = 4096): string {
    if (line < 0 || line >= this.#count) return '';
    const start = this.#starts[line]!;
    const lf = this.text.indexOf('\n', start);
    const end = lf === -1 ? this.text.length : lf;
    const text = this.text.slice(start, Math.min(end, start + max));
    return text.endsWith('\r') ? text.slice(0, -1) : text;
  }
}
