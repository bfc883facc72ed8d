import type { Report, ReportDocument } from './document';

/** The opening paragraph of a report: the lines after the title and the addressee, before the first heading (page chrome left out). */
export function* openingLines(document: ReportDocument, report: Report): Generator<number> {
  const first = (report.addresseeLine ?? report.title?.line ?? report.startLine) + 1;
  const end = report.headings[0]?.line ?? report.endLine + 1;
  for (let lineIndex = first; lineIndex < end; lineIndex++) {
    if (!document.lines[lineIndex]!.residue) yield lineIndex;
  }
}
