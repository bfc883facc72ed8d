/** Ranges over the model's lines, always inside the document. */
import type { Range } from 'vscode-languageserver-types';
import type { ReportDocument } from './document';

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

/** A report title's span (a title run on inside a line covers only part of it). */
export function titleRange(title: { readonly line: number; readonly start: number; readonly end: number }): Range {
  return range(title.line, title.start, title.line, title.end);
}
