/**
 * Where a copy lost its line breaks (SPEC 8): a report title run on inside other text, a heading run
 * on after the text before it, or the body run on after a heading's title; and the edits that put
 * them back (line breaks in place of the blanks there). The line-break check reports them; the text
 * checks leave those blanks to them.
 */
import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { ReportDocument } from './document';
import { range, titleRange } from './ranges';
import { firstNonBlank, isBlank, lastNonBlankEnd } from './text';
import { isChromeLine } from './webResidue';

/** A title or heading that lost a line break: the report title (no marker), a heading run on after text, or a heading the body ran on after. */
export interface LostBreak {
  readonly line: number;
  readonly range: Range;
  readonly marker?: string;
  readonly runOn: boolean;
  readonly edits: TextEdit[];
}

const lostBreaksOf = new WeakMap<ReportDocument, readonly LostBreak[]>();

export function lostBreaks(document: ReportDocument): readonly LostBreak[] {
  const known = lostBreaksOf.get(document);
  if (known) return known;
  const found: LostBreak[] = [];
  // Where run-on items start, per line: a break after one item is the break before the next.
  const itemStarts = new Map<number, Set<number>>();
  const note = (line: number, start: number) => (itemStarts.get(line) ?? itemStarts.set(line, new Set()).get(line)!).add(start);
  for (const report of document.reports) {
    if (report.title) note(report.title.line, report.title.start);
    for (const heading of report.headings) if (heading.runOn) note(heading.line, heading.marker.start);
  }
  for (const report of document.reports) {
    const title = report.title;
    if (title && (title.start > document.lines[title.line]!.indent || title.end < document.lines[title.line]!.end)) {
      found.push({ line: title.line, range: titleRange(title), runOn: true, edits: breaksAround(document, title.line, title.start, title.end, itemStarts.get(title.line)) });
    }
    for (const heading of report.headings) {
      const { marker } = heading;
      const { text, end, marks } = document.lines[heading.line]!;
      // A title sentence keeps its paragraph on its line; a title the body ran on after (`…情况 2023年以来…`) gets a break after it.
      // A site's watermark glued after it is no body: web-residue deletes it, and no break is put beside it.
      const after = firstNonBlank(text, heading.titleEnd);
      const bodyAfter = !heading.titleSentence && heading.endLine === heading.line && after < end
        && !marks.some((mark) => mark.kind === 'scraper' && mark.start === after)
        && !itemStarts.get(heading.line)?.has(after);
      if (!heading.runOn && !bodyAfter) continue;
      found.push({
        line: heading.line,
        range: range(heading.line, marker.start, heading.line, marker.end),
        marker: text.slice(marker.start, marker.end),
        runOn: heading.runOn,
        edits: breaksAround(document, heading.line, heading.runOn ? marker.start : undefined, bodyAfter ? heading.titleEnd : undefined, itemStarts.get(heading.line)),
      });
    }
  }
  lostBreaksOf.set(document, found);
  return found;
}

const splitsOf = new WeakMap<ReportDocument, ReadonlyMap<number, readonly TextEdit[]>>();

/**
 * The edits that restore lost breaks, per line: they split the line at its blanks, so the blanks they
 * replace are not stray, and no other fix takes blanks there (it would collide with the split).
 */
function lineSplits(document: ReportDocument): ReadonlyMap<number, readonly TextEdit[]> {
  let splits = splitsOf.get(document);
  if (!splits) {
    const byLine = new Map<number, TextEdit[]>();
    for (const lost of lostBreaks(document)) byLine.set(lost.line, [...(byLine.get(lost.line) ?? []), ...lost.edits]);
    splitsOf.set(document, splits = byLine);
  }
  return splits;
}

interface Span { readonly start: number; readonly end: number }

/** Whether an edit restoring a lost break splits `line`. */
export function hasSplits(document: ReportDocument, line: number): boolean {
  return lineSplits(document).has(line);
}

/** Whether an edit restoring a lost break on `line` touches `start`…`end`. */
export function splitTouches(document: ReportDocument, line: number, start: number, end: number): boolean {
  return lineSplits(document).get(line)?.some((edit) => edit.range.start.character < end && edit.range.end.character > start) ?? false;
}

/** `span` of `line` without the blanks at its ends that an edit restoring a lost break replaces. */
export function withoutSplitBlanks(document: ReportDocument, line: number, span: Span): Span {
  if (!lineSplits(document).has(line)) return span;
  const text = document.lines[line]!.text;
  let { start, end } = span;
  let blanksEnd = start;
  while (blanksEnd < end && isBlank(text.charCodeAt(blanksEnd))) blanksEnd++;
  if (blanksEnd > start && splitTouches(document, line, start, blanksEnd)) start = blanksEnd;
  let blanksStart = end;
  while (blanksStart > start && isBlank(text.charCodeAt(blanksStart - 1))) blanksStart--;
  if (blanksStart < end && splitTouches(document, line, blanksStart, end)) end = blanksStart;
  return { start, end };
}

/**
 * Line breaks before `start` when it is given (in place of the blanks before it) and, when `end` is given and text
 * follows that is not the next run-on item (which breaks before itself), after `end`: only blanks
 * are replaced, no character of the text is lost.
 */
function breaksAround(document: ReportDocument, line: number, start: number | undefined, end: number | undefined, itemStarts: ReadonlySet<number> | undefined): TextEdit[] {
  const { text, indent } = document.lines[line]!;
  const edits: TextEdit[] = [];
  const before = start === undefined ? 0 : lastNonBlankEnd(text.slice(0, start));
  // Page chrome before a run-on title (`无障碍 关怀版 XX局…报告`) goes with the break, as web-residue would take it.
  if (before > indent && isChromeLine(text.slice(indent, before))) edits.push(edit(line, indent, start!, ''));
  else if (before > 0) edits.push(edit(line, before, start!, document.eol));
  if (end !== undefined) {
    const after = firstNonBlank(text, end);
    if (after < lastNonBlankEnd(text) && !itemStarts?.has(after)) edits.push(edit(line, end, after, document.eol));
  }
  return edits;
}

function edit(line: number, start: number, end: number, newText: string): TextEdit {
  return { range: range(line, start, line, end), newText };
}
