/** Folding of reports, heading sections, tables and the contents block. */
import type { FoldingRange } from 'vscode-languageserver-types';
import type { ReportDocument } from '../model/document';

export function buildFoldingRanges(document: ReportDocument): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const add = (startLine: number, endLine: number) => {
    if (endLine > startLine) ranges.push({ startLine, endLine });
  };
  if (document.contents) add(document.contents.headerLine, document.contents.endLine);
  for (const report of document.reports) {
    add(report.startLine, report.endLine);
    for (const heading of report.headings) add(heading.line, heading.sectionEndLine);
    for (const table of report.tables) add(table.startLine, table.endLine);
  }
  return ranges;
}
