/**
 * The layout description of the 公文 (SPEC 7): the ordered blocks of each report — title, addressee,
 * headings with their level, body paragraphs, tables, signature and date — with the role and the
 * font of every piece of text, computed from the document model. The Word writer and the preview
 * both lay out this description, so they cannot disagree. It knows nothing of Word or HTML.
 */
import gongwen from '../data/gongwen.json';
import { Table, tokenize } from '../model/tables';
import type { Heading, Report, ReportDocument } from '../model/document';
import type { LineInfo } from '../model/lineInfo';
import { firstNonBlank, lastNonBlankEnd } from '../model/text';
import type { ExportSettings } from './exportSettings';

/** The fonts of the layout: one per role a piece of text can have. */
export type FontRole = 'title' | 'body' | 'heading1' | 'heading2';

export interface LayoutRun {
  readonly text: string;
  readonly font: FontRole;
  readonly bold: boolean;
}

/** How a paragraph stands on the line: its alignment, and indents in characters of the body size. */
export type ParagraphRole = 'title' | 'addressee' | 'body' | 'heading' | 'signature' | 'date' | 'blank';

export interface LayoutParagraph {
  readonly kind: 'paragraph';
  readonly role: ParagraphRole;
  readonly runs: readonly LayoutRun[];
  readonly align: 'left' | 'center' | 'right' | 'justify';
  readonly firstLineChars: number;
  readonly rightChars: number;
  /** The source line it comes from (the first of a wrapped heading), for scroll sync and jumps. */
  readonly line: number;
  /** The heading level, for a heading. */
  readonly level?: number;
}

export interface LayoutTable {
  readonly kind: 'table';
  readonly rows: readonly (readonly string[])[];
  /** Each column's width in characters of the line (they add up to the characters a line holds). */
  readonly columnChars: readonly number[];
  /** The source line of each row. */
  readonly lines: readonly number[];
  readonly line: number;
}

export type LayoutBlock = LayoutParagraph | LayoutTable;

export interface LayoutReport {
  /** The report's title (its file name when exported alone). */
  readonly title: string;
  readonly blocks: readonly LayoutBlock[];
}

/** The page geometry and the fonts chosen for every role. */
export interface LayoutPage {
  readonly width: number;
  readonly height: number;
  readonly margin: typeof gongwen.margin;
  readonly linePitch: number;
  readonly linesPerPage: number;
  readonly charactersPerLine: number;
  readonly characterSpacing: number;
  readonly sizes: typeof gongwen.sizes;
  readonly fonts: Readonly<Record<FontRole, string>>;
  readonly latinFont: string;
  readonly pageNumberFont: string;
  readonly documentGrid: boolean;
}

export interface LayoutDocument {
  readonly page: LayoutPage;
  readonly reports: readonly LayoutReport[];
}

/** The characters a signature or date takes on the line: Arabic digits are half as wide. */
function widthInCharacters(text: string): number {
  let width = 0;
  for (const char of text) width += /[\x20-\x7e]/.test(char) ? 0.5 : 1;
  return width;
}

export function layoutDocument(document: ReportDocument, settings: ExportSettings): LayoutDocument {
  const preset = gongwen.fontPresets[settings.fontPreset];
  const fonts = { ...preset, ...settings.fonts };
  const page: LayoutPage = {
    width: gongwen.page.width, height: gongwen.page.height, margin: gongwen.margin, linePitch: gongwen.linePitch,
    linesPerPage: gongwen.linesPerPage, charactersPerLine: gongwen.charactersPerLine, characterSpacing: gongwen.characterSpacing,
    sizes: gongwen.sizes, fonts, latinFont: gongwen.latinFont, pageNumberFont: gongwen.pageNumberFont, documentGrid: settings.documentGrid,
  };
  const skipped = new Set(document.titleEchoes);
  const reports = document.reports.length > 0
    ? document.reports.map((report) => layoutReport(document, report, settings, skipped))
    : [layoutLines(document, 0, document.lines.length - 1, settings, skipped)];
  return { page, reports: reports.filter((report) => report.blocks.length > 0) };
}

/** A document with no report title: its lines as body paragraphs and headings. */
function layoutLines(document: ReportDocument, startLine: number, endLine: number, settings: ExportSettings, skipped: ReadonlySet<number>): LayoutReport {
  const builder = new BlockBuilder(document, settings);
  const headings = new Map(document.headings.filter((heading) => !heading.runOn).map((heading) => [heading.line, heading]));
  for (let line = startLine; line <= endLine; line++) line = builder.addLine(line, headings.get(line), skipped);
  return { title: '', blocks: builder.finish() };
}

function layoutReport(document: ReportDocument, report: Report, settings: ExportSettings, skipped: ReadonlySet<number>): LayoutReport {
  const builder = new BlockBuilder(document, settings);
  const title = report.title;
  const headings = new Map(report.headings.filter((heading) => !heading.runOn).map((heading) => [heading.line, heading]));
  const titleLines = new Set([title?.issuerLine, title?.line].filter((line): line is number => line !== undefined));
  const signature = report.signature;
  const tables = new Map(report.tables.map((table) => [table.startLine, table]));
  let signatureStarted = false;
  for (let line = report.startLine; line <= report.endLine; line++) {
    const info = document.lines[line]!;
    const table = tables.get(line);
    if (table) {
      builder.profileTable(table);
      line = table.endLine;
      continue;
    }
    if (titleLines.has(line)) {
      builder.paragraph('title', line, [run(contentOf(info), 'title', settings.fontPreset === 'system')], 'center', 0);
      // One blank line after the title (§7.3.1), once the last title line is placed.
      if (line === title!.line) builder.blank(line);
      continue;
    }
    if (line === report.addresseeLine) {
      builder.paragraph('addressee', line, [run(contentOf(info), 'body', false)], 'left', 0);
      continue;
    }
    if (signature && (line === signature.organizationLine || line === signature.dateLine)) {
      if (!signatureStarted) {
        signatureStarted = true;
        builder.signatureBlock(document, signature.organizationLine, signature.dateLine);
      }
      continue;
    }
    line = builder.addLine(line, headings.get(line), skipped);
  }
  return { title: title?.text ?? '', blocks: builder.finish() };
}

function run(text: string, font: FontRole, bold: boolean): LayoutRun {
  return { text, font, bold };
}

/** A line's text without its indent, trailing blanks and scraper markers (`##paidbegin##`). */
function contentOf(info: LineInfo, from = info.indent, to = info.end): string {
  let text = '';
  let at = from;
  for (const mark of info.marks) {
    if (mark.kind !== 'scraper' || mark.end <= from || mark.start >= to) continue;
    text += info.text.slice(at, Math.max(at, mark.start));
    at = Math.max(at, mark.end);
  }
  return (text + info.text.slice(at, to)).trim();
}

/** A line of a table: cells separated by tabs or bars (`| 项目 | 数量 |`). */
function tableCells(info: LineInfo): string[] | undefined {
  const content = contentOf(info);
  if (content.includes('\t')) return content.split(/\t+/).map((cell) => cell.trim());
  if (content.startsWith('|') || content.startsWith('｜')) {
    const cells = content.replace(/^[|｜]|[|｜]$/g, '').split(/[|｜]/).map((cell) => cell.trim());
    return cells.length >= 2 ? cells : undefined;
  }
  return undefined;
}

/** A header cell is a word or two; a longer one is a note. */
const MAX_HEADER_WORD = 12;

class BlockBuilder {
  private readonly blocks: LayoutBlock[] = [];
  private table: { rows: string[][]; lines: number[] } | undefined;

  constructor(private readonly document: ReportDocument, private readonly settings: ExportSettings) {}

  paragraph(role: ParagraphRole, line: number, runs: LayoutRun[], align: LayoutParagraph['align'], firstLineChars: number, rightChars = 0, level?: number): void {
    this.closeTable();
    this.blocks.push({ kind: 'paragraph', role, runs, align, firstLineChars, rightChars, line, level });
  }

  blank(line: number): void {
    this.paragraph('blank', line, [], 'left', 0);
  }

  /**
   * Adds a line of body text, a heading (with the lines it wraps onto) or a table row, and returns
   * the last line it took. Blank lines, page chrome and title echoes are no part of the 公文.
   */
  addLine(line: number, heading: Heading | undefined, skipped: ReadonlySet<number>): number {
    const info = this.document.lines[line]!;
    const contents = this.document.contents;
    const inContents = contents !== undefined && line >= contents.headerLine && line <= contents.endLine;
    if (info.indent === info.text.length || info.residue || skipped.has(line) || inContents) return line;
    if (heading) return this.heading(heading);
    const cells = tableCells(info);
    if (cells) {
      this.table ??= { rows: [], lines: [] };
      this.table.rows.push(cells);
      this.table.lines.push(line);
      return line;
    }
    const text = contentOf(info);
    if (text.length > 0) this.paragraph('body', line, [run(text, 'body', false)], 'justify', 2);
    return line;
  }

  /**
   * A table of the report's profile, in whichever shape the text gives it: a `|` or tab line is a
   * row of its cells, a row's label with its numbers (on its line or the lines below) is one row, a
   * header line of words is a row of its words.
   */
  profileTable(table: Table): void {
    this.closeTable();
    const rowsByLine = new Map(table.rows.map((row) => [row.line, row]));
    const cellLines = new Set(table.rows.flatMap((row) => row.cells.filter((cell) => cell.line !== row.line).map((cell) => cell.line)));
    const rows: string[][] = [];
    const lines: number[] = [];
    // Header words one to a line (a table copied cell by cell) make one header row.
    let header: string[] | undefined;
    for (let line = table.startLine; line <= table.endLine; line++) {
      const info = this.document.lines[line]!;
      if (info.indent === info.text.length || info.residue || cellLines.has(line)) continue;
      const row = rowsByLine.get(line);
      const content = contentOf(info);
      const { tokens, separated } = tokenize(content, 0, content.length);
      const words = tokens.map((token) => token.text);
      if (!separated && !row) {
        // A note above the table (`（本列数据的勾稽关系为……）`) is a paragraph, not a cell.
        if (rows.length === 0 && words.length === 1 && words[0]!.length > MAX_HEADER_WORD) {
          this.paragraph('body', line, [run(words[0]!, 'body', false)], 'justify', 2);
          continue;
        }
        if (!header) {
          rows.push(header = []);
          lines.push(line);
        }
        header.push(...words);
        continue;
      }
      header = undefined;
      // A row is its label (a group's and an item's joined) and its numbers, whatever the shape.
      const label = row && contentOf(info, info.indent, row.cells[0]?.line === line ? row.cells[0].start : info.end).replace(/[|｜\t]+/g, ' ').trim();
      rows.push(!row ? words : [
        ...(row.schema.unlabeled ? [] : [label!]),
        ...row.cells.map((cell) => this.document.lines[cell.line]!.text.slice(cell.start, cell.end)),
      ]);
      lines.push(line);
    }
    this.blocks.push({ kind: 'table', rows, lines, line: table.startLine, columnChars: columnChars(rows, gongwen.charactersPerLine) });
  }

  /** A heading in its level's font; the rest of a run-in heading's paragraph in the body font. */
  private heading(heading: Heading): number {
    const { lines } = this.document;
    const first = lines[heading.line]!;
    const font: FontRole = heading.level === 1 ? 'heading1' : heading.level === 2 ? 'heading2' : 'body';
    const bold = heading.level === 3 && this.settings.level3Bold;
    let headingText: string;
    let rest = '';
    if (heading.endLine === heading.line) {
      const end = lastNonBlankEnd(first.text, heading.marker.start);
      // A run-in title keeps its 。 with it.
      const titleEnd = heading.runIn ? heading.titleEnd + 1 : heading.titleEnd;
      headingText = contentOf(first, heading.marker.start, Math.min(titleEnd, end));
      rest = titleEnd < end ? contentOf(first, firstNonBlank(first.text, titleEnd), end) : '';
    } else {
      const parts = [contentOf(first, heading.marker.start)];
      for (let line = heading.line + 1; line <= heading.endLine; line++) parts.push(contentOf(lines[line]!));
      headingText = parts.join('');
    }
    const runs = [run(headingText, font, bold)];
    if (rest.length > 0) runs.push(run(rest, 'body', false));
    this.paragraph('heading', heading.line, runs, 'justify', 2, 0, heading.level);
    return heading.endLine;
  }

  /**
   * The signature and date (§7.3.5): one blank line after the text; unsealed, the signature two
   * characters from the right and the date starting two characters right of the signature's start
   * (a date longer than the signature is set two from the right, the signature moved left to match);
   * sealed, the date four characters from the right and the signature centred over it.
   */
  signatureBlock(document: ReportDocument, organizationLine: number | undefined, dateLine: number): void {
    const organization = organizationLine === undefined ? '' : contentOf(document.lines[organizationLine]!);
    const date = contentOf(document.lines[dateLine]!);
    const organizationWidth = widthInCharacters(organization);
    const dateWidth = widthInCharacters(date);
    let organizationRight: number;
    let dateRight: number;
    if (this.settings.sealed) {
      dateRight = 4;
      organizationRight = Math.max(0, dateRight + (dateWidth - organizationWidth) / 2);
    } else {
      organizationRight = 2;
      dateRight = organizationRight + organizationWidth - 2 - dateWidth;
      if (dateRight < 2) {
        dateRight = 2;
        organizationRight = dateRight + dateWidth + 2 - organizationWidth;
      }
    }
    // The seal needs room above the date: two blank lines there, one without.
    for (let blank = this.settings.sealed ? 2 : 1; blank > 0; blank--) this.blank(dateLine);
    if (organizationLine !== undefined) this.paragraph('signature', organizationLine, [run(organization, 'body', false)], 'right', 0, organizationRight);
    this.paragraph('date', dateLine, [run(date, 'body', false)], 'right', 0, dateRight);
  }

  finish(): LayoutBlock[] {
    this.closeTable();
    // No blank paragraphs at the very start or end of a report.
    while (this.blocks.length > 0 && isBlankBlock(this.blocks[this.blocks.length - 1]!)) this.blocks.pop();
    return this.blocks;
  }

  private closeTable(): void {
    if (!this.table) return;
    const { rows, lines } = this.table;
    this.table = undefined;
    // A single row with tabs is a line with a tab in it, not a table.
    if (rows.length === 1) this.blocks.push({ kind: 'paragraph', role: 'body', runs: [run(rows[0]!.join('　'), 'body', false)], align: 'justify', firstLineChars: 2, rightChars: 0, line: lines[0]! });
    else this.blocks.push({ kind: 'table', rows, lines, line: lines[0]!, columnChars: columnChars(rows, gongwen.charactersPerLine) });
  }
}

/** A column is at least this many characters wide, and gets no more than this many for its longest cell. */
const MIN_COLUMN = 3;
const MAX_COLUMN = 10;

/**
 * Column widths in whole characters, by the longest cell of each column (a label column of 一、本年新收…
 * wide, number columns narrow), adding up to the line's characters; Word and the preview both use them.
 */
function columnChars(rows: readonly (readonly string[])[], lineChars: number): number[] {
  // Loops, not Math.max(...rows): a table may have more rows than a call has room for arguments.
  const wants: number[] = [];
  for (const row of rows) {
    row.forEach((cell, column) => {
      wants[column] = Math.min(MAX_COLUMN, Math.max(wants[column] ?? MIN_COLUMN, widthInCharacters(cell)));
    });
  }
  const total = wants.reduce((sum, want) => sum + want, 0);
  const widths = wants.map((want) => Math.max(1, Math.floor((want * lineChars) / total)));
  // What rounding left over goes to the widest column.
  widths[wants.indexOf(Math.max(...wants))]! += lineChars - widths.reduce((sum, width) => sum + width, 0);
  return widths;
}

function isBlankBlock(block: LayoutBlock): boolean {
  return block.kind === 'paragraph' && block.role === 'blank';
}
