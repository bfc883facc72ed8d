import { MessageCache } from '../l10n';
import { contentRange, range } from '../model/ranges';
import { Table, columnName, rowName } from '../model/tables';
import type { Check, Issue } from './types';

const WORDS = {
  description: { 'zh-cn': '统计表缺少规定的行，或某行的数字个数不对、单元格不是数字、件数为负数', en: 'A table lacks a row of the format, or a row has the wrong number of cells, or a cell is not a number, or a count is negative' },
  explanation: {
    'zh-cn': '**统计表的行和格**：《政府信息公开工作年度报告格式》规定了每张表的行和列，如收到和处理申请情况表每行7个数（自然人、五类法人或其他组织、总计）。没有数字的格可留空或写“-”“/”；写成文字的格无法计算。',
    en: '**Rows and cells of the tables**: the disclosure report\'s format fixes every table\'s rows and columns, e.g. 7 numbers a row in the table of requests (natural persons, five kinds of organisation, total). A cell with no number may be blank, `-` or `/`; text in a cell cannot be added up.',
  },
  missingRow: { 'zh-cn': '{table}缺少“{label}”一行', en: '{table} has no row "{label}"' },
  cellCount: { 'zh-cn': '“{label}”一行有{count}个数，应为{expected}个', en: 'Row "{label}" has {count} cells; the format has {expected}' },
  notANumber: { 'zh-cn': '“{text}”不是数字：统计表的格应填数字，没有数字的格留空或写“-”', en: '"{text}" is not a number: a table cell holds a number, or is blank or `-`' },
  negative: { 'zh-cn': '“{text}”是负数：{column}不会小于0', en: '"{text}" is negative: {column} is never below 0' },
};

function checkTable(table: Table, lines: readonly { readonly text: string }[], messages: MessageCache, issues: Issue[], documentRange: (line: number) => Issue['range']): void {
  const locale = messages.locale;
  const present = new Set(table.rows.map((row) => row.schema.id));
  const schemaRows = table.schema.rows;
  schemaRows.forEach((schemaRow, order) => {
    if (schemaRow.cells === 0 || present.has(schemaRow.id)) return;
    // Reported where the row belongs: at the next row present, or at the table's last line.
    const next = table.rows.find((row) => row.order > order);
    issues.push({
      range: next ? range(next.line, next.labelStart, next.line, next.labelEnd) : documentRange(table.endLine),
      message: messages.format(WORDS.missingRow, { table: table.schema.name[locale], label: rowName(schemaRow, table.schema, locale) }),
    });
  });
  for (const row of table.rows) {
    if (row.cells.length !== row.schema.cells) {
      issues.push({
        range: range(row.line, row.labelStart, row.line, row.labelEnd),
        message: messages.format(WORDS.cellCount, { label: rowName(row.schema, table.schema, locale), count: row.cells.length, expected: row.schema.cells }),
      });
    }
    row.cells.forEach((cell, column) => {
      const text = lines[cell.line]!.text.slice(cell.start, cell.end);
      if (cell.notANumber) issues.push({ range: range(cell.line, cell.start, cell.line, cell.end), message: messages.format(WORDS.notANumber, { text }) });
      // A count is never negative; only a change (the 2019 format's 本年增/减) may be.
      if (cell.value?.negative && !row.schema.signed?.includes(column)) {
        issues.push({ range: range(cell.line, cell.start, cell.line, cell.end), message: messages.format(WORDS.negative, { text, column: columnName(row.schema, table.schema, column, locale) }) });
      }
    });
  }
}

export const tableShape: Check = {
  id: 'table-shape',
  kind: 'structure',
  description: WORDS.description,
  explanation: WORDS.explanation,
  defaultSeverity: 'info',
  run({ document, locale }) {
    const issues: Issue[] = [];
    const messages = new MessageCache(locale);
    for (const report of document.reports) {
      for (const table of report.tables) checkTable(table, document.lines, messages, issues, (line) => contentRange(document, line));
    }
    return issues;
  },
};
