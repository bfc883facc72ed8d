/**
 * Marks found inside a line's text: unfilled placeholders, letters standing in for characters,
 * scraper markers and inline enumerators (一是…二是…), and whether the line advertises a
 * material-sharing site. Like the rest of a line's classification they depend on the text alone.
 *
 * Every line of every version passes through here, so the scan is one pass over the characters:
 * a table says which characters can start a mark, and only those are looked at more closely.
 */
import { CharSet } from './chars';
import { utf16Codes } from './codes';
import { isChineseNumeralCode, parseChineseNumeral } from './numerals';
import placeholderWords from '../data/placeholders.json';
import substitutes from '../data/substitutes.json';
import { toSimplified } from './simplified';
import { readMarker } from './markers';
import { firstNonBlank, isHan } from './text';
import { ADVERTISEMENT_FRAGMENTS, WATERMARK_SITES } from './webResidue';

export type InlineMark =
  | { readonly kind: 'placeholder'; readonly start: number; readonly end: number }
  | { readonly kind: 'substitute'; readonly start: number; readonly end: number; readonly replacement: string }
  | { readonly kind: 'scraper'; readonly start: number; readonly end: number }
  /** `三是`: start and end cover the numeral only; `value` is its number. */
  | { readonly kind: 'enumerator'; readonly start: number; readonly end: number; readonly value: number };

export interface InlineScan {
  readonly marks: InlineMark[];
  /** The line holds an advertisement of a material-sharing site (网盘群 …): unless it is a heading, the whole line is residue. */
  readonly advertisement: boolean;
  /**
   * What the line may hold run on inside it (see `runOn.ts`), as RUN_ON_* bits: a heading (a sentence
   * end followed by what can start a marker, or a bracketed number), a title (报告 or 汇编). Most lines
   * hold neither, and are not looked at again.
   */
  readonly runOnHints: number;
}

/**
 * Letters typed in place of a sensitive character (常见：D 代“党”), from `data/substitutes.json`: each
 * rule lists the contexts in which the letters can only stand for the character.
 */
export interface SubstituteRule {
  readonly letters: string;
  readonly replacement: string;
  /** What may directly follow the letters for the use to count. */
  readonly followers: readonly string[];
  /** What may directly precede the letters for the use to count. */
  readonly preceders: readonly string[];
  /** What may not directly precede the letters (第D组 is a group, 方案D a plan). */
  readonly notAfter: readonly string[];
}

export const SUBSTITUTE_RULES: readonly SubstituteRule[] = substitutes.rules;

/** How far another capital letter makes a use one of a list of letters (A组、B组、C组、D组). */
const LETTER_LIST_REACH = 12;

/** Placeholders (SPEC 3), besides the X runs, 某某, 〇〇, ___ and *** handled in code: `data/placeholders.json`. */
export const PLACEHOLDER_NOTES = placeholderWords;

const enum Trigger { None, X, Mou, Zero, Underscore, Star, Lenticular, Round, Hash, Shi, Substitute, Fragment, Boundary, TitleEnd, Web }

const X_CHARS = 'XxＸｘ×';
const X_RUN = new CharSet(X_CHARS);
const ZEROS = new CharSet('〇○');
const UNDERSCORES = new CharSet('_');
const STARS = new CharSet('*');
const UNITS = new CharSet(PLACEHOLDER_NOTES.dateUnits);
/** 第x次, 第X届: an ordinal with its number left out. */
const ORDINAL = 0x7b2c; // 第
const TIMES = new CharSet('×');
const ASCII_DIGITS = new CharSet('0123456789');
const BLANKS = new CharSet(' \t\u3000\u00a0');
const CLOSERS = new CharSet('）)】');
const ROUND_NOTE_STARTS = new CharSet(` \t\u3000\u00a0）)】${PLACEHOLDER_NOTES.roundNotes.map((note) => note[0]).join('')}`);
const ENUMERATOR_PRECEDERS = new CharSet('。；;：:，,、（( \t\u3000\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a');
const CHINESE_DIGITS = new CharSet('一二三四五六七八九十〇○零');
const MOU = 0x67d0; // 某
const HASH = 0x23;

/** Which characters can start a mark (a table lookup per character: regexes with CJK classes are far slower). */
const TRIGGERS = new Uint8Array(0x10000);
function setTriggers(chars: string, trigger: Trigger): void {
  for (const char of chars) TRIGGERS[char.charCodeAt(0)] = trigger;
}
setTriggers(X_CHARS, Trigger.X);
setTriggers('某', Trigger.Mou);
setTriggers('〇○', Trigger.Zero);
setTriggers('_', Trigger.Underscore);
setTriggers('*', Trigger.Star);
setTriggers('【', Trigger.Lenticular);
setTriggers('（(', Trigger.Round);
setTriggers('#', Trigger.Hash);
setTriggers('是', Trigger.Shi);
for (const rule of SUBSTITUTE_RULES) setTriggers(rule.letters[0]!, Trigger.Substitute);
/** The fragments as written on the sites, Latin letters in either case (`SVIP会员`). */
const FRAGMENTS = [...new Set(ADVERTISEMENT_FRAGMENTS.flatMap((fragment) => [fragment, fragment.toUpperCase()]))];
/**
 * Where each fragment is looked for: at its Latin letter, or at one of these rarer characters, else
 * at its last one — a common first character (会, 代, 持) would stop the scan at every 会议.
 */
const RARE_CHARACTERS = '群客润接';
function anchorOf(fragment: string): number {
  const latin = [...fragment].findIndex((char) => /[a-z]/i.test(char));
  if (latin >= 0) return latin;
  const rare = [...fragment].findIndex((char) => RARE_CHARACTERS.includes(char));
  return rare >= 0 ? rare : fragment.length - 1;
}
const ANCHORED_FRAGMENTS = FRAGMENTS.map((fragment) => ({ fragment, anchor: anchorOf(fragment) }));
for (const { fragment, anchor } of ANCHORED_FRAGMENTS) setTriggers(fragment[anchor]!, Trigger.Fragment);
setTriggers('。；;：:！？!?', Trigger.Boundary);
setTriggers('告编編', Trigger.TitleEnd);
setTriggers('wW', Trigger.Web);
/** What a web address is made of after its `www.`. */
const ADDRESS_CHARACTERS = new CharSet('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_/?=&%#:~');
/** Bits of `InlineScan.runOnHints`. */
export const RUN_ON_HEADING = 1;
export const RUN_ON_TITLE = 2;
/** What a heading marker can start with, and the first characters of 报告 and 汇编 in either script. */
const MARKER_STARTS = new CharSet('一二三四五六七八九十0123456789（(①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳');
const TITLE_WORD_STARTS = new CharSet('报報汇彙匯');
const NUMBER_STARTS = new CharSet('一二三四五六七八九十0123456789');

const NO_MARKS: InlineMark[] = [];
/** The marks of the line being scanned (module state: scans never nest, and a closure per line costs). */
let marks: InlineMark[] = NO_MARKS;

function found(mark: InlineMark): void {
  // A literal of one: `[]` followed by a push would reserve room for 17 marks on every line with one.
  if (marks === NO_MARKS) marks = [mark];
  else marks.push(mark);
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** A Latin letter, ASCII or full-width (Ａ–Ｚ, ａ–ｚ). */
function isLatinLetter(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a);
}

function startsWithAny(text: string, index: number, words: readonly string[]): string | undefined {
  return words.find((word) => text.startsWith(word, index));
}

/**
 * Scans one line. `codes` holds the line's code units from `offset` on (a document's are copied
 * once for all its lines); the characters around a possible mark are read from `text`.
 */
export function scanInline(text: string, codes: Uint16Array = utf16Codes(text), offset = 0): InlineScan {
  marks = NO_MARKS;
  let advertisement = false;
  let runOnHints = 0;
  const end = offset + text.length;
  for (let at = offset; at < end; at++) {
    // A tight loop to the next character that can start a mark: most characters cannot.
    while (at < end && TRIGGERS[codes[at]!] === Trigger.None) at++;
    if (at === end) break;
    const index = at - offset;
    const trigger = TRIGGERS[codes[at]!];
    let next = index + 1;
    switch (trigger) {
      case Trigger.X: next = scanXRun(text, index); break;
      case Trigger.Mou: next = scanMou(text, index); break;
      case Trigger.Zero: {
        next = ZEROS.runEnd(text, index);
        // 〇〇 inside a year written in Chinese (二〇〇九) is not a placeholder.
        if (next - index >= 2 && !CHINESE_DIGITS.at(text, index - 1) && !CHINESE_DIGITS.at(text, next)) {
          found({ kind: 'placeholder', start: index, end: next });
        }
        break;
      }
      case Trigger.Underscore:
      case Trigger.Star:
        next = (trigger === Trigger.Star ? STARS : UNDERSCORES).runEnd(text, index);
        // A run, or a single one standing for a character between Chinese ones (张*同志).
        if (next - index >= 2 || (isHan(text.charCodeAt(index - 1)) && isHan(text.charCodeAt(next)))) found({ kind: 'placeholder', start: index, end: next });
        break;
      case Trigger.Lenticular: next = scanBracket(text, index, true); break;
      case Trigger.Round:
        // A bracketed number (`（一）`, `（1）`) inside the line, not a bracketed year (`（2021—2025年）`) or the line's own marker.
        if (NUMBER_STARTS.at(text, index + 1) && !startsLine(text, index) && readMarker(text, index)) runOnHints |= RUN_ON_HEADING;
        next = scanBracket(text, index, false);
        break;
      case Trigger.Boundary: {
        // A marker after a sentence end (`。一、`, `。（一）`), not a word (`。一是`, `。2023年`).
        const after = MARKER_STARTS.at(text, index + 1) ? index + 1 : firstNonBlank(text, index + 1);
        if (MARKER_STARTS.at(text, after) && readMarker(text, after)) runOnHints |= RUN_ON_HEADING;
        break;
      }
      case Trigger.TitleEnd:
        if (TITLE_WORD_STARTS.at(text, index - 1)) runOnHints |= RUN_ON_TITLE;
        break;
      case Trigger.Hash: next = scanScraperMarker(text, index); break;
      case Trigger.Web: next = scanWatermark(text, index); break;
      case Trigger.Shi:
        // Only a numeral just before 是 can make an enumerator; most 是 are words.
        if (isChineseNumeralCode(text.charCodeAt(index - 1))) scanEnumerator(text, index);
        break;
      case Trigger.Substitute: next = scanSubstitute(text, index); break;
      case Trigger.Fragment:
        if (ANCHORED_FRAGMENTS.some(({ fragment, anchor }) => index >= anchor && text.startsWith(fragment, index - anchor))) advertisement = true;
        break;
    }
    if (next > index + 1) at = offset + next - 1;
  }
  if (marks === NO_MARKS && !advertisement && runOnHints === 0) return CLEAN_LINE;
  // Kept as long as the line: grown by pushes, the list has room for 17 marks; a copy holds just its own.
  return { marks: marks.length > 1 ? marks.slice() : marks, advertisement, runOnHints };
}

/** The scan of most lines, shared. */
const CLEAN_LINE: InlineScan = { marks: NO_MARKS, advertisement: false, runOnHints: 0 };

/**
 * `XX` `ＸＸ` `××` `20XX`, `X月X日` / `20XX年X月` where a single X stands before a unit, `第x` for an
 * ordinal, and an X standing for digits inside a number (`x013`, `202x`; not `3x3`).
 */
function scanXRun(text: string, index: number): number {
  const runStart = index;
  const end = X_RUN.runEnd(text, index);
  let matchEnd: number | undefined;
  if (UNITS.at(text, end)) {
    matchEnd = end + 1;
    for (;;) {
      let segment: number = matchEnd;
      if (text.startsWith('19', segment) || text.startsWith('20', segment)) segment += 2;
      const segmentEnd = X_RUN.runEnd(text, segment);
      if (segmentEnd === segment || !UNITS.at(text, segmentEnd)) break;
      matchEnd = segmentEnd + 1;
    }
  } else if (end - runStart >= 2 || text.charCodeAt(runStart - 1) === ORDINAL) {
    matchEnd = end;
  }
  const digitsStart = digitRunStart(text, runStart);
  let start: number;
  if (matchEnd !== undefined) {
    // The digits before belong to the placeholder when together they make a year (`20XX年`, `202x`), not in `2023XX市`.
    start = end - digitsStart <= 4 ? digitsStart : runStart;
  } else {
    // A single X with digits on either side stands for digits of the number, unless it multiplies (3×3, 3x3).
    const digitsBefore = runStart - digitsStart;
    const digitsAfter = ASCII_DIGITS.runEnd(text, end) - end;
    const multiplies = TIMES.at(text, runStart) || (end - runStart === 1 && digitsBefore === 1 && digitsAfter === 1);
    if ((digitsBefore === 0 && digitsAfter === 0) || multiplies) return end;
    start = digitsStart;
    matchEnd = end + digitsAfter;
  }
  // An X run touching Latin letters (XXL, Xbox) is a word, not a placeholder; in either width, since the
  // proofreading makes full-width letters ASCII and the verdict must not change then.
  if (!isLatinLetter(text.charCodeAt(start - 1)) && !isLatinLetter(text.charCodeAt(matchEnd))) {
    found({ kind: 'placeholder', start, end: matchEnd });
  }
  return matchEnd;
}


/** Where the run of ASCII digits ending just before `index` starts. */
function digitRunStart(text: string, index: number): number {
  let start = index;
  while (start > 0 && ASCII_DIGITS.at(text, start - 1)) start--;
  return start;
}

/** `某某`, and `某` before an administrative unit or the like (`某县`, `某局`, `某单位`), not `某些`, `某种`. */
function scanMou(text: string, index: number): number {
  if (text.charCodeAt(index + 1) === MOU) {
    found({ kind: 'placeholder', start: index, end: index + 2 });
    return index + 2;
  }
  const following = toSimplified(text.slice(index + 1, index + 3));
  const unit = PLACEHOLDER_NOTES.unitsAfterMou.find((candidate) => following.startsWith(candidate));
  if (unit !== undefined) {
    found({ kind: 'placeholder', start: index, end: index + 1 + unit.length });
    return index + 1 + unit.length;
  }
  return index + 1;
}

/** `【待补充】`-style notes, `（待定）`, and empty brackets `（ ）` `【 】` `( )`. */
function scanBracket(text: string, index: number, lenticular: boolean): number {
  // Round brackets are common in reports; only a blank, a closer or 待 after one can start a placeholder.
  if (!lenticular && !ROUND_NOTE_STARTS.at(text, index + 1)) return index + 1;
  const inside = BLANKS.runEnd(text, index + 1);
  if (CLOSERS.at(text, inside)) {
    // At the start of a line, `（）` is a heading marker being typed (the editor closed the bracket), not a gap to fill.
    if (lenticular || !startsLine(text, index)) found({ kind: 'placeholder', start: index, end: inside + 1 });
    return inside + 1;
  }
  if (lenticular) {
    const word = startsWithAny(text, index + 1, PLACEHOLDER_NOTES.lenticularWords);
    const close = word === undefined ? -1 : text.indexOf('】', index + 1 + word.length);
    if (close >= 0 && close - (index + 1 + word!.length) <= PLACEHOLDER_NOTES.maxNoteLength) {
      found({ kind: 'placeholder', start: index, end: close + 1 });
      return close + 1;
    }
    return index + 1;
  }
  const note = startsWithAny(text, index + 1, PLACEHOLDER_NOTES.roundNotes);
  const close = note === undefined ? undefined : text[index + 1 + note.length];
  if (close === '）' || close === ')') {
    found({ kind: 'placeholder', start: index, end: index + 2 + note!.length });
    return index + 2 + note!.length;
  }
  return index + 1;
}

/** Whether only blanks come before `index` on the line. */
function startsLine(text: string, index: number): boolean {
  for (let before = 0; before < index; before++) if (!BLANKS.at(text, before)) return false;
  return true;
}

/** `##paidbegin##` and the like. */
function scanScraperMarker(text: string, index: number): number {
  if (text.charCodeAt(index + 1) !== HASH) return index + 1;
  let end = index + 2;
  while (end < text.length && end - index - 2 < 20 && isAsciiLetter(text.charCodeAt(end))) end++;
  if (end - index - 2 >= 2 && text.startsWith('##', end)) {
    found({ kind: 'scraper', start: index, end: end + 2 });
    return end + 2;
  }
  return index + 2;
}

/** An essay site's name and address stamped into the text (`公文汇 www.….com`), wherever it stands: a scraper mark. */
function scanWatermark(text: string, index: number): number {
  if (!/^www\./i.test(text.slice(index, index + 4))) return index + 1;
  const end = ADDRESS_CHARACTERS.runEnd(text, index + 4);
  const nameEnd = BLANKS.at(text, index - 1) ? index - 1 : index;
  const site = WATERMARK_SITES.find((name) => nameEnd >= name.length && text.startsWith(name, nameEnd - name.length));
  if (site) found({ kind: 'scraper', start: nameEnd - site.length, end });
  return end;
}

/** `三是` after punctuation, a blank or the line start — not `统一是` or `唯一是`. */
function scanEnumerator(text: string, shi: number): void {
  let start = shi;
  while (start > 0 && shi - start < 3 && isChineseNumeralCode(text.charCodeAt(start - 1))) start--;
  if (start === shi || (start > 0 && !ENUMERATOR_PRECEDERS.at(text, start - 1))) return;
  const value = parseChineseNumeral(text, start, shi);
  if (value !== undefined) found({ kind: 'enumerator', start, end: shi, value });
}

function scanSubstitute(text: string, index: number): number {
  for (const rule of SUBSTITUTE_RULES) {
    if (!text.startsWith(rule.letters, index)) continue;
    const end = index + rule.letters.length;
    if (isAsciiAlphanumeric(text.charCodeAt(index - 1)) || isAsciiAlphanumeric(text.charCodeAt(end))) continue;
    const after = (word: string) => index >= word.length && text.startsWith(word, index - word.length);
    const inContext = (rule.followers.some((follower) => text.startsWith(follower, end)) || rule.preceders.some(after))
      && !rule.notAfter.some(after);
    if (inContext && !nearOtherCapital(text, index, end)) {
      found({ kind: 'substitute', start: index, end, replacement: rule.replacement });
      return end;
    }
  }
  return index + 1;
}

function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39);
}

/** Capitals that stand for characters, and the placeholder X: a text that uses them uses them often. */
const SUBSTITUTING_CAPITALS = new CharSet(`X${SUBSTITUTE_RULES.map((rule) => rule.letters).join('')}`);

/**
 * Whether another capital letter stands within reach of the letters at `start`…`end`: then they are
 * one of a list of letters (A组、B组、C组、D组).
 */
function nearOtherCapital(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - LETTER_LIST_REACH);
  const to = Math.min(text.length, end + LETTER_LIST_REACH);
  const isOtherCapital = (index: number) => {
    const code = text.charCodeAt(index);
    return code >= 0x41 && code <= 0x5a && !SUBSTITUTING_CAPITALS.at(text, index);
  };
  for (let index = from; index < start; index++) if (isOtherCapital(index)) return true;
  for (let index = end; index < to; index++) if (isOtherCapital(index)) return true;
  return false;
}
