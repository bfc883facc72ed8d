/**
 * The Word writer: a layout description (`layout/layout.ts`) as the bytes of a `.docx` in the
 * GB/T 9704 layout, written with the `docx` package. Every paragraph has its exact 28.95 pt pitch
 * and every run its fonts by name (East Asian, Latin), size, condensed spacing and language, so
 * that nothing depends on Word's or the theme's defaults; markers are text, never Word numbering.
 */
import {
  AlignmentType, BorderStyle, Document, DocumentGridType, Footer, LineRuleType, Packer, PageNumber, Paragraph, Table, TableCell,
  TableLayoutType, TableRow, TextRun, WidthType,
} from 'docx';
import type { FontRole, LayoutBlock, LayoutDocument, LayoutPage, LayoutParagraph, LayoutReport, LayoutRun } from '../layout/layout';

/** Characters that Word sets in the Latin font unless told they are East Asian (the hint). */
const AMBIGUOUS = /[“”‘’—…·]+/g;

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;

/** The `.docx` of the given reports (a compilation's in one document, each from a new page). */
export async function writeDocx(layout: LayoutDocument, reports: readonly LayoutReport[] = layout.reports): Promise<Uint8Array> {
  const { page } = layout;
  const children: (Paragraph | Table)[] = [];
  reports.forEach((report, index) => {
    report.blocks.forEach((block, blockIndex) => children.push(blockOf(block, page, index > 0 && blockIndex === 0)));
  });
  if (children.length === 0) children.push(new Paragraph({ spacing: exactPitch(page) }));
  const document = new Document({
    title: reports[0]?.title ?? '',
    creator: '',
    description: 'GB/T 9704-2012',
    evenAndOddHeaderAndFooters: true,
    styles: {
      // What a paragraph without its own properties would get: the body's font, size, pitch and language.
      default: {
        document: {
          run: { font: fontsOf(page, page.fonts.body), size: page.sizes.body * 2, language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
          paragraph: { spacing: exactPitch(page) },
        },
      },
    },
    sections: [{
      properties: {
        page: {
          size: { width: page.width, height: page.height },
          margin: { ...page.margin, gutter: 0 },
        },
        grid: page.documentGrid
          ? { type: DocumentGridType.LINES_AND_CHARS, linePitch: page.linePitch, charSpace: gridCharacterSpace(page) }
          : { type: DocumentGridType.DEFAULT, linePitch: page.linePitch },
      },
      footers: { default: pageNumberFooter(page, 'right'), even: pageNumberFooter(page, 'left') },
      children,
    }],
  });
  return Packer.pack(document, 'uint8array');
}

function exactPitch(page: LayoutPage) {
  return { line: page.linePitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
}

/** One body character's width in twips: 16 pt condensed by the character spacing. */
function characterWidth(page: LayoutPage): number {
  return page.sizes.body * 20 + page.characterSpacing;
}

/** The text block's width in twips. */
function textWidthTwips(page: LayoutPage): number {
  return page.width - page.margin.left - page.margin.right;
}

/** `w:charSpace`, in 1/4096 pt beyond the font size, for 28 characters across the text block. */
function gridCharacterSpace(page: LayoutPage): number {
  return Math.round((textWidthTwips(page) / page.charactersPerLine / 20 - page.sizes.body) * 4096);
}

function fontsOf(page: LayoutPage, eastAsia: string) {
  return { eastAsia, ascii: page.latinFont, hAnsi: page.latinFont, cs: page.latinFont };
}

function blockOf(block: LayoutBlock, page: LayoutPage, newPage: boolean): Paragraph | Table {
  if (block.kind === 'table') return tableOf(block.rows, block.columnChars, page);
  return paragraphOf(block, page, newPage);
}

function paragraphOf(paragraph: LayoutParagraph, page: LayoutPage, newPage: boolean): Paragraph {
  const width = characterWidth(page);
  return new Paragraph({
    alignment: ALIGN[paragraph.align],
    spacing: exactPitch(page),
    // Word reads the indent in characters; LibreOffice, which ignores that, the same in twips.
    indent: {
      firstLine: paragraph.firstLineChars * width,
      ...(paragraph.firstLineChars > 0 ? { firstLineChars: paragraph.firstLineChars * 100 } : {}),
      ...(paragraph.rightChars > 0 ? { right: Math.round(paragraph.rightChars * width) } : {}),
    },
    pageBreakBefore: newPage,
    // Every page full, 22 lines: no line is pushed to the next page to keep a paragraph's lines together.
    widowControl: false,
    children: paragraph.runs.flatMap((run) => runsOf(run, page)),
  });
}

/** A run split where quotation marks and dashes need the East Asian hint. */
function runsOf(run: LayoutRun, page: LayoutPage): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const match of run.text.matchAll(AMBIGUOUS)) {
    if (match.index! > at) runs.push(textRun(run.text.slice(at, match.index), run.font, run.bold, page, false));
    runs.push(textRun(match[0], run.font, run.bold, page, true));
    at = match.index! + match[0].length;
  }
  if (at < run.text.length) runs.push(textRun(run.text.slice(at), run.font, run.bold, page, false));
  return runs;
}

function textRun(text: string, role: FontRole, bold: boolean, page: LayoutPage, hint: boolean): TextRun {
  const title = role === 'title';
  return new TextRun({
    text,
    font: { ...fontsOf(page, page.fonts[role]), ...(hint ? { hint: 'eastAsia' } : {}) },
    size: (title ? page.sizes.title : page.sizes.body) * 2,
    // The title's larger characters are not condensed: its lines are centred, not counted.
    characterSpacing: title ? undefined : page.characterSpacing,
    bold: bold || undefined,
    language: { value: 'zh-CN', eastAsia: 'zh-CN' },
  });
}

/** A table across the text block, its columns as wide as the layout says (in characters of the line). */
function tableOf(rows: readonly (readonly string[])[], columnChars: readonly number[], page: LayoutPage): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const lineChars = columnChars.reduce((sum, chars) => sum + chars, 0);
  const widths = columnChars.map((chars) => Math.round((chars * textWidthTwips(page)) / lineChars));
  return new Table({
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: rows.map((row) => new TableRow({
      children: widths.map((width, column) => new TableCell({
        width: { size: width, type: WidthType.DXA },
        children: [new Paragraph({ alignment: AlignmentType.CENTER, spacing: exactPitch(page), widowControl: false, children: runsOf({ text: row[column] ?? '', font: 'body', bold: false }, page) })],
      })),
    })),
  });
}

/** `— N —` in 4号 half-width 宋体, one character in from the right (odd pages) or the left (even). */
function pageNumberFooter(page: LayoutPage, side: 'left' | 'right'): Footer {
  const font = { eastAsia: page.pageNumberFont, ascii: page.pageNumberFont, hAnsi: page.pageNumberFont, cs: page.pageNumberFont };
  const size = page.sizes.pageNumber * 2;
  const inset = page.sizes.pageNumber * 20;
  return new Footer({
    children: [new Paragraph({
      alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
      indent: side === 'right' ? { right: inset } : { left: inset },
      spacing: { before: 0, after: 0 },
      children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font, size, language: { value: 'zh-CN', eastAsia: 'zh-CN' } })],
    })],
  });
}
