/**
 * Tables in the layout description: a grid of columns (twips) and rows of cells merged across
 * columns and down rows, each row as high as its fullest cell. A table of a report's profile is
 * laid out as the format's template prints it (the profile's `print`): its header rows with merged
 * cells, repeated on each page; group labels (`三、本年度办理结果`, `（三）不予公开`) merged down the
 * rows of their items; number columns of equal width; captions (`第二十条第（一）项`) across the
 * table. The text is 五号, or 小五 where a number would not fit its column. A table typed with `|`
 * or tabs keeps its rows, its columns as wide as their words want.
 */
import type { TableRowSchema } from '../profiles/schema';
import type { LineInfo } from '../model/lineInfo';
import { readMarker } from '../model/markers';
import type { Table } from '../model/tables';
import type { LayoutTable, LayoutTableCell, TableGeometry } from './description';
import { Metrics, lineBreaks, textWidth } from './lineBreaks';

type CellDraft = Omit<LayoutTableCell, 'rows'> & { rows: number };
interface RowDraft { readonly cells: CellDraft[]; readonly line: number; readonly keepNext: boolean }

/** Cells placed left to right, the last one spanning what is left of `columns`. */
function rowOfTexts(texts: readonly string[], first: number, columns: number, align: 'left' | 'center'): CellDraft[] {
  return texts.map((text, index) => ({
    text, column: first + index, columns: index === texts.length - 1 ? Math.max(1, columns - first - index) : 1, rows: 1, align,
  }));
}

/** The marker level of a row's label (`一、` 1, `（一）` 2, `1.` 3), 0 for a label without a marker. */
function levelOf(row: TableRowSchema): number {
  return readMarker(row.label, 0)?.level ?? 0;
}

/** The table of a report's profile, laid out as its format's template prints it, with the numbers the text gives. */
export function profileTable(table: Table, lines: readonly LineInfo[], geometry: TableGeometry): LayoutTable {
  const { schema } = table;
  const print = schema.print ?? { labelWidths: [], header: [] };
  const numberColumns = Math.max(1, ...schema.rows.map((row) => row.cells));
  const levels = [...new Set(schema.rows.filter((row) => !row.unlabeled).map(levelOf))].sort((a, b) => a - b);
  const labelColumns = levels.length;
  const columns = labelColumns + numberColumns;
  // The groups each row stands in: the rows without numbers above it at shallower levels.
  const groupsOf = new Map<TableRowSchema, TableRowSchema[]>();
  const open: TableRowSchema[] = [];
  for (const row of schema.rows) {
    if (row.unlabeled) continue;
    while (open.length > 0 && levelOf(open[open.length - 1]!) >= levelOf(row)) open.pop();
    groupsOf.set(row, [...open]);
    if (row.cells === 0) open.push(row);
  }
  const drafts: RowDraft[] = [];
  for (let row = 0; row < print.header.length; row++) drafts.push({ cells: [], line: table.startLine, keepNext: true });
  placeHeader(print.header, drafts);
  const headerRows = drafts.length;
  const merged = new Map<number, { readonly group: TableRowSchema; readonly cell: CellDraft }>();
  table.rows.forEach((row, index) => {
    const next = table.rows[index + 1];
    // A group's own row is drawn as the merged cell beside its items; alone, it is a row of its own.
    if (row.schema.cells === 0 && next && groupsOf.get(next.schema)?.includes(row.schema)) return;
    if (print.header.length === 0) {
      for (const caption of row.schema.header ?? []) {
        merged.clear();
        drafts.push({ cells: rowOfTexts(caption.split('|').map((cell) => cell.trim()), 0, columns, 'center'), line: row.line, keepNext: true });
      }
    }
    const cells: CellDraft[] = [];
    const groups = groupsOf.get(row.schema) ?? [];
    for (const group of groups) {
      const column = levels.indexOf(levelOf(group));
      const above = merged.get(column);
      if (above && above.group === group) {
        above.cell.rows++;
        continue;
      }
      const cell: CellDraft = { text: group.label, column, columns: 1, rows: 1, align: 'center' };
      merged.set(column, { group, cell });
      cells.push(cell);
    }
    // Groups this row is not in end here.
    for (const [column, { group }] of merged) if (!groups.includes(group)) merged.delete(column);
    const labelColumn = row.schema.unlabeled ? labelColumns : levels.indexOf(levelOf(row.schema));
    if (!row.schema.unlabeled) cells.push({ text: row.schema.label, column: labelColumn, columns: labelColumns - labelColumn, rows: 1, align: 'left' });
    const numbers = row.cells.map((cell) => lines[cell.line]!.text.slice(cell.start, cell.end));
    // The numbers the row holds, in its columns; one number more than the format has is kept in the last.
    const count = Math.max(1, row.schema.cells);
    const texts = Array.from({ length: count }, (_, at) => (at < count - 1 ? numbers[at] : numbers.slice(at).join(' ')) ?? '');
    cells.push(...rowOfTexts(texts, labelColumns, columns, 'center'));
    drafts.push({ cells, line: row.line, keepNext: false });
  });
  const widths = (size: number) => columnWidths(print.labelWidths.map((chars) => chars * size * 20 + 2 * geometry.cellMargin), numberColumns, geometry);
  return finish(drafts, headerRows, table.startLine, geometry, widths);
}

/** The template's header rows: each cell in the first column its row has free, rows below covered by the cells merged down. */
function placeHeader(header: readonly (readonly { readonly text: string; readonly columns?: number; readonly rows?: number }[])[], drafts: RowDraft[]): void {
  const covered = new Set<string>();
  header.forEach((printed, rowIndex) => {
    let column = 0;
    for (const cell of printed) {
      while (covered.has(`${rowIndex},${column}`)) column++;
      const columns = cell.columns ?? 1;
      const rows = cell.rows ?? 1;
      for (let row = rowIndex; row < rowIndex + rows; row++) for (let at = column; at < column + columns; at++) covered.add(`${row},${at}`);
      drafts[rowIndex]!.cells.push({ text: cell.text, column, columns, rows, align: 'center' });
      column += columns;
    }
  });
}

/** A table typed with `|` or tabs: its rows as they are, a first row of words repeated as its header. */
export function plainTable(rows: readonly (readonly string[])[], lines: readonly number[], geometry: TableGeometry): LayoutTable {
  const columns = Math.max(...rows.map((row) => row.length));
  const header = rows.length > 2 && !rows[0]!.some(isNumber) ? 1 : 0;
  const drafts: RowDraft[] = rows.map((row, index) => ({ cells: rowOfTexts(row, 0, columns, 'center'), line: lines[index]!, keepNext: index < header }));
  const widths = (size: number) => {
    // A column wants its longest word (at most 12 characters), at least the narrowest allowed; the line is shared out in proportion.
    const wants = new Array<number>(columns).fill(geometry.minColumnChars);
    for (const draft of drafts) {
      for (const cell of draft.cells) {
        if (cell.columns === 1) wants[cell.column] = Math.min(12, Math.max(wants[cell.column]!, textWidth(cell.text, { size, spacing: 0 })));
      }
    }
    const total = wants.reduce((sum, want) => sum + want, 0);
    return roundedTo(wants.map((want) => (want * geometry.width) / total), geometry.width);
  };
  return finish(drafts, header, lines[0]!, geometry, widths);
}

const isNumber = (text: string) => /^[+-]?[\d,.]+%?$/.test(text);

/** Label columns as given, the number columns sharing the rest equally. */
function columnWidths(labels: readonly number[], numberColumns: number, geometry: TableGeometry): number[] {
  const labelTotal = labels.reduce((sum, width) => sum + width, 0);
  const each = (geometry.width - labelTotal) / numberColumns;
  return roundedTo([...labels, ...new Array<number>(numberColumns).fill(each)], geometry.width);
}

/** Whole twips adding up to `total`: each column ends where its exact end rounds to, so equal columns stay within a twip. */
function roundedTo(widths: readonly number[], total: number): number[] {
  const scale = total / widths.reduce((sum, width) => sum + width, 0);
  let end = 0;
  let previous = 0;
  return widths.map((width) => {
    end += width * scale;
    const rounded = Math.round(end);
    const result = rounded - previous;
    previous = rounded;
    return result;
  });
}

/**
 * The first font whose characters fit: every column at least two characters wide inside its margins
 * and every number on one line of its cell; then each row's height from its fullest cell, a cell
 * merged down the rows making the last of them taller where its text needs it.
 */
function finish(drafts: readonly RowDraft[], headerRows: number, line: number, geometry: TableGeometry, widthsFor: (size: number) => number[]): LayoutTable {
  const fits = (size: number, columns: readonly number[]) => {
    const inner = (cell: CellDraft) => spanWidth(columns, cell) - 2 * geometry.cellMargin;
    if (columns.some((width) => width - 2 * geometry.cellMargin < geometry.minColumnChars * size * 20)) return false;
    return drafts.every((draft) => draft.cells.every((cell) => !isNumber(cell.text) || textWidth(cell.text, { size, spacing: 0 }) * size * 20 <= inner(cell)));
  };
  const font = geometry.fonts.find((candidate) => fits(candidate.size, widthsFor(candidate.size))) ?? geometry.fonts[geometry.fonts.length - 1]!;
  const columns = widthsFor(font.size);
  const metrics: Metrics = { size: font.size, spacing: 0 };
  const linesOf = (cell: CellDraft) => {
    const capacity = Math.max(1, (spanWidth(columns, cell) - 2 * geometry.cellMargin) / (font.size * 20));
    return cell.text.length === 0 ? 1 : lineBreaks([...cell.text], capacity, capacity, metrics, false).length;
  };
  const rowLines = drafts.map((draft) => Math.max(1, ...draft.cells.filter((cell) => cell.rows === 1).map(linesOf)));
  drafts.forEach((draft, index) => {
    for (const cell of draft.cells) {
      if (cell.rows === 1) continue;
      const last = Math.min(drafts.length, index + cell.rows) - 1;
      let have = 0;
      for (let row = index; row <= last; row++) have += rowLines[row]!;
      rowLines[last]! += Math.max(0, linesOf(cell) - have);
    }
  });
  return {
    kind: 'table', columns, size: font.size, linePitch: font.linePitch, headerRows, line,
    rows: drafts.map((draft, index) => ({ cells: draft.cells, line: draft.line, keepNext: draft.keepNext, height: rowLines[index]! * font.linePitch + geometry.rowPadding })),
  };
}

function spanWidth(columns: readonly number[], cell: { readonly column: number; readonly columns: number }): number {
  let width = 0;
  for (let column = cell.column; column < cell.column + cell.columns; column++) width += columns[column] ?? 0;
  return width;
}
