/**
 * Everything that can be said about one line without looking at its neighbours. It depends on the
 * line's text alone, so the classification of an unchanged line is reused between versions.
 */
import { HeadingMarker, HeadingTitle, readHeadingTitle, readMarker } from './markers';
import { CharSet } from './chars';
import { InlineMark, scanInline } from './inline';
import { parseChineseNumeral } from './numerals';
import { firstNonBlank, isAsciiDigit, isBlank, lastNonBlankEnd, withoutBlanks, wordCharacterCount } from './text';
import { MAX_CHROME_LINE, isChromeLine, mayBeChrome } from './webResidue';
import { SENTENCE_PUNCTUATION, TitleText, chineseYear, readTitle } from './titles';
import { RunOnItem, findRunOn } from './runOn';
import { toSimplified, withTraditionalForms } from './simplified';

export interface LineInfo {
  readonly text: string;
  /** Index of the first non-blank character; equals the length for a blank line. */
  readonly indent: number;
  /** Index just after the last non-blank character. */
  readonly end: number;
  readonly heading?: { readonly marker: HeadingMarker; readonly title: HeadingTitle };
  readonly reportTitle?: TitleText;
  readonly contentsHeader: boolean;
  readonly contentsEntry?: ContentsEntryText;
  readonly date?: DateText;
  /** A short line naming an organisation: an issuer above a title, or a signature above a date. */
  readonly organization: boolean;
  /** A short line ending with a colon that names organisations (主送机关). */
  readonly addressee: boolean;
  /** The whole line is web-page chrome or an advertisement. */
  readonly residue: boolean;
  /** Placeholders, substitute letters, scraper markers and enumerators inside the line. */
  readonly marks: readonly InlineMark[];
  /** A title and heading markers run on inside a long line that lost its line breaks (candidates; see `runOn.ts`). */
  readonly runOn?: readonly RunOnItem[];
}

export interface ContentsEntryText {
  readonly titleStart: number;
  readonly titleEnd: number;
  /** The entry's title without its number and blanks, for matching against report titles. */
  readonly key: string;
  readonly page: number;
}

export type DateForm = 'canonical' | 'zero-padded' | 'chinese' | 'separated';

export interface DateText {
  readonly start: number;
  readonly end: number;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly form: DateForm;
}

/** Lines longer than this are paragraphs: never titles, dates, signatures or addressees. */
const MAX_SHORT_LINE = 120;
const MAX_ORGANIZATION = 40;
/** Last characters of a signature date: 日, or the digit of `2023.12.5`. */
const DATE_ENDS = new CharSet('日0123456789');
const COLONS = new CharSet('：:');

export const ORGANIZATION_SUFFIXES: readonly string[] = [
  '政府', '局', '委员会', '委', '办公室', '办', '管委会', '厅', '镇', '乡', '街道', '办事处', '院', '中心',
  '所', '部', '处', '党组', '党委', '公司', '队', '站', '署', '会',
];

/** Classifies one line; `codes` and `offset` may give its code units (see `scanInline`). */
export function classifyLine(text: string, codes?: Uint16Array, offset?: number): LineInfo {
  const indent = firstNonBlank(text);
  if (indent === text.length) return blankLine(text);
  const end = lastNonBlankEnd(text, indent);
  const { marks, advertisement, runOnHints } = scanInline(text, codes, offset);
  const marker = readMarker(text, indent);
  // A heading is never residue, whatever words it holds.
  if (advertisement && !marker) return residueLine(text, indent, end);
  const contentsEntry = readContentsEntry(text, indent, end);
  if (marker) {
    const title = withoutScraperMarks(readHeadingTitle(text, marker.end), text, marks);
    const heading = { marker, title };
    return line(text, indent, end, {
      heading, contentsEntry, marks,
      runOn: runOnHints ? findRunOn(text, title.start, end, runOnHints, title.start, codes, offset) : undefined,
    });
  }
  // Only a short line that could be chrome, a title, a date, a name, an addressee or 目录 needs its blank-free form.
  if (end - indent > MAX_SHORT_LINE || !(SHORT_LINE_ENDS.at(text, end - 1) || mayBeChrome(text, indent, end))) {
    if (contentsEntry) return line(text, indent, end, { contentsEntry, marks });
    return line(text, indent, end, { marks, runOn: runOnHints ? findRunOn(text, indent, end, runOnHints, -1, codes, offset) : undefined });
  }
  if (end - indent <= MAX_CHROME_LINE && mayBeChrome(text, indent, end) && isChromeLine(text.slice(indent, end))) return residueLine(text, indent, end);
  const compact = withoutBlanks(text.slice(indent, end));
  const reportTitle = readTitle(compact);
  const date = readDate(compact, indent, end);
  const organization = !reportTitle && !date && isOrganization(compact);
  if (contentsEntry) return line(text, indent, end, { reportTitle, contentsEntry, date, organization, marks });
  return line(text, indent, end, {
    reportTitle, contentsHeader: toSimplified(compact) === '目录', date, organization, addressee: isAddressee(compact), marks,
    runOn: reportTitle || !runOnHints ? undefined : findRunOn(text, indent, end, runOnHints, -1, codes, offset),
  });
}

/** A heading's title ends before a scraper mark glued to its end (`…主要举措和成效公文汇 www.….com`). */
function withoutScraperMarks(title: HeadingTitle, text: string, marks: readonly InlineMark[]): HeadingTitle {
  const mark = marks.find((candidate) => candidate.kind === 'scraper' && candidate.start > title.start && candidate.end >= title.end);
  return mark ? { ...title, end: lastNonBlankEnd(text.slice(0, mark.start), title.start) } : title;
}

/** The same line read as page chrome: the value a metadata label left for it (see `analyze.ts`). */
export function asResidue(line: LineInfo): LineInfo {
  return residueLine(line.text, line.indent, line.end);
}

function residueLine(text: string, indent: number, end: number): LineInfo {
  return line(text, indent, end, { residue: true });
}

/** What a line is read as, beyond its text and extent: a field left out is absent, false or no marks. */
type LineReading = Partial<Omit<LineInfo, 'text' | 'indent' | 'end'>>;

const NO_MARKS: readonly InlineMark[] = [];

/** Every line object is made here, with all fields in one order, so they all share one shape. */
function line(text: string, indent: number, end: number, reading: LineReading = {}): LineInfo {
  return {
    text, indent, end,
    heading: reading.heading, reportTitle: reading.reportTitle, contentsHeader: reading.contentsHeader ?? false,
    contentsEntry: reading.contentsEntry, date: reading.date, organization: reading.organization ?? false,
    addressee: reading.addressee ?? false, residue: reading.residue ?? false, marks: reading.marks ?? NO_MARKS, runOn: reading.runOn,
  };
}

const EMPTY_LINE = line('', 0, 0);

function blankLine(text: string): LineInfo {
  if (text.length === 0) return EMPTY_LINE;
  return line(text, text.length, text.length);
}

/** A line that is nothing but a date: the signature date of a report. */
function readDate(compact: string, start: number, end: number): DateText | undefined {
  if (compact.length > 20 || !DATE_ENDS.at(compact, compact.length - 1)) return undefined;
  let match = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(compact);
  if (match) {
    const padded = match[2]!.startsWith('0') || match[3]!.startsWith('0');
    return date(start, end, Number(match[1]), Number(match[2]), Number(match[3]), padded ? 'zero-padded' : 'canonical');
  }
  match = /^(\d{4})[.\-/．](\d{1,2})[.\-/．](\d{1,2})日?$/.exec(compact);
  if (match) return date(start, end, Number(match[1]), Number(match[2]), Number(match[3]), 'separated');
  match = /^([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/.exec(compact);
  if (match) {
    const month = parseChineseNumeral(match[2]!);
    const day = parseChineseNumeral(match[3]!);
    if (month !== undefined && day !== undefined) return date(start, end, chineseYear(match[1]!), month, day, 'chinese');
  }
  return undefined;
}

function date(start: number, end: number, year: number, month: number, day: number, form: DateForm): DateText | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return { start, end, year, month, day, form };
}

/** Last characters of the organisation suffixes, in both scripts: most lines are ruled out by their last character. */
const ORGANIZATION_ENDS = new CharSet(withTraditionalForms(ORGANIZATION_SUFFIXES.map((suffix) => suffix[suffix.length - 1]).join('')));
/** Last characters of the short lines worth a closer look: titles, dates, names, addressees, 目录. */
const SHORT_LINE_ENDS = new CharSet(withTraditionalForms(`告报编况）)日0123456789：:录${ORGANIZATION_SUFFIXES.map((suffix) => suffix[suffix.length - 1]).join('')}`));

function isOrganization(compact: string): boolean {
  if (compact.length < 2 || compact.length > MAX_ORGANIZATION || !ORGANIZATION_ENDS.at(compact, compact.length - 1)) return false;
  const simplified = toSimplified(compact);
  return !SENTENCE_PUNCTUATION.test(simplified) && ORGANIZATION_SUFFIXES.some((suffix) => simplified.endsWith(suffix));
}

function isAddressee(compact: string): boolean {
  if (!COLONS.at(compact, compact.length - 1)) return false;
  const names = toSimplified(compact.slice(0, -1));
  return names.length >= 2 && names.length <= MAX_ORGANIZATION && !SENTENCE_PUNCTUATION.test(names)
    && !names.includes('如下') && ORGANIZATION_SUFFIXES.some((suffix) => names.endsWith(suffix));
}

/** Lines a PDF wrapped hold at least this many words' characters, and differ by at most this many (the rest are marks). */
const MIN_FULL_LINE = 16;
const FULL_LINE_SLACK = 5;

/**
 * Whether two lines are full lines of one width, as a PDF wraps a paragraph (not a heading over a
 * paragraph of another length); measured in words' characters, which no fix changes, so the verdict stays.
 */
export function fullLines(first: LineInfo, second: LineInfo): boolean {
  const width = wordCharacterCount(first.text.slice(first.indent, first.end));
  const next = wordCharacterCount(second.text.slice(second.indent, second.end));
  return width >= MIN_FULL_LINE && next >= MIN_FULL_LINE && Math.abs(width - next) <= FULL_LINE_SLACK;
}

const LEADERS = '.．·…⋯-—─_';
/** Five digits: a province's compilation of thousands of reports runs past page 9,999. */
const MAX_PAGE_DIGITS = 5;

/** `标题<TAB>12` or `标题……12`: a table-of-contents entry with its page number. */
function readContentsEntry(text: string, indent: number, end: number): ContentsEntryText | undefined {
  let pageStart = end;
  while (pageStart > indent && end - pageStart < MAX_PAGE_DIGITS && isAsciiDigit(text.charCodeAt(pageStart - 1))) pageStart--;
  if (pageStart === end || pageStart === indent || isAsciiDigit(text.charCodeAt(pageStart - 1))) return undefined;
  let titleEnd = pageStart;
  let tab = false;
  let leaders = 0;
  for (; titleEnd > indent; titleEnd--) {
    const char = text[titleEnd - 1]!;
    if (char === '\t') tab = true;
    else if (LEADERS.includes(char)) leaders += char === '…' || char === '⋯' ? 2 : 1;
    else if (!isBlank(char.charCodeAt(0))) break;
  }
  const separated = tab || leaders >= 2 || pageStart - titleEnd >= 2 && leaders === 0 && isBlank(text.charCodeAt(pageStart - 1));
  if (!separated || titleEnd === indent) return undefined;
  return { titleStart: indent, titleEnd, key: contentsKey(text.slice(indent, titleEnd)), page: Number(text.slice(pageStart, end)) };
}

/** An entry's number before a title that starts with its year (`1.2023年度…`): no decimal `1.2023`. */
const NUMBER_BEFORE_YEAR = /^\d{1,4}[.．]\s*(?=(?:19|20)\d\d\s*年)/;

/** A title reduced for comparison: no number in front, no blanks, simplified characters. */
export function contentsKey(title: string): string {
  const marker = readMarker(title, 0);
  const start = marker ? marker.end : NUMBER_BEFORE_YEAR.exec(title)?.[0].length ?? 0;
  return toSimplified(withoutBlanks(title.slice(start)));
}
