/**
 * The pages of the 公文 preview: the layout description broken into lines of at most 28 body
 * characters (20 of the title's) and pages of 22 lines, as Word and LibreOffice break them — each
 * report from a new page, punctuation kept off the start of a line and opening marks off its end
 * (避头尾), a closing mark allowed to hang past the margin, Latin words and numbers kept whole.
 * Widths are in body characters (16 pt condensed to 15.75 pt); Latin text in Times New Roman.
 */
import type { FontRole, LayoutDocument, LayoutParagraph, LayoutRun } from './layout';

export interface PageSegment {
  readonly text: string;
  readonly font: FontRole;
  readonly bold: boolean;
}

export interface PageLine {
  readonly segments: readonly PageSegment[];
  /** How the line stands: a full line of a justified paragraph is stretched to both margins. */
  readonly align: 'left' | 'center' | 'right' | 'justify';
  readonly indentChars: number;
  readonly rightChars: number;
  /** 22 pt title characters, or the body's 16 pt. */
  readonly title: boolean;
  /** The source line, for scroll sync and jumps. */
  readonly line: number;
  /** A table row's cells, and how many grid lines it takes. */
  readonly cells?: readonly string[];
  /** The cells' widths in characters. */
  readonly cellChars?: readonly number[];
  readonly height: number;
}

export interface PreviewPage {
  /** From 1, continuous across the reports of a compilation. */
  readonly number: number;
  readonly report: number;
  readonly lines: readonly PageLine[];
}

/** Characters that may not start a line. */
const NO_START = new Set('，。、；：！？）》〉】〕”’…—·%‰,.;:!?)]}');
/** Characters that may not end a line. */
const NO_END = new Set('（《〈【〔“‘([{');
/** Closing marks that may hang past the right margin rather than go to the next line. */
const HANGING = new Set('，。、；：！？”’）》');
const TITLE_SIZE = 22;
const BODY_SIZE = 16;
/** A body character's advance: 16 pt condensed by 0.25 pt. */
const BODY_ADVANCE = 15.75;

/** Times New Roman advances in ems, for the Latin text among the Chinese. */
function latinEm(code: number): number {
  if (code === 0x20) return 0.25;
  if (code >= 0x30 && code <= 0x39) return 0.5;
  if (code >= 0x41 && code <= 0x5a) return 0.68;
  if (code >= 0x61 && code <= 0x7a) return 0.45;
  return 0.33;
}

/** A character's width in the line's own characters (body or title). */
function widthOf(char: string, title: boolean): number {
  const code = char.charCodeAt(0);
  if (code >= 0x80 && code !== 0xb7) return 1;
  const size = title ? TITLE_SIZE : BODY_SIZE;
  const advance = title ? TITLE_SIZE : BODY_ADVANCE;
  return (latinEm(code) * size) / advance;
}

const isLatinWord = (char: string | undefined) => char !== undefined && /[A-Za-z0-9.%]/.test(char);

/**
 * Where the lines of a paragraph of `chars` break: ends of lines, for a first line of `first`
 * characters and further lines of `rest`.
 */
export function lineBreaks(chars: readonly string[], first: number, rest: number, title: boolean): number[] {
  const ends: number[] = [];
  let start = 0;
  const epsilon = 1e-6;
  while (start < chars.length) {
    const capacity = ends.length === 0 ? first : rest;
    let width = 0;
    let end = start;
    while (end < chars.length && width + widthOf(chars[end]!, title) <= capacity + epsilon) width += widthOf(chars[end++]!, title);
    if (end < chars.length) {
      if (HANGING.has(chars[end]!)) {
        end++;
      } else {
        // Keep a forbidden start off this break, and an opening mark with what it opens; never an empty line.
        let moved = end;
        while (moved > start + 1 && (NO_START.has(chars[moved]!) || NO_END.has(chars[moved - 1]!) || (isLatinWord(chars[moved]) && isLatinWord(chars[moved - 1])))) moved--;
        if (moved > start + 1) end = moved;
      }
    }
    // Blanks at the start of a following line are dropped, as word processors do.
    ends.push(end);
    start = end;
    while (start < chars.length && chars[start] === ' ' && ends.length > 0) start++;
  }
  return ends;
}

/** The lines of one paragraph. */
function paragraphLines(paragraph: LayoutParagraph, charactersPerLine: number): PageLine[] {
  const title = paragraph.role === 'title';
  const base = { align: paragraph.align, title, line: paragraph.line, height: 1, rightChars: paragraph.rightChars };
  if (paragraph.runs.length === 0) return [{ ...base, segments: [], indentChars: 0, align: 'left' }];
  // The characters with the run each belongs to.
  const chars: string[] = [];
  const owners: LayoutRun[] = [];
  for (const run of paragraph.runs) {
    for (const char of run.text) {
      chars.push(char);
      owners.push(run);
    }
  }
  // The title's characters are larger: 20 of them across the text block.
  const capacity = title ? Math.floor((charactersPerLine * BODY_ADVANCE) / TITLE_SIZE) : charactersPerLine;
  const first = capacity - paragraph.firstLineChars - paragraph.rightChars;
  const rest = capacity - paragraph.rightChars;
  const ends = lineBreaks(chars, first, rest, title);
  const lines: PageLine[] = [];
  let start = 0;
  ends.forEach((end, index) => {
    const segments: PageSegment[] = [];
    for (let at = start; at < end; at++) {
      const owner = owners[at]!;
      const last = segments[segments.length - 1];
      if (last && last.font === owner.font && last.bold === owner.bold) segments[segments.length - 1] = { ...last, text: last.text + chars[at]! };
      else segments.push({ text: chars[at]!, font: owner.font, bold: owner.bold });
    }
    const lastLine = index === ends.length - 1;
    lines.push({
      ...base,
      segments,
      indentChars: index === 0 ? paragraph.firstLineChars : 0,
      // A justified paragraph's last line stands at the left; its other lines fill the width.
      align: paragraph.align === 'justify' && lastLine ? 'left' : paragraph.align,
    });
    start = end;
    while (start < chars.length && chars[start] === ' ') start++;
  });
  return lines;
}

/** A table row takes as many lines as its fullest cell wraps onto (a cell's margins take about a character). */
function rowLine(row: readonly string[], columnChars: readonly number[], line: number): PageLine {
  const cells = columnChars.map((_, column) => row[column] ?? '');
  const height = Math.max(1, ...cells.map((cell, column) => {
    const capacity = Math.max(1, columnChars[column]! - 1);
    return lineBreaks([...cell], capacity, capacity, false).length;
  }));
  return { segments: [], align: 'center', indentChars: 0, rightChars: 0, title: false, line, cells, cellChars: columnChars, height };
}

export function paginate(layout: LayoutDocument): PreviewPage[] {
  const { linesPerPage, charactersPerLine } = layout.page;
  const pages: PreviewPage[] = [];
  layout.reports.forEach((report, reportIndex) => {
    let lines: PageLine[] = [];
    let used = 0;
    const flush = () => {
      pages.push({ number: pages.length + 1, report: reportIndex, lines });
      lines = [];
      used = 0;
    };
    const place = (line: PageLine) => {
      if (used + line.height > linesPerPage && used > 0) flush();
      lines.push(line);
      used += line.height;
    };
    for (const block of report.blocks) {
      if (block.kind === 'table') {
        block.rows.forEach((row, index) => place(rowLine(row, block.columnChars, block.lines[index]!)));
      } else {
        for (const line of paragraphLines(block, charactersPerLine)) place(line);
      }
    }
    if (lines.length > 0) flush();
  });
  return pages;
}
