/**
 * Numbers the text of a report states against the tables that hold them (issue 23 item 7): a
 * 信息公开 report says `共收到政府信息公开申请66件` in its overview and gives the same total in its
 * table of requests; where the two differ, one of them is wrong. What to compare is the profile's
 * data (`statedNumbers`).
 */
import { MessageCache } from '../l10n';
import { Decimal, sumOf } from '../model/decimal';
import type { Report, ReportDocument } from '../model/document';
import { range } from '../model/ranges';
import type { Table, TableCell } from '../model/tables';
import type { SectionProfile, StatedNumber } from '../profiles/schema';
import type { Check, Issue } from './types';

const WORDS = {
  description: {
    'zh-cn': '正文写的数字与统计表不符（如“共收到政府信息公开申请66件”与收到和处理申请情况表的本年新收总计）',
    en: 'A number the text states differs from its table (requests received against the total of new requests, reconsiderations, lawsuits …)',
  },
  explanation: {
    'zh-cn': '**正文与统计表一致**：总体情况等部分写到的申请数、行政复议和行政诉讼数、制发的规范性文件数，应与报告统计表中的相应数字一致；不一致时，至少有一处写错了。',
    en: '**Text and tables agree**: the numbers of requests, reconsiderations, lawsuits and normative documents the text states must equal the corresponding numbers of the report\'s tables; where they differ, one of them is wrong.',
  },
  message: { 'zh-cn': '正文写{name}{stated}{unit}，“{table}”中为{total}', en: 'The text states {stated} ({name}); "{table}" has {total}' },
  related: { 'zh-cn': '统计表中的数字', en: 'The number in the table' },
};

/** A clause ends at these: what the text says of one thing. */
const CLAUSE_ENDS = /[。；，;,]/;

interface CompiledNumber {
  readonly spec: StatedNumber;
  readonly pattern: RegExp;
}

const compiled = new WeakMap<SectionProfile, readonly CompiledNumber[]>();

function statedNumbers(profile: SectionProfile): readonly CompiledNumber[] {
  let numbers = compiled.get(profile);
  if (!numbers) compiled.set(profile, numbers = (profile.statedNumbers ?? []).map((spec) => ({ spec, pattern: new RegExp(spec.pattern, 'g') })));
  return numbers;
}

/** The cells of a report's tables that hold a stated number, in the first format the report has. */
function cellsOf(report: Report, spec: StatedNumber): { readonly table: Table; readonly cells: readonly TableCell[] } | undefined {
  for (const place of spec.cells) {
    const table = report.tables.find((candidate) => candidate.schema.id === place.table);
    const row = table?.rows.find((candidate) => candidate.schema.id === place.row);
    if (!table || !row) continue;
    const cells = place.columns.map((column) => row.cells[column]);
    return cells.every((cell) => cell?.value !== undefined) ? { table, cells: cells as TableCell[] } : undefined;
  }
  return undefined;
}

function checkReport(document: ReportDocument, report: Report, messages: MessageCache, issues: Issue[]): void {
  const numbers = statedNumbers(report.profile);
  if (numbers.length === 0 || report.tables.length === 0) return;
  const places = numbers.map((number) => cellsOf(report, number.spec));
  let table = 0;
  for (let lineIndex = report.startLine; lineIndex <= report.endLine; lineIndex++) {
    // Table lines are the tables' own numbers; page chrome is no text.
    while (table < report.tables.length && report.tables[table]!.endLine < lineIndex) table++;
    if (table < report.tables.length && report.tables[table]!.startLine <= lineIndex) continue;
    const line = document.lines[lineIndex]!;
    if (line.residue || line.indent === line.text.length) continue;
    numbers.forEach(({ spec, pattern }, index) => {
      const place = places[index];
      if (!place) return;
      const clauses = new Clauses(line.text);
      for (const match of line.text.matchAll(pattern)) {
        const start = match.index! + match[0].length - match[1]!.length - match[2]!.length;
        const clause = clauses.around(start);
        if (spec.unless.length > 0) {
          const breakdown = clauses.breakdown();
          if (spec.unless.some((word) => clause.includes(word) || breakdown.includes(word))) continue;
        }
        if (namesOtherYear(clause, report.title?.year)) continue;
        const stated = Decimal.parse(match[1]!)!;
        const total = sumOf(place.cells.map((cell) => cell.value))!;
        if (stated.equals(total)) continue;
        const first = place.cells[0]!;
        const last = place.cells[place.cells.length - 1]!;
        issues.push({
          range: range(lineIndex, start, lineIndex, start + match[1]!.length),
          message: messages.format(WORDS.message, {
            name: spec.name[messages.locale], stated: match[1]!, unit: match[2]!, table: place.table.schema.name[messages.locale], total: total.toString(),
          }),
          related: [{ range: range(first.line, first.start, last.line, last.end), message: WORDS.related[messages.locale] }],
        });
      }
    });
  }
}

/** A year a clause names: `2022年`, or last year in words. */
const CLAUSE_YEAR = /((?:19|20)\d\d)年|上一?年度?|去年/g;

/** Whether a clause states another year's number (`2022年收到申请58件`, `上年度受理申请40件`): it is no total of this report's tables. */
function namesOtherYear(clause: string, year: number | undefined): boolean {
  for (const match of clause.matchAll(CLAUSE_YEAR)) {
    if (match[1] === undefined || (year !== undefined && Number(match[1]) !== year)) return true;
  }
  return false;
}

/**
 * The clauses of a line, asked for in the order of the matches: the clause around a number says
 * whether it counts other rows too (`含上年结转1件`), and so does the clause after it where it breaks
 * the number down (`…申请68件，其中本年新收66件、上年结转2件`). Each clause is found once, however many matches it holds.
 */
class Clauses {
  private start = 0;
  private end = -1;
  private clause = '';

  constructor(private readonly text: string) {}

  /** The clause after the last one asked for, where it begins with 其中 (what the number is made of); else empty. */
  breakdown(): string {
    if (!this.text.startsWith('其中', this.end + 1)) return '';
    let end = this.end + 1;
    while (end < this.text.length && !CLAUSE_ENDS.test(this.text[end]!)) end++;
    return this.text.slice(this.end + 1, end);
  }

  around(at: number): string {
    if (at >= this.start && at < this.end) return this.clause;
    let start = Math.max(at, this.end + 1);
    while (start > 0 && !CLAUSE_ENDS.test(this.text[start - 1]!)) start--;
    let end = at;
    while (end < this.text.length && !CLAUSE_ENDS.test(this.text[end]!)) end++;
    [this.start, this.end, this.clause] = [start, end, this.text.slice(start, end)];
    return this.clause;
  }
}

export const statedTotal: Check = {
  id: 'stated-total',
  kind: 'structure',
  description: WORDS.description,
  explanation: WORDS.explanation,
  defaultSeverity: 'warning',
  run({ document, locale }) {
    const issues: Issue[] = [];
    const messages = new MessageCache(locale);
    for (const report of document.reports) checkReport(document, report, messages, issues);
    return issues;
  },
};
