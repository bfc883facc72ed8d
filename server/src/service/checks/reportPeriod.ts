import { MessageCache } from '../l10n';
import { range } from '../model/ranges';
import { replace } from '../editing/edits';
import type { Check, Issue } from './types';

const WORDS = {
  description: { 'zh-cn': '统计期限（“统计期限自……起至……止”）不是报告年度，或年份后缺“年”字', en: 'The statistics period (统计期限自……起至……止) is not the report year, or lacks 年 after its year' },
  explanation: {
    'zh-cn': '**统计期限**：年度报告所列数据的统计期限是报告年度的1月1日至12月31日，年度是标题中的年份。写成上一年，多半是照搬上年报告忘了改。',
    en: '**Statistics period**: the figures of an annual report cover 1 January to 31 December of the report year, the year in the title. A period in the year before is usually last year\'s report reused without updating.',
  },
  message: { 'zh-cn': '这是{year}年度报告，统计期限却写{actual}年', en: 'This is the report for {year}, but the statistics period says {actual}' },
  missingYearMark: { 'zh-cn': '统计期限“{written}”的年份后缺少“年”字，应为“{right}”', en: 'The statistics period "{written}" lacks 年 after the year: "{right}"' },
  insertYearMark: { 'zh-cn': '改为“{right}”', en: 'Change to "{right}"' },
  fix: { 'zh-cn': '改为{year}年', en: 'Change to {year}' },
  fixDescription: { 'zh-cn': '改为报告年度（不在“全部修复”中：跨年的期限可能是有意的），或补上年份后缺的“年”字', en: 'Use the report year (not in fix-all: a period over two years may be meant), or put in the 年 missing after the year' },
};

const PERIOD = /统计(?:期限|时间|周期|区间)/g;
/** The period's sentence is read this far at most (`自2023年1月1日起至2023年12月31日止` is 26 characters). */
const MAX_PERIOD_SENTENCE = 80;
/** A year named in the period's sentence: `2023年` (not the 2023 of a longer number). */
const YEAR = /(?<!\d)(\d{4})年/g;
/** A year run into its month, 年 lost (`自20231月1日起至202312月31日止`). */
const YEAR_WITHOUT_MARK = /(?<!\d)((?:19|20)\d{2})(1[0-2]|[1-9])月/g;

/** The sentences of a line that name a statistics period, after the period's name, each with where it starts. */
export function* periodSentences(text: string): Generator<{ readonly from: number; readonly sentence: string }> {
  if (!text.includes('统计')) return;
  for (const period of text.matchAll(PERIOD)) {
    const from = period.index! + period[0].length;
    const window = text.slice(from, from + MAX_PERIOD_SENTENCE);
    const sentenceEnd = window.indexOf('。');
    yield { from, sentence: sentenceEnd < 0 ? window : window.slice(0, sentenceEnd) };
  }
}

/** The year a statistics period in a report's lines names (`自2022年1月1日起至2022年12月31日止`: 2022), if one does. */
export function periodYear(lines: Iterable<string>): number | undefined {
  for (const text of lines) {
    for (const { sentence } of periodSentences(text)) {
      for (const match of sentence.matchAll(YEAR)) return Number(match[1]);
    }
  }
  return undefined;
}

export const reportPeriod: Check = {
  id: 'report-period',
  kind: 'structure',
  description: WORDS.description,
  explanation: WORDS.explanation,
  defaultSeverity: 'warning',
  fix: WORDS.fixDescription,
  run({ document, locale }) {
    const issues: Issue[] = [];
    const messages = new MessageCache(locale);
    for (const report of document.reports) {
      const year = report.title?.year;
      for (let lineIndex = report.startLine; lineIndex <= report.endLine; lineIndex++) {
        const text = document.lines[lineIndex]!.text;
        for (const { from, sentence } of periodSentences(text)) {
          for (const match of sentence.matchAll(YEAR_WITHOUT_MARK)) {
            const start = from + match.index!;
            const values = { written: match[0], right: `${match[1]}年${match[2]}月` };
            issues.push({
              range: range(lineIndex, start, lineIndex, start + match[0].length),
              message: messages.format(WORDS.missingYearMark, values),
              // Only 年 goes in, between a year and its month: nothing else can be meant.
              fix: { title: messages.format(WORDS.insertYearMark, values), edits: [replace(lineIndex, start + 4, start + 4, '年')], safe: true },
            });
          }
          if (year === undefined) continue;
          for (const match of sentence.matchAll(YEAR)) {
            const actual = Number(match[1]);
            if (actual === year) continue;
            const start = from + match.index!;
            issues.push({
              range: range(lineIndex, start, lineIndex, start + 4),
              message: messages.format(WORDS.message, { year, actual }),
              // The year may be meant (a period that runs over two years): a change offered, never made for the writer.
              fix: { title: messages.format(WORDS.fix, { year }), edits: [replace(lineIndex, start, start + 4, String(year))], safe: false },
            });
          }
        }
      }
    }
    return issues;
  },
};
