/**
 * Report structure run on inside one long line, where a copy lost its line breaks (SPEC 8:
 * `…取得新成效。一、坚持党的领导（一）强化理论武装…`): the title and the heading markers that stand
 * where a line would have begun. This module only finds candidates in one line's text; the document
 * builder accepts a heading candidate only where it continues the numbering around it.
 */
import { CharSet } from './chars';
import { TitleText, readTitle } from './titles';
import { HeadingMarker, HeadingTitle, readMarker } from './markers';
import { utf16Codes } from './codes';
import { RUN_ON_HEADING, RUN_ON_TITLE } from './inline';
import { firstNonBlank, isBlank, isHan, lastNonBlankEnd, withoutBlanks } from './text';
import { isChromeLine } from './webResidue';

/** A line shorter than this cannot hold a sentence end, a marker and a title. */
export const MIN_RUN_ON_LINE = 12;
/** A heading's title runs at most this long before its `。` or the next marker. */
const MAX_EMBEDDED_TITLE = 60;
/** A blank ends a run-on heading's title only after this many characters. */
const MIN_TITLE_BEFORE_BLANK = 4;
/** A title inside a line is at most this long. */
const MAX_EMBEDDED_REPORT_TITLE = 60;

/** Where a sentence ends, and a lost line could have begun. */
const BOUNDARIES = new CharSet('。；;：:！？!?');
const OPEN_BRACKETS = new CharSet('（(');
/** Sentence ends and opening brackets, by code: where the scan for candidates stops. */
const INTERESTING = new Uint8Array(0x10000);
for (const char of '。；;：:！？!?（(') INTERESTING[char.charCodeAt(0)] = 1;
/** What a title can stand after in a run-on line: the line start, a blank, a sentence end, a page's `>`. */
const TITLE_STARTS = new CharSet(' \t\u3000\u00a0。；;！？!?>＞：:|｜');

export type RunOnItem =
  | { readonly kind: 'title'; readonly start: number; readonly end: number; readonly title: TitleText }
  | { readonly kind: 'heading'; readonly marker: HeadingMarker; readonly title: HeadingTitle };

/**
 * The titles and heading markers inside a long line, in order, from `from` on (a heading at the
 * line start is read as usual; `openTitle` is where its title starts); `hints` (from the inline scan)
 * says whether to look for titles. A marker is a candidate right
 * after a sentence end, right after a title found in the line, or — for a bracketed marker — right
 * after the title of a candidate before it (`一、坚持党的领导（一）…`).
 */
export function findRunOn(
  text: string, from: number, end: number, hints = RUN_ON_HEADING | RUN_ON_TITLE, openTitle = -1, codes: Uint16Array = utf16Codes(text), offset = 0,
): RunOnItem[] | undefined {
  if (end - from < MIN_RUN_ON_LINE) return undefined;
  let items: RunOnItem[] | undefined;
  const add = (item: RunOnItem) => (items ??= []).push(item);
  const titles = hints & RUN_ON_TITLE ? findTitles(text, from, end, codes, offset) : NO_TITLES;
  let nextTitle = 0;
  /** Where the title of the last heading (or of the heading the line starts with) started, for a bracketed marker that follows it directly. */
  let openTitleStart = openTitle;
  /** A heading candidate at `at`: a marker with a short title. */
  const tryHeading = (at: number): number => {
    const marker = readMarker(text, at);
    const title = marker && embeddedTitle(text, marker, end);
    // None here: the loop goes on from this character (it may be the next sentence end, `；；一、…`).
    if (!marker || !title) return at - 1;
    add({ kind: 'heading', marker, title });
    openTitleStart = title.titleSentence ? -1 : title.start;
    return marker.end - 1;
  };
  // With a title in sight but no marker, only the titles (and a marker right after one) are looked at.
  const headings = (hints & RUN_ON_HEADING) !== 0;
  for (let at = from; at < end; at++) {
    const title = titles[nextTitle];
    if (!headings && !title) break;
    const stop = title ? title.start : end;
    // A tight loop to the next sentence end, bracket or title: most characters are none.
    if (headings) while (at < stop && INTERESTING[codes[offset + at]!] === 0) at++;
    else at = stop;
    if (at >= end) break;
    if (title && at === title.start) {
      add(title);
      nextTitle++;
      openTitleStart = -1;
      // A marker may follow the title directly (`…年度报告一、…`).
      at = tryHeading(firstNonBlank(text, title.end));
      if (at < title.end) at = title.end - 1;
      continue;
    }
    if (BOUNDARIES.at(text, at)) {
      const candidate = firstNonBlank(text, at + 1);
      if (candidate < end) at = Math.max(at, tryHeading(candidate));
    } else if (OPEN_BRACKETS.at(text, at) && openTitleStart >= 0 && at > openTitleStart && at - openTitleStart <= MAX_EMBEDDED_TITLE) {
      at = Math.max(at, tryHeading(at));
    }
  }
  return items;
}


/**
 * The title of a marker inside a line: up to its `。` (a title-sentence heading), or up to the next bracketed
 * marker, within MAX_EMBEDDED_TITLE characters; undefined when no title that short follows.
 */
function embeddedTitle(text: string, marker: HeadingMarker, end: number): HeadingTitle | undefined {
  let start = marker.end;
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  const limit = Math.min(end, start + MAX_EMBEDDED_TITLE + 1);
  for (let at = start; at < limit; at++) {
    if (BOUNDARIES.at(text, at)) return at > start ? { start, end: at, titleSentence: true } : undefined;
    if (at > start && OPEN_BRACKETS.at(text, at) && readMarker(text, at)) return { start, end: at, titleSentence: false };
    // A blank after Chinese text ends a title whose body followed it on the lost next line (`…原因 一是…`); `2021 年` is not one.
    if (at - start >= MIN_TITLE_BEFORE_BLANK && isBlank(text.charCodeAt(at)) && isHan(text.charCodeAt(at - 1))) return { start, end: at, titleSentence: false };
  }
  return limit === end && end > start ? { start, end, titleSentence: false } : undefined;
}

/** Last characters of 报告 and 汇编 in either script, and what comes before them. */
const TITLE_WORD_ENDS = new CharSet('告编編');
const TITLE_WORD_STARTS = new CharSet('报報汇彙匯');
const NO_TITLES: (RunOnItem & { kind: 'title' })[] = [];

/** Report titles inside the line: a span ending in 报告 or 汇编, after a line start, a blank or a sentence end. */
function findTitles(text: string, from: number, end: number, codes: Uint16Array, offset: number): (RunOnItem & { kind: 'title' })[] {
  let found: (RunOnItem & { kind: 'title' })[] | undefined;
  for (let at = from + 1; at < end; at++) {
    while (at < end && !TITLE_WORD_ENDS.has(codes[offset + at]!)) at++;
    if (at >= end || !TITLE_WORD_STARTS.at(text, at - 1)) continue;
    const titleEnd = at + 1;
    let start = at - 1;
    while (start > from && titleEnd - start < MAX_EMBEDDED_REPORT_TITLE && !TITLE_STARTS.at(text, start - 1)) start--;
    const compact = withoutBlanks(text.slice(start, titleEnd));
    // A title quoted in a sentence (《…报告》) names a document; it does not head one. Nor does a report
    // named inside a sentence (`现将我局2022年法治政府建设情况报告如下：`, `如对本年度报告有疑问`): a title
    // ends where a line could, at a blank, a heading's marker, the first year of the body, or the line's end.
    if (compact.includes('《') || !endsWhereALineCould(text, titleEnd, end)) continue;
    const title = readTitle(compact);
    if (title && !title.weak && startsWhereALineCould(text, from, start)) (found ??= []).push({ kind: 'title', start, end: titleEnd, title });
  }
  return found ?? NO_TITLES;
}

/** Where a line could have begun before a title: what a sentence or a page's path ends with. */
const LINE_BEGINNINGS = new CharSet('。；;！？!?>＞：:|｜');

/**
 * Whether a line could have begun at `start`: at the line's start, after a sentence's end or a page's
 * path (`首页 > …`), or after blanks that follow one, or page chrome (`无障碍 关怀版 XX局…报告`) — not
 * after blanks inside a sentence (`我局已将 XX局2023年…报告 报送`).
 */
function startsWhereALineCould(text: string, from: number, start: number): boolean {
  if (start === from || LINE_BEGINNINGS.at(text, start - 1)) return true;
  if (!isBlank(text.charCodeAt(start - 1))) return false;
  const before = lastNonBlankEnd(text.slice(0, start), from);
  return before === from || LINE_BEGINNINGS.at(text, before - 1) || isChromeLine(text.slice(from, before));
}

/** The body after a title lost its line break: `2023年，我局…`. */
const BODY_YEAR = /^\d{4}年/;

/** Whether a line could have ended at `at`: the line's end, a blank, a heading's marker or a year opening the body. */
function endsWhereALineCould(text: string, at: number, end: number): boolean {
  return at >= end || isBlank(text.charCodeAt(at)) || readMarker(text, at) !== undefined || BODY_YEAR.test(text.slice(at, at + 5));
}
