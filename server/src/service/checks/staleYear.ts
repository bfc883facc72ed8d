import { MessageCache } from '../l10n';
import { range } from '../model/ranges';
import { openingLines } from '../model/opening';
import { AllowedWords, allowWordAt } from './text/findings';
import type { Check, Issue } from './types';

const WORDS = {
  explanation: {
    'zh-cn': '**上年的年份**：报告年度是标题中的年份；开头写“2022年以来”，多半是照搬上年报告忘了改（统计期限由 report-period 检查）。与上年比较（较2022年、同比、上年）不报告。',
    en: '**Last year\'s year**: the report year is the year in the title; an opening saying `2022年以来` is usually last year\'s report reused without updating (the statistics period is report-period\'s). Comparisons (较2022年, 同比, 上年) are not reported.',
  },
  description: { 'zh-cn': '开头一段写的是报告年度的前一年（沿用上年报告的痕迹）；“较2022年”“同比”等比较不算', en: 'The opening paragraph names the year before the report year (last year\'s report reused); comparisons (较2022年, 同比) aside' },
  opening: { 'zh-cn': '这是{year}年度报告，开头却写“{text}”：是否沿用了上年的报告？', en: 'This is the report for {year}, but its opening says "{text}": was last year\'s report reused?' },
};

/** Words before a year that make it a comparison, not the year reported on. */
const COMPARISONS = ['较', '比', '与', '同比', '相比', '对比', '上年', '去年', '超过', '低于', '高于'];
/** How an opening names the year it reports on: `2022年以来，`, `2022年，`, `2022年度，`. */
const OPENING_YEAR = /(\d{4})年(?:以来|度?[，,])/g;

export const staleYear: Check = {
  id: 'stale-year',
  kind: 'proofreading',
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
          issues.push({
            range: range(lineIndex, start, lineIndex, start + 5), message: messages.format(WORDS.opening, { year, text: text.slice(start, end) }),
            allowWord: allowWordAt(text, start, start + 5),
          });
        }
      }
    }
    return issues;
  },
};

