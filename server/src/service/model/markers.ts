/**
 * Heading markers of GB/T 9704-2012 (7.3.3) and the variants drafters type instead.
 * The level comes from the marker's kind alone, never from indentation.
 */
import { CharSet } from './chars';
import {
  FIRST_CIRCLED, LAST_CIRCLED, formatChineseNumeral, formatCircledNumber, isChineseNumeralCode,
  parseChineseNumeral,
} from './numerals';
import { firstNonBlank, isAsciiDigit, isBlank, isHan, lastNonBlankEnd } from './text';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5;

export interface HeadingMarker {
  readonly level: HeadingLevel;
  /** The number the marker stands for (一 → 1, ⑳ → 20). */
  readonly value: number;
  /** Index of the marker's first character on its line. */
  readonly start: number;
  /** Index just after the marker, its delimiter included. */
  readonly end: number;
  readonly numeralStart: number;
  readonly numeralEnd: number;
  /** Brackets as written, for levels 2 and 4; empty otherwise. */
  readonly openBracket: string;
  readonly closeBracket: string;
  /** The delimiter after the numeral or bracket as written; empty when there is none. */
  readonly delimiter: string;
}

/** The delimiter GB/T 9704 writes after each level's numeral (levels 2 and 4 end with the bracket). */
export const CANONICAL_DELIMITER: Readonly<Record<HeadingLevel, string>> = {
  1: '、', 2: '', 3: '.', 4: '', 5: '',
};

export const FULL_WIDTH_OPEN = '（';
export const FULL_WIDTH_CLOSE = '）';

/**
 * The canonical marker for a level and number: `三、`, `（三）`, `3.`, `（3）`, `③`. Beyond what a
 * level can write (一百, ㉑) it falls back to Arabic digits, so that messages about absurd
 * documents never fail.
 */
export function formatMarker(level: HeadingLevel, value: number): string {
  const inRange = Number.isInteger(value) && value >= 1 && value <= MAX_MARKER_VALUE[level];
  switch (level) {
    case 1: return (inRange ? formatChineseNumeral(value) : String(value)) + '、';
    case 2: return FULL_WIDTH_OPEN + (inRange ? formatChineseNumeral(value) : String(value)) + FULL_WIDTH_CLOSE;
    case 3: return `${value}.`;
    case 4: return `${FULL_WIDTH_OPEN}${value}${FULL_WIDTH_CLOSE}`;
    case 5: return inRange ? formatCircledNumber(value) : `${FULL_WIDTH_OPEN}${value}${FULL_WIDTH_CLOSE}`;
  }
}

/** The largest number each level's marker can express. */
export const MAX_MARKER_VALUE: Readonly<Record<HeadingLevel, number>> = {
  1: 99, 2: 99, 3: 99, 4: 99, 5: LAST_CIRCLED - FIRST_CIRCLED + 1,
};

const LEVEL1_DELIMITERS = new CharSet('、.．，,)）');
const LEVEL3_DELIMITERS = new CharSet('.、．，');
/** What may follow the closing bracket of `（一）` or `（1）`, or a circled number. */
const TRAILING_DELIMITERS = new CharSet('、.．');
const OPEN_BRACKETS = new CharSet('（(');
const CLOSE_BRACKETS = new CharSet('）)');
const DIGITS = new CharSet('0123456789０１２３４５６７８９');
const MAX_NUMERAL_LENGTH = 3;

/** Reads a heading marker starting at `start`, or returns undefined when the text there is not one. */
export function readMarker(text: string, start: number): HeadingMarker | undefined {
  const code = text.charCodeAt(start);
  if (Number.isNaN(code)) return undefined;
  if (OPEN_BRACKETS.at(text, start)) return readBracketedMarker(text, start);
  if (isAsciiDigit(code)) return readArabicMarker(text, start);
  if (code >= FIRST_CIRCLED && code <= LAST_CIRCLED) {
    const delimiter = optionalDelimiter(text, start + 1);
    return marker(5, code - FIRST_CIRCLED + 1, start, start + 1 + delimiter.length, start, start + 1, '', '', delimiter);
  }
  if (isChineseNumeralCode(code)) {
    const numeralEnd = chineseNumeralEnd(text, start);
    const value = parseChineseNumeral(text, start, numeralEnd);
    if (value === undefined || !LEVEL1_DELIMITERS.at(text, numeralEnd)) return undefined;
    return marker(1, value, start, numeralEnd + 1, start, numeralEnd, '', '', punctuationAt(text, numeralEnd));
  }
  return undefined;
}

/** `1.` `1、` `1．` `1，` — but `1.5万` is a decimal and `2021 年` is text. */
function readArabicMarker(text: string, start: number): HeadingMarker | undefined {
  let numeralEnd = start + 1;
  if (isAsciiDigit(text.charCodeAt(numeralEnd))) numeralEnd++;
  if (!LEVEL3_DELIMITERS.at(text, numeralEnd) || DIGITS.at(text, numeralEnd + 1)) return undefined;
  const value = Number(text.slice(start, numeralEnd));
  if (value === 0) return undefined;
  return marker(3, value, start, numeralEnd + 1, start, numeralEnd, '', '', punctuationAt(text, numeralEnd));
}

/** `（一）` `(一)` `（1）` `(1)` and mixed brackets, optionally followed by `、` or `.`. */
function readBracketedMarker(text: string, start: number): HeadingMarker | undefined {
  const numeralStart = start + 1;
  const firstCode = text.charCodeAt(numeralStart);
  let level: HeadingLevel;
  let numeralEnd: number;
  let value: number | undefined;
  if (isAsciiDigit(firstCode)) {
    level = 4;
    numeralEnd = numeralStart + 1;
    if (isAsciiDigit(text.charCodeAt(numeralEnd))) numeralEnd++;
    value = Number(text.slice(numeralStart, numeralEnd));
    if (value === 0) return undefined;
  } else if (isChineseNumeralCode(firstCode)) {
    level = 2;
    numeralEnd = chineseNumeralEnd(text, numeralStart);
    value = parseChineseNumeral(text, numeralStart, numeralEnd);
  } else {
    return undefined;
  }
  if (value === undefined || !CLOSE_BRACKETS.at(text, numeralEnd)) return undefined;
  const delimiter = optionalDelimiter(text, numeralEnd + 1);
  return marker(level, value, start, numeralEnd + 1 + delimiter.length, numeralStart, numeralEnd,
    punctuationAt(text, start), punctuationAt(text, numeralEnd), delimiter);
}

/** The brackets and delimiters of markers, one string per character made once (`text[i]` makes a new one each time). */
const PUNCTUATION_STRINGS = new Map<number, string>();

function punctuationAt(text: string, index: number): string {
  const code = text.charCodeAt(index);
  let punctuation = PUNCTUATION_STRINGS.get(code);
  if (punctuation === undefined) {
    punctuation = String.fromCharCode(code);
    PUNCTUATION_STRINGS.set(code, punctuation);
  }
  return punctuation;
}

function chineseNumeralEnd(text: string, start: number): number {
  let end = start;
  while (end - start < MAX_NUMERAL_LENGTH + 1 && isChineseNumeralCode(text.charCodeAt(end))) end++;
  return end;
}

/** A trailing `、` or `.` after a bracket or circled number, unless it is the start of a decimal or of an ellipsis `...`. */
function optionalDelimiter(text: string, index: number): string {
  return TRAILING_DELIMITERS.at(text, index) && !DIGITS.at(text, index + 1) && !text.startsWith('...', index) ? punctuationAt(text, index) : '';
}

function marker(
  level: HeadingLevel, value: number, start: number, end: number, numeralStart: number, numeralEnd: number,
  openBracket: string, closeBracket: string, delimiter: string,
): HeadingMarker {
  return { level, value, start, end, numeralStart, numeralEnd, openBracket, closeBracket, delimiter };
}

/** Where a heading's title lies on its line, and whether body text runs on after it. */
export interface HeadingTitle {
  readonly start: number;
  readonly end: number;
  /** A title-sentence heading (标题句): the title ends at the first `。` and the paragraph continues. */
  readonly titleSentence: boolean;
}

/**
 * A heading's title: up to its first `。` when the paragraph goes on after it (a title-sentence heading), or
 * up to a blank after Chinese text that the body follows on the same line (`一、工作开展情况 2023年以来…`,
 * a copy that lost the line break; not `2021 年`), or to the line's end.
 */
export function readHeadingTitle(text: string, markerEnd: number): HeadingTitle {
  const start = firstNonBlank(text, markerEnd);
  const lineEnd = lastNonBlankEnd(text, start);
  const stop = sentenceEnd(text, start);
  // Body must follow the 。 (not just more marks, `。。`) for the title to be cut there.
  let afterStop = stop + 1;
  while (stop >= 0 && afterStop < lineEnd && (PAUSES.has(text.charCodeAt(afterStop)) || isBlank(text.charCodeAt(afterStop)))) afterStop++;
  const titleEnd = stop >= 0 && afterStop < lineEnd ? stop : lineEnd;
  // The body is measured in Chinese characters, which no proofreading fix adds or removes.
  let hanAfter = -1;
  let previousBlank = 0;
  // A blank inside a title mark or quotation still open (`一、学习《中华人民共和国 行政处罚法》`) ends no title.
  let open = 0;
  for (let at = start; at < titleEnd && at - start <= MAX_TITLE_BEFORE_BODY; at++) {
    const code = text.charCodeAt(at);
    if (TITLE_OPENERS.has(code)) open++;
    else if (TITLE_CLOSERS.has(code) && open > 0) open--;
    // A straight quote opens or closes as quote-style will make it (`“重点"` → `“重点”`): the verdict must not change then.
    else if (code === STRAIGHT_QUOTE) open += open > 0 ? -1 : 1;
    if (at < start + MIN_TITLE_BEFORE_BODY || open > 0 || !isBlank(code) || !isHan(text.charCodeAt(at - 1))) continue;
    if (hanAfter < 0) hanAfter = hanCount(text, at, lineEnd);
    else hanAfter -= hanCount(text, previousBlank, at);
    previousBlank = at;
    if (hanAfter >= MIN_BODY_AFTER_TITLE) return { start, end: at, titleSentence: false };
  }
  return { start, end: titleEnd, titleSentence: titleEnd === stop };
}

const TITLE_OPENERS = new CharSet('《“');
const STRAIGHT_QUOTE = 0x22;
const TITLE_CLOSERS = new CharSet('》”');

/** The first `。` from `start` that ends a sentence: `。。。` is an ellipsis written wrong. */
function sentenceEnd(text: string, start: number): number {
  for (let stop = text.indexOf('。', start); stop >= 0; ) {
    let runEnd = stop + 1;
    while (text.charCodeAt(runEnd) === 0x3002) runEnd++;
    if (runEnd - stop < 3) return stop;
    stop = text.indexOf('。', runEnd);
  }
  return -1;
}

function hanCount(text: string, start: number, end: number): number {
  let count = 0;
  for (let index = start; index < end; index++) if (isHan(text.charCodeAt(index))) count++;
  return count;
}

/** A blank ends a title only after this many characters, within this many, and with at least this many Chinese characters of body after it. */
const MIN_TITLE_BEFORE_BODY = 4;
const MAX_TITLE_BEFORE_BODY = 60;
const MIN_BODY_AFTER_TITLE = 10;

/** Titles longer than this, or holding two commas, are numbered paragraphs rather than headings. */
const MAX_HEADING_TITLE = 80;

/**
 * Whether a heading's title is a numbered paragraph (`2.严格依法依规办事，不断推动…，…。`), not a heading's
 * words. A comma beside another mark (`,，` `，。`) is a slip the proofreading drops, not a second clause.
 */
export function isNumberedParagraph(title: string): boolean {
  if (title.length > MAX_HEADING_TITLE) return true;
  let commas = 0;
  // A run of commas with only blanks between (`,  ，`) counts once: the proofreading leaves one of it, and the verdict must not change then.
  let afterComma = false;
  for (let index = 0; index < title.length; index++) {
    const code = title.charCodeAt(index);
    const comma = code === 0xff0c || code === 0x2c;
    if (comma && !afterComma && !PAUSES.has(title.charCodeAt(index - 1)) && !PAUSES.has(title.charCodeAt(index + 1)) && ++commas === 2) return true;
    if (comma) afterComma = true;
    else if (!isBlank(code)) afterComma = false;
  }
  return false;
}

const PAUSES = new CharSet('，,。；;：:、！？!?');

const EXTRA_DELIMITERS = new CharSet('.．、');
const TITLE_MARKS = new CharSet('。；，;,、：:？?！!.．');

/**
 * Where the numbering-punctuation fix of a non-standard delimiter ends: more delimiters after it go
 * too (`（三)..`, `一.、`, but not an ellipsis `...`), and a title of nothing but marks (`（一）、、,`)
 * with them. The proofreading of the heading's line starts there.
 */
export function numberingFixEnd(text: string, marker: HeadingMarker, lineEnd: number): number {
  if (marker.delimiter === CANONICAL_DELIMITER[marker.level]) return marker.end;
  let end = marker.end;
  while (end < lineEnd && EXTRA_DELIMITERS.at(text, end) && !text.startsWith('...', end)) end++;
  for (let index = end; index < lineEnd; index++) if (!TITLE_MARKS.at(text, index) && !isBlank(text.charCodeAt(index))) return end;
  return lineEnd;
}
