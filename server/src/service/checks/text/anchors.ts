/**
 * A word list looked for at one character of each entry (its anchor): the least frequent in real
 * reports, so that common characters (一, 三, 法) do not stop the scan. The anchors are the list's
 * check's triggers.
 */
import frequentCharacters from '../../data/frequentCharacters.json';
import { isHan } from '../../model/text';

interface Anchored {
  readonly text: string;
  /** Where the anchor stands in the text. */
  readonly anchor: number;
  readonly index: number;
}

const FREQUENT = frequentCharacters.characters;

/** How rare a character of a listed word is: Chinese characters by their rank in the frequency list, missing from it rarest; others never anchors. */
function rarity(text: string, at: number): number {
  if (!isHan(text.charCodeAt(at))) return -1;
  const rank = FREQUENT.indexOf(text[at]!);
  return rank < 0 ? Infinity : rank;
}

export class AnchoredList {
  /** The anchor characters. */
  readonly anchors: string;
  private readonly byAnchor = new Map<number, Anchored[]>();

  constructor(texts: readonly string[]) {
    texts.forEach((text, index) => {
      let at = 0;
      for (let candidate = 1; candidate < text.length; candidate++) if (rarity(text, candidate) > rarity(text, at)) at = candidate;
      const code = text.charCodeAt(at);
      const list = this.byAnchor.get(code) ?? this.byAnchor.set(code, []).get(code)!;
      list.push({ text, anchor: at, index });
    });
    this.anchors = String.fromCharCode(...this.byAnchor.keys());
  }

  /** Calls `visit` for every entry standing in `text` with its anchor at `at`, with the entry's index and span. */
  matchesAt(text: string, at: number, visit: (index: number, start: number, end: number) => void): void {
    for (const candidate of this.byAnchor.get(text.charCodeAt(at)) ?? []) {
      const start = at - candidate.anchor;
      if (start >= 0 && text.startsWith(candidate.text, start)) visit(candidate.index, start, start + candidate.text.length);
    }
  }
}
