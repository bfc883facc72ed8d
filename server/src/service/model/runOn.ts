/**
 * Report structure run on inside one long line, where a copy lost its line breaks (SPEC 8:
 * `…取得新成效。一、坚持党的领导（一）强化理论武装…`): the title and the heading markers that stand
 * where a line would have begun. This module only finds candidates in one line's text; the document
 * builder accepts a heading candidate only where it continues the numbering around it.
 */
import { CharSet } from './chars';
import { TitleText, readTitle } from './titles';
import { HeadingMarker, HeadingTitle, readMarker } from './markers';
import { isBlank, isHan, withoutBlanks } from './text';

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
/** What a title can stand after in a run-on line: the line start, a blank, a sentence end, a page's `>`. */
const TITLE_STARTS = new CharSet(' \t\u3000\u00a0。；;！？!?>＞：:|｜');

export type RunOnItem =
  | { readonly kind: 'title'; readonly start: number; readonly end: number; readonly title: TitleText }
  | { readonly kind: 'heading'; readonly marker: HeadingMarker; readonly title: HeadingTitle };

/**
 * The titles and heading markers inside a long line, in order, from `from` on (a heading at the
 * line start is read as usual; `openTitle` is where its title starts). A marker is a candidate right
 * after a sentence end, right after a title found in the line, or — for a bracketed marker — right
 * after the title of a candidate before it (`一、坚持党的领导（一）…`).
 */
export function findRunOn(text: string, from: number, end: number, openTitle = -1): RunOnItem[] | undefined {
  if (end - from < MIN_RUN_ON_LINE) return undefined;
  let items: RunOnItem[] | undefined;
  const add = (item: RunOnItem) => (items ??= []).push(item);
  const titles = findTitles(text, from, end);
  let nextTitle = 0;
  /** Where the title of the last heading (or of the heading the line starts with) started, for a bracketed marker that follows it directly. */
  let openTitleStart = openTitle;
  for (let at = from; at < end; at++) {
    const title = titles[nextTitle];
    if (title && at === title.start) {
      add(title);
      nextTitle++;
      at = title.end - 1;
      openTitleStart = -1;
      continue;
    }
    const code = text.charCodeAt(at);
    const afterBoundary = at > from && (BOUNDARIES.at(text, at - 1) || (isBlank(text.charCodeAt(at - 1)) && BOUNDARIES.at(text, previousNonBlank(text, at))));
    const afterTitle = items !== undefined && items[items.length - 1]!.kind === 'title' && (items[items.length - 1] as { end: number }).end === at;
    const afterHeadingTitle = openTitleStart >= 0 && at > openTitleStart && OPEN_BRACKETS.at(text, at) && at - openTitleStart <= MAX_EMBEDDED_TITLE;
    if (!afterBoundary && !afterTitle && !afterHeadingTitle) continue;
    if (isBlank(code)) continue;
    const marker = readMarker(text, at);
    if (!marker) continue;
    const heading = embeddedTitle(text, marker, end);
    if (!heading) continue;
    add({ kind: 'heading', marker, title: heading });
    openTitleStart = heading.runIn ? -1 : heading.start;
    at = marker.end - 1;
  }
  return items;
}

function previousNonBlank(text: string, index: number): number {
  let before = index - 1;
  while (before >= 0 && isBlank(text.charCodeAt(before))) before--;
  return before;
}

/**
 * The title of a marker inside a line: up to its `。` (a run-in heading), or up to the next bracketed
 * marker, within MAX_EMBEDDED_TITLE characters; undefined when no title that short follows.
 */
function embeddedTitle(text: string, marker: HeadingMarker, end: number): HeadingTitle | undefined {
  let start = marker.end;
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  const limit = Math.min(end, start + MAX_EMBEDDED_TITLE + 1);
  for (let at = start; at < limit; at++) {
    if (BOUNDARIES.at(text, at)) return at > start ? { start, end: at, runIn: true } : undefined;
    if (at > start && OPEN_BRACKETS.at(text, at) && readMarker(text, at)) return { start, end: at, runIn: false };
    // A blank after Chinese text ends a title whose body followed it on the lost next line (`…原因 一是…`); `2021 年` is not one.
    if (at - start >= MIN_TITLE_BEFORE_BLANK && isBlank(text.charCodeAt(at)) && isHan(text.charCodeAt(at - 1))) return { start, end: at, runIn: false };
  }
  return limit === end && end > start ? { start, end, runIn: false } : undefined;
}

const TITLE_WORDS = ['报告', '報告', '汇编', '彙編', '匯編'];

/** Report titles inside the line: a span ending in 报告 or 汇编, after a line start, a blank or a sentence end. */
function findTitles(text: string, from: number, end: number): (RunOnItem & { kind: 'title' })[] {
  const found: (RunOnItem & { kind: 'title' })[] = [];
  for (const word of TITLE_WORDS) {
    for (let at = text.indexOf(word, from); at >= 0 && at < end; at = text.indexOf(word, at + word.length)) {
      const titleEnd = at + word.length;
      let start = at;
      while (start > from && titleEnd - start < MAX_EMBEDDED_REPORT_TITLE && !TITLE_STARTS.at(text, start - 1)) start--;
      const compact = withoutBlanks(text.slice(start, titleEnd));
      // A title quoted in a sentence (《…报告》) names a document; it does not head one.
      if (compact.includes('《') || text.charCodeAt(titleEnd) === 0x300b) continue;
      const title = readTitle(compact);
      if (title && !title.weak && (start === from || TITLE_STARTS.at(text, start - 1))) found.push({ kind: 'title', start, end: titleEnd, title });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
