/** Ranges over the model's lines, always inside the document, and the names of headings as ranges show them. */
import type { Range } from 'vscode-languageserver-types';
import type { Heading, ReportDocument, ReportTitle } from './document';
import { shorten } from './text';

export function range(startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range {
  return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}

/** From the start of `startLine` to the end of `endLine`. */
export function linesRange(document: ReportDocument, startLine: number, endLine: number): Range {
  return range(startLine, 0, endLine, document.lines[endLine]!.text.length);
}

/** A line's text without its leading and trailing blanks. */
export function contentRange(document: ReportDocument, line: number): Range {
  const info = document.lines[line]!;
  return range(line, info.indent, line, Math.max(info.indent, info.end));
}

/** A heading's marker and title, over the lines a wrapped title takes. */
export function headingRange(heading: Heading): Range {
  return range(heading.line, heading.marker.start, heading.endLine, heading.titleEnd);
}

/** Names longer than this are cut (outline nodes, messages): a marker followed by a whole paragraph is still a heading. */
export const MAX_NAME_LENGTH = 80;

/** A heading's name as the outline and messages show it: the marker as written and the title. */
export function headingName(document: ReportDocument, heading: Heading): string {
  const text = document.lines[heading.line]!.text;
  // Marker and title side by side on one line: one slice rather than two strings joined.
  const name = heading.endLine === heading.line && heading.titleStart === heading.marker.end
    ? text.slice(heading.marker.start, heading.titleEnd)
    : text.slice(heading.marker.start, heading.marker.end) + heading.title;
  return shorten(name, MAX_NAME_LENGTH);
}

/** A report title's span, over its lines (a title run on inside a line covers only part of it). */
export function titleRange(title: ReportTitle): Range {
  return range(title.firstLine, title.firstStart, title.line, title.end);
}
