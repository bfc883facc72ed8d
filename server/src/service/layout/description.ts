/**
 * The layout description of the 公文 (SPEC 7), as types: the pages' geometry and fonts, and each
 * report's ordered blocks — paragraphs of runs with their role, font and indents, and tables as grids
 * of merged cells. `layout.ts` makes it from the document model; the Word writer, the preview and
 * its pagination read it.
 */
import type gongwen from '../data/gongwen.json';

/** The fonts of the layout: one per role a piece of text can have. */
export type FontRole = 'title' | 'body' | 'heading1' | 'heading2';

export interface LayoutRun {
  /** A title's lines apart by `\n` (a line break in Word). */
  readonly text: string;
  readonly font: FontRole;
  readonly bold: boolean;
}

/** What a paragraph is; the contents' heading and entries belong to a compilation. */
export type ParagraphRole = 'title' | 'addressee' | 'body' | 'heading' | 'signature' | 'date' | 'blank' | 'contents' | 'entry';

export interface LayoutParagraph {
  readonly kind: 'paragraph';
  readonly role: ParagraphRole;
  readonly runs: readonly LayoutRun[];
  readonly align: 'left' | 'center' | 'right' | 'justify';
  /** Indents in characters of the body size: the first line's, and the left and right of every line. */
  readonly firstLineChars: number;
  readonly leftChars: number;
  readonly rightChars: number;
  /** The source line it comes from (the first of a wrapped heading), for scroll sync and jumps. */
  readonly line: number;
  /** The heading level, for a heading. */
  readonly level?: number;
  /** Kept whole and on the page of the block after it: a heading, a title line (Word's keepNext and keepLines). */
  readonly keepNext: boolean;
  /** Word's outline level (navigation pane, tables of contents): 0 for a title, a heading's level below it. */
  readonly outlineLevel?: number;
  /** A contents entry's page number, set at the right after a dotted leader. */
  readonly pageNumber?: string;
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
  readonly table: TableGeometry;
}

export interface LayoutDocument {
  readonly page: LayoutPage;
  /** The document's name: a compilation's title, or its first report's. */
  readonly title: string;
  /** A compilation's own pages before its reports: its title and contents, each report's page in it. */
  readonly front?: LayoutReport;
  readonly reports: readonly LayoutReport[];
}

/** The tables' fonts, margins and width (gongwen.json's `table`, and the text block's width). */
export interface TableGeometry {
  /** The sizes to choose from, the first that fits, each with its exact line pitch (twips). */
  readonly fonts: readonly { readonly size: number; readonly linePitch: number }[];
  readonly cellMargin: number;
  readonly rowPadding: number;
  readonly minColumnChars: number;
  readonly width: number;
}

export interface LayoutTableCell {
  readonly text: string;
  /** The first grid column, from 0. */
  readonly column: number;
  /** How many columns and rows the cell covers (merged cells). */
  readonly columns: number;
  readonly rows: number;
  readonly align: 'left' | 'center';
}

export interface LayoutTableRow {
  /** The cells that start in this row. */
  readonly cells: readonly LayoutTableCell[];
  /** In twips: its lines at the table's pitch and the padding. */
  readonly height: number;
  /** The source line, for scroll sync and jumps. */
  readonly line: number;
  /** A header or caption row: kept on the page of the row after it. */
  readonly keepNext: boolean;
}

export interface LayoutTable {
  readonly kind: 'table';
  /** The columns' widths in twips, adding up to the text block's width. */
  readonly columns: readonly number[];
  /** The font size in points, and the exact pitch of its lines in twips. */
  readonly size: number;
  readonly linePitch: number;
  /** The first rows, repeated at the top of each page the table runs onto. */
  readonly headerRows: number;
  readonly rows: readonly LayoutTableRow[];
  readonly line: number;
}
