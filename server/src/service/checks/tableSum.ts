import { MessageCache } from '../l10n';
import { range } from '../model/ranges';
import { sumOf } from '../model/decimal';
import { Table, TableCell, TableRow, columnName, rowName } from '../model/tables';
import type { Check, Issue } from './types';

const WORDS = {
  description: { 'zh-cn': '统计表的数字不符合表内的勾稽关系（如“第一项加第二项之和，等于第三项加第四项之和”，总计等于各列之和）', en: 'The numbers of a table break one of its sums (items 1 + 2 equal items 3 + 4; each total equals its parts)' },
  explanation: {
    'zh-cn': '**统计表的勾稽关系**：《政府信息公开工作年度报告格式》的表格数字必须相互吻合：收到和处理申请情况表中，每一列“第一项加第二项之和，等于第三项加第四项之和”，（七）总计等于（一）至（六）各项之和，每一行的总计等于自然人与五类法人或其他组织之和；行政复议、行政诉讼情况表中，每一栏的总计等于结果维持、结果纠正、其他结果、尚未审结之和。空格、“-”“/”按无数字计。',
    en: '**Sums of the tables**: the numbers of the disclosure report\'s tables must agree: in the table of requests, in every column items 1 + 2 equal items 3 + 4, the （七） total equals the items （一）–（六）, and in every row the total equals natural persons plus the five kinds of organisation; in the table of reconsiderations and lawsuits, each block\'s total equals upheld + corrected + other + pending. Blank cells, `-` and `/` count as no number.',
  },
  columns: { 'zh-cn': '{column}一列：{leftName}为{left}，{rightName}为{right}，不符合“{rule}”', en: 'Column {column}: {leftName} is {left}, {rightName} is {right}; the rule is: {rule}' },
  row: { 'zh-cn': '“{label}”一行：{partsName}为{parts}，{totalName}为{total}，不符合“{rule}”', en: 'Row "{label}": {partsName} is {parts}, {totalName} is {total}; the rule is: {rule}' },
};

/** The sum of the numbers of some cells, exact (counts beyond 2^53, fees in 万元 with decimals), or undefined when none holds a number. */
function sum(cells: readonly (TableCell | undefined)[]) {
  return sumOf(cells.map((cell) => cell?.value));
}

function cellRange(cell: TableCell | undefined, row: TableRow) {
  return cell ? range(cell.line, cell.start, cell.line, cell.end) : range(row.line, row.labelStart, row.line, row.labelEnd);
}


function checkTable(table: Table, messages: MessageCache, issues: Issue[]): void {
  const locale = messages.locale;
  const byId = new Map<string, TableRow>();
  for (const row of table.rows) if (!byId.has(row.schema.id)) byId.set(row.schema.id, row);
  for (const rule of table.schema.rules) {
    if (rule.kind === 'columns') {
      const left = rule.left.map((id) => byId.get(id));
      const right = rule.right.map((id) => byId.get(id));
      // A missing row is table-shape's: the sum is checked only on whole tables.
      if (left.some((row) => !row) || right.some((row) => !row)) continue;
      // Pointed at the total: the side of one row (（七）总计), else the first row of the right side.
      const at = left.length === 1 ? left[0]! : right[0]!;
      const columns = Math.max(...[...left, ...right].map((row) => row!.schema.cells));
      for (let column = 0; column < columns; column++) {
        const leftSum = sum(left.map((row) => row!.cells[column]));
        const rightSum = sum(right.map((row) => row!.cells[column]));
        if (leftSum === undefined || rightSum === undefined || leftSum.equals(rightSum)) continue;
        issues.push({
          range: cellRange(at.cells[column], at),
          message: messages.format(WORDS.columns, {
            column: columnName(at.schema, table.schema, column, locale), leftName: rule.leftName[locale], left: leftSum.toString(),
            rightName: rule.rightName[locale], right: rightSum.toString(), rule: rule.name[locale],
          }),
        });
      }
    } else {
      for (const row of table.rows) {
        if (row.schema.cells <= rule.total) continue;
        const total = row.cells[rule.total];
        const parts = sum(rule.parts.map((index) => row.cells[index]));
        if (total?.value === undefined || parts === undefined || parts.equals(total.value)) continue;
        issues.push({
          range: cellRange(total, row),
          message: messages.format(WORDS.row, {
            label: rowName(row.schema, table.schema, locale), partsName: rule.partsName[locale], parts: parts.toString(),
            totalName: columnName(row.schema, table.schema, rule.total, locale), total: total.value.toString(), rule: rule.name[locale],
          }),
        });
      }
    }
  }
}

export const tableSum: Check = {
  id: 'table-sum',
  kind: 'structure',
  description: WORDS.description,
  explanation: WORDS.explanation,
  defaultSeverity: 'warning',
  run({ document, locale }) {
    const issues: Issue[] = [];
    const messages = new MessageCache(locale);
    for (const report of document.reports) for (const table of report.tables) checkTable(table, messages, issues);
    return issues;
  },
};
