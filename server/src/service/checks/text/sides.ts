/**
 * What stands beside a mark or a blank in a line's wording, for the text checks: Chinese text,
 * letters and digits, or something else; web addresses, numbers in the making, and the blanks a
 * mark's fix takes with it.
 */
import { CharSet } from '../../model/chars';
import { isAsciiDigit, isBlank, isHan } from '../../model/text';
import type { TextMark } from '../types';
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

/**
 * What stands from `index` on in the direction `step`, past the blanks there when `pastBlanks`, then
 * past straight quotes, half-width brackets and half-width pauses (which turn full-width themselves
 * in Chinese text); `...` becomes `……`, so it counts as Chinese punctuation (outside an address).
 */
export function sideAt(scan: LineScan, index: number, step: 1 | -1, pastBlanks: boolean): Side {
  const { text, from, end } = scan;
  if (pastBlanks) while (index >= from && index < end && isBlank(text.charCodeAt(index))) index += step;
  // A bounded look, so that a line of `,),),…` costs no more than one pass.
  const stop = step > 0 ? Math.min(end, index + MAX_LOOK) : Math.max(from - 1, index - MAX_LOOK);
  for (let at = index; at !== stop && at >= from && at < end; at += step) {
    const code = text.charCodeAt(at);
    if (isHan(code) || FULL_PUNCTUATION.has(code)) return Side.Chinese;
    // `...` becomes `……` (but not at the end of an address, where it stays as written).
    if (code === 0x2e) return dotRunLength(scan, at) >= 3 && !inAddress(text, at) ? Side.Chinese : Side.Other;
    if (isAsciiDigit(code) || isLatin(code) || isFullAlnum(code)) return Side.Alnum;
    if (!SEE_THROUGH.has(code)) return Side.Other;
  }
  return Side.None;
}

/**
 * What the fix of a mark at `start`…`stop` that turns full-width replaces: the mark, and the blanks
 * beside it that would then be stray (`( 一)` → `（一）`, `重点 ,现` → `重点，现`), but not an indent.
 * Blanks between two such marks are the second one's; stray-space leaves all of these alone.
 */
export function fullWidthSpan(scan: LineScan, start: number, stop: number): TextMark {
  const { text, from, end } = scan;
  let before = start;
  while (before > from && isBlank(text.charCodeAt(before - 1))) before--;
  if (before === from || before === start || sideAt(scan, before - 1, -1, false) < Side.Alnum) before = start;
  let after = stop;
  while (after < end && isBlank(text.charCodeAt(after))) after++;
  if (after === stop || after >= end || CLAIMS_BLANKS.has(text.charCodeAt(after)) || sideAt(scan, after, 1, false) < Side.Alnum) after = stop;
  return { start: before, end: after };
}

/** Whether a mark at `at` stands next to Chinese text (past the marks that turn full-width in it). */
export function besideChinese(scan: LineScan, at: number): boolean {
  return sideAt(scan, at - 1, -1, false) === Side.Chinese || sideAt(scan, at + 1, 1, false) === Side.Chinese;
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
