/**
 * Finds many literal strings at once (Aho–Corasick over UTF-16 code units): the user's allowed
 * words are tested against every text finding, and a list of thousands of words must cost one
 * pass over a line, not one search per word.
 */
export class LiteralMatcher {
  /** Per state, its transitions by code unit. */
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Per state, the length of the longest word ending there (0: none). */
  private readonly longest: number[] = [0];
  readonly empty: boolean;

  constructor(words: readonly string[]) {
    for (const word of words) {
      if (word.length === 0) continue;
      let state = 0;
      for (let index = 0; index < word.length; index++) {
        const code = word.charCodeAt(index);
        let target = this.next[state]!.get(code);
        if (target === undefined) {
          target = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.longest.push(0);
          this.next[state]!.set(code, target);
        }
        state = target;
      }
      this.longest[state] = Math.max(this.longest[state]!, word.length);
    }
    this.empty = this.next.length === 1;
    // Breadth first, so that a state's failure link is settled before its children need it.
    const queue: number[] = [...this.next[0]!.values()];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [code, child] of this.next[state]!) {
        let fallback = this.fail[state]!;
        while (fallback !== 0 && !this.next[fallback]!.has(code)) fallback = this.fail[fallback]!;
        const target = this.next[fallback]!.get(code);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        // A word ending at the failure state is a suffix, so shorter than the child's own word if it has one.
        if (this.longest[child] === 0) this.longest[child] = this.longest[this.fail[child]!]!;
        queue.push(child);
      }
    }
  }

  /**
   * For each end offset `e` of `text`, the smallest start of a word that ends at `e` or later
   * (`text.length + 1` where none does): a span `[s, e)` lies inside a word exactly when
   * `coverStarts[e] <= s`.
   */
  coverStarts(text: string): Int32Array {
    const starts = new Int32Array(text.length + 2).fill(text.length + 1);
    let state = 0;
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      let target = this.next[state]!.get(code);
      while (target === undefined && state !== 0) {
        state = this.fail[state]!;
        target = this.next[state]!.get(code);
      }
      state = target ?? 0;
      const length = this.longest[state]!;
      if (length > 0) starts[index + 1] = index + 1 - length;
    }
    for (let end = text.length - 1; end >= 0; end--) starts[end] = Math.min(starts[end]!, starts[end + 1]!);
    return starts;
  }
}
