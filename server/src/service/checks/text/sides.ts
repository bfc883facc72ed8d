/**
 * What stands beside a mark or a blank in a line's wording, for the text checks: Chinese text,
 * letters and digits, or something else; web addresses, numbers in the making, and the blanks a
 * mark's fix takes with it.
 */
import { CharSet } from '../../model/chars';
import { isAsciiDigit, isBlank, isHan } from '../../model/text';
import type { TextMark } from '../types';
import { PAIRING_MARKS, Pairing, Pairs } from './pairs';
import type { LineScan } from './textCheck';

export function isLatin(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Full-width digits and Latin letters (`２０２３` `ＡＢ`). */
export function isFullAlnum(code: number): boolean {
  return (code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a);
}

/** Full-width punctuation, whose neighbours count as Chinese text. */
export const FULL_PUNCTUATION = new CharSet('。，、；：！？“”‘’（）《》〈〉【】〔〕…—·');

/** What stands beside a mark or a blank: nothing, something else, a letter or digit, or Chinese text. */
export const enum Side { None, Other, Alnum, Chinese }

const MAX_LOOK = 16;
const SEE_THROUGH = new CharSet('"\'(),;:?!');
/** Half-width marks whose fix takes the blanks beside it (see `fullWidthSpan`): no other fix takes those. */
export const CLAIMS_BLANKS = new CharSet('(),;:?!');
const HALF_PAUSES = new CharSet(',;:?!');

/**
 * What stands from `index` on in the direction `step`, past the blanks there when `pastBlanks`, then
 * past straight quotes, half-width brackets and half-width pauses (which turn full-width themselves
 * in Chinese text). Marks count as they will be once fixed: `...` becomes `……`, Chinese punctuation
 * (outside an address), and so do the straight quotes and half-width brackets that quote-style
 * and punctuation-width turn curly or full-width (`pairFixes`), unless `asWritten` (for those
 * fixes' own decisions); blanks past such marks that stray-space removes are looked through.
 */
export function sideAt(scan: LineScan, index: number, step: 1 | -1, pastBlanks: boolean, asWritten = false, blanksAsWritten = false): Side {
  const { text, from, end } = scan;
  if (pastBlanks) while (index >= from && index < end && isBlank(text.charCodeAt(index))) index += step;
  // A bounded look, so that a line of `,),),…` costs no more than one pass.
  const stop = step > 0 ? Math.min(end, index + MAX_LOOK) : Math.max(from - 1, index - MAX_LOOK);
  for (let at = index; (step > 0 ? at < stop : at > stop) && at >= from && at < end; at += step) {
    const code = text.charCodeAt(at);
    if (isHan(code) || FULL_PUNCTUATION.has(code)) return Side.Chinese;
    if (TURNING.has(code) && !asWritten && scan.ofLine(pairFixes).turning.has(at)) return Side.Chinese;
    // `...` becomes `……` (but not at the end of an address, where it stays as written).
    if (code === 0x2e) return dotRunLength(scan, at) >= 3 && !inAddress(text, at) ? Side.Chinese : Side.Other;
    if (isAsciiDigit(code) || isLatin(code) || isFullAlnum(code)) return Side.Alnum;
    if (isBlank(code) && at !== index && !blanksAsWritten) {
      const beyond = strayBlanksEnd(scan, at, step, asWritten);
      if (beyond !== at) {
        at = beyond - step;
        continue;
      }
    }
    if (!SEE_THROUGH.has(code)) return Side.Other;
  }
  return Side.None;
}

/**
 * Where the blanks at `at` end in the direction `step` when stray-space removes them (`大　",`
 * before an English word: `大",`), else `at`: the rule of stray-space, judged as written.
 */
function strayBlanksEnd(scan: LineScan, at: number, step: 1 | -1, asWritten: boolean): number {
  const { text, from, end } = scan;
  let beyond = at;
  while (beyond >= from && beyond < end && isBlank(text.charCodeAt(beyond))) beyond += step;
  if (CLAIMS_BLANKS.at(text, at - step) || CLAIMS_BLANKS.at(text, beyond)) return at;
  const far = sideAt(scan, beyond, step, false, asWritten, true);
  const near = sideAt(scan, at - step, step > 0 ? -1 : 1, false, asWritten, true);
  const stray = (far === Side.Chinese && near >= Side.Alnum) || (far === Side.Alnum && near === Side.Chinese);
  return stray ? beyond : at;
}

/** The marks the pair fixes may turn curly or full-width. */
const TURNING = new CharSet('"()');

/**
 * What the fix of a mark at `start`…`stop` that turns full-width replaces: the mark, and the blanks
 * beside it that would then be stray (`( 一)` → `（一）`, `重点 ,现` → `重点，现`), but not an indent.
 * Blanks between two such marks are the second one's; stray-space leaves all of these alone.
 */
export function fullWidthSpan(scan: LineScan, start: number, stop: number): TextMark {
  const { text, from, end } = scan;
  let before = start;
  while (before > from && isBlank(text.charCodeAt(before - 1))) before--;
  // A half-width pause before the blanks turns full-width with this mark beside it (`, (说明)` → `，（说明）`).
  if (before === from || before === start || (sideAt(scan, before - 1, -1, false) < Side.Alnum && !HALF_PAUSES.at(text, before - 1))) before = start;
  let after = stop;
  while (after < end && isBlank(text.charCodeAt(after))) after++;
  if (after === stop || after >= end || CLAIMS_BLANKS.has(text.charCodeAt(after)) || sideAt(scan, after, 1, false) < Side.Alnum) after = stop;
  return { start: before, end: after };
}

/** Whether a mark at `at` stands next to Chinese text (past the marks that turn full-width in it). */
export function besideChinese(scan: LineScan, at: number, asWritten = false): boolean {
  return sideAt(scan, at - 1, -1, false, asWritten) === Side.Chinese || sideAt(scan, at + 1, 1, false, asWritten) === Side.Chinese;
}

/** A half-width bracket that turns full-width, with the one it pairs with when both do. */
export interface BracketFix {
  readonly at: number;
  readonly replacement: string;
  readonly partner?: number;
}

/** What quote-style and punctuation-width make of the line's straight double quotes and half-width brackets. */
export interface PairFixes {
  /** The straight `"` beside Chinese text, each with the curly quote it turns into (none when it pairs with nothing). */
  readonly quotes: ReadonlyMap<number, string | undefined>;
  /** `(…)` holding Chinese, and the half-width one of `（…)` and `(…）`. */
  readonly brackets: readonly BracketFix[];
  /** Where the quotes and brackets that turn stand: they count as Chinese punctuation. */
  readonly turning: ReadonlySet<number>;
}

/**
 * The line's straight double quotes and half-width brackets as their fixes leave them, read in a
 * pass of its own over the line's pairing marks (a mark's side may lie past a pair the scan has not
 * reached yet). A straight quote pairing with a curly one takes its partner's shape (`“…"`); the
 * others pair up in order (`"…"` → `“…”`) when one of them stands beside Chinese, and are reported
 * without a fix when they do not pair up. Ask through `scan.ofLine`.
 */
export function pairFixes(scan: LineScan): PairFixes {
  const { text, from, end } = scan;
  const pairs = new Pairs();
  const quotes = new Map<number, string | undefined>();
  const brackets: BracketFix[] = [];
  let hanCounts: Int32Array | undefined;
  for (let at = from; at < end; at++) {
    const code = text.charCodeAt(at);
    if (!PAIRING.has(code)) continue;
    pairs.step(at, code);
    const partner = pairs.partner;
    switch (pairs.event) {
      case Pairing.CurlyOpenStraightClose: quotes.set(at, '”'); break;
      case Pairing.StraightOpenCurlyClose: quotes.set(partner, '“'); break;
      case Pairing.HalfBrackets:
        if ((hanCounts ??= hanCountsOf(text))[at]! > hanCounts[partner + 1]!) brackets.push({ at: partner, replacement: '（', partner: at });
        break;
      case Pairing.FullOpenHalfClose: brackets.push({ at, replacement: '）' }); break;
      case Pairing.HalfOpenFullClose: brackets.push({ at: partner, replacement: '（' }); break;
    }
  }
  const straight = pairs.straightQuotes;
  if (straight.some((at) => besideChinese(scan, at, true))) {
    const pairsUp = straight.length % 2 === 0;
    straight.forEach((at, index) => quotes.set(at, pairsUp ? (index % 2 === 0 ? '“' : '”') : undefined));
  }
  const turning = new Set<number>();
  for (const [at, replacement] of quotes) if (replacement !== undefined) turning.add(at);
  for (const bracket of brackets) {
    turning.add(bracket.at);
    if (bracket.partner !== undefined) turning.add(bracket.partner);
  }
  return { quotes, brackets, turning };
}

const PAIRING = new CharSet(PAIRING_MARKS);

/** How many Chinese characters come before each index of the line (brackets ask whether Chinese is inside them). */
function hanCountsOf(text: string): Int32Array {
  const counts = new Int32Array(text.length + 1);
  for (let index = 0; index < text.length; index++) counts[index + 1] = counts[index]! + (isHan(text.charCodeAt(index)) ? 1 : 0);
  return counts;
}

function dotRunLength({ text, from, end }: LineScan, at: number): number {
  let start = at;
  let stop = at + 1;
  while (start > from && text.charCodeAt(start - 1) === 0x2e) start--;
  while (stop < end && text.charCodeAt(stop) === 0x2e) stop++;
  return stop - start;
}

const NUMERALS = new CharSet('一二三四五六七八九十〇零0123456789（(）)');

/** Whether the text from `from` to `end` is a short number, perhaps bracketed, perhaps with blanks (a marker in the making). */
export function isBareNumber(text: string, from: number, end: number): boolean {
  if (end - from > 6) return false;
  let numerals = 0;
  for (let index = from; index < end; index++) {
    const code = text.charCodeAt(index);
    if (NUMERALS.has(code)) numerals++;
    else if (!isBlank(code)) return false;
  }
  return numerals > 0;
}

const MAX_ADDRESS = 200;

function isChineseSide(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return isHan(code) || FULL_PUNCTUATION.has(code);
}

/** Whether `at` lies in a web address (`http://…`, `www.…`): from the last blank or Chinese character before it. */
export function inAddress(text: string, at: number): boolean {
  // Addresses are short: a bounded look keeps a line of `a...a...` linear.
  const floor = Math.max(0, at - MAX_ADDRESS);
  let start = at;
  while (start > floor && !isBlank(text.charCodeAt(start - 1)) && !isChineseSide(text, start - 1)) start--;
  const token = text.slice(start, at + 1).toLowerCase();
  return token.startsWith('http') || token.startsWith('www.') || token.includes('://') || token.includes('@');
}
