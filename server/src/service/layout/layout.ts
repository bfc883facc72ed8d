/**
 * The layout description of the 公文 (SPEC 7): the ordered blocks of each report — title lines,
 * addressee, headings with their level, body paragraphs, tables, signature and date — with the role,
 * the font and the place of every piece of text, computed from the document model; for a
 * compilation also its title and contents with each report's page. The Word writer and the preview
 * both lay out this description, so they cannot disagree. It knows nothing of Word or HTML.
 */
import gongwen from '../data/gongwen.json';
import type { Heading, Report, ReportDocument } from '../model/document';
import type { LineInfo } from '../model/lineInfo';
import { firstNonBlank, lastNonBlankEnd } from '../model/text';
import type { FontRole, LayoutBlock, LayoutDocument, LayoutPage, LayoutParagraph, LayoutReport, LayoutRun, LayoutTable, ParagraphRole } from './description';
import type { ExportSettings } from './exportSettings';
import { Metrics, bodyMetrics, textWidth, titleMetrics } from './lineBreaks';
import { reportStartPages } from './paginate';
import { plainTable, profileTable } from './tables';
import { breakTitle } from './titleBreaks';

/** Lays the document out; a compilation's contents give each report's page as the preview's pagination finds it. */
export function layoutDocument(document: ReportDocument, settings: ExportSettings): LayoutDocument {
  const preset = gongwen.fontPresets[settings.fontPreset];
  const fonts = { ...preset, ...settings.fonts };
  const page: LayoutPage = {
    width: gongwen.page.width, height: gongwen.page.height, margin: gongwen.margin, linePitch: gongwen.linePitch,
    linesPerPage: gongwen.linesPerPage, charactersPerLine: gongwen.charactersPerLine, characterSpacing: gongwen.characterSpacing,
    sizes: gongwen.sizes, fonts, latinFont: gongwen.latinFont, pageNumberFont: gongwen.pageNumberFont, documentGrid: settings.documentGrid,
    table: { ...gongwen.table, width: gongwen.page.width - gongwen.margin.left - gongwen.margin.right },
  };
  const skipped = new Set(document.titleEchoes);
  const laidOut = document.reports.length > 0
    ? document.reports.map((report) => layoutReport(document, report, settings, page, skipped))
    : [layoutLines(document, 0, document.lines.length - 1, settings, page, skipped)];
  const reports = laidOut.filter((report) => report.blocks.length > 0);
  const compilation = document.compilation;
  if (!compilation || reports.length === 0) return { page, title: reports[0]?.title ?? '', reports };
  // The contents need each report's page: the reports are paginated after a front of the contents' own length.
  const draft = compilationFront(compilation.title.text, compilation.titleLine, reports, reports.map(() => 0), page);
  const starts = reportStartPages({ page, title: compilation.title.text, front: draft, reports });
  const front = compilationFront(compilation.title.text, compilation.titleLine, reports, starts, page);
  return { page, title: compilation.title.text, front, reports };
}

/** A compilation's title and contents (目录): one entry per report with the page it starts on. */
function compilationFront(title: string, line: number, reports: readonly LayoutReport[], pages: readonly number[], page: LayoutPage): LayoutReport {
  const blocks: LayoutParagraph[] = [titleParagraph([title], line, false, page), blankParagraph(line)];
  blocks.push(paragraph('contents', line, [run('目　录', 'heading1', false)], 'center', 0, { keepNext: true }));
  reports.forEach((report, index) => {
    blocks.push(paragraph('entry', line, [run(`${index + 1}.${report.title}`, 'body', false)], 'left', 0, { pageNumber: String(pages[index] ?? '') }));
  });
  return { title, blocks };
}

/** A document with no report title: its lines as body paragraphs and headings. */
function layoutLines(document: ReportDocument, startLine: number, endLine: number, settings: ExportSettings, page: LayoutPage, skipped: ReadonlySet<number>): LayoutReport {
  const builder = new BlockBuilder(document, settings, page);
  const headings = new Map(document.headings.filter((heading) => !heading.runOn).map((heading) => [heading.line, heading]));
  for (let line = startLine; line <= endLine; line++) line = builder.addLine(line, headings.get(line), skipped);
  return { title: '', blocks: builder.finish() };
}

function layoutReport(document: ReportDocument, report: Report, settings: ExportSettings, page: LayoutPage, skipped: ReadonlySet<number>): LayoutReport {
  const builder = new BlockBuilder(document, settings, page);
  const title = report.title;
  const headings = new Map(report.headings.filter((heading) => !heading.runOn).map((heading) => [heading.line, heading]));
  // The title's lines: the issuing bodies above it, or every line of a title typed on several (blank lines between left out).
  const titleLines: number[] = [];
  if (title) for (let line = title.firstLine; line <= title.line; line++) if (document.lines[line]!.indent < document.lines[line]!.text.length) titleLines.push(line);
  const signature = report.signature;
  const tables = new Map(report.tables.map((table) => [table.startLine, table]));
  let signatureStarted = false;
  for (let line = report.startLine; line <= report.endLine; line++) {
    const info = document.lines[line]!;
    const table = tables.get(line);
    if (table) {
      builder.table(profileTable(table, document.lines, page.table), line);
      line = table.endLine;
      continue;
    }
    if (titleLines.includes(line)) {
      // The lines of the title, typed on one line or two (issuer and subject), set once at the last of them.
      // Set once, at the last line; a title of one line (below an issuer) without a PDF's stray blanks.
      if (line === title!.line) {
        // The line that reads as a title alone is set without a PDF's stray blanks; the title on one line is the title's own text.
        const lineText = (titleLine: number) => (title!.firstLine === title!.line ? title!.text : document.lines[titleLine]!.reportTitle?.text ?? contentOf(document.lines[titleLine]!));
        const typed = titleLines.map((titleLine) => (titleLine === title!.line ? lineText(titleLine) : contentOf(document.lines[titleLine]!)));
        builder.title(typed.filter((text) => text.length > 0), titleLines[0]!, settings.fontPreset === 'system');
      }
      continue;
    }
    if (line === report.addresseeLine) {
      builder.add(paragraph('addressee', line, [run(contentOf(info), 'body', false)], 'left', 0));
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

interface ParagraphOptions {
  readonly leftChars?: number;
  readonly rightChars?: number;
  readonly level?: number;
  readonly keepNext?: boolean;
  readonly outlineLevel?: number;
  readonly pageNumber?: string;
}

function paragraph(role: ParagraphRole, line: number, runs: LayoutRun[], align: LayoutParagraph['align'], firstLineChars: number, options: ParagraphOptions = NO_OPTIONS): LayoutParagraph {
  // Every field named, in one order: one shape for all paragraphs (a document may have a hundred thousand).
  return {
    kind: 'paragraph', role, runs, align, firstLineChars, leftChars: options.leftChars ?? 0, rightChars: options.rightChars ?? 0, line,
    level: options.level, keepNext: options.keepNext ?? false, outlineLevel: options.outlineLevel, pageNumber: options.pageNumber,
  };
}

const NO_OPTIONS: ParagraphOptions = {};

function blankParagraph(line: number): LayoutParagraph {
  return paragraph('blank', line, [], 'left', 0);
}

/**
 * The title, centred in 小标宋: each line as typed (an issuer above the subject) where it fits, a
 * longer one broken by meaning (§7.3.1), a line of one or two characters joined to its neighbour;
 * its lines kept together and with the text after them.
 */
function titleParagraph(typed: readonly string[], line: number, bold: boolean, page: LayoutPage): LayoutParagraph {
  const metrics = titleMetrics(page);
  const joined: string[] = [];
  for (const text of typed) {
    if (joined.length > 0 && ([...text].length < 3 || [...joined[joined.length - 1]!].length < 3)) joined[joined.length - 1] += text;
    else joined.push(text);
  }
  const lines = joined.flatMap((text) => breakTitle(text, gongwen.titleCharacters, (part) => titleWidth(part, metrics)));
  // One paragraph, its lines apart by line breaks: one title in Word's navigation pane.
  return paragraph('title', line, [run(lines.join('\n'), 'title', bold)], 'center', 0, { keepNext: true, outlineLevel: 0 });
}

/**
 * A title line's width in characters. LibreOffice adds about a quarter of a character between
 * Chinese and Latin letters or digits even where the document turns that spacing off (Word honours
 * it): a title line is measured with that room, so that it stays one line in both.
 */
function titleWidth(text: string, metrics: Metrics): number {
  let boundaries = 0;
  let previous: boolean | undefined;
  for (const char of text) {
    const latin = char.charCodeAt(0) < 0x80;
    if (previous !== undefined && previous !== latin && char !== ' ') boundaries++;
    previous = latin;
  }
  return textWidth(text, metrics) + boundaries * LATIN_BOUNDARY;
}

/** LibreOffice's space between Chinese and Latin text, in characters. */
const LATIN_BOUNDARY = 0.25;

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

/**
 * A list label Word draws before a tab, as the Word import writes it (`a.⇥`, `1.1⇥`, `•⇥`, `第一章⇥`,
 * `(1)⇥`): a line of such a label, a tab and text is a list item, not a row of a table typed with tabs.
 */
const LIST_LABEL = /^(?:[•▪◦‣➢➤►◆◇■□●○☐☑☒✓·*–—-]|[\dA-Za-z]{1,3}[.．、)）]|\d+(?:[.．]\d+)+[.．]?|[(（][\dA-Za-z一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十百零〇两\d]+[章节篇部条编])$/;

/** A line of a table: cells separated by tabs or bars (`| 项目 | 数量 |`). */
function tableCells(info: LineInfo): string[] | undefined {
  const content = contentOf(info);
  if (content.includes('\t')) {
    const cells = content.split(/\t+/).map((cell) => cell.trim());
    return cells.length === 2 && LIST_LABEL.test(cells[0]!) ? undefined : cells;
  }
  if (content.startsWith('|') || content.startsWith('｜')) {
    const cells = content.replace(/^[|｜]|[|｜]$/g, '').split(/[|｜]/).map((cell) => cell.trim());
    return cells.length >= 2 ? cells : undefined;
  }
  return undefined;
}

class BlockBuilder {
  private readonly blocks: LayoutBlock[] = [];
  private plainRows: { rows: string[][]; lines: number[] } | undefined;

  constructor(private readonly document: ReportDocument, private readonly settings: ExportSettings, private readonly page: LayoutPage) {}

  add(block: LayoutBlock): void {
    this.closeTable();
    this.blocks.push(block);
  }

  table(table: LayoutTable, line: number): void {
    if (table.rows.length > 0) this.add(table);
    else this.add(paragraph('body', line, [], 'left', 0));
  }

  title(typed: readonly string[], line: number, bold: boolean): void {
    this.add(titleParagraph(typed, line, bold, this.page));
    // One blank line after the title (§7.3.1).
    this.add(blankParagraph(line));
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
      this.plainRows ??= { rows: [], lines: [] };
      this.plainRows.rows.push(cells);
      this.plainRows.lines.push(line);
      return line;
    }
    const text = contentOf(info);
    if (text.length > 0) this.add(paragraph('body', line, [run(text, 'body', false)], 'justify', 2));
    return line;
  }

  /** A heading in its level's font, kept with the text after it; the rest of a title-sentence heading's paragraph in the body font. */
  private heading(heading: Heading): number {
    const { lines } = this.document;
    const first = lines[heading.line]!;
    const font: FontRole = heading.level === 1 ? 'heading1' : heading.level === 2 ? 'heading2' : 'body';
    const bold = heading.level === 3 && this.settings.level3Bold;
    let headingText: string;
    let rest = '';
    if (heading.endLine === heading.line) {
      const end = lastNonBlankEnd(first.text, heading.marker.start);
      // A title sentence keeps its 。 with it.
      const titleEnd = heading.titleSentence ? heading.titleEnd + 1 : heading.titleEnd;
      headingText = contentOf(first, heading.marker.start, Math.min(titleEnd, end));
      rest = titleEnd < end ? contentOf(first, firstNonBlank(first.text, titleEnd), end) : '';
    } else {
      const parts = [contentOf(first, heading.marker.start)];
      // Page chrome between the lines (a page's number) is no part of the title.
      for (let line = heading.line + 1; line < heading.endLine; line++) if (!lines[line]!.residue) parts.push(contentOf(lines[line]!));
      // The last line holds the title's end, and after a title sentence wrapped before its 。 the paragraph's text.
      const last = lines[heading.endLine]!;
      const titleEnd = heading.titleSentence ? heading.titleEnd + 1 : last.end;
      parts.push(contentOf(last, last.indent, titleEnd));
      headingText = parts.join('');
      rest = titleEnd < last.end ? contentOf(last, firstNonBlank(last.text, titleEnd), last.end) : '';
    }
    const runs = [run(headingText, font, bold)];
    if (rest.length > 0) runs.push(run(rest, 'body', false));
    // A title-sentence heading is a paragraph of text: it needs no keeping.
    this.add(paragraph('heading', heading.line, runs, 'justify', 2, { level: heading.level, keepNext: rest.length === 0, outlineLevel: heading.level }));
    return heading.endLine;
  }

  /**
   * The signature and date (§7.3.5), placed by where they start (a left indent), so that no
   * renderer's spacing around digits moves the date: one blank line after the text; unsealed, the
   * signature two characters from the right and the date starting two characters right of the
   * signature's start (a date longer than that allows is set two from the right, the signature
   * moved left to keep the step); sealed, the date four characters from the right and the
   * signature centred over it.
   */
  signatureBlock(document: ReportDocument, organizationLine: number | undefined, dateLine: number): void {
    const organization = organizationLine === undefined ? '' : contentOf(document.lines[organizationLine]!);
    const date = contentOf(document.lines[dateLine]!);
    const metrics = bodyMetrics(this.page);
    const organizationWidth = textWidth(organization, metrics);
    const dateWidth = textWidth(date, metrics);
    const line = this.page.charactersPerLine;
    let organizationStart: number;
    let dateStart: number;
    if (this.settings.sealed) {
      dateStart = line - 4 - dateWidth;
      organizationStart = dateStart;
    } else {
      organizationStart = line - 2 - organizationWidth;
      dateStart = organizationStart + 2;
      if (dateStart + dateWidth > line - 2) {
        dateStart = line - 2 - dateWidth;
        organizationStart = dateStart - 2;
      }
    }
    // The seal needs room above the date: two blank lines there, one without.
    for (let blank = this.settings.sealed ? 2 : 1; blank > 0; blank--) this.add(blankParagraph(dateLine));
    const indent = (start: number) => Math.max(0, Math.round(start * 100) / 100);
    // Sealed: both centred between the same indents — around the date's centre, as wide as the wider of the two
    // and a character more — so the signature stays centred over the date however wide a renderer sets its digits.
    const half = Math.max(dateWidth, organizationWidth) / 2 + 0.5;
    const right = Math.max(0, line - dateStart - dateWidth / 2 - half);
    const place = (start: number): [LayoutParagraph['align'], ParagraphOptions] => (this.settings.sealed
      ? ['center', { leftChars: indent(line - right - 2 * half), rightChars: indent(right) }]
      : ['left', { leftChars: indent(start) }]);
    // The signature never ends a page without its date.
    const [organizationAlign, organizationPlace] = place(organizationStart);
    if (organizationLine !== undefined) this.add(paragraph('signature', organizationLine, [run(organization, 'body', false)], organizationAlign, 0, { ...organizationPlace, keepNext: true }));
    const [dateAlign, datePlace] = place(dateStart);
    this.add(paragraph('date', dateLine, [run(date, 'body', false)], dateAlign, 0, datePlace));
  }

  finish(): LayoutBlock[] {
    this.closeTable();
    // No blank paragraphs at the very start or end of a report.
    while (this.blocks.length > 0 && isBlankBlock(this.blocks[this.blocks.length - 1]!)) this.blocks.pop();
    return this.blocks;
  }

  private closeTable(): void {
    if (!this.plainRows) return;
    const { rows, lines } = this.plainRows;
    this.plainRows = undefined;
    // A single row with tabs is a line with a tab in it, not a table.
    if (rows.length === 1) this.blocks.push(paragraph('body', lines[0]!, [run(rows[0]!.join('　'), 'body', false)], 'justify', 2));
    else this.blocks.push(plainTable(rows, lines, this.page.table));
  }
}

function isBlankBlock(block: LayoutBlock): boolean {
  return block.kind === 'paragraph' && block.role === 'blank';
}
