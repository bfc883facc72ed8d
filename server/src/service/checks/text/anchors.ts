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
  /** The entries by the code of their anchor. */
  private readonly byAnchor: (Anchored[] | undefined)[] = [];

  constructor(texts: readonly string[]) {
    let anchors = '';
    texts.forEach((text, index) => {
      let at = 0;
      for (let candidate = 1; candidate < text.length; candidate++) if (rarity(text, candidate) > rarity(text, at)) at = candidate;
      const code = text.charCodeAt(at);
      if (!this.byAnchor[code]) {
        this.byAnchor[code] = [];
        anchors += text[at];
      }
      this.byAnchor[code]!.push({ text, anchor: at, index });
    });
    this.anchors = anchors;
  }

  /** The entries standing in `text` with their anchor at `at`: their indexes and spans. */
  matchesAt(text: string, at: number): readonly AnchoredMatch[] {
    const candidates = this.byAnchor[text.charCodeAt(at)];
    if (!candidates) return NO_MATCHES;
    let matches: AnchoredMatch[] | undefined;
    for (const candidate of candidates) {
      const start = at - candidate.anchor;
      if (start >= 0 && text.startsWith(candidate.text, start)) (matches ??= []).push({ index: candidate.index, start, end: start + candidate.text.length });
    }
    return matches ?? NO_MATCHES;
  }
}

export interface AnchoredMatch {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

const NO_MATCHES: readonly AnchoredMatch[] = Object.freeze([]);
