import { format } from '../l10n';
import { range } from '../features/ranges';
import { replace } from './edits';
import { ANNUAL_REPORT_PROFILE, topicsOfTitle } from './profile';
import type { Check, Issue } from './types';

const WORDS = {
  description: { 'zh-cn': '章节标题中的年份与报告年度不符（总结写本年，安排写下一年）', en: 'A year in a section heading contradicts the report year (results name the year, plans the next one)' },
  fix: { 'zh-cn': '改为正确的年份', en: 'Replace the year' },
  message: { 'zh-cn': '这是{year}年度报告，“{topic}”应写{expected}年，而不是{actual}年', en: 'This is the report for {year}: a section on {topic} should name {expected}, not {actual}' },
  fixTitle: { 'zh-cn': '改为{expected}年', en: 'Change to {expected}' },
};

/** Characters that make a year part of a range such as 2021-2025年 or 2021至2025年. */
const RANGE_SEPARATORS = '-－—–~～至到';

/** Four-digit years (19xx, 20xx) followed by 年 (blanks allowed), not the end of a range. */
function* yearsIn(text: string, from: number): Generator<number> {
  for (let year = text.indexOf('年', from); year >= 0; year = text.indexOf('年', year + 1)) {
    let end = year;
    while (end > from && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x3000)) end--;
    const start = end - 4;
    if (start < from || !/^(?:19|20)\d\d$/.test(text.slice(start, end))) continue;
    const before = text[start - 1];
    if (before !== undefined && (/\d/.test(before) || RANGE_SEPARATORS.includes(before))) continue;
    yield start;
  }
}

export const sectionYear: Check = {
  id: 'section-year',
  description: WORDS.description,
  defaultSeverity: 'warning',
  fix: WORDS.fix,
  run({ document, locale }) {
    const issues: Issue[] = [];
    for (const report of document.reports) {
      const year = report.title?.year;
      if (year === undefined) continue;
      for (const heading of report.headings) {
        const text = document.lines[heading.line]!.text;
        // The first line of the title (all of it when a PDF wrapped the heading onto the next line).
        const titleEnd = heading.endLine === heading.line ? heading.titleEnd : text.length;
        // Most titles name no year: look for 年 before matching the title against the topics.
        const firstYearMark = text.indexOf('年', heading.titleStart);
        if (firstYearMark < 0 || firstYearMark >= titleEnd) continue;
        const topics = topicsOfTitle(ANNUAL_REPORT_PROFILE, heading.title).filter((topic) => topic.year !== undefined);
        if (topics.length === 0) continue;
        const allowed = new Set(topics.map((topic) => (topic.year === 'next' ? year + 1 : year)));
        const titleText = text.slice(0, titleEnd);
        for (const start of yearsIn(titleText, heading.titleStart)) {
          if (insideBookTitle(titleText, start)) continue;
          const actual = Number(titleText.slice(start, start + 4));
          if (allowed.has(actual)) continue;
          const expected = allowed.size === 1 ? [...allowed][0]! : undefined;
          const topic = topics.find((candidate) => (candidate.year === 'next' ? year + 1 : year) === expected) ?? topics[0]!;
          const values = { year, expected: expected ?? [...allowed].join('/'), actual, topic: topic.name[locale] };
          issues.push({
            range: range(heading.line, start, heading.line, start + 4),
            message: format(WORDS.message, locale, values),
            fix: expected === undefined ? undefined
              : { title: format(WORDS.fixTitle, locale, values), edits: [replace(heading.line, start, start + 4, String(expected))], safe: true },
          });
        }
      }
    }
    return issues;
  },
};

/** Years inside 《…》 name a document (《纲要（2021-2025年）》), not the report's period. */
function insideBookTitle(text: string, index: number): boolean {
  return text.lastIndexOf('《', index) > text.lastIndexOf('》', index);
}
