/**
 * The lines of a long title (GB/T 9704 §7.3.1): broken by meaning, never inside a word or a number,
 * the lines balanced as a trapezoid (each line no longer than the next) or a diamond (the middle
 * longest), never one or two characters alone on a line. Where a title may break is data
 * (`data/titleWords.json`): words never cut, the ends of organ names and a year end a line well.
 */
import titleWords from '../data/titleWords.json';

/** What a break between two characters costs: 0 where the meaning breaks, more inside a phrase, never inside a word. */
const STRONG = 0;
const BETWEEN_WORDS = 2;
const UNKNOWN = 8;
const INSIDE_WORD = 1000;
/** What each character a line is longer than the line below it costs (the top of a trapezoid is its short side). */
const TOP_HEAVY = 1.5;
/** No line of a broken title is shorter than this. */
const MIN_LINE = 3;

const WORDS = [...titleWords.words].sort((a, b) => b.length - a.length);
const CLOSING = /[）》〉】〕”’，。、；：！？)\]]/;
const OPENING = /[（《〈【〔“‘(\[]/;

/** The cost of a break before each character of `title` (index 0 unused). */
function breakCosts(title: readonly string[]): number[] {
  const text = title.join('');
  const costs = new Array<number>(title.length).fill(UNKNOWN);
  // Words found from the left, longest first: no break inside one; a break at both ends of one is between words.
  const inWord = new Array<boolean>(title.length).fill(false);
  const wordEdge = new Array<boolean>(title.length + 1).fill(false);
  for (let at = 0; at < title.length;) {
    const word = WORDS.find((candidate) => text.startsWith(candidate, offsetOf(title, at)));
    if (!word) {
      at++;
      continue;
    }
    const length = [...word].length;
    for (let inside = at + 1; inside < at + length; inside++) inWord[inside] = true;
    wordEdge[at] = wordEdge[at + length] = true;
    at += length;
  }
  for (let at = 1; at < title.length; at++) {
    const before = text.slice(0, offsetOf(title, at));
    const after = text.slice(offsetOf(title, at));
    if (inWord[at] || /\d$/.test(before) && /^[\d年.]/.test(after) || CLOSING.test(title[at]!) || OPENING.test(title[at - 1]!)) {
      costs[at] = INSIDE_WORD;
    } else if (titleWords.breakAfter.some((suffix) => before.endsWith(suffix)) || titleWords.breakBefore.some((prefix) => after.startsWith(prefix))
      || /\d年度?$/.test(before)) {
      costs[at] = STRONG;
    } else if (wordEdge[at]) {
      costs[at] = BETWEEN_WORDS;
    }
  }
  return costs;
}

function offsetOf(chars: readonly string[], index: number): number {
  let offset = 0;
  for (let at = 0; at < index; at++) offset += chars[at]!.length;
  return offset;
}

/** How far the line lengths are from a trapezoid or a diamond: a line longer than the one below it, and unevenness. */
function shapeCost(lengths: readonly number[]): number {
  const longest = Math.max(...lengths);
  const shortest = Math.min(...lengths);
  let cost = (longest - shortest) * 0.3;
  // Top-heavy lines: allowed only below the middle (a diamond).
  const middle = lengths.indexOf(longest);
  for (let line = 0; line < middle; line++) cost += TOP_HEAVY * Math.max(0, lengths[line]! - lengths[line + 1]!);
  if (lengths.length === 2) cost += TOP_HEAVY * Math.max(0, lengths[0]! - lengths[1]!);
  return cost;
}

/**
 * The lines of a title that does not fit on one line of `capacity` characters (`measure` gives a
 * line's width): the cheapest breaks into as few lines as fit, or one more where that is better.
 */
export function breakTitle(title: string, capacity: number, measure: (text: string) => number): string[] {
  const chars = [...title];
  if (measure(title) <= capacity + 1e-6 || chars.length < 2 * MIN_LINE) return [title];
  const costs = breakCosts(chars);
  const widthOf = (start: number, end: number) => measure(chars.slice(start, end).join(''));
  let best: { cost: number; ends: number[] } | undefined;
  const fewest = Math.ceil(measure(title) / capacity);
  for (let count = fewest; count <= fewest + 1; count++) {
    // Every way of cutting the title into `count` lines that fit, tried in full: titles are short.
    const search = (start: number, ends: number[], cost: number) => {
      if (best && cost >= best.cost) return;
      if (ends.length === count - 1) {
        if (chars.length - start < MIN_LINE || widthOf(start, chars.length) > capacity + 1e-6) return;
        const all = [...ends, chars.length];
        const withShape = cost + shapeCost(all.map((end, index) => widthOf(index === 0 ? 0 : all[index - 1]!, end)));
        if (!best || withShape < best.cost) best = { cost: withShape, ends: all };
        return;
      }
      for (let end = start + MIN_LINE; end < chars.length && widthOf(start, end) <= capacity + 1e-6; end++) {
        search(end, [...ends, end], cost + costs[end]!);
      }
    };
    search(0, [], 0);
  }
  if (!best) return [title];
  const lines: string[] = [];
  let start = 0;
  for (const end of best.ends) {
    lines.push(chars.slice(start, end).join(''));
    start = end;
  }
  return lines;
}
