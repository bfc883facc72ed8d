/**
 * The pages of the 公文 preview: the layout description broken into lines (28 body characters, 20
 * of the title's) and pages of the 225 mm text block, as Word and LibreOffice break them — each
 * report from a new page; a heading or title kept whole on the page of the block after it; a table
 * row never split, a table's header rows repeated at the top of each page it runs onto, a group
 * label merged down rows continued on the next page. Heights are in twips.
 */
import type { FontRole, LayoutDocument, LayoutPage, LayoutParagraph, LayoutReport, LayoutRun, LayoutTable, LayoutTableCell } from './description';
import { advanceOf, bodyMetrics, characterTwips, lineBreaks, textWidth, textWidthTwips, titleMetrics } from './lineBreaks';

export interface PageSegment {
  readonly text: string;
  readonly font: FontRole;
  readonly bold: boolean;
}

export interface PageLine {
  readonly kind: 'line';
  readonly segments: readonly PageSegment[];
  /** How the line stands: a full line of a justified paragraph is stretched to both margins. */
  readonly align: 'left' | 'center' | 'right' | 'justify';
  /** Indents in body characters. */
  readonly indentChars: number;
  readonly rightChars: number;
  /** 22 pt title characters, or the body's 16 pt. */
  readonly title: boolean;
  /** A contents entry's page number, after a dotted leader. */
  readonly pageNumber?: string;
  /** The source line, for scroll sync and jumps. */
  readonly line: number;
  readonly height: number;
}

/** The rows of a table on one page: its repeated header rows, then the rows that fit. */
export interface PageTable {
  readonly kind: 'table';
  readonly columns: readonly number[];
  readonly size: number;
  readonly linePitch: number;
  readonly rows: readonly { readonly cells: readonly LayoutTableCell[]; readonly height: number; readonly line: number }[];
  readonly line: number;
  readonly height: number;
}

export type PageItem = PageLine | PageTable;

export interface PreviewPage {
  /** From 1, continuous across the reports of a compilation. */
  readonly number: number;
  /** The report, from 0; -1 for a compilation's title and contents. */
  readonly report: number;
  readonly items: readonly PageItem[];
}

/** The lines of one paragraph, its runs' characters broken as Word breaks them. */
function paragraphLines(paragraph: LayoutParagraph, page: LayoutPage): PageLine[] {
  const title = paragraph.role === 'title';
  const metrics = title ? titleMetrics(page) : bodyMetrics(page);
  // Written out rather than spread from a shared base: a spread with another after it is V8's slow path, once a line.
  const lineOf = (segments: readonly PageSegment[], indentChars: number, align: PageLine['align']): PageLine =>
    ({ kind: 'line', title, line: paragraph.line, height: page.linePitch, rightChars: paragraph.rightChars, segments, indentChars, align });
  if (paragraph.runs.length === 0) return [lineOf([], 0, 'left')];
  // The characters with the run each belongs to.
  const chars: string[] = [];
  const owners: LayoutRun[] = [];
  for (const run of paragraph.runs) {
    for (const char of run.text) {
      chars.push(char);
      owners.push(run);
    }
  }
  // Capacities in the line's own characters (the title's are larger: 20 of them across the text block).
  const capacity = (textWidthTwips(page) / 20 - 1e-6) / advanceOf(metrics);
  const scale = (chars: number) => (chars * characterTwips(page)) / 20 / advanceOf(metrics);
  const first = capacity - scale(paragraph.firstLineChars + paragraph.leftChars + paragraph.rightChars);
  const rest = capacity - scale(paragraph.leftChars + paragraph.rightChars);
  // A line break in the text (a title's) ends a line; the pieces between are broken as they need.
  const ends: number[] = [];
  for (let start = 0; start <= chars.length;) {
    let end = chars.indexOf('\n', start);
    if (end < 0) end = chars.length;
    for (const pieceEnd of lineBreaks(chars.slice(start, end), ends.length === 0 ? first : rest, rest, metrics)) ends.push(start + pieceEnd);
    start = end + 1;
  }
  // A contents entry's page number needs room after the last line's words, or a line of its own.
  if (paragraph.pageNumber !== undefined) {
    const lastStart = ends.length > 1 ? ends[ends.length - 2]! : 0;
    if (textWidth(chars.slice(lastStart).join(''), metrics) + textWidth(` ${paragraph.pageNumber}`, metrics) + 1 > (ends.length > 1 ? rest : first)) ends.push(chars.length);
  }
  const lines: PageLine[] = [];
  let start = 0;
  ends.forEach((end, index) => {
    // The line's characters in segments of one font each.
    const segments: PageSegment[] = [];
    let from = start;
    for (let at = start + 1; at <= end; at++) {
      if (at < end && owners[at]!.font === owners[from]!.font && owners[at]!.bold === owners[from]!.bold) continue;
      segments.push({ text: chars.slice(from, at).join(''), font: owners[from]!.font, bold: owners[from]!.bold });
      from = at;
    }
    const lastLine = index === ends.length - 1;
    // A justified paragraph's last line stands at the left; its other lines fill the width.
    const line = lineOf(segments, paragraph.leftChars + (index === 0 ? paragraph.firstLineChars : 0), paragraph.align === 'justify' && lastLine ? 'left' : paragraph.align);
    lines.push(lastLine && paragraph.pageNumber !== undefined ? { ...line, pageNumber: paragraph.pageNumber } : line);
    start = end;
    while (start < chars.length && (chars[start] === ' ' || chars[start] === '\n')) start++;
  });
  return lines;
}

/** Pages of text block, filled in order. */
class Pager {
  readonly pages: PreviewPage[] = [];
  private items: PageItem[] = [];
  private used = 0;

  constructor(private readonly capacity: number) {}

  /** Room left on the page. */
  get room(): number {
    return this.capacity - this.used;
  }

  get empty(): boolean {
    return this.items.length === 0;
  }

  /** Ends the page, unless it is empty. */
  flush(report: number): void {
    if (this.items.length === 0) return;
    this.pages.push({ number: this.pages.length + 1, report, items: this.items });
    this.items = [];
    this.used = 0;
  }

  place(item: PageItem, report: number): void {
    if (item.height > this.room && !this.empty) this.flush(report);
    this.items.push(item);
    this.used += item.height;
  }
}

type PageTableRow = PageTable['rows'][number];

/**
 * A table's rows placed on pages: a row that does not fit goes to the next page, under the header
 * rows repeated there; a header or caption row goes with the row after it.
 */
function placeTable(table: LayoutTable, pager: Pager, report: number): void {
  const header = table.rows.slice(0, table.headerRows);
  let rows: PageTableRow[] = [];
  let used = 0;
  // Cells merged down rows, while they cover the row being placed.
  let merged: { readonly cell: LayoutTableCell; readonly end: number }[] = [];
  const emit = () => {
    if (rows.length === 0) return;
    // A merged cell cut by the page's end covers the rows this page has of it.
    const clipped = rows.map((row, index) => ({ ...row, cells: row.cells.map((cell) => (index + cell.rows > rows.length ? { ...cell, rows: rows.length - index } : cell)) }));
    pager.place({ kind: 'table', columns: table.columns, size: table.size, linePitch: table.linePitch, rows: clipped, line: clipped[0]!.line, height: used }, report);
    rows = [];
    used = 0;
  };
  table.rows.forEach((row, index) => {
    merged = merged.filter((open) => open.end > index);
    let keep = row.height;
    for (let next = index; table.rows[next]!.keepNext && next + 1 < table.rows.length; next++) keep += table.rows[next + 1]!.height;
    let cells = row.cells;
    if (keep > pager.room - used && !(pager.empty && rows.length === 0)) {
      emit();
      pager.flush(report);
      if (index >= table.headerRows) {
        rows.push(...header);
        used += header.reduce((sum, headerRow) => sum + headerRow.height, 0);
        // The rest of a merged cell continues, empty, at the top of the new page.
        cells = [...merged.map(({ cell, end }) => ({ ...cell, text: '', rows: end - index })), ...cells];
      }
    }
    for (const cell of row.cells) if (cell.rows > 1) merged.push({ cell, end: index + cell.rows });
    rows.push({ cells, height: row.height, line: row.line });
    used += row.height;
  });
  emit();
}

/** The preview's pages of the layout; each report (and a compilation's front) from a new page. */
export function paginate(layout: LayoutDocument): PreviewPage[] {
  const { page } = layout;
  const pager = new Pager(page.height - page.margin.top - page.margin.bottom);
  const sections: [LayoutReport, number][] = [
    ...(layout.front ? [[layout.front, -1] as [LayoutReport, number]] : []),
    ...layout.reports.map((report, index): [LayoutReport, number] => [report, index]),
  ];
  for (const [report, index] of sections) {
    placeBlocks(report, index, pager, page);
    pager.flush(index);
  }
  return pager.pages;
}

/** The first page of each report, for a compilation's contents (its front counted). */
export function reportStartPages(layout: LayoutDocument): number[] {
  const starts = new Map<number, number>();
  for (const preview of paginate(layout)) if (!starts.has(preview.report)) starts.set(preview.report, preview.number);
  return layout.reports.map((_, index) => starts.get(index) ?? 0);
}

function placeBlocks(report: LayoutReport, index: number, pager: Pager, page: LayoutPage): void {
  const { blocks } = report;
  const linesOf = blocks.map((block) => (block.kind === 'paragraph' ? paragraphLines(block, page) : undefined));
  blocks.forEach((block, at) => {
    if (block.kind === 'table') {
      placeTable(block, pager, index);
      return;
    }
    const lines = linesOf[at]!;
    if (block.keepNext) {
      // A chain of kept paragraphs, whole, with the first line (or first rows) of the block after it.
      // (A chain longer than a page cannot be kept: the count stops there, so that a run of headings costs no more than its length.)
      const capacity = page.height - page.margin.top - page.margin.bottom;
      let needed = 0;
      let next = at;
      for (; next < blocks.length && needed <= capacity && blocks[next]!.kind === 'paragraph' && (blocks[next] as LayoutParagraph).keepNext; next++) {
        needed += linesOf[next]!.reduce((sum, line) => sum + line.height, 0);
      }
      needed += firstHeight(blocks[next], linesOf[next]);
      if (needed > pager.room && !pager.empty && needed <= capacity) pager.flush(index);
    }
    for (const line of lines) pager.place(line, index);
  });
}

/** The height of what a kept paragraph must share its page with: a paragraph's first line, a table's header and first row. */
function firstHeight(block: LayoutReport['blocks'][number] | undefined, lines: readonly PageLine[] | undefined): number {
  if (!block) return 0;
  if (block.kind === 'paragraph') return lines?.[0]?.height ?? 0;
  let height = 0;
  for (let row = 0; row < block.rows.length; row++) {
    height += block.rows[row]!.height;
    if (!block.rows[row]!.keepNext) break;
  }
  return height;
}
