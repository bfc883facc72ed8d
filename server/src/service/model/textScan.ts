/**
 * The wording of one line, for the text checks (SPEC 3.2): half-width punctuation in Chinese text,
 * straight and unpaired quotes and brackets, repeated punctuation, ellipses and year ranges, stray
 * blanks, full-width letters and digits, misused words, fixed expressions written wrong, and the
 * numbers GB/T 15835 writes otherwise. Like the rest of a line's classification it depends on the
 * text alone, so an unchanged line is not scanned again.
 *
 * One pass over the line's code units: a table says which characters can start a mark, and only
 * those are looked at more closely; Chinese text between them costs a lookup per character.
 */
import expressions from '../data/expressions.json';
import frequentCharacters from '../data/frequentCharacters.json';
import words from '../data/words.json';
import type { Message } from '../l10n';
import { CharSet } from './chars';
import { utf16Codes } from './codes';
import { isAsciiDigit, isBlank, isHan } from './text';

interface Span { readonly start: number; readonly end: number }

export type TextMark =
  /**
   * A half-width mark at `at` in Chinese text; `start`…`end` is what its fix replaces (with blanks that
   * go with it). A bracket names its partner, replaced together with it.
   */
  | { readonly kind: 'width'; readonly start: number; readonly end: number; readonly at: number; readonly replacement: string; readonly partner?: Span & { readonly at: number } }
  /** A straight quotation mark; `replacement` when it pairs up within the line. */
  | { readonly kind: 'quote'; readonly start: number; readonly end: number; readonly replacement?: string }
  | { readonly kind: 'unpaired'; readonly start: number; readonly end: number }
  /** Marks to drop: the second of `，，`, the comma of `，。`. */
  | { readonly kind: 'repeated'; readonly start: number; readonly end: number }
  /** `...` `。。。` `…` → `……`, `……等` → `等`, `2021-2025年` → `2021—2025年` (a suggestion only). */
  | { readonly kind: 'ellipsis'; readonly start: number; readonly end: number; readonly replacement: string; readonly safe: boolean }
  | { readonly kind: 'space'; readonly start: number; readonly end: number }
  | { readonly kind: 'fullwidth'; readonly start: number; readonly end: number; readonly replacement: string }
  /** An entry of `data/words.json` (`entry` is its index). */
  | { readonly kind: 'word'; readonly start: number; readonly end: number; readonly entry: number }
  /** An entry of `data/expressions.json`. */
  | { readonly kind: 'expression'; readonly start: number; readonly end: number; readonly entry: number }
  /** `党的20大` → `党的二十大`. */
  | { readonly kind: 'congress'; readonly start: number; readonly end: number; readonly replacement: string }
  /** A year written with two digits (`23年`); the check decides against the report's year. */
  | { readonly kind: 'shortYear'; readonly start: number; readonly end: number; readonly value: number }
  /** A percentage, as `%` or as `百分之`: a report should use one form. */
  | { readonly kind: 'percent'; readonly start: number; readonly end: number; readonly words: boolean };

/** An entry of a word list: the wrong form, the right one, whether replacing is safe, and why (shown on hover). */
export interface ListEntry {
  readonly wrong: string;
  readonly right: string;
  readonly safe: boolean;
  readonly note: Message;
}

export interface WordEntry extends ListEntry {
  readonly followedBy?: readonly string[];
  readonly notFollowedBy?: readonly string[];
}

export interface ExpressionEntry extends ListEntry {
  /** The fix adds quotation marks: the expression already in quotation marks is right. */
  readonly quoted?: boolean;
}

export const WORD_ENTRIES: readonly WordEntry[] = words.entries;
export const EXPRESSION_ENTRIES: readonly ExpressionEntry[] = expressions.entries;

const NO_MARKS: readonly TextMark[] = Object.freeze([]);

const enum Trigger {
  None, HalfPunct, OpenParen, CloseParen, StraightDouble, StraightSingle, PairedOpen, PairedClose, FullPunct, Dot, Ellipsis,
  Blank, FullAlnum, Anchor, Digit, Hundred,
}

const TRIGGERS = new Uint8Array(0x10000);
const set = (chars: string, trigger: Trigger) => { for (const char of chars) TRIGGERS[char.charCodeAt(0)] = trigger; };
set(',;:?!', Trigger.HalfPunct);
set('(', Trigger.OpenParen);
set(')', Trigger.CloseParen);
set('"', Trigger.StraightDouble);
set('\'', Trigger.StraightSingle);
set('“‘（《〈【〔', Trigger.PairedOpen);
set('”’）》〉】〕', Trigger.PairedClose);
set('。，、；：！？', Trigger.FullPunct);
set('.', Trigger.Dot);
set('…', Trigger.Ellipsis);
set(' \t\u3000\u00a0', Trigger.Blank);
for (let code = 0xff10; code <= 0xff19; code++) TRIGGERS[code] = Trigger.FullAlnum;
for (let code = 0xff21; code <= 0xff3a; code++) TRIGGERS[code] = Trigger.FullAlnum;
for (let code = 0xff41; code <= 0xff5a; code++) TRIGGERS[code] = Trigger.FullAlnum;
set('0123456789', Trigger.Digit);
set('百', Trigger.Hundred);

const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
/** Full-width punctuation, whose neighbours count as Chinese text. */
const FULL_PUNCTUATION = new CharSet('。，、；：！？“”‘’（）《》〈〉【】〔〕…—·');
/** Which of two adjacent marks stays when one is dropped: the stronger ends the sentence; `。` ends a run-in heading's title, so it stays. */
const HALF_PAUSES = new CharSet(',;:?!');
/** What may follow a full-width pause without making a run of marks or blanks. */
const QUIET_AFTER_PAUSE = CharSet.except('。！？!?；;：:，,、 \t\u3000\u00a0');
const PAUSE_MARKS = new CharSet('。！？!?；;：:，,、');
const STRENGTH: Readonly<Record<string, number>> = {
  '。': 6, '！': 5, '？': 5, '!': 5, '?': 5, '；': 4, ';': 4, '：': 3, ':': 3, '，': 2, ',': 2, '、': 1,
};

/**
 * The words and expressions are looked for at one of their characters (their anchor): the least
 * frequent in real reports, so that common characters (一, 三, 法) do not stop the scan.
 */
const FREQUENT = frequentCharacters.characters;
interface Anchored { readonly text: string; readonly anchor: number; readonly index: number; readonly kind: 'word' | 'expression' }
const ANCHORED = new Map<number, Anchored[]>();
/** How rare a character of a listed word is: Chinese characters by their rank in the frequency list, missing from it rarest; others never anchors. */
function rarity(text: string, at: number): number {
  if (!isHan(text.charCodeAt(at))) return -1;
  const rank = FREQUENT.indexOf(text[at]!);
  return rank < 0 ? Infinity : rank;
}

function anchor(text: string, index: number, kind: Anchored['kind']): void {
  let at = 0;
  for (let candidate = 1; candidate < text.length; candidate++) if (rarity(text, candidate) > rarity(text, at)) at = candidate;
  const code = text.charCodeAt(at);
  if (TRIGGERS[code] === Trigger.None) TRIGGERS[code] = Trigger.Anchor;
  ANCHORED.set(code, [...(ANCHORED.get(code) ?? []), { text, anchor: at, index, kind }]);
}
WORD_ENTRIES.forEach((entry, index) => anchor(entry.wrong, index, 'word'));
EXPRESSION_ENTRIES.forEach((entry, index) => anchor(entry.wrong, index, 'expression'));
const FOLLOWED_BY_DIGIT = '0-9';

/** The marks of the line being scanned (module state: scans never nest). */
let marks: TextMark[] = NO_MARKS as TextMark[];
let expressionFound = false;
const openParens: number[] = [];
const straightDoubles: number[] = [];
/** Where the last look for 等 after an ellipsis ended, and what it found (see `beforeDeng`). */
let dengLookEnd = -1;
let dengAhead = false;
function found(mark: TextMark): void {
  if (marks === NO_MARKS) marks = [mark];
  else marks.push(mark);
}

/**
 * Scans `text` from `from` (after a heading's marker) to `end` (its last non-blank character).
 * `skip` are spans already reported otherwise (placeholders), left alone.
 */
export function scanText(text: string, from: number, end: number, codes: Uint16Array = utf16Codes(text), offset = 0,
  skip: readonly { readonly start: number; readonly end: number }[] = []): readonly TextMark[] {
  marks = NO_MARKS as TextMark[];
  expressionFound = false;
  dengLookEnd = -1;
  // Scans never nest: the stacks of one serve them all.
  const parens = openParens;
  const paired = openMarks;
  const doubles = straightDoubles;
  if (parens.length > 0) parens.length = 0;
  if (doubles.length > 0) doubles.length = 0;
  paired.reset();
  let numberRow: boolean | undefined;
  const isNumberRow = () => (numberRow ??= isNumberRowLine(text));
  let hanCounts: Int32Array | undefined;
  for (let at = from; at < end; at++) {
    // A tight loop to the next character that can start a mark; a full-width pause followed by text cannot.
    let trigger: number;
    while (at < end && ((trigger = TRIGGERS[codes[offset + at]!]!) === Trigger.None
      || (trigger === Trigger.FullPunct && at + 1 < end && QUIET_AFTER_PAUSE.has(codes[offset + at + 1]!)))) at++;
    if (at >= end) break;
    const code = codes[offset + at]!;
    switch (TRIGGERS[code] as Trigger) {
      case Trigger.HalfPunct: case Trigger.FullPunct: at = pauses(text, at, from, end); break;
      case Trigger.OpenParen: parens.push(at); break;
      case Trigger.CloseParen: {
        const open = parens.pop();
        if (open !== undefined) {
          if ((hanCounts ??= hanCountsOf(text))[at]! > hanCounts[open + 1]!) {
            found({ kind: 'width', ...fullWidthSpan(text, open, open + 1, from, end), at: open, replacement: '（', partner: { ...fullWidthSpan(text, at, at + 1, from, end), at } });
          }
        } else if (paired.top() === 0xff08) {
          // `（…)`: a half-width bracket closing a full-width one.
          paired.pop();
          found({ kind: 'width', ...fullWidthSpan(text, at, at + 1, from, end), at, replacement: '）' });
        }
        break;
      }
      case Trigger.StraightDouble:
        // `“…"`: a straight quote after an open curly one closes it.
        if (paired.top() === 0x201c) {
          paired.pop();
          found({ kind: 'quote', start: at, end: at + 1, replacement: '”' });
        } else {
          doubles.push(at);
        }
        break;
      case Trigger.StraightSingle:
        // An apostrophe in English (don't) is none of the report's business; between Chinese it is a quote.
        if (besideChinese(text, at, from, end)) found({ kind: 'quote', start: at, end: at + 1 });
        break;
      case Trigger.PairedOpen: paired.push(at, code); break;
      case Trigger.PairedClose: closePaired(text, at, code, from, end, paired, doubles, parens); break;
      case Trigger.Dot: at = dots(text, at, end); break;
      case Trigger.Ellipsis: at = ellipsis(text, at, end); break;
      case Trigger.Blank: at = blanks(text, at, from, end, isNumberRow, paired.inQuotation()); break;
      case Trigger.FullAlnum: at = fullAlnum(text, at, end, codes, offset, skip); break;
      case Trigger.Anchor: anchored(text, at, code, paired.inQuotation()); break;
      case Trigger.Digit: at = digits(text, at, end); break;
      case Trigger.Hundred:
        if (text.startsWith('百分之', at)) found({ kind: 'percent', start: at, end: at + 3, words: true });
        break;
    }
  }
  for (const open of paired.positions) found({ kind: 'unpaired', start: open, end: open + 1 });
  pairQuotes(text, doubles, from, end);
  if (marks.length > 1) {
    marks.sort((a, b) => a.start - b.start);
    if (expressionFound) marks = withoutMarksInsideExpressions(marks);
  }
  return marks;
}

/**
 * A title written wrong (`法治政府建设实施纲要(2021-2025年)`) is one finding, with one fix: the
 * half-width brackets and the hyphen inside it are not reported again. Marks are in order of start.
 */
function withoutMarksInsideExpressions(sorted: readonly TextMark[]): TextMark[] {
  const kept: TextMark[] = [];
  let coveredUntil = -1;
  for (const mark of sorted) {
    if (mark.kind === 'expression') coveredUntil = Math.max(coveredUntil, mark.end);
    else if (mark.end <= coveredUntil && (mark.kind === 'width' || mark.kind === 'ellipsis' || mark.kind === 'quote')) continue;
    kept.push(mark);
  }
  return kept;
}

/** A line of a table: a label and a run of at least three numbers separated by blanks. */
const CELL_SEPARATORS = new CharSet(' \t\u3000|｜');
const NO_VALUE = new CharSet('-—/');

/**
 * A line of a table: it ends in at least three numbers (one may be `-` `—` `/` for none) separated by
 * blanks or bars. Read backwards from the end, once.
 */
function isNumberRowLine(text: string): boolean {
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

function isLatin(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isChineseSide(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return isHan(code) || FULL_PUNCTUATION.has(code);
}

/** What stands beside a mark or a blank: nothing, something else, a letter or digit, or Chinese text. */
const enum Side { None, Other, Alnum, Chinese }

/**
 * What stands from `index` on in the direction `step`, past the blanks there when `pastBlanks`, then
 * past straight quotes, half-width brackets and half-width pauses (which turn full-width themselves
 * in Chinese text); `...` becomes `……`, so it counts as Chinese punctuation (outside an address).
 */
function sideAt(text: string, index: number, step: 1 | -1, from: number, end: number, pastBlanks: boolean): Side {
  if (pastBlanks) while (index >= from && index < end && isBlank(text.charCodeAt(index))) index += step;
  // A bounded look, so that a line of `,),),…` costs no more than one pass.
  const stop = step > 0 ? Math.min(end, index + MAX_LOOK) : Math.max(from - 1, index - MAX_LOOK);
  for (let at = index; at !== stop && at >= from && at < end; at += step) {
    const code = text.charCodeAt(at);
    if (isHan(code) || FULL_PUNCTUATION.has(code)) return Side.Chinese;
    // `...` becomes `……` (but not at the end of an address, where it stays as written).
    if (code === 0x2e) return dotRunLength(text, at, from, end) >= 3 && !inAddress(text, at) ? Side.Chinese : Side.Other;
    if (isAsciiDigit(code) || isLatin(code) || TRIGGERS[code] === Trigger.FullAlnum) return Side.Alnum;
    if (!SEE_THROUGH.has(code)) return Side.Other;
  }
  return Side.None;
}

const MAX_LOOK = 16;
const SEE_THROUGH = new CharSet('"\'(),;:?!');
/** Half-width marks whose fix takes the blanks beside them (see `fullWidthSpan`): no other fix takes those. */
const CLAIMS_BLANKS = new CharSet('(),;:?!');

/**
 * What the fix of a mark at `start`…`stop` that turns full-width replaces: the mark, and the blanks
 * beside it that would then be stray (`( 一)` → `（一）`, `重点 ,现` → `重点，现`), but not an indent.
 * Blanks between two such marks are the second one's; `blanks` leaves all of these alone.
 */
function fullWidthSpan(text: string, start: number, stop: number, from: number, end: number): Span {
  let before = start;
  while (before > from && isBlank(text.charCodeAt(before - 1))) before--;
  if (before === from || before === start || sideAt(text, before - 1, -1, from, end, false) < Side.Alnum) before = start;
  let after = stop;
  while (after < end && isBlank(text.charCodeAt(after))) after++;
  if (after === stop || after >= end || CLAIMS_BLANKS.has(text.charCodeAt(after)) || sideAt(text, after, 1, from, end, false) < Side.Alnum) after = stop;
  return { start: before, end: after };
}

/** Whether a mark at `at` stands next to Chinese text (past the marks that turn full-width in it). */
function besideChinese(text: string, at: number, from: number, end: number): boolean {
  return sideAt(text, at - 1, -1, from, end, false) === Side.Chinese || sideAt(text, at + 1, 1, from, end, false) === Side.Chinese;
}

function dotRunLength(text: string, at: number, from: number, end: number): number {
  let start = at;
  let stop = at + 1;
  while (start > from && text.charCodeAt(start - 1) === 0x2e) start--;
  while (stop < end && text.charCodeAt(stop) === 0x2e) stop++;
  return stop - start;
}

/** How many Chinese characters come before each index of the line (brackets ask whether Chinese is inside them). */
function hanCountsOf(text: string): Int32Array {
  const counts = new Int32Array(text.length + 1);
  for (let index = 0; index < text.length; index++) counts[index + 1] = counts[index]! + (isHan(text.charCodeAt(index)) ? 1 : 0);
  return counts;
}

const DELIMITERS = new CharSet('、.．，,');
const NUMERALS = new CharSet('一二三四五六七八九十〇零0123456789（(）)');

/** Whether the text from `from` to `end` is a short number, perhaps bracketed, perhaps with blanks (a marker in the making). */
function isBareNumber(text: string, from: number, end: number): boolean {
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

/** Whether `at` lies in a web address (`http://…`, `www.…`): from the last blank or Chinese character before it. */
function inAddress(text: string, at: number): boolean {
  // Addresses are short: a bounded look keeps a line of `a...a...` linear.
  const floor = Math.max(0, at - MAX_ADDRESS);
  let start = at;
  while (start > floor && !isBlank(text.charCodeAt(start - 1)) && !isChineseSide(text, start - 1)) start--;
  const token = text.slice(start, at + 1).toLowerCase();
  return token.startsWith('http') || token.startsWith('www.') || token.includes('://') || token.includes('@');
}

/**
 * A run of pauses (`，` `。` `、` `；` `：` `？` `！`, full or half width): one half-width mark beside
 * Chinese text takes its full-width form, but not in `1,000`, `8:30`, an address or an English
 * phrase; in a longer run every mark but the strongest goes (`。。` `，。` `,,`), except `？！`
 * runs (GB/T 15834 lets questions and exclamations pile up) and `。。。`, an ellipsis. Returns
 * the index of the run's last mark.
 */
function pauses(text: string, at: number, from: number, end: number): number {
  // The common case first: one full-width mark followed by text.
  const following = text.charCodeAt(at + 1);
  if (!HALF_PAUSES.has(text.charCodeAt(at)) && !isBlank(following) && !PAUSE_MARKS.has(following)) return at;
  // Blanks between two marks belong to the run (`,　,`): they go with the mark dropped.
  let runEnd = at + 1;
  for (let probe = runEnd; ; runEnd = ++probe) {
    while (probe < end && isBlank(text.charCodeAt(probe))) probe++;
    if (probe >= end || STRENGTH[text[probe]!] === undefined) break;
  }
  let next = runEnd;
  while (next < end && isBlank(text.charCodeAt(next))) next++;
  const chineseBefore = sideAt(text, at - 1, -1, from, end, true) === Side.Chinese;
  const chineseAfter = sideAt(text, next, 1, from, end, true) === Side.Chinese;
  const { start: lead, end: tail } = fullWidthSpan(text, at, runEnd, from, end);
  // After a bare number opening the line (`一 ,`), a mark is the numbering checks' business.
  if (isBareNumber(text, from, lead)) return runEnd - 1;
  if (runEnd - at === 1) {
    const char = text[at]!;
    if (!(char in FULL_WIDTH)) return at;
    if ((char === ',' || char === ':') && isAsciiDigit(text.charCodeAt(at - 1)) && isAsciiDigit(text.charCodeAt(at + 1))) return at;
    if (!chineseBefore && !chineseAfter) return at;
    if (char === ':' && inAddress(text, at)) return at;
    found({ kind: 'width', start: lead, end: tail, at, replacement: FULL_WIDTH[char]! });
    return at;
  }
  const run = text.slice(at, runEnd);
  let fullWidth = false;
  for (const char of run) if (STRENGTH[char] !== undefined && !(char in FULL_WIDTH)) fullWidth = true;
  if (!fullWidth && !chineseBefore && !chineseAfter) return runEnd - 1;
  if (/^。+$/.test(run)) {
    if (run.length >= 3) return ellipsisOfDots(text, at, runEnd, end);
    found({ kind: 'repeated', start: at + 1, end: runEnd });
    return runEnd - 1;
  }
  if (/^[？！?!]+$/.test(run)) {
    for (let index = at; index < runEnd; index++) {
      const char = text[index]!;
      if (char in FULL_WIDTH) found({ kind: 'width', start: index === at ? lead : index, end: index + 1 === runEnd ? tail : index + 1, at: index, replacement: FULL_WIDTH[char]! });
    }
    return runEnd - 1;
  }
  let keep = at;
  for (let index = at + 1; index < runEnd; index++) if (STRENGTH[text[index]!]! > STRENGTH[text[keep]!]!) keep = index;
  // Blanks beside a half-width mark are left to it (see `blanks`), also when it is dropped.
  if (keep > at) found({ kind: 'repeated', start: CLAIMS_BLANKS.at(text, at) ? lead : at, end: keep });
  const kept = text[keep]!;
  if (kept in FULL_WIDTH) {
    found({ kind: 'width', start: keep === at ? lead : keep, end: keep + 1 === runEnd ? tail : keep + 1, at: keep, replacement: FULL_WIDTH[kept]! });
  }
  if (keep + 1 < runEnd) found({ kind: 'repeated', start: keep + 1, end: CLAIMS_BLANKS.at(text, runEnd - 1) ? tail : runEnd });
  return runEnd - 1;
}

/**
 * The opening marks of the line not yet closed, in order, with a tally per mark, so that a closing
 * mark with no partner, or a blank asking whether a quotation is open, costs no walk over them.
 */
class OpenMarks {
  readonly positions: number[] = [];
  private readonly codes: number[] = [];
  /** How many of each opening mark are open, by its slot (see `openerSlot`). */
  private readonly tally = new Int32Array(8);

  /** Starts over on a new line (one instance serves every scan). */
  reset(): void {
    if (this.positions.length === 0) return;
    this.positions.length = 0;
    this.codes.length = 0;
    this.tally.fill(0);
  }

  push(at: number, code: number): void {
    this.positions.push(at);
    this.codes.push(code);
    this.tally[openerSlot(code)]!++;
  }

  /** The code of the last open mark (0: none). */
  top(): number {
    return this.codes.length === 0 ? 0 : this.codes[this.codes.length - 1]!;
  }

  pop(): void {
    this.positions.pop();
    const code = this.codes.pop();
    if (code !== undefined) this.tally[openerSlot(code)]!--;
  }

  /** Closes the last open mark `code`, and whatever was opened after it; false when none is open. */
  close(code: number): boolean {
    if (this.tally[openerSlot(code)] === 0) return false;
    while (this.top() !== code) this.pop();
    this.pop();
    return true;
  }

  /** Whether a quotation or a document name is open: there a blank between phrases belongs to it (“学宪法 讲宪法”, 《中共中央办公厅 国务院办公厅…》). */
  inQuotation(): boolean {
    return this.tally[0]! + this.tally[1]! > 0;
  }
}

/** The opening marks that pair up, each with its slot; quotation and title marks first (see `inQuotation`). */
function openerSlot(code: number): number {
  switch (code) {
    case 0x201c: return 0; // “
    case 0x300a: return 1; // 《
    case 0x2018: return 2; // ‘
    case 0xff08: return 3; // （
    case 0x3008: return 4; // 〈
    case 0x3010: return 5; // 【
    case 0x3014: return 6; // 〔
    default: return 7;
  }
}

/** The opening partner of each closing mark. */
const OPENER_OF: ReadonlyMap<number, number> = new Map([...'”“’‘）（》《〉〈】【〕〔'.matchAll(/(.)(.)/g)].map(([, close, open]) => [close!.charCodeAt(0), open!.charCodeAt(0)]));
const openMarks = new OpenMarks();

/**
 * A closing mark: it closes the last open one of its kind, or stands unpaired; `”` after `"` pairs
 * with it (mixed quotes), `）` after `(` too (mixed brackets).
 */
function closePaired(text: string, at: number, code: number, from: number, end: number, paired: OpenMarks, doubles: number[], parens: number[]): void {
  const opener = OPENER_OF.get(code)!;
  if (paired.close(opener)) return;
  if (opener === 0xff08 && parens.length > 0) {
    const open = parens.pop()!;
    found({ kind: 'width', ...fullWidthSpan(text, open, open + 1, from, end), at: open, replacement: '（' });
    return;
  }
  // `“…"` or `"…”`: a straight quote pairing with a curly one is the curly one's partner.
  if (opener === 0x201c && doubles.length > 0) {
    const straight = doubles.pop()!;
    found({ kind: 'quote', start: straight, end: straight + 1, replacement: '“' });
    return;
  }
  found({ kind: 'unpaired', start: at, end: at + 1 });
}

/** Straight double quotes pair up in order within the line: `"…"` → `“…”`; an odd one out is reported without a fix. */
function pairQuotes(text: string, doubles: readonly number[], from: number, end: number): void {
  if (doubles.length === 0) return;
  const chinese = doubles.some((at) => besideChinese(text, at, from, end));
  if (!chinese) return;
  const pairsUp = doubles.length % 2 === 0;
  doubles.forEach((at, index) => {
    found({ kind: 'quote', start: at, end: at + 1, replacement: pairsUp ? (index % 2 === 0 ? '“' : '”') : undefined });
  });
  if (marks.length > 1) marks.sort((a, b) => a.start - b.start);
}

/** `...` (three or more dots, not in an address or a number) → `……`. */
function dots(text: string, at: number, end: number): number {
  let runEnd = at;
  while (runEnd < end && text.charCodeAt(runEnd) === 0x2e) runEnd++;
  if (runEnd - at >= 3 && !inAddress(text, at)) return ellipsisOfDots(text, at, runEnd, end);
  return runEnd - 1;
}

/**
 * `...` or `。。。` written for an ellipsis, with any `…` right after it: `……`, or nothing before 等
 * (an ellipsis and 等 say the same). Returns the index of the last character taken.
 */
function ellipsisOfDots(text: string, at: number, runEnd: number, end: number): number {
  while (runEnd < end && text.charCodeAt(runEnd) === 0x2026) runEnd++;
  // Blanks around it are stray (`...` counts as Chinese punctuation): that check takes them.
  found({ kind: 'ellipsis', start: at, end: runEnd, replacement: beforeDeng(text, runEnd, end) ? '' : '……', safe: true });
  return runEnd - 1;
}

/** Whether 等 follows, after blanks and more of an ellipsis (`…… 等`, `。。。……等`): the ellipsis goes. */
function beforeDeng(text: string, at: number, end: number): boolean {
  // Runs of an ellipsis in a row ask in turn: each stretch is walked once.
  if (at <= dengLookEnd) return dengAhead;
  while (at < end && (isBlank(text.charCodeAt(at)) || ELLIPSIS_PARTS.has(text.charCodeAt(at)))) {
    // `。。。` is an ellipsis; a lone `。` ends a sentence, and what follows it is no part of this one.
    if (text.charCodeAt(at) === 0x3002) {
      let run = at;
      while (run < end && text.charCodeAt(run) === 0x3002) run++;
      if (run - at < 3) break;
      at = run;
      continue;
    }
    at++;
  }
  dengLookEnd = at;
  dengAhead = text.charCodeAt(at) === 0x7b49;
  return dengAhead;
}

const ELLIPSIS_PARTS = new CharSet('….。');

/** `…` alone → `……`; `……等` → `等` (an ellipsis and 等 say the same). */
function ellipsis(text: string, at: number, end: number): number {
  let runEnd = at;
  while (runEnd < end && text.charCodeAt(runEnd) === 0x2026) runEnd++;
  if (beforeDeng(text, runEnd, end)) found({ kind: 'ellipsis', start: at, end: runEnd, replacement: '', safe: true });
  else if ((runEnd - at) % 2 === 1) found({ kind: 'ellipsis', start: at, end: runEnd, replacement: '……', safe: true });
  return runEnd - 1;
}

/**
 * Blanks inside Chinese text or between Chinese and a digit or letter (PDF residue); not in a table
 * row, not between two English words, and not between two phrases of a quotation or a document name.
 */
function blanks(text: string, at: number, from: number, end: number, isNumberRow: () => boolean, inQuotation: boolean): number {
  let runEnd = at;
  while (runEnd < end && isBlank(text.charCodeAt(runEnd))) runEnd++;
  if (at === from || runEnd >= end) return runEnd - 1;
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(runEnd);
  // `12  、` would become a marker: that is the numbering checks' business.
  if (CLAIMS_BLANKS.has(before) || CLAIMS_BLANKS.has(after) || (DELIMITERS.has(after) && isBareNumber(text, from, at))) return runEnd - 1;
  const sideBefore = sideAt(text, at - 1, -1, from, end, false);
  const sideAfter = sideAt(text, runEnd, 1, from, end, false);
  const betweenPhrases = inQuotation && isHan(before) && isHan(after);
  const stray = !betweenPhrases && ((sideBefore === Side.Chinese && sideAfter >= Side.Alnum) || (sideBefore === Side.Alnum && sideAfter === Side.Chinese));
  if (stray && !((isAsciiDigit(before) || isAsciiDigit(after)) && isNumberRow())) found({ kind: 'space', start: at, end: runEnd });
  return runEnd - 1;
}

/** Full-width digits and Latin letters (`２０２３` `ＡＢ`) → ASCII; a run of Ｘ left to the placeholder check. */
function fullAlnum(text: string, at: number, end: number, codes: Uint16Array, offset: number,
  skip: readonly { readonly start: number; readonly end: number }[]): number {
  let runEnd = at;
  while (runEnd < end && TRIGGERS[codes[offset + runEnd]!] === Trigger.FullAlnum) runEnd++;
  if (skip.some((span) => span.start <= at && span.end >= runEnd)) return runEnd - 1;
  let replacement = '';
  for (let index = at; index < runEnd; index++) replacement += String.fromCharCode(text.charCodeAt(index) - 0xfee0);
  found({ kind: 'fullwidth', start: at, end: runEnd, replacement });
  return runEnd - 1;
}

/** A misused word or a fixed expression written wrong, found at its anchor character. */
function anchored(text: string, at: number, code: number, inQuotation: boolean): void {
  for (const candidate of ANCHORED.get(code) ?? []) {
    const start = at - candidate.anchor;
    if (start < 0 || !text.startsWith(candidate.text, start)) continue;
    const end = start + candidate.text.length;
    if (candidate.kind === 'word') {
      if (!wordApplies(WORD_ENTRIES[candidate.index]!, text, end)) continue;
      found({ kind: 'word', start, end, entry: candidate.index });
    } else {
      const entry = EXPRESSION_ENTRIES[candidate.index]!;
      // A quoted expression is right: “四个意识”; inside a quotation or a title it is written as the source has it.
      if (entry.quoted && (inQuotation || quotedAround(text, start, end))) continue;
      found({ kind: 'expression', start, end, entry: candidate.index });
      expressionFound = true;
    }
  }
}

const OPENING_QUOTES = new CharSet('“‘');
const CLOSING_QUOTES = new CharSet('”’');

/** Whether quotation marks stand around a span: a curly one on either side, or straight ones on both (`"四个意识"`). */
function quotedAround(text: string, start: number, end: number): boolean {
  if (OPENING_QUOTES.at(text, start - 1) || CLOSING_QUOTES.at(text, end)) return true;
  const before = text[start - 1];
  return (before === '"' || before === '\'') && text[end] === before;
}

function wordApplies(entry: WordEntry, text: string, end: number): boolean {
  if (entry.notFollowedBy?.some((word) => text.startsWith(word, end))) return false;
  if (!entry.followedBy) return true;
  return entry.followedBy.some((word) => (word === FOLLOWED_BY_DIGIT ? isAsciiDigit(text.charCodeAt(end)) : text.startsWith(word, end)));
}

/** Hyphens and the half-width tilde written between years; the full-width ～ is a dash GB/T 15834 allows. */
const YEAR_RANGE_DASHES = new CharSet('-~－');
const CHINESE_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * A run of ASCII digits: `党的20大`, a two-digit year `23年`, a percentage `15%`, a year range
 * `2021-2025年` (→ `2021—2025年`, a suggestion only).
 */
function digits(text: string, at: number, end: number): number {
  let runEnd = at;
  while (runEnd < end && isAsciiDigit(text.charCodeAt(runEnd))) runEnd++;
  const length = runEnd - at;
  const before = text.charCodeAt(at - 1);
  const next = text.charCodeAt(runEnd);
  if (isAsciiDigit(before) || before === 0x2e) return runEnd - 1;
  if (length === 2 && next === 0x5927 && text.startsWith('党的', at - 2)) {
    const value = Number(text.slice(at, runEnd));
    const tens = Math.floor(value / 10);
    found({ kind: 'congress', start: at, end: runEnd, replacement: `${tens > 1 ? CHINESE_DIGITS[tens] : ''}十${CHINESE_DIGITS[value % 10]}` });
  } else if (length === 2 && next === 0x5e74 && !isLatin(before) && before !== 0x2d) {
    found({ kind: 'shortYear', start: at, end: runEnd + 1, value: Number(text.slice(at, runEnd)) });
  } else if (next === 0x25 || next === 0xff05) {
    found({ kind: 'percent', start: runEnd, end: runEnd + 1, words: false });
  } else if (length === 4 && YEAR_RANGE_DASHES.at(text, runEnd) && isAsciiDigit(text.charCodeAt(runEnd + 1)) && !isLatin(before) && !YEAR_RANGE_DASHES.has(before)) {
    let secondEnd = runEnd + 1;
    while (secondEnd < end && isAsciiDigit(text.charCodeAt(secondEnd))) secondEnd++;
    const first = Number(text.slice(at, runEnd));
    const second = Number(text.slice(runEnd + 1, secondEnd));
    // Years, in order: not a file number (`2023-0012-2024年`).
    if (secondEnd - runEnd - 1 === 4 && text.charCodeAt(secondEnd) === 0x5e74 && first >= 1900 && first < second && second <= 2100) {
      found({ kind: 'ellipsis', start: runEnd, end: runEnd + 1, replacement: '—', safe: false });
      return secondEnd - 1;
    }
  }
  return runEnd - 1;
}
