/** Character counts (字数) of the document, a report and a section, as writers count them: blanks excluded. */
import type { Heading, Report, ReportDocument } from '../model/document';
import { Locale, Message, format } from '../l10n';
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
  /** The status bar's text and tooltip, in the messages' language. */
  readonly text: string;
  readonly tooltip: string;
}

const WORDS = {
  document: { 'zh-cn': '全文 {count} 字', en: '{count} characters' },
  section: { 'zh-cn': '本节 {count} 字', en: 'section {count}' },
  reportTooltip: { 'zh-cn': '报告“{name}”：{count} 字', en: 'Report "{name}": {count} characters' },
  sectionTooltip: { 'zh-cn': '小节“{name}”：{count} 字', en: 'Section "{name}": {count} characters' },
} satisfies Record<string, Message>;

export function counts(document: ReportDocument, line: number, sectionName: (heading: Heading) => string, locale: Locale): Counts {
  const reportHere = reportAt(document, line);
  const sectionHere = sectionAt(document, line);
  const report = reportHere && document.reports.length > 1
    ? { name: reportHere.title?.text ?? '', count: countCharacters(document, reportHere.startLine, reportHere.endLine) } : undefined;
  const section = sectionHere && { name: sectionName(sectionHere), count: countCharacters(document, sectionHere.line, sectionHere.sectionEndLine) };
  const whole = countCharacters(document, 0, document.lines.length - 1);
  const number = (value: number) => value.toLocaleString(locale === 'en' ? 'en-US' : 'zh-CN');
  const documentText = format(WORDS.document, locale, { count: number(whole) });
  return {
    document: whole,
    report,
    section,
    text: section ? `${documentText} · ${format(WORDS.section, locale, { count: number(section.count) })}` : documentText,
    tooltip: [
      report && format(WORDS.reportTooltip, locale, { name: report.name, count: number(report.count) }),
      section && format(WORDS.sectionTooltip, locale, { name: section.name, count: number(section.count) }),
    ].filter(Boolean).join('\n'),
  };
}
