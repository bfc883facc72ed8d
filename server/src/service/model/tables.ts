/**
 * The fixed tables of a report read from plain text (SPEC 2.5), in the shapes copies give them: one
 * row per line with `|` or tabs between cells (a browser's copy ends rows with `|`, a Word table's
 * merged cells come as blank cells); one cell per line; or a label followed by a run of numbers
 * separated by blanks (a PDF's copy, header words one a line and cut inside words). A row is found
 * by its label (the profile's keys), and takes the numbers after it on its line and on the lines of
 * numbers below it; header lines (自然人, 结果维持 …) belong to the table but hold no row, and say
 * which table it is. Blank cells, `-`, `—` and `/` are no number; full-width digits are digits.
 *
 * A profile may know several formats of its tables (the 信息公开 report's of 2021 and of 2019): the
 * report's year says which to expect, and the rows and headers present decide.
 */
import type { Locale, Message } from '../l10n';
import { SectionProfile, TableRowSchema, TableSchema, tableFormats } from '../profiles/schema';
import type { LineInfo } from './lineInfo';
import { Decimal } from './decimal';
import { readMarker } from './markers';
import { toSimplified } from './simplified';
import { isBlank, withoutBlanks } from './text';
import { isPageNumber, isTableRule } from './webResidue';

export interface TableCell {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  /** The number, or undefined for a blank cell, `-`, `—`, `/` or text. */
  readonly value?: Decimal;
  /** The cell holds text that is no number and no "no number" mark. */
  readonly notANumber: boolean;
  /** The cell's text in ASCII, when it was written with full-width digits or marks (`５８`). */
  readonly halfWidth?: string;
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

/** The name of a row's column in messages: the row's own columns (the 2019 format's part 二), else the table's. */
export function columnName(row: TableRowSchema, table: TableSchema, column: number, locale: Locale): string {
  const columns: readonly Message[] = row.columns ?? table.columns;
  return columns[column]?.[locale] ?? String(column + 1);
}

/** Longer lines are paragraphs, never table lines. */
const MAX_TABLE_LINE = 400;
/** A label longer than this is a sentence. */
const MAX_LABEL = 60;
/** The part of a label or header word a PDF wraps onto the next line is at most this long. */
const MAX_WRAPPED_WORDS = 20;
/** A header word cut by a PDF's narrow column (`结果` / `维持`, `社会公` / `益组织`) is at most this long. */
const MAX_WORD_PIECE = 8;
/** Keys at least this long also name a row by a label that starts with them (`部分公开（区分处理的…）`). */
const MIN_PREFIX_KEY = 4;
/** The start of a label cut over several lines that names its row, where no other row's label starts so (`要求行政机关确认或重新出具已获取信` / `息`). */
const MIN_KEY_START = 8;
/** The lines a page break puts inside a table (footer, repeated header, group labels cut in pieces, pdftotext's blank lines between them) are at most this many. */
const MAX_PAGE_HEAD = 120;
const SENTENCE_MARKS = /[，。；！？,;!?]/;
const NO_NUMBER = new Set(['', '-', '—', '——', '－', '–', '/', '／', '\\']);
const NUMBER = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^[+-]?\d+(?:\.\d+)?$/;
/** Full-width digits and the marks of a number, and their ASCII forms. */
const FULL_WIDTH_NUMBER = /[０-９．，＋－]/g;
const DIGIT = /[0-9０-９]/;

/** A cell's text with full-width digits and number marks made ASCII (`５８` → `58`). */
function asciiNumber(text: string): string {
  return text.replace(FULL_WIDTH_NUMBER, (char) => char === '－' ? '-' : String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

export interface Token { readonly start: number; readonly end: number; readonly text: string }

type LineReading =
  | { readonly kind: 'cells'; readonly cells: readonly Token[] }
  | { readonly kind: 'row'; readonly rows: readonly RowMatch[]; readonly label: Token; readonly cells: readonly Token[] }
  | { readonly kind: 'header'; readonly schemas: readonly TableSchema[]; readonly terms: number }
  | { readonly kind: 'other' };

interface RowMatch { readonly schema: TableSchema; readonly row: TableRowSchema; readonly order: number }

const OTHER: LineReading = { kind: 'other' };

/** Label keys and header words of all of a profile's tables (of every format), for looking a cell up once. */
class TableIndex {
  readonly rowsByKey = new Map<string, RowMatch[]>();
  readonly prefixLengths: number[] = [];
  /** The key each start of a key names, where only one key starts so (`undefined` where several do). */
  private readonly keysByStart = new Map<string, string | undefined>();
  readonly schemasByTerm = new Map<string, TableSchema[]>();
  readonly notes: { readonly prefix: string; readonly schema: TableSchema }[] = [];
  /** Every start of a header word (`结果`, `社会公`), for the pieces a PDF cuts them into. */
  readonly termStarts = new Set<string>();
  /** Every end of a header word (`维持`, `益组织`): the piece a PDF wrapped onto the next line. */
  readonly termEnds = new Set<string>();

  constructor(readonly schemas: readonly TableSchema[]) {
    const lengths = new Set<number>();
    for (const schema of schemas) {
      schema.rows.forEach((row, order) => {
        for (const key of row.keys) {
          this.rowsByKey.set(key, [...(this.rowsByKey.get(key) ?? []), { schema, row, order }]);
          if (key.length >= MIN_PREFIX_KEY) lengths.add(key.length);
          for (let length = MIN_KEY_START; length < key.length; length++) {
            const start = key.slice(0, length);
            this.keysByStart.set(start, this.keysByStart.has(start) && this.keysByStart.get(start) !== key ? undefined : key);
          }
        }
      });
      for (const term of schema.headerTerms) {
        this.schemasByTerm.set(term, [...(this.schemasByTerm.get(term) ?? []), schema]);
        for (let length = 1; length < term.length; length++) {
          this.termStarts.add(term.slice(0, length));
          this.termEnds.add(term.slice(length));
        }
      }
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

  /** The rows of the one key that starts with a label's start (a label cut over several lines). */
  rowsOfStart(start: string): readonly RowMatch[] | undefined {
    const key = this.keysByStart.get(start);
    return key === undefined ? undefined : this.rowsByKey.get(key);
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

const SEPARATORS = new Set(['|', '｜', '\t']);
/** What a converter's rule under a table's header starts with. */
const RULE_STARTS = new Set(['|', '｜', ':', '-']);

/** Splits a line into cells: at `|` or tabs when it has them, else at blanks. */
export function tokenize(text: string, indent: number, end: number): { readonly tokens: Token[]; readonly separated: boolean } {
  let separated = false;
  for (let index = indent; index < end; index++) {
    if (SEPARATORS.has(text[index]!)) {
      separated = true;
      break;
    }
  }
  const tokens: Token[] = [];
  if (separated) {
    let start = indent;
    for (let index = indent; index <= end; index++) {
      if (index === end || SEPARATORS.has(text[index]!)) {
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

/**
 * A row's cells fitted to its count: blank cells past the count pad it to the widest row (a Word
 * table's rows have every column), and blank cells before the numbers are a spanned label's (a
 * converter writes a label across three columns as the label and two blank cells).
 */
function fitted(tokens: readonly Token[], count: number): readonly Token[] {
  let start = 0;
  let end = tokens.length;
  while (end > count && tokens[end - 1]!.text === '') end--;
  while (end - start > count && tokens[start]!.text === '') start++;
  return start === 0 && end === tokens.length ? tokens : tokens.slice(start, end);
}

function isNumberCell(text: string): boolean {
  return NO_NUMBER.has(text) || NUMBER.test(asciiNumber(text));
}

function cellOf(line: number, token: Token): TableCell {
  const ascii = asciiNumber(token.text);
  const value = NUMBER.test(ascii) ? Decimal.parse(ascii) : undefined;
  return {
    line, start: token.start, end: token.end, value, notANumber: value === undefined && !NO_NUMBER.has(ascii),
    halfWidth: ascii === token.text ? undefined : ascii,
  };
}

/** What one line is to the tables of a profile. */
function readLine(line: LineInfo, index: TableIndex, preferHeader: boolean): LineReading {
  if (line.end - line.indent > MAX_TABLE_LINE) return OTHER;
  // Blank cells at the end of a tab row (`…信息<TAB>　<TAB>　`) are cells too.
  const end = line.text.includes('\t', line.end) ? line.text.length : line.end;
  const { tokens, separated } = tokenize(line.text, line.indent, end);
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
    const found = tokens[position]!.text === '' ? undefined : labelRows(tokens[position]!, index);
    if (!found) continue;
    const { label, rows } = found;
    // The cells: every cell after the label's; without `|`, from the first number (a note split off by blanks is no cell).
    let first = position + 1;
    while (!separated && first < labelEnd && !isNumberCell(tokens[first]!.text)) first++;
    const cells = tokens.slice(first);
    // Without `|`, words of a sentence after the numbers make the line a sentence (`上年结转 2 件，均按期答复。`), not a row.
    if (!separated && cells.some((cell) => SENTENCE_MARKS.test(cell.text))) return undefined;
    return { kind: 'row', rows, label, cells };
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

/** Whether a text leaves a bracket open (`（二）部分公开（区分处理`). */
function opensNote(text: string): boolean {
  return Math.max(text.lastIndexOf('（'), text.lastIndexOf('(')) > Math.max(text.lastIndexOf('）'), text.lastIndexOf(')'));
}

function rowsOfText(text: string, index: TableIndex): readonly RowMatch[] | undefined {
  const key = labelKey(text);
  return key === '' || SENTENCE_MARKS.test(key) ? undefined : index.rowsOf(key);
}

/**
 * A line of header cells only (blank cells aside): the schemas all of them belong to. Its cells may
 * be pieces of words, where a PDF wrapped the line inside a word (`… 未经复议直接起诉 复议后` / `起诉`,
 * `尚未` / `审结 总计 …`) or its narrow columns cut every word (`结果 结果 其他 尚未` / `维持 纠正 结果 审结`).
 */
function headerReading(tokens: readonly Token[], index: TableIndex): LineReading | undefined {
  let schemas: readonly TableSchema[] | undefined;
  let terms = 0;
  const cells = tokens.filter((token) => token.text !== '');
  for (const token of cells) {
    const key = labelKey(token.text);
    const found = index.schemasOf(key);
    if (!found && cells.length > 1 && (index.termEnds.has(key) || index.termStarts.has(key))) continue;
    if (!found) return undefined;
    schemas = schemas ? schemas.filter((schema) => found.includes(schema)) : found;
    terms++;
  }
  return schemas && schemas.length > 0 ? { kind: 'header', schemas, terms } : undefined;
}

/** A line's words up to its first number, without blanks (the piece of a label or header word a PDF wrapped). */
function wordsOf(line: LineInfo): { readonly words: string; readonly numbers: readonly Token[] } {
  const { tokens } = tokenize(line.text, line.indent, line.end);
  let wordsEnd = 0;
  while (wordsEnd < tokens.length && !NUMBER.test(asciiNumber(tokens[wordsEnd]!.text))) wordsEnd++;
  const words = line.text.slice(line.indent, wordsEnd < tokens.length ? tokens[wordsEnd]!.start : line.end);
  return { words: withoutBlanks(words).replace(/[|｜]/g, ''), numbers: tokens.slice(wordsEnd) };
}

type RowDraft = Omit<TableRow, 'schema' | 'order'> & { schema: TableRowSchema; order: number; readonly cells: TableCell[] };

interface TableDraft {
  schema?: TableSchema;
  /** How many header words of each schema the table's headers hold: the likeliest schema has the most. */
  readonly evidence: Map<TableSchema, number>;
  /** The ids of the rows read so far (a table of another format must have them all to take over). */
  readonly rowIds: Set<string>;
  startLine: number;
  endLine: number;
  rows: RowDraft[];
  /**
   * The first of the rows read with their labels only, one after another, that the numbers below
   * them fill in turn (a PDF's copy gives the labels of rows a page's column holds before their numbers).
   */
  waiting?: number;
  /** The last line read holds a bracket's note that goes on (`（二）部分公开（区分处理`): commas on the next line are the note's. */
  noteOpen: boolean;
}

/** A format of a profile's tables: its schemas, and the last report year it applies to (an older format). */
interface Format {
  readonly schemas: ReadonlySet<TableSchema>;
  readonly lastYear?: number;
}

const formatsOfProfiles = new WeakMap<SectionProfile, readonly Format[]>();

function formatsOf(profile: SectionProfile): readonly Format[] {
  let formats = formatsOfProfiles.get(profile);
  if (!formats) {
    formats = tableFormats(profile).map((format) => ({ schemas: new Set(format.tables), lastYear: format.lastYear }));
    formatsOfProfiles.set(profile, formats);
  }
  return formats;
}

/**
 * Reads the tables of one report as the document builder visits its lines: `accept` takes a line
 * that belongs to a table (and then it is no heading or paragraph), `end` closes the table under
 * way when a line belongs to none.
 */
export class TableReader {
  readonly tables: Table[] = [];
  private readonly index: TableIndex;
  private readonly formats: readonly Format[];
  /** The format the report's year, then its tables so far, point to. */
  private preferred: ReadonlySet<TableSchema>;
  private table: TableDraft | undefined;
  /** What the next line continues: a row's label cut by a PDF's wrap, or the first piece of a header word. */
  private continued: { readonly kind: 'label' } | { readonly kind: 'word'; readonly piece: string } | undefined;
  /** Where a page break inside the table ends: the lines before it are passed over. */
  private resumeAt: number | undefined;

  constructor(private readonly lines: readonly LineInfo[], profile: SectionProfile, year: number | undefined) {
    this.index = indexOf(profile.tables ?? []);
    this.formats = formatsOf(profile);
    const byYear = year === undefined ? undefined : this.formats.find((format) => format.lastYear !== undefined && year <= format.lastYear);
    this.preferred = (byYear ?? this.formats[0]!).schemas;
  }

  accept(lineIndex: number, line: LineInfo): boolean {
    if (this.resumeAt !== undefined) {
      if (lineIndex < this.resumeAt) return true;
      this.resumeAt = undefined;
    }
    if (this.passesPageBreak(lineIndex, line)) return true;
    const continued = this.continued;
    this.continued = undefined;
    if (continued?.kind === 'word' && this.acceptWordPiece(lineIndex, line, continued.piece)) return true;
    if (continued?.kind === 'label' && this.acceptWrapped(lineIndex, line, true)) return true;
    const table = this.table;
    // The rule a converter writes under a table's header (`| --- | --- |`) belongs to the table.
    if (RULE_STARTS.has(line.text[line.indent]!) && isTableRule(line.text)) {
      if (table) table.endLine = lineIndex;
      return table !== undefined;
    }
    const reading = readLine(line, this.index, !table || table.rows.length === 0);
    if ((reading.kind === 'other' || reading.kind === 'header') && this.startsWordPiece(lineIndex, line)) return true;
    switch (reading.kind) {
      case 'cells': return this.acceptCells(lineIndex, reading.cells);
      case 'row': return this.acceptRow(lineIndex, reading.rows, reading.label, reading.cells);
      case 'header': return this.acceptHeader(lineIndex, reading.schemas, reading.terms);
      default: return this.acceptWrapped(lineIndex, line, false) || this.acceptCutLabel(lineIndex, line) || this.acceptOtherRow(lineIndex, line);
    }
  }

  /** Closes the table under way: a table with no row is no table. */
  end(): void {
    const table = this.table;
    this.table = undefined;
    this.continued = undefined;
    this.resumeAt = undefined;
    if (!table || table.rows.length === 0 || !table.schema) return;
    this.tables.push({ schema: table.schema, startLine: table.startLine, endLine: table.endLine, rows: table.rows });
  }

  /**
   * A page break inside a table's rows, as a PDF's copy gives it: the page number of the footer, a
   * form feed, then on the next page the header repeated and the labels of the groups the page's rows
   * belong to, cut in pieces by their narrow column. These lines are passed over up to the next line
   * that holds a number or a row, where only short lines without a sentence or a titled heading come
   * before it within a few dozen lines; else the page break ends the table.
   */
  private passesPageBreak(lineIndex: number, line: LineInfo): boolean {
    const table = this.table;
    if (!table || table.rows.length === 0) return false;
    const footer = isPageNumber(line.text.slice(line.indent, line.end));
    if (!footer && !line.text.slice(0, line.indent).includes('\f')) return false;
    for (let next = footer ? lineIndex + 1 : lineIndex; next < this.lines.length && next <= lineIndex + MAX_PAGE_HEAD; next++) {
      const candidate = this.lines[next]!;
      if (candidate.indent === candidate.text.length) continue;
      const text = candidate.text.slice(candidate.indent, candidate.end);
      if (isPageNumber(text)) continue;
      // The repeated header's words (`其他`, `总计`) are also rows' labels: a row there has its marker (`（七）总计`).
      if (DIGIT.test(text) || readLine(candidate, this.index, readMarker(text, 0) === undefined).kind === 'row') {
        if (next === lineIndex) return false;
        this.resumeAt = next;
        table.endLine = next - 1;
        return true;
      }
      const heading = candidate.heading;
      if (withoutBlanks(text).length > MAX_WRAPPED_WORDS || text.includes('。') || (heading && heading.title.end > heading.title.start)) return false;
    }
    return false;
  }

  /**
   * The first piece of a header word a PDF's narrow column cut (`结果` of `结果维持`, `社会公` of
   * `社会公益组织`): a short line whose words and the next line's make a header word, where that is
   * longer than its own (`其他` / `结果` is `其他结果`, not the header `其他`).
   */
  private startsWordPiece(lineIndex: number, line: LineInfo): boolean {
    if (line.end - line.indent > MAX_WORD_PIECE || DIGIT.test(line.text)) return false;
    const piece = labelKey(line.text.slice(line.indent, line.end));
    if (!this.index.termStarts.has(piece)) return false;
    const next = this.nextLine(lineIndex);
    if (next === undefined || this.lines[next]!.end - this.lines[next]!.indent > MAX_WORD_PIECE) return false;
    const joined = piece + labelKey(this.lines[next]!.text.slice(this.lines[next]!.indent, this.lines[next]!.end));
    if (!this.index.schemasOf(joined) && !this.index.termStarts.has(joined)) return false;
    this.open(lineIndex);
    this.continued = { kind: 'word', piece };
    return true;
  }

  /** A later piece of a header word: the word is whole (a header word of its tables) or goes on. */
  private acceptWordPiece(lineIndex: number, line: LineInfo, piece: string): boolean {
    if (line.end - line.indent > MAX_WORD_PIECE || DIGIT.test(line.text)) return false;
    const joined = piece + labelKey(line.text.slice(line.indent, line.end));
    const schemas = this.index.schemasOf(joined);
    if (schemas) return this.acceptHeader(lineIndex, schemas, 1);
    if (!this.index.termStarts.has(joined)) return false;
    this.table!.endLine = lineIndex;
    this.continued = { kind: 'word', piece: joined };
    return true;
  }

  /**
   * A row's label a PDF cut over two lines where neither piece names it (`三、本年度` / `办理结果`): the
   * row is read from both, its cells from the next line.
   */
  private acceptCutLabel(lineIndex: number, line: LineInfo): boolean {
    const table = this.table;
    const text = line.text.slice(line.indent, line.end);
    // A digit of the label's marker (`2.其他法律行政法规` / `禁止公开`) is no number.
    if (!table?.schema || text.length > MAX_WRAPPED_WORDS || DIGIT.test(labelKey(text))) return false;
    const next = this.nextLine(lineIndex);
    if (next === undefined) return false;
    const joined = text + wordsOf(this.lines[next]!).words;
    const rows = rowsOfText(joined, this.index) ?? this.index.rowsOfStart(labelKey(joined));
    if (!rows || !this.acceptRow(lineIndex, rows, { start: line.indent, end: line.end, text }, [])) return false;
    this.continued = { kind: 'label' };
    return true;
  }

  /**
   * A row the format does not have, among the rows of a table (a province's own row, `其他主动公开文件 |
   * 186 | 86 | 255`): a short label and numbers; it stays in the table and adds no row.
   */
  private acceptOtherRow(lineIndex: number, line: LineInfo): boolean {
    const table = this.table;
    if (!table || table.rows.length === 0 || line.end - line.indent > MAX_TABLE_LINE) return false;
    const { tokens } = tokenize(line.text, line.indent, line.end);
    let count = tokens.length;
    while (count > 0 && tokens[count - 1]!.text === '') count--;
    const last = tokens[count - 1];
    if (!last || !NUMBER.test(asciiNumber(last.text))) return false;
    const label = line.text.slice(line.indent, tokens.find((token) => isNumberCell(token.text) && token.text !== '')!.start);
    // Commas may stand inside a bracketed note (`…（含……，可参考……）`), not in a sentence.
    if (withoutBlanks(label).length === 0 || label.length > MAX_TABLE_LINE / 2 || SENTENCE_MARKS.test(label.replace(/[（(][^）)]*[）)]/g, ''))) return false;
    table.endLine = lineIndex;
    return true;
  }

  /**
   * The rest of a label or header word that a PDF wrapped onto the next line (`一、本年新收政府信息公开申请`
   * / `数量 58 6 …`): short words with no sentence marks, under a row that has no numbers yet or among
   * the headers (or, where `cut`, under a row whose label the line completes); numbers after them are the row's.
   */
  private acceptWrapped(lineIndex: number, line: LineInfo, cut: boolean): boolean {
    const table = this.table;
    if (!table || (line.heading && !cut) || line.end - line.indent > MAX_LABEL) return false;
    const current = table.rows[table.rows.length - 1];
    if (!cut && (current ? current.cells.length > 0 || current.schema.cells === 0 : false)) return false;
    const { words, numbers } = wordsOf(line);
    // Commas may stand inside a bracketed note (`…只计这一情形，不计其他情形）`), not in a sentence.
    if (words.length > MAX_WRAPPED_WORDS || (SENTENCE_MARKS.test(words) && !/[）)]/.test(words) && !table.noteOpen)) return false;
    table.noteOpen = opensNote(words);
    if (numbers.length > 0) {
      if (!current) return false;
      current.cells.push(...fitted(numbers, current.schema.cells).map((token) => cellOf(lineIndex, token)));
    }
    table.endLine = lineIndex;
    return true;
  }

  private acceptCells(lineIndex: number, tokens: readonly Token[]): boolean {
    const table = this.table;
    if (!table) return false;
    // A row of blank cells (an empty row of a Word table) adds nothing.
    if (tokens.every((token) => token.text === '')) return true;
    const cells = tokens.map((token) => cellOf(lineIndex, token));
    const current = table.rows[table.rows.length - 1];
    if (current) {
      for (const cell of cells) this.rowToFill(table).cells.push(cell);
    } else {
      // Numbers under the headers alone: the unlabeled row of the table they head.
      const schema = table.schema ?? this.likeliest(table, [...table.evidence.keys()].filter((candidate) => candidate.rows.some((row) => row.unlabeled)));
      const row = schema?.rows.find((candidate) => candidate.unlabeled);
      if (!schema || !row) return false;
      table.schema = schema;
      table.rowIds.add(row.id);
      const first = tokens[0] ?? { start: this.lines[lineIndex]!.indent, end: this.lines[lineIndex]!.end };
      table.rows.push({ schema: row, line: lineIndex, labelStart: first.start, labelEnd: first.end, cells: cells.slice(0, fitted(tokens, row.cells).length), order: schema.rows.indexOf(row) });
    }
    table.endLine = lineIndex;
    return true;
  }

  private acceptRow(lineIndex: number, matches: readonly RowMatch[], label: Token, tokens: readonly Token[]): boolean {
    let table = this.table;
    // A row opens a table only where numbers stand on its line or under it.
    if (!table && tokens.length === 0 && this.nextReading(lineIndex) !== 'cells') return false;
    const hasNumbers = tokens.some((token) => token.text !== '');
    const match = table?.schema ? this.matchIn(table, matches, hasNumbers) : this.likeliestMatch(table, matches);
    if (table && table.schema && table.schema !== match.schema) {
      this.end();
      table = undefined;
    }
    table ??= this.open(lineIndex);
    table.schema = match.schema;
    table.rowIds.add(match.row.id);
    const last = table.rows[table.rows.length - 1];
    if (hasNumbers) table.waiting = undefined;
    else if (match.row.cells > 0 && (table.waiting === undefined || (last && last.cells.length > 0))) table.waiting = table.rows.length;
    table.noteOpen = opensNote(label.text);
    table.rows.push({
      schema: match.row, line: lineIndex, labelStart: label.start, labelEnd: label.end,
      cells: fitted(tokens, match.row.cells).map((token) => cellOf(lineIndex, token)), order: match.order,
    });
    table.endLine = lineIndex;
    return true;
  }

  /**
   * The row the next number belongs to: the first of the rows waiting for numbers that has fewer
   * than its count, else the last row (where a count too many is then found).
   */
  private rowToFill(table: TableDraft): RowDraft {
    const last = table.rows.length - 1;
    while (table.waiting !== undefined && table.waiting < last) {
      const row = table.rows[table.waiting]!;
      if (row.schema.cells > 0 && row.cells.length < row.schema.cells) return row;
      table.waiting++;
    }
    return table.rows[last]!;
  }

  /**
   * The row a label names in the table under way: after the rows before it, or any of its schema's;
   * where the schema lacks it, or holds it as a group label without numbers where the line has
   * numbers, the same table of another format that has it and every row so far (a 2019 table read as
   * 2021's: `（六）其他处理 | 0 | …`) — and from then on the report is read in that format.
   */
  private matchIn(table: TableDraft, matches: readonly RowMatch[], hasNumbers: boolean): RowMatch {
    const schema = table.schema!;
    const inSchema = matches.filter((match) => match.schema === schema);
    const lastOrder = table.rows[table.rows.length - 1]?.order ?? -1;
    const match = inSchema.find((candidate) => candidate.order > lastOrder) ?? inSchema[0];
    if (match && !(hasNumbers && match.row.cells === 0)) return match;
    const sibling = matches.find((candidate) => candidate.schema !== schema && candidate.schema.topic === schema.topic
      && (!hasNumbers || candidate.row.cells > 0) && [...table.rowIds].every((id) => candidate.schema.rows.some((other) => other.id === id)));
    if (!sibling) return match ?? this.likeliestMatch(undefined, matches);
    table.schema = sibling.schema;
    for (const row of table.rows) {
      row.order = sibling.schema.rows.findIndex((other) => other.id === row.schema.id);
      row.schema = sibling.schema.rows[row.order]!;
    }
    this.prefer(sibling.schema);
    return sibling;
  }

  /** The row a label names where no table is under way, or none has its schema yet: in the schema its headers point to most. */
  private likeliestMatch(table: TableDraft | undefined, matches: readonly RowMatch[]): RowMatch {
    const schema = this.likeliest(table, matches.map((match) => match.schema))!;
    return matches.find((match) => match.schema === schema)!;
  }

  /** Of some schemas, the one the table's headers name most often, then one of the preferred format. */
  private likeliest(table: TableDraft | undefined, schemas: readonly TableSchema[]): TableSchema | undefined {
    let best: TableSchema | undefined;
    let bestScore = -1;
    for (const schema of schemas) {
      const score = (table?.evidence.get(schema) ?? 0) * 2 + (this.preferred.has(schema) ? 1 : 0);
      if (score > bestScore) [best, bestScore] = [schema, score];
    }
    return best;
  }

  private acceptHeader(lineIndex: number, schemas: readonly TableSchema[], terms: number): boolean {
    let table = this.table;
    if (!table) {
      // A lone word opens a table only where more of the table follows.
      if (terms < 2 && this.nextReading(lineIndex) === 'other') return false;
      table = this.open(lineIndex);
    } else if (table.rows.length > 0 && !schemas.includes(table.schema!)) {
      // Headers of another table after rows: the next table begins.
      this.end();
      table = this.open(lineIndex);
    }
    for (const schema of schemas) table.evidence.set(schema, (table.evidence.get(schema) ?? 0) + 1);
    // A header only one format has (`本年新制作数量`) points the report to that format.
    const formats = this.formats.filter((format) => schemas.some((schema) => format.schemas.has(schema)));
    if (formats.length === 1) this.preferred = formats[0]!.schemas;
    table.endLine = lineIndex;
    return true;
  }

  /** The report's tables are of the format of this schema from now on. */
  private prefer(schema: TableSchema): void {
    const format = this.formats.find((candidate) => candidate.schemas.has(schema));
    if (format) this.preferred = format.schemas;
  }

  private open(lineIndex: number): TableDraft {
    return this.table ??= { evidence: new Map(), rowIds: new Set(), startLine: lineIndex, endLine: lineIndex, rows: [], noteOpen: false };
  }

  private nextLine(lineIndex: number): number | undefined {
    for (let next = lineIndex + 1; next < this.lines.length; next++) {
      const line = this.lines[next]!;
      if (line.indent !== line.text.length) return next;
    }
    return undefined;
  }

  /** What the next non-blank line is, read on its own. */
  private nextReading(lineIndex: number): LineReading['kind'] {
    const next = this.nextLine(lineIndex);
    return next === undefined ? 'other' : readLine(this.lines[next]!, this.index, true).kind;
  }
}
