/**
 * The document model: one per document version, built in one pass over the lines, shared by every
 * feature and check. Lines are 0-based; characters are UTF-16 code units within a line.
 */
import type { DateText, LineInfo } from './lineInfo';
import type { TitleText } from './titles';
import type { HeadingLevel, HeadingMarker } from './markers';
import type { SectionProfile } from '../profiles/schema';
import type { Table } from './tables';

export interface ReportDocument {
  readonly lines: readonly LineInfo[];
  /** The document's first line break (LF when it has none), used for inserted lines. */
  readonly eol: string;
  /** A compilation (汇编) of several reports under one title. */
  readonly compilation?: Compilation;
  readonly contents?: Contents;
  readonly reports: readonly Report[];
  /** Every heading of every report, in document order. */
  readonly headings: readonly Heading[];
  /** Lines that repeat a report's title outside it: a web page's heading above the report, a link to the page below it. */
  readonly titleEchoes: readonly number[];
}

export interface Compilation {
  readonly titleLine: number;
  readonly title: TitleText;
  readonly endLine: number;
}

/**
 * The table of contents (目录) of a compilation, listing its reports; or, standing between a
 * report's title and its first heading (as Word puts one), listing that report's headings. Its
 * entries are never headings.
 */
export interface Contents {
  /** The report whose headings the contents lists; none for a compilation's contents of reports. */
  readonly report?: Report;
  readonly headerLine: number;
  readonly endLine: number;
  readonly entries: readonly ContentsEntry[];
}

export interface ContentsEntry {
  readonly line: number;
  readonly titleStart: number;
  readonly titleEnd: number;
  /** The title without number and blanks. */
  readonly key: string;
  readonly page: number;
}

export interface Report {
  /** Position among the document's reports, from 0. */
  readonly index: number;
  /** First line: the title's first line (the issuing bodies above it), or the first line of an untitled report. */
  readonly startLine: number;
  /** Last non-blank line before the next report. */
  readonly endLine: number;
  readonly title?: ReportTitle;
  readonly addresseeLine?: number;
  readonly signature?: Signature;
  /** Every heading of the report in document order. */
  readonly headings: readonly Heading[];
  /** Headings with no parent heading: the report's direct children in the outline. */
  readonly topHeadings: readonly Heading[];
  /** The kind of report its title names (SPEC 2.5), with its required parts and tables. */
  readonly profile: SectionProfile;
  /** The profile's tables as the report gives them, in document order; their lines are no headings. */
  readonly tables: readonly Table[];
}

export interface ReportTitle {
  /** The title's last line (`关于…的报告`, or its only one). */
  readonly line: number;
  /** Where the title stands on its last line: the whole line's content, or a span of a line that lost its breaks. */
  readonly start: number;
  readonly end: number;
  /**
   * The title's first line: the same line, or the issuing bodies above it (`中共XX镇委员会` / `XX镇人民政府`
   * / `关于…的报告`), or the first part of a title a copy cut over two lines.
   */
  readonly firstLine: number;
  /** Where the title starts on its first line. */
  readonly firstStart: number;
  /** The whole title, its lines joined and PDF stray blanks removed. */
  readonly text: string;
  /** The text in simplified characters, for comparing titles (contents entries, repeated titles). */
  readonly key: string;
  readonly year?: number;
}

/** The 落款: issuing body and date. */
export interface Signature {
  readonly organizationLine?: number;
  readonly dateLine: number;
  readonly date: DateText;
}

export interface Heading {
  readonly line: number;
  /** Last line of the title: a PDF conversion may wrap a long heading onto the next line. */
  readonly endLine: number;
  readonly level: HeadingLevel;
  readonly marker: HeadingMarker;
  /** The title text, wrapped parts joined, without the marker. */
  readonly title: string;
  /** Where the title starts on `line` and ends on `endLine`. */
  readonly titleStart: number;
  readonly titleEnd: number;
  /** A title-sentence heading (标题句): its title is the paragraph's first sentence, which goes on after the `。`. */
  readonly titleSentence: boolean;
  readonly parent?: Heading;
  readonly children: readonly Heading[];
  /** Last non-blank line of the section the heading opens. */
  readonly sectionEndLine: number;
  /** Where the section ends on `sectionEndLine`, when a heading run on inside that line closes it; else the line's end. */
  readonly sectionEndCharacter?: number;
  /** The heading stands inside a line that lost its line breaks, not at its start. */
  readonly runOn: boolean;
  readonly report: Report;
}
