/**
 * Character tests by code. In V8, indexing a string of Chinese text (`text[i]`) allocates a new
 * one-character string each time; the per-character scans of every line use codes instead.
 */
export class CharSet {
  private readonly codes: ReadonlySet<number>;

  constructor(chars: string) {
    this.codes = new Set([...chars].map((char) => char.charCodeAt(0)));
  }

  /** Whether the character at `index` belongs to the set; false past either end of the text. */
  at(text: string, index: number): boolean {
    return this.codes.has(text.charCodeAt(index));
  }

  /** Index just after the run of the set's characters starting at `start`. */
  runEnd(text: string, start: number): number {
    let end = start;
    while (this.codes.has(text.charCodeAt(end))) end++;
    return end;
  }
}
