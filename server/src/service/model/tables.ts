/**
 * The fixed tables of a report read from plain text (SPEC 2.5), in the three shapes copies give
 * them: one row per line with `|` or tabs between cells; one cell per line; or a label followed by
 * a run of numbers separated by blanks. A row is found by its label (the profile's keys), and takes
 * the numbers after it on its line and on the lines of numbers below it; header lines (自然人,
 * 结果维持 …) belong to the table but hold no row. Blank cells, `-`, `—` and `/` are no number.
 */
import type { Locale } from '../l10n';
import type { TableRowSchema, TableSchema } from '../profiles/profile';
import type { LineInfo } from './lineInfo';
import { readMarker } from './markers';
import { toSimplified } from './simplified';
import { isBlank } from './text';

export interface TableCell {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  /** The number, or undefined for a blank cell, `-`, `—`, `/` or text. */
  readonly value?: number;
  /** The cell holds text that is no number and no "no number" mark. */
  readonly notANumber: boolean;
}

export interface TableRow {
  readonly schema: TableRowSchema;
  /** The row's place among its schema's rows. */
  readonly order: number;
  readonly line: number;
  /** The label on `line` (for an unlabeled row, its first cell). */
  readonly labelStart: number;
  readonly labelEnd: number;
  readonly cells: readonly TableCell[];
}

export interface Table {
  readonly schema: TableSchema;
  /** First line: the first header line, or the first row. */
  readonly startLine: number;
  readonly endLine: number;
  readonly rows: readonly TableRow[];
}

/** A row's name in messages: its label, or the table's name for its one unlabeled row (the numbers under the 行政复议 headers). */
export function rowName(row: TableRowSchema, table: TableSchema, locale: Locale): string {
  return row.label || table.name[locale];
}

/** Longer lines are paragraphs, never table lines. */
const MAX_TABLE_LINE = 400;
/** A label longer than this is a sentence. */
const MAX_LABEL = 60;
/** The part of a label or header word a PDF wraps onto the next line is at most this long. */
const MAX_WRAPPED_WORDS = 20;
/** Keys at least this long also name a row by a label that starts with them (`部分公开（区分处理的…）`). */
const MIN_PREFIX_KEY = 4;
const SENTENCE_MARKS = /[，。；！？,;!?]/;
const NO_NUMBER = new Set(['', '-', '—', '——', '－', '–', '/', '／', '\\']);
const NUMBER = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^[+-]?\d+(?:\.\d+)?$/;

export interface Token { readonly start: number; readonly end: number; readonly text: string }

type LineReading =
  | { readonly kind: 'cells'; readonly cells: readonly Token[] }
  | { readonly kind: 'row'; readonly rows: readonly RowMatch[]; readonly label: Token; readonly cells: readonly Token[] }
  | { readonly kind: 'header'; readonly schemas: readonly TableSchema[]; readonly terms: number }
  | { readonly kind: 'other' };

interface RowMatch { readonly schema: TableSchema; readonly row: TableRowSchema; readonly order: number }

const OTHER: LineReading = { kind: 'other' };

/** Label keys and header words of a profile's tables, for looking a cell up once. */
class TableIndex {
  readonly rowsByKey = new Map<string, RowMatch[]>();
  readonly prefixLengths: number[] = [];
  readonly schemasByTerm = new Map<string, TableSchema[]>();
  readonly notes: { readonly prefix: string; readonly schema: TableSchema }[] = [];

  constructor(readonly schemas: readonly TableSchema[]) {
    const lengths = new Set<number>();
    for (const schema of schemas) {
      schema.rows.forEach((row, order) => {
        for (const key of row.keys) {
          this.rowsByKey.set(key, [...(this.rowsByKey.get(key) ?? []), { schema, row, order }]);
          if (key.length >= MIN_PREFIX_KEY) lengths.add(key.length);
        }
      });
      for (const term of schema.headerTerms) this.schemasByTerm.set(term, [...(this.schemasByTerm.get(term) ?? []), schema]);
      for (const prefix of schema.headerNotes) this.notes.push({ prefix, schema });
    }
    this.prefixLengths = [...lengths].sort((a, b) => b - a);
  }

  /** The rows a label cell names: by a whole key, or by the longest key it starts with. */
  rowsOf(label: string): readonly RowMatch[] | undefined {
    const whole = this.rowsByKey.get(label);
    if (whole) return whole;
    for (const length of this.prefixLengths) {
      if (length < label.length) {
        const rows = this.rowsByKey.get(label.slice(0, length));
        if (rows) return rows;
      }
    }
    return undefined;
  }

  /** The schemas a header cell belongs to. */
  schemasOf(cell: string): readonly TableSchema[] | undefined {
    return this.schemasByTerm.get(cell) ?? this.notesOf(cell);
  }

  private notesOf(cell: string): readonly TableSchema[] | undefined {
    const text = cell.startsWith('（') ? cell.slice(1) : cell;
    const found = this.notes.filter((note) => text.startsWith(note.prefix)).map((note) => note.schema);
    return found.length > 0 ? found : undefined;
  }
}

const indexes = new WeakMap<readonly TableSchema[], TableIndex>();

function indexOf(schemas: readonly TableSchema[]): TableIndex {
  let index = indexes.get(schemas);
  if (!index) indexes.set(schemas, (index = new TableIndex(schemas)));
  return index;
}

/** A cell's words as the keys are written: simplified, no blanks or quotes, brackets full-width, no marker, no trailing note or colon. */
export function labelKey(text: string): string {
  let key = '';
  for (const char of toSimplified(text)) {
    if (isBlank(char.charCodeAt(0)) || '“”"‘’\'「」'.includes(char)) continue;
    key += char === '(' ? '（' : char === ')' ? '）' : char;
  }
  const marker = readMarker(key, 0);
  if (marker && marker.end < key.length) key = key.slice(marker.end);
  const open = key.lastIndexOf('（');
  // A note in brackets after the label, closed at its end or cut by a wrapped line (`部分公开（区分处理的，只`).
  if (open > 0 && (key.endsWith('）') || key.indexOf('）', open) < 0)) key = key.slice(0, open);
  return key.replace(/[：:]$/, '');
}

/** Splits a line into cells: at `|` or tabs when it has them, else at blanks. */
export function tokenize(text: string, indent: number, end: number): { readonly tokens: Token[]; readonly separated: boolean } {
  let separated = false;
  for (let index = indent; index < end; index++) {
    const char = text[index];
    if (char === '|' || char === '｜' || char === '\t') {
      separated = true;
      break;
    }
  }
  const tokens: Token[] = [];
  if (separated) {
    let start = indent;
    for (let index = indent; index <= end; index++) {
      const char = text[index];
      if (index === end || char === '|' || char === '｜' || char === '\t') {
        let from = start;
        let to = index;
        while (from < to && isBlank(text.charCodeAt(from))) from++;
        while (to > from && isBlank(text.charCodeAt(to - 1))) to--;
        tokens.push({ start: from, end: to, text: text.slice(from, to) });
        start = index + 1;
      }
    }
    // The pipes that open and close a row make no cells.
    if (tokens[0]?.text === '' && '|｜'.includes(text[indent]!)) tokens.shift();
    if (tokens[tokens.length - 1]?.text === '' && '|｜'.includes(text[end - 1]!)) tokens.pop();
  } else {
    let start = -1;
    for (let index = indent; index <= end; index++) {
      const blank = index === end || isBlank(text.charCodeAt(index));
      if (blank && start >= 0) {
        tokens.push({ start, end: index, text: text.slice(start, index) });
        start = -1;
      } else if (!blank && start < 0) {
        start = index;
      }
    }
  }
  return { tokens, separated };
}

/** The cells without the blank ones past the row's count, which pad it to the widest row (a Word table's rows have every column). */
function withoutPadding(tokens: readonly Token[], count: number): readonly Token[] {
  let end = tokens.length;
  while (end > count && tokens[end - 1]!.text === '') end--;
  return end === tokens.length ? tokens : tokens.slice(0, end);
}

function isNumberCell(text: string): boolean {
  return NO_NUMBER.has(text) || NUMBER.test(text);
}

function cellOf(line: number, token: Token): TableCell {
  const number = NUMBER.test(token.text);
  return { line, start: token.start, end: token.end, value: number ? Number(token.text.replace(/,/g, '')) : undefined, notANumber: !number && !NO_NUMBER.has(token.text) };
}

/** What one line is to the tables of a profile. */
function readLine(line: LineInfo, index: TableIndex, preferHeader: boolean): LineReading {
  if (line.end - line.indent > MAX_TABLE_LINE) return OTHER;
  const { tokens, separated } = tokenize(line.text, line.indent, line.end);
  if (tokens.every((token) => isNumberCell(token.text))) return { kind: 'cells', cells: tokens };
  // The label is among the cells before the first number (with `|`), or the words before the trailing run of numbers.
  let labelEnd = 0;
  if (separated) {
    // Blank cells before the label are the merged cells of a group's label above (a Word table's vertical merge).
    while (labelEnd < tokens.length && tokens[labelEnd]!.text === '') labelEnd++;
    while (labelEnd < tokens.length && !isNumberCell(tokens[labelEnd]!.text)) labelEnd++;
  } else {
    labelEnd = tokens.length;
    while (labelEnd > 0 && isNumberCell(tokens[labelEnd - 1]!.text)) labelEnd--;
  }
  const header = () => headerReading(tokens, index);
  if (preferHeader) return header() ?? rowReading(tokens, labelEnd, separated, index) ?? OTHER;
  return rowReading(tokens, labelEnd, separated, index) ?? header() ?? OTHER;
}

function rowReading(tokens: readonly Token[], labelEnd: number, separated: boolean, index: TableIndex): LineReading | undefined {
  const labels = tokens.slice(0, labelEnd).filter((token) => token.text !== '');
  if (labels.length === 0 || labels[labels.length - 1]!.end - labels[0]!.start > MAX_LABEL) return undefined;
  // Where a group's label and an item's share a line (`（三）不予公开 | 1.属于国家秘密 | 0 …`), the item is the row.
  for (let position = labelEnd - 1; position >= 0; position--) {
    const found = labelRows(tokens[position]!, index);
    if (!found) continue;
    const { label, rows } = found;
    // The cells: every cell after the label's; without `|`, from the first number (a note split off by blanks is no cell).
    let first = position + 1;
    while (!separated && first < labelEnd && !isNumberCell(tokens[first]!.text)) first++;
    return { kind: 'row', rows, label, cells: tokens.slice(first) };
  }
  return undefined;
}

/**
 * The rows a label cell names, and the part of it that names them: its last word that does (a
 * Word table's cell `（三）不予公开 1.属于国家秘密` holds a group's label and an item's), or the whole cell.
 */
function labelRows(cell: Token, index: TableIndex): { readonly label: Token; readonly rows: readonly RowMatch[] } | undefined {
  const words = [...cell.text.matchAll(/\S+/g)];
  for (let word = words.length - 1; word >= 0 && words.length > 1; word--) {
    const rows = rowsOfText(words[word]![0], index);
    const start = cell.start + words[word]!.index!;
    if (rows) return { label: { start, end: start + words[word]![0].length, text: words[word]![0] }, rows };
  }
  // A label a PDF split with blanks (`本年新收 政府信息公开申请数量`) names its row as a whole.
  const whole = rowsOfText(cell.text, index);
  return whole && { label: cell, rows: whole };
}

function rowsOfText(text: string, index: TableIndex): readonly RowMatch[] | undefined {
  const key = labelKey(text);
  return key === '' || SENTENCE_MARKS.test(key) ? undefined : index.rowsOf(key);
}

/** A line of header cells only (blank cells aside): the schemas all of them belong to. */
function headerReading(tokens: readonly Token[], index: TableIndex): LineReading | undefined {
  let schemas: readonly TableSchema[] | undefined;
  let terms = 0;
  for (const token of tokens) {
    if (token.text === '') continue;
    const found = index.schemasOf(labelKey(token.text));
    if (!found) return undefined;
    schemas = schemas ? schemas.filter((schema) => found.includes(schema)) : found;
    terms++;
  }
  return schemas && schemas.length > 0 ? { kind: 'header', schemas, terms } : undefined;
}

type RowDraft = TableRow & { readonly cells: TableCell[] };

interface TableDraft {
  schema?: TableSchema;
  /** Before the first row: the schemas every header line so far belongs to. */
  candidates: readonly TableSchema[];
  startLine: number;
  endLine: number;
  rows: RowDraft[];
}

/**
 * Reads the tables of one report as the document builder visits its lines: `accept` takes a line
 * that belongs to a table (and then it is no heading or paragraph), `end` closes the table under
 * way when a line belongs to none.
 */
export class TableReader {
  readonly tables: Table[] = [];
  private readonly index: TableIndex;
  private table: TableDraft | undefined;

  constructor(private readonly lines: readonly LineInfo[], schemas: readonly TableSchema[]) {
    this.index = indexOf(schemas);
  }

  accept(lineIndex: number, line: LineInfo): boolean {
    const table = this.table;
    const reading = readLine(line, this.index, !table || table.rows.length === 0);
    switch (reading.kind) {
      case 'cells': return this.acceptCells(lineIndex, reading.cells);
      case 'row': return this.acceptRow(lineIndex, reading.rows, reading.label, reading.cells);
      case 'header': return this.acceptHeader(lineIndex, reading.schemas, reading.terms);
      default: return this.acceptWrapped(lineIndex, line);
    }
  }

  /**
   * The rest of a label or header word that a PDF wrapped onto the next line (`一、本年新收政府信息公开申请`
   * / `数量 58 6 …`): short words with no sentence marks, under a row that has no numbers yet or among
   * the headers; numbers after them are the row's.
   */
  private acceptWrapped(lineIndex: number, line: LineInfo): boolean {
    const table = this.table;
    if (!table || line.heading || line.end - line.indent > MAX_LABEL) return false;
    const current = table.rows[table.rows.length - 1];
    if (current ? current.cells.length > 0 || current.schema.cells === 0 : false) return false;
    const { tokens } = tokenize(line.text, line.indent, line.end);
    let wordsEnd = 0;
    while (wordsEnd < tokens.length && !NUMBER.test(tokens[wordsEnd]!.text)) wordsEnd++;
    const words = line.text.slice(line.indent, wordsEnd < tokens.length ? tokens[wordsEnd]!.start : line.end);
    // Commas may stand inside a bracketed note (`…只计这一情形，不计其他情形）`), not in a sentence.
    if (words.trim().length > MAX_WRAPPED_WORDS || (SENTENCE_MARKS.test(words) && !/[）)]/.test(words))) return false;
    if (wordsEnd < tokens.length) {
      if (!current) return false;
      current.cells.push(...withoutPadding(tokens.slice(wordsEnd), current.schema.cells).map((token) => cellOf(lineIndex, token)));
    }
    table.endLine = lineIndex;
    return true;
  }

  /** Closes the table under way: a table with no row is no table. */
  end(): void {
    const table = this.table;
    this.table = undefined;
    if (!table || table.rows.length === 0 || !table.schema) return;
    this.tables.push({ schema: table.schema, startLine: table.startLine, endLine: table.endLine, rows: table.rows });
  }

  private acceptCells(lineIndex: number, tokens: readonly Token[]): boolean {
    const table = this.table;
    if (!table) return false;
    // A row of blank cells (an empty row of a Word table) adds nothing.
    if (tokens.every((token) => token.text === '')) return true;
    const cells = tokens.map((token) => cellOf(lineIndex, token));
    const current = table.rows[table.rows.length - 1];
    if (current) {
      current.cells.push(...cells);
    } else {
      // Numbers under the headers alone: the unlabeled row of the table they head.
      const schema = table.schema ?? table.candidates.find((candidate) => candidate.rows.some((row) => row.unlabeled));
      const row = schema?.rows.find((candidate) => candidate.unlabeled);
      if (!schema || !row) return false;
      table.schema = schema;
      const first = tokens[0] ?? { start: this.lines[lineIndex]!.indent, end: this.lines[lineIndex]!.end };
      table.rows.push({ schema: row, line: lineIndex, labelStart: first.start, labelEnd: first.end, cells: cells.slice(0, withoutPadding(tokens, row.cells).length), order: schema.rows.indexOf(row) });
    }
    table.endLine = lineIndex;
    return true;
  }

  private acceptRow(lineIndex: number, matches: readonly RowMatch[], label: Token, tokens: readonly Token[]): boolean {
    let table = this.table;
    // A row opens a table only where numbers stand on its line or under it.
    if (!table && tokens.length === 0 && this.nextReading(lineIndex) !== 'cells') return false;
    const inSchema = table?.schema ? matches.filter((match) => match.schema === table!.schema) : [];
    const lastOrder = table?.rows[table.rows.length - 1]?.order ?? -1;
    const match = inSchema.find((candidate) => candidate.order > lastOrder) ?? inSchema[0]
      ?? matches.find((candidate) => !table || table.candidates.includes(candidate.schema)) ?? matches[0]!;
    if (table && table.schema && table.schema !== match.schema) {
      this.end();
      table = undefined;
    }
    if (!table) table = this.table = { candidates: [match.schema], startLine: lineIndex, endLine: lineIndex, rows: [] };
    table.schema = match.schema;
    table.rows.push({
      schema: match.row, line: lineIndex, labelStart: label.start, labelEnd: label.end,
      cells: withoutPadding(tokens, match.row.cells).map((token) => cellOf(lineIndex, token)), order: match.order,
    });
    table.endLine = lineIndex;
    return true;
  }

  private acceptHeader(lineIndex: number, schemas: readonly TableSchema[], terms: number): boolean {
    let table = this.table;
    if (!table) {
      // A lone word opens a table only where more of the table follows.
      if (terms < 2 && this.nextReading(lineIndex) === 'other') return false;
      table = this.table = { candidates: schemas, startLine: lineIndex, endLine: lineIndex, rows: [] };
    } else if (table.rows.length > 0 && !schemas.includes(table.schema!)) {
      // Headers of another table after rows: the next table begins.
      this.end();
      table = this.table = { candidates: schemas, startLine: lineIndex, endLine: lineIndex, rows: [] };
    } else if (table.rows.length === 0) {
      const common = table.candidates.filter((schema) => schemas.includes(schema));
      table.candidates = common.length > 0 ? common : schemas;
    }
    table.endLine = lineIndex;
    return true;
  }

  /** What the next non-blank line is, read on its own. */
  private nextReading(lineIndex: number): LineReading['kind'] {
    for (let next = lineIndex + 1; next < this.lines.length; next++) {
      const line = this.lines[next]!;
      if (line.indent === line.text.length) continue;
      return readLine(line, this.index, true).kind;
    }
    return 'other';
  }
}
