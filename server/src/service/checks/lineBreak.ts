import type { Range, TextEdit } from 'vscode-languageserver-types';
import { MessageCache } from '../l10n';
import { range, titleRange } from '../model/ranges';
import type { ReportDocument } from '../model/document';
import { firstNonBlank, lastNonBlankEnd } from '../model/text';
import { isChromeLine } from '../model/webResidue';
import { replace } from './edits';
import type { Check } from './types';

const WORDS = {
  description: { 'zh-cn': '标题和正文连在一行里（复制时丢了换行）', en: 'A title or heading run on inside a line (the copy lost its line breaks)' },
  fix: { 'zh-cn': '在标题前后换行', en: 'Put the title on a line of its own' },
  heading: { 'zh-cn': '标题“{marker}”连在上一段后面：复制时丢了换行', en: 'Heading "{marker}" runs on after the text before it: the copy lost a line break' },
  body: { 'zh-cn': '标题“{marker}”后面接着正文：复制时丢了换行', en: 'The body runs on after heading "{marker}": the copy lost a line break' },
  title: { 'zh-cn': '报告标题连在其他文字中间：复制时丢了换行', en: 'The report title runs on inside other text: the copy lost its line breaks' },
};

export const lineBreak: Check = {
  id: 'line-break',
  description: WORDS.description,
  defaultSeverity: 'warning',
  fix: WORDS.fix,
  run({ document, locale }) {
    const messages = new MessageCache(locale);
    const fixTitle = WORDS.fix[locale];
    return lostBreaks(document).map((lost) => ({
      range: lost.range,
      message: lost.marker === undefined ? WORDS.title[locale] : messages.format(lost.runOn ? WORDS.heading : WORDS.body, { marker: lost.marker }),
      fix: { title: fixTitle, edits: lost.edits, safe: true },
    }));
  },
};

/** A title or heading that lost a line break: the report title (no marker), a heading run on after text, or a heading the body ran on after. */
interface LostBreak {
  readonly line: number;
  readonly range: Range;
  readonly marker?: string;
  readonly runOn: boolean;
  readonly edits: TextEdit[];
}

const lostBreaksOf = new WeakMap<ReportDocument, readonly LostBreak[]>();

function lostBreaks(document: ReportDocument): readonly LostBreak[] {
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
      // A run-in title keeps its paragraph on its line; a title the body ran on after (`…情况 2023年以来…`) gets a break after it.
      // A site's watermark glued after it is no body: web-residue deletes it, and no break is put beside it.
      const after = firstNonBlank(text, heading.titleEnd);
      const bodyAfter = !heading.runIn && heading.endLine === heading.line && after < end
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
 * The edits of the line-break fix per line: they split the line at its blanks, so the blanks they
 * replace are not stray, and no other fix takes blanks there (it would collide with the split).
 */
export function lineSplits(document: ReportDocument): ReadonlyMap<number, readonly TextEdit[]> {
  let splits = splitsOf.get(document);
  if (!splits) {
    const byLine = new Map<number, TextEdit[]>();
    for (const lost of lostBreaks(document)) byLine.set(lost.line, [...(byLine.get(lost.line) ?? []), ...lost.edits]);
    splitsOf.set(document, splits = byLine);
  }
  return splits;
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
  if (before > indent && isChromeLine(text.slice(indent, before))) edits.push(replace(line, indent, start!, ''));
  else if (before > 0) edits.push(replace(line, before, start!, document.eol));
  if (end !== undefined) {
    const after = firstNonBlank(text, end);
    if (after < lastNonBlankEnd(text) && !itemStarts?.has(after)) edits.push(replace(line, end, after, document.eol));
  }
  return edits;
}
