/**
 * The summary of a compilation as a reviewer reads it: CSV that Excel, WPS and LibreOffice open as
 * Chinese (UTF-8 with a byte-order mark, CRLF, every field quoted), and a table for the terminal,
 * its columns aligned by display width (a Chinese character takes two columns).
 */
import type { Locale, Message } from '../l10n';
import { ReportRow, SummaryRow, isFailed } from './compile';

interface Column {
  /** The CSV's header. */
  readonly header: Message;
  /** The terminal table's header (shorter); the column is left out of the table without one. */
  readonly short?: Message;
  /** The widest a cell of the terminal table may be, in columns. */
  readonly max?: number;
  /** A cell too wide keeps its end (a file's name) rather than its start. */
  readonly keepEnd?: boolean;
  readonly numeric?: boolean;
  readonly value: (row: ReportRow, locale: Locale) => string;
}

const NUMBER = (value: number | null) => (value === null ? '' : String(value));

const COLUMNS: readonly Column[] = [
  { header: { 'zh-cn': '文件', en: 'File' }, short: { 'zh-cn': '文件', en: 'File' }, max: 28, keepEnd: true, value: (row) => row.file },
  { header: { 'zh-cn': '标题', en: 'Title' }, short: { 'zh-cn': '标题', en: 'Title' }, max: 44, value: (row) => row.title },
  { header: { 'zh-cn': '单位', en: 'Unit' }, short: { 'zh-cn': '单位', en: 'Unit' }, max: 24, value: (row) => row.unit },
  { header: { 'zh-cn': '年度', en: 'Year' }, short: { 'zh-cn': '年度', en: 'Year' }, numeric: true, value: (row) => NUMBER(row.year) },
  { header: { 'zh-cn': '报告类型', en: 'Kind' }, value: (row) => row.profile },
  { header: { 'zh-cn': '字数', en: 'Characters' }, short: { 'zh-cn': '字数', en: 'Chars' }, numeric: true, value: (row) => String(row.characters) },
  { header: { 'zh-cn': '错误', en: 'Errors' }, short: { 'zh-cn': '错误', en: 'Err' }, numeric: true, value: (row) => String(row.errors) },
  { header: { 'zh-cn': '警告', en: 'Warnings' }, short: { 'zh-cn': '警告', en: 'Warn' }, numeric: true, value: (row) => String(row.warnings) },
  { header: { 'zh-cn': '信息', en: 'Information' }, short: { 'zh-cn': '信息', en: 'Info' }, numeric: true, value: (row) => String(row.infos) },
  { header: { 'zh-cn': '占位内容', en: 'Placeholders' }, short: { 'zh-cn': '占位', en: 'Ph' }, numeric: true, value: (row) => String(row.placeholders) },
  { header: { 'zh-cn': '年份错误', en: 'Year errors' }, short: { 'zh-cn': '年份', en: 'Yr' }, numeric: true, value: (row) => String(row.yearErrors) },
  { header: { 'zh-cn': '表格合计错误', en: 'Table-sum errors' }, short: { 'zh-cn': '表格', en: 'Sum' }, numeric: true, value: (row) => NUMBER(row.tableSumErrors) },
  {
    header: { 'zh-cn': '缺少的必备章节', en: 'Missing required sections' }, short: { 'zh-cn': '缺少的必备章节', en: 'Missing sections' },
    value: (row, locale) => row.missingSections.join(locale === 'en' ? '; ' : '、'),
  },
];

const NUMBER_HEADER: Message = { 'zh-cn': '序号', en: 'No.' };
const ERROR_HEADER: Message = { 'zh-cn': '无法汇编的原因', en: 'Not compiled because' };
const UNREADABLE: Message = { 'zh-cn': '未汇编：', en: 'not compiled: ' };

/** Each row's number in the compilation (its place in the contents); none for a file that could not be compiled. */
function numbered(rows: readonly SummaryRow[]): { readonly row: SummaryRow; readonly number: string }[] {
  let count = 0;
  return rows.map((row) => ({ row, number: isFailed(row) ? '' : String(++count) }));
}

/** The summary as cells: what the CSV holds and the editor's table shows, numbers as text. */
export interface SummaryGrid {
  readonly headers: readonly string[];
  /** Which columns hold numbers (sorted as numbers). */
  readonly numeric: readonly boolean[];
  /** A row per summary row, in its order: a file not compiled has its name and its reason in the last column. */
  readonly rows: readonly (readonly string[])[];
}

export function summaryGrid(rows: readonly SummaryRow[], locale: Locale): SummaryGrid {
  return {
    headers: [NUMBER_HEADER[locale], ...COLUMNS.map((column) => column.header[locale]), ERROR_HEADER[locale]],
    numeric: [true, ...COLUMNS.map((column) => column.numeric === true), false],
    rows: numbered(rows).map(({ row, number }) => (isFailed(row)
      ? [number, row.file, ...COLUMNS.slice(1).map(() => ''), row.error]
      : [number, ...COLUMNS.map((column) => column.value(row, locale)), ''])),
  };
}

/** The summary as CSV for spreadsheets: UTF-8 with a BOM (so Excel and WPS read Chinese), CRLF, every field quoted. */
export function summaryCsv(rows: readonly SummaryRow[], locale: Locale): string {
  const grid = summaryGrid(rows, locale);
  return `\ufeff${[grid.headers, ...grid.rows].map((cells) => cells.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/**
 * A field in quotes, quotes doubled; one a spreadsheet would take for a formula (`=`, `+`, `-`, `@`
 * first, as a hostile file name could have) is prefixed with an apostrophe, which shows it as text.
 */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The summary as a table for the terminal: the columns that fit, aligned; a file not compiled shows its reason after its name. */
export function summaryTable(rows: readonly SummaryRow[], locale: Locale): string {
  const columns = COLUMNS.filter((column): column is Column & { short: Message } => column.short !== undefined);
  const header = [NUMBER_HEADER[locale], ...columns.map((column) => column.short[locale])];
  const lines = numbered(rows).map(({ row, number }) => (isFailed(row)
    ? [number, shortened(row.file, columns[0]!.max, true), `${UNREADABLE[locale]}${row.error}`]
    : [number, ...columns.map((column) => shortened(column.value(row, locale), column.max, column.keepEnd === true))]));
  // A column is as wide as its widest cell; a reason at the end of a line is no cell of its column.
  const widths = header.map((_, index) => Math.max(...[header, ...lines]
    .filter((line) => index < line.length - 1 || line.length === header.length).map((line) => displayWidth(line[index]!))));
  // Numbers are right-aligned; the last cell of a line is not padded.
  const numeric = [true, ...columns.map((column) => column.numeric === true)];
  const render = (line: readonly string[]) => line.map((cell, index) => {
    if (index === line.length - 1) return cell;
    const padding = ' '.repeat(widths[index]! - displayWidth(cell));
    return numeric[index] ? padding + cell : cell + padding;
  }).join('  ').trimEnd();
  return [header, ...lines].map((line) => `${render(line)}\n`).join('');
}

/** At most `max` columns, the cut marked with `…`: the start kept, or the end. */
function shortened(text: string, max: number | undefined, keepEnd: boolean): string {
  if (max === undefined || displayWidth(text) <= max) return text;
  const chars = Array.from(text);
  if (keepEnd) chars.reverse();
  let width = 0;
  const kept: string[] = [];
  for (const char of chars) {
    width += charWidth(char.codePointAt(0)!);
    if (width > max - 1) break;
    kept.push(char);
  }
  return keepEnd ? `…${kept.reverse().join('')}` : `${kept.join('')}…`;
}

/** Columns a text takes in a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char.codePointAt(0)!);
  return width;
}

/** East Asian wide and full-width characters take two columns (Unicode TR 11, the common ranges). */
function charWidth(code: number): number {
  const wide = (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3)
    || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60)
    || (code >= 0xffe0 && code <= 0xffe6) || code >= 0x20000;
  return wide ? 2 : 1;
}
