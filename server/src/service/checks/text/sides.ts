/**
 * What stands beside a mark or a blank in a line's wording, for the text checks: Chinese text,
 * letters and digits, or something else; web addresses, numbers in the making, and the blanks a
 * mark's fix takes with it.
 */
import { CharSet } from '../../model/chars';
import { ORGANIZATION_SUFFIXES } from '../../model/lineInfo';
import { isNumberedParagraph } from '../../model/markers';
import { isAsciiDigit, isBlank, isHan } from '../../model/text';
import type { TextMark } from '../types';
import { inFileNameOrPath } from './asWritten';
import { FULL_PUNCTUATION, TURNING_PAUSES, isFullAlnum, isLatin } from './characters';
import { PAIRING_MARKS, Pairing, Pairs } from './pairs';
import type { LineScan } from './textCheck';

/** What stands beside a mark or a blank: nothing, something else, a letter or digit, or Chinese text. */
export const enum Side { None, Other, Alnum, Chinese }

const MAX_LOOK = 16;
const SEE_THROUGH = new CharSet(`"'()${TURNING_PAUSES}`);
/** Half-width marks whose fix takes the blanks beside it (see `fullWidthSpan`): no other fix takes those. */
export const CLAIMS_BLANKS = new CharSet(`()${TURNING_PAUSES}`);
const HALF_PAUSES = new CharSet(TURNING_PAUSES);

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
    if (code === 0x2e) return (dotRunLength(scan, at) >= 3 && !inAddress(text, at)) || (!asWritten && sentenceEndDot(scan, at)) ? Side.Chinese : Side.Other;
    if (isAsciiDigit(code) || isLatin(code) || isFullAlnum(code)) return Side.Alnum;
    if (isBlank(code) && at !== index && !blanksAsWritten && !asWritten) {
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

/** Where the blanks at `at` end in the direction `step` when stray-space removes them (`大　",` before an English word: `大",`), else `at`. */
function strayBlanksEnd(scan: LineScan, at: number, step: 1 | -1, asWritten: boolean): number {
  const { text, from, end } = scan;
  let beyond = at;
  while (beyond >= from && beyond < end && isBlank(text.charCodeAt(beyond))) beyond += step;
  const [start, stop] = step > 0 ? [at, beyond] : [beyond + 1, at + 1];
  // Past a quote mark, the blanks are not between two phrases of a quotation.
  return blankVerdict(scan, start, stop, asWritten, true) === BlankVerdict.Remove ? beyond : at;
}

/** What stray-space makes of a run of blanks: nothing, a hint without a fix, or it removes them. */
export const enum BlankVerdict { Keep, Hint, Remove }

/** Delimiters that would make a marker of the number before them (`12  、`). */
const DELIMITERS = new CharSet('、.．，,');

/**
 * The blanks from `start` to `stop` inside Chinese text or between Chinese and a digit or letter:
 * PDF residue, or blanks that separate on purpose (SPEC 8: columns, lists of names, slogans, joint
 * issuing organs). Never in a table row, between two English words, between two phrases of a
 * quotation or a document name (“学宪法 讲宪法”), or beside a half-width mark (its fix takes them).
 * Removed only where they plainly cut a word: padding inside quotation marks or brackets and
 * before or after a pause, inside a year written `2021 年`, between Chinese and a digit or letter
 * in sentences, and alone between two Chinese words of a clause or a report title; not after an
 * organ's name. A lone one in a line of another kind gets a hint; several there separate on purpose.
 * Marks count as their fixes leave them (a straight quote that turns curly opens or closes).
 */
export function blankVerdict(scan: LineScan, start: number, stop: number, asWritten = false, nested = false): BlankVerdict {
  const { text, from, end } = scan;
  // The blanks between a heading's title and the body after it separate the two (line-break's business); `目  录` is spaced on purpose.
  if (start === from || stop >= end || start === scan.line.heading?.title.end || scan.line.contentsHeader) return BlankVerdict.Keep;
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(stop);
  // `12  、` would become a marker: that is the numbering checks' business.
  const delimiter = DELIMITERS.has(after) && !text.startsWith('...', stop);
  if (CLAIMS_BLANKS.has(before) || CLAIMS_BLANKS.has(after) || insidePauseRun(text, start, stop) || (delimiter && isBareNumber(text, from, start))) return BlankVerdict.Keep;
  if (isHan(before) && isHan(after) && inQuotation(scan, start)) return BlankVerdict.Keep;
  const sideBefore = sideAt(scan, start - 1, -1, false, asWritten, nested);
  const sideAfter = sideAt(scan, stop, 1, false, asWritten, nested);
  const stray = (sideBefore === Side.Chinese && sideAfter >= Side.Alnum) || (sideBefore === Side.Alnum && sideAfter === Side.Chinese);
  if (!stray || ((isAsciiDigit(before) || isAsciiDigit(after)) && scan.ofLine(isNumberRow))) return BlankVerdict.Keep;
  const fixedBefore = asFixed(scan, start - 1, asWritten);
  const fixedAfter = asFixed(scan, stop, asWritten);
  if (PADDED_AFTER.has(fixedBefore) || PADDED_BEFORE.has(fixedAfter) || spacedYear(text, start, stop)) return BlankVerdict.Remove;
  if (afterOrganization(text, from, start)) return BlankVerdict.Keep;
  const shape = scan.ofLine(lineShape);
  if (isChinese(fixedBefore) && isChinese(fixedAfter)) {
    if (shape.sentences) return shape.chineseBlanksInClause(start) === 1 ? BlankVerdict.Remove : BlankVerdict.Keep;
    return shape.chineseBlanks === 1 ? BlankVerdict.Hint : BlankVerdict.Keep;
  }
  if (shape.sentences) return BlankVerdict.Remove;
  return shape.blanks === 1 ? BlankVerdict.Hint : BlankVerdict.Keep;
}

/**
 * Whether `at` lies inside a quotation or a document name that closes on the line (“学宪法 讲宪法”,
 * 《中共中央办公厅 国务院办公厅…》): one left open proves nothing, and a restored line break may cut it.
 */
export function inQuotation(scan: LineScan, at: number): boolean {
  const depth = scan.ofLine(quotationDepth);
  return depth.length > 0 && depth[at - scan.from]! > 0;
}

const QUOTATION_MARKS = new CharSet('“”《》"');

/** How many closed quotations and document names hold each position of the line's wording (empty when none). */
function quotationDepth(scan: LineScan): Int32Array {
  const { text, from, end } = scan;
  const opened: { code: number; at: number }[] = [];
  let depth: Int32Array | undefined;
  for (let at = from; at < end; at++) {
    if (!QUOTATION_MARKS.at(text, at)) continue;
    // A straight quote counts as the curly one its fix makes of it.
    const code = asFixed(scan, at, false);
    if (code === 0x201c || code === 0x300a) {
      opened.push({ code, at });
    } else if (code === 0x201d || code === 0x300b) {
      const opener = code === 0x201d ? 0x201c : 0x300a;
      let index = opened.length - 1;
      while (index >= 0 && opened[index]!.code !== opener) index--;
      if (index < 0) continue;
      depth ??= new Int32Array(end - from + 1);
      depth[opened[index]!.at - from]!++;
      depth[at - from]!--;
      opened.length = index;
    }
  }
  if (!depth) return NO_DEPTH;
  for (let index = 1; index < depth.length; index++) depth[index]! += depth[index - 1]!;
  return depth;
}

const NO_DEPTH = new Int32Array(0);

/** Marks a blank after is padding: opening marks, pauses, ellipses and dashes. */
const PADDED_AFTER = new CharSet('“‘（《〈【〔。，、；：！？…—·');
/** Marks a blank before is padding: closing marks, pauses, ellipses and dashes. */
const PADDED_BEFORE = new CharSet('”’）》〉】〕。，、；：！？…—·');

function isChinese(code: number): boolean {
  return isHan(code) || FULL_PUNCTUATION.has(code);
}

/** The character at `at` as the fixes of quotes, brackets and ellipses leave it (see `asFixed`). */
export function fixedCodeAt(scan: LineScan, at: number): number {
  return asFixed(scan, at, false);
}

/**
 * The character at `at` as the fixes leave it: a straight quote or half-width bracket turned
 * curly or full-width, `...` turned `…` (the first of `……`); otherwise as written.
 */
function asFixed(scan: LineScan, at: number, asWritten: boolean): number {
  const { text } = scan;
  const code = text.charCodeAt(at);
  if (asWritten) return code;
  if (code === 0x2e) return dotRunLength(scan, at) >= 3 && !inAddress(text, at) ? 0x2026 : sentenceEndDot(scan, at) ? 0x3002 : code;
  if (!TURNING.has(code)) return code;
  const fixes = scan.ofLine(pairFixes);
  if (code === 0x22) return fixes.quotes.get(at)?.charCodeAt(0) ?? code;
  if (!fixes.turning.has(at)) return code;
  return code === 0x28 ? 0xff08 : 0xff09;
}

/** A year and its 年 written apart (`2021 年`), or blanks before such a year (`西河镇 2021 年`): a PDF conversion's. */
function spacedYear(text: string, start: number, stop: number): boolean {
  const year = (at: number) => at >= 0 && /^(?:19|20)\d\d$/.test(text.slice(at, at + 4));
  if (text.charCodeAt(stop) === 0x5e74 && year(start - 4)) return true;
  if (!year(stop) || isAsciiDigit(text.charCodeAt(stop + 4))) return false;
  let after = stop + 4;
  while (isBlank(text.charCodeAt(after))) after++;
  return after > stop + 4 && text.charCodeAt(after) === 0x5e74;
}

/** Whether the Chinese before `at` ends with an organ's name (`中共XX镇委员会 XX镇人民政府`, `XX区人民政府 2019年12月3日`). */
function afterOrganization(text: string, from: number, at: number): boolean {
  return ORGANIZATION_SUFFIXES.some((suffix) => at - suffix.length >= from && text.endsWith(suffix, at));
}

/** Marks that end a clause. */
const CLAUSE_ENDS = new CharSet('，。；！？,;!?');

interface LineShape {
  /** The line holds sentences (it has sentence punctuation) or is a report title. */
  readonly sentences: boolean;
  /** How many runs of blanks the line's wording holds, and how many of them stand between Chinese text (characters or punctuation). */
  readonly blanks: number;
  readonly chineseBlanks: number;
  /** How many runs of blanks between Chinese text the clause holding `at` has. */
  chineseBlanksInClause(at: number): number;
}

/** The line's clauses and its runs of blanks, read once (marks as their fixes leave them). */
function lineShape(scan: LineScan): LineShape {
  const { text, from, end, line } = scan;
  const clauseStarts = [from];
  const clauseBlanks = [0];
  let blanks = 0;
  let chineseBlanks = 0;
  for (let at = from; at < end; at++) {
    const code = text.charCodeAt(at);
    if (CLAUSE_ENDS.has(code)) {
      clauseStarts.push(at + 1);
      clauseBlanks.push(0);
    } else if (isBlank(code)) {
      const start = at;
      while (at + 1 < end && isBlank(text.charCodeAt(at + 1))) at++;
      const before = asFixed(scan, start - 1, false);
      const after = asFixed(scan, at + 1, false);
      // Padding beside punctuation goes whatever the line is, and blanks beside a half-width mark go with its fix: they separate nothing.
      if (PADDED_AFTER.has(before) || PADDED_BEFORE.has(after) || CLAIMS_BLANKS.at(text, start - 1) || CLAIMS_BLANKS.at(text, at + 1)) continue;
      blanks++;
      if (isChinese(before) && isChinese(after)) {
        chineseBlanks++;
        clauseBlanks[clauseBlanks.length - 1]!++;
      }
    }
  }
  return {
    sentences: clauseStarts.length > 1 || line.reportTitle !== undefined,
    blanks,
    chineseBlanks,
    chineseBlanksInClause(at) {
      let low = 0;
      let high = clauseStarts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (clauseStarts[middle]! <= at) low = middle;
        else high = middle - 1;
      }
      return clauseBlanks[low]!;
    },
  };
}

const CELL_SEPARATORS = new CharSet(' \t\u3000|｜');
const NO_VALUE = new CharSet('-—/');

/**
 * A line of a table: it ends in at least three numbers (one may be `-` `—` `/` for none) separated by
 * blanks or bars. Read backwards from the end, once.
 */
function isNumberRow({ text }: LineScan): boolean {
  let at = text.length;
  let cells = 0;
  let numbers = 0;
  for (;;) {
    while (at > 0 && CELL_SEPARATORS.at(text, at - 1)) at--;
    const cellEnd = at;
    if (at > 0 && NO_VALUE.at(text, at - 1)) {
      at--;
    } else {
      while (at > 0 && (isAsciiDigit(text.charCodeAt(at - 1)) || text.charCodeAt(at - 1) === 0x2e)) at--;
      if (at < cellEnd) numbers++;
    }
    if (at === cellEnd || (at > 0 && !CELL_SEPARATORS.at(text, at - 1))) break;
    cells++;
    if (at === 0) break;
  }
  return cells >= 3 && numbers > 0;
}

/** Pauses, full and half width: a run of them with blanks between is one run (see `pauses.ts`). */
export const PAUSE_MARKS = new CharSet(`。，、；：！？${TURNING_PAUSES}`);

/** Whether the blanks from `start` to `end` lie inside a run of pauses (`，  ，`): the run's fix takes them. */
export function insidePauseRun(text: string, start: number, end: number): boolean {
  return PAUSE_MARKS.at(text, start - 1) && PAUSE_MARKS.at(text, end);
}

/** What a sentence ending in `.` may end with, and what may follow it. */
const BEFORE_FULL_STOP = new CharSet('”’）》」』〕】');
const AFTER_FULL_STOP = new CharSet('“‘（《「『〔【');

/**
 * Whether the `.` at `at` ends a Chinese sentence (`完善工作机制.`): a lone dot after Chinese text
 * and before the line's end or the next sentence; not a marker `1.`, a decimal, a version, an
 * address or a file name (none of which has Chinese right before), and not the end of a standalone
 * heading, whose final mark heading-punctuation takes.
 */
export function sentenceEndDot(scan: LineScan, at: number): boolean {
  const { text, end, line } = scan;
  if (text.charCodeAt(at) !== 0x2e || text.charCodeAt(at + 1) === 0x2e) return false;
  const before = asFixed(scan, at - 1, false);
  if (!isHan(before) && !BEFORE_FULL_STOP.has(before)) return false;
  let next = at + 1;
  while (next < end && isBlank(text.charCodeAt(next))) next++;
  if (next < end) return isHan(text.charCodeAt(next)) || AFTER_FULL_STOP.has(text.charCodeAt(next));
  const heading = line.heading;
  return !heading || heading.title.titleSentence || isNumberedParagraph(text.slice(heading.title.start, heading.title.end));
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
  readonly partner?: { readonly at: number; readonly replacement: string };
}

/** What quote-style and punctuation-width make of the line's straight double quotes and half-width brackets. */
export interface PairFixes {
  /** The straight `"` beside Chinese text, each with the curly quote it turns into (none when it pairs with nothing). */
  readonly quotes: ReadonlyMap<number, string | undefined>;
  /** Straight quotes read as one quotation inside another: fixed together, since fixing one alone would change how the rest pair. */
  readonly nested: readonly number[];
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
  let nested: readonly number[] = [];
  const brackets: BracketFix[] = [];
  // Where the last Chinese character stood: a pair closing after it holds Chinese when it opened before it.
  let lastHan = -1;
  for (let at = from; at < end; at++) {
    const code = text.charCodeAt(at);
    if (isHan(code)) lastHan = at;
    if (!PAIRING.has(code)) continue;
    pairs.step(at, code);
    const partner = pairs.partner;
    switch (pairs.event) {
      case Pairing.CurlyOpenStraightClose: quotes.set(at, '”'); break;
      case Pairing.StraightOpenCurlyClose: quotes.set(partner, '“'); break;
      case Pairing.HalfBrackets: {
        // Brackets in a file name or path stay as written (`报告(定稿).docx`).
        if (inFileNameOrPath(text, partner)) break;
        const pair = (open: string, close: string) => brackets.push({ at: partner, replacement: open, partner: { at, replacement: close } });
        if (lastHan > partner) pair('（', '）');
        else if (DOCUMENT_NUMBER_YEAR.test(text.slice(partner - 1, at + 2)) && text.charCodeAt(numberEnd(text, at + 1)) === 0x53f7) pair('〔', '〕');
        else if (NUMBERS_ONLY.test(text.slice(partner + 1, at)) && partner > from && inChineseAfter(text.charCodeAt(partner - 1))) pair('（', '）');
        break;
      }
      case Pairing.FullOpenHalfClose: brackets.push({ at, replacement: '）' }); break;
      case Pairing.HalfOpenFullClose: brackets.push({ at: partner, replacement: '（' }); break;
    }
  }
  const straight = pairs.straightQuotes;
  if (straight.some((at) => besideChinese(scan, at, true))) {
    const curly = curlyQuotes(text, straight);
    straight.forEach((at, index) => quotes.set(at, curly[index]));
    if (curly[1] === '‘') nested = straight;
  }
  const turning = new Set<number>();
  for (const [at, replacement] of quotes) if (replacement !== undefined) turning.add(at);
  for (const bracket of brackets) {
    turning.add(bracket.at);
    if (bracket.partner !== undefined) turning.add(bracket.partner.at);
  }
  return { quotes, nested, brackets, turning };
}

const PAIRING = new CharSet(PAIRING_MARKS);
/** Brackets round numbers in Chinese text (`审查报告(2023)`, `实施方案(2022-2025)`, `(1)`). */
const NUMBERS_ONLY = /^[\d.\-－—~～%％]*\d[\d.\-－—~～%％]*$/;
/** The year of a document number (`X政发(2023)12号`), written in 〔〕 (GB/T 9704—2012 7.2.4). */
const DOCUMENT_NUMBER_YEAR = /^[\u4e00-\u9fff]\((?:19|20)\d\d\)\d/;

/** Whether brackets after `code` are in Chinese text: after Chinese, or after a mark rather than a word or a blank (`Windows(10)` is English). */
function inChineseAfter(code: number): boolean {
  return isChinese(code) || !(isBlank(code) || isAsciiDigit(code) || isLatin(code) || isFullAlnum(code));
}

/** Where a run of digits from `at` ends. */
function numberEnd(text: string, at: number): number {
  while (isAsciiDigit(text.charCodeAt(at))) at++;
  return at;
}
/** Particles no quotation starts with, and words no quotation ends with (they need what follows). */
const NO_QUOTATION_START = new CharSet('的之等');
const NO_QUOTATION_END = /(?:关于|对于|有关|对|在|于|把|将)$/;
const CLAUSE_PUNCTUATION = new CharSet('，。；！？、：,;!?:');

/**
 * Whether straight quotes paired in order are nested instead: `"关于"XX"的通知"` is
 * `“关于‘XX’的通知”`. Read so where a quotation would start with a particle or end with a
 * preposition, with no clause punctuation between the two.
 */
function nestedQuotes(text: string, straight: readonly number[]): boolean {
  for (let index = 1; index + 1 < straight.length; index += 2) {
    const [closing, opening] = [straight[index]!, straight[index + 1]!];
    if (CLAUSE_PUNCTUATION.occursIn(text, closing + 1, opening)) continue;
    if (NO_QUOTATION_START.at(text, opening + 1) || NO_QUOTATION_END.test(text.slice(straight[index - 1]! + 1, closing))) return true;
  }
  return false;
}

/** The curly quotes of straight ones in order: pairs side by side, or one quotation inside another (four quotes only). */
function curlyQuotes(text: string, straight: readonly number[]): readonly (string | undefined)[] {
  if (straight.length % 2 === 1) return straight.map(() => undefined);
  if (!nestedQuotes(text, straight)) return straight.map((_, index) => (index % 2 === 0 ? '“' : '”'));
  return straight.length === 4 ? ['“', '‘', '’', '”'] : straight.map(() => undefined);
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
const HALF_BRACKETS = new CharSet('()');

function isChineseSide(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return isHan(code) || FULL_PUNCTUATION.has(code);
}

/** Whether `at` lies in a web address (`http://…`, `www.…`): from the last blank, bracket or Chinese character before it. */
export function inAddress(text: string, at: number): boolean {
  // Addresses are short: a bounded look keeps a line of `a...a...` linear.
  const floor = Math.max(0, at - MAX_ADDRESS);
  let start = at;
  while (start > floor && !isBlank(text.charCodeAt(start - 1)) && !isChineseSide(text, start - 1) && !HALF_BRACKETS.at(text, start - 1)) start--;
  const token = text.slice(start, at + 1).toLowerCase();
  return token.startsWith('http') || token.startsWith('www.') || token.includes('://') || token.includes('@');
}
