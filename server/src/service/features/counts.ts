/** Character counts (字数) of the document, a report and a section, as writers count them: blanks excluded. */
import type { Heading, Report, ReportDocument } from '../model/document';
import { isBlank } from '../model/text';

export function countCharacters(document: ReportDocument, fromLine: number, toLine: number): number {
  let count = 0;
  for (let line = Math.max(0, fromLine); line <= toLine && line < document.lines.length; line++) {
    const { text, indent, end } = document.lines[line]!;
    for (let index = indent; index < end; index++) {
      const code = text.charCodeAt(index);
      // A surrogate pair is one character.
      if (!isBlank(code) && !(code >= 0xdc00 && code <= 0xdfff && index > indent)) count++;
    }
  }
  return count;
}

export function reportAt(document: ReportDocument, line: number): Report | undefined {
  return document.reports.find((report) => line >= report.startLine && line <= report.endLine);
}

/** The innermost heading whose section holds the line. */
export function sectionAt(document: ReportDocument, line: number): Heading | undefined {
  let found: Heading | undefined;
  for (const heading of reportAt(document, line)?.headings ?? []) {
    if (heading.line > line) break;
    if (line <= heading.sectionEndLine) found = heading;
  }
  return found;
}

export interface Counts {
  readonly document: number;
  readonly report?: { readonly name: string; readonly count: number };
  readonly section?: { readonly name: string; readonly count: number };
}

export function counts(document: ReportDocument, line: number, sectionName: (heading: Heading) => string): Counts {
  const report = reportAt(document, line);
  const section = sectionAt(document, line);
  return {
    document: countCharacters(document, 0, document.lines.length - 1),
    report: report && document.reports.length > 1
      ? { name: report.title?.text ?? '', count: countCharacters(document, report.startLine, report.endLine) } : undefined,
    section: section && { name: sectionName(section), count: countCharacters(document, section.line, section.sectionEndLine) },
  };
}
