import { MessageCache } from '../l10n';
import { range } from '../features/ranges';
import type { Report, ReportDocument } from '../model/document';
import { AllowedWords, allowWordAt } from './textFindings';
import type { Check, Issue } from './types';

const WORDS = {
  explanation: {
    'zh-cn': '**上年的年份**：报告年度是标题中的年份；开头“2022年以来”或统计期限写成上一年，多半是照搬上年报告忘了改。与上年比较（较2022年、同比、上年）不报告。',
    en: '**Last year\'s year**: the report year is the year in the title; an opening saying `2022年以来`, or a statistics period of the year before, is usually last year\'s report reused without updating. Comparisons (较2022年, 同比, 上年) are not reported.',
  },
  description: { 'zh-cn': '开头一段或统计期限写的是报告年度的前一年（沿用上年报告的痕迹）；“较2022年”“同比”等比较不算', en: 'The opening paragraph or the statistics period names the year before the report year (last year\'s report reused); comparisons (较2022年, 同比) aside' },
  opening: { 'zh-cn': '这是{year}年度报告，开头却写“{text}”：是否沿用了上年的报告？', en: 'This is the report for {year}, but its opening says "{text}": was last year\'s report reused?' },
  period: { 'zh-cn': '这是{year}年度报告，统计期限应为{year}年，而不是{previous}年', en: 'This is the report for {year}: the statistics period should be {year}, not {previous}' },
};

/** Words before a year that make it a comparison, not the year reported on. */
const COMPARISONS = ['较', '比', '与', '同比', '相比', '对比', '上年', '去年', '超过', '低于', '高于'];
/** How an opening names the year it reports on: `2022年以来，`, `2022年，`, `2022年度，`. */
const OPENING_YEAR = /(\d{4})年(?:以来|度?[，,])/g;
const PERIOD = /统计(?:期限|时间|周期|区间)/;

export const staleYear: Check = {
  id: 'stale-year',
  description: WORDS.description,
  explanation: WORDS.explanation,
  defaultSeverity: 'warning',
  run({ document, locale, settings }) {
    const issues: Issue[] = [];
    const messages = new MessageCache(locale);
    const allowedWords = new AllowedWords(settings.allowedWords);
    for (const report of document.reports) {
      const year = report.title?.year;
      if (year === undefined) continue;
      const previous = String(year - 1);
      for (const lineIndex of openingLines(document, report)) {
        const text = document.lines[lineIndex]!.text;
        for (const match of text.matchAll(OPENING_YEAR)) {
          const start = match.index!;
          const before = text.slice(Math.max(0, start - 4), start);
          if (match[1] !== previous || COMPARISONS.some((word) => before.includes(word))) continue;
          const end = start + match[0].length;
          if (allowedWords.covers(text, start, start + 5)) continue;
          issues.push({ range: range(lineIndex, start, lineIndex, start + 5), message: messages.format(WORDS.opening, { year, text: text.slice(start, end) }), allowWord: allowWordAt(text, start, start + 5) });
        }
      }
      for (let lineIndex = report.startLine; lineIndex <= report.endLine; lineIndex++) {
        const text = document.lines[lineIndex]!.text;
        if (!text.includes('统计') || !PERIOD.test(text)) continue;
        for (let at = text.indexOf(`${previous}年`); at >= 0; at = text.indexOf(`${previous}年`, at + 1)) {
          if (allowedWords.covers(text, at, at + 5)) continue;
          issues.push({ range: range(lineIndex, at, lineIndex, at + 5), message: messages.format(WORDS.period, { year, previous }), allowWord: allowWordAt(text, at, at + 5) });
        }
      }
    }
    return issues;
  },
};

/** The opening paragraph: the lines after the title and the addressee, before the first heading. */
function* openingLines(document: ReportDocument, report: Report): Generator<number> {
  const first = (report.addresseeLine ?? report.title?.line ?? report.startLine) + 1;
  const end = report.headings[0]?.line ?? report.endLine + 1;
  for (let lineIndex = first; lineIndex < end; lineIndex++) {
    if (!document.lines[lineIndex]!.residue) yield lineIndex;
  }
}
