/**
 * Character tests by code. In V8, indexing a string of Chinese text (`text[i]`) allocates a new
 * one-character string each time; the per-character scans of every line use codes instead.
 */
export class CharSet {
  /** One bit per UTF-16 code unit (8 KB): a lookup is a shift and a mask, where a `Set` would hash. */
  private readonly bits = new Uint32Array(0x10000 >>> 5);

  /** U+0000 never belongs to a set: `charCodeAt` past either end gives NaN, which indexes as 0. */
  constructor(chars: string) {
    for (let index = 0; index < chars.length; index++) {
      const code = chars.charCodeAt(index);
      if (code !== 0) this.bits[code >>> 5]! |= 1 << (code & 31);
    }
  }

  /** Every code unit but U+0000 and these. */
  static except(chars: string): CharSet {
    const set = new CharSet('');
    set.bits.fill(0xffffffff);
    set.bits[0]! &= ~1;
    for (let index = 0; index < chars.length; index++) {
      const code = chars.charCodeAt(index);
      set.bits[code >>> 5]! &= ~(1 << (code & 31));
    }
    return set;
  }

  /** Whether a code unit belongs to the set. */
  has(code: number): boolean {
    return (this.bits[code >>> 5]! & (1 << (code & 31))) !== 0;
  }

  /** Whether the character at `index` belongs to the set; false past either end of the text. */
  at(text: string, index: number): boolean {
    const code = text.charCodeAt(index);
    return (this.bits[code >>> 5]! & (1 << (code & 31))) !== 0;
  }

  /** Whether any character from `start` up to `end` belongs to the set. */
  occursIn(text: string, start: number, end: number): boolean {
    for (let index = start; index < end; index++) if (this.at(text, index)) return true;
    return false;
  }

  /** Index just after the run of the set's characters starting at `start`. */
  runEnd(text: string, start: number): number {
    let end = start;
    while (this.at(text, end)) end++;
    return end;
  }
}
