import { format } from '../l10n';
import { range } from '../model/ranges';
import { replace } from '../editing/edits';
import { topicsOfTitle } from '../profiles/matching';
import type { Topic } from '../profiles/schema';
import { CharSet } from '../model/chars';
import { isAsciiDigit } from '../model/text';
import type { Check, Issue } from './types';

const WORDS = {
  description: { 'zh-cn': '章节标题中的年份与报告年度不符（总结写本年，安排写下一年）', en: 'A year in a section heading contradicts the report year (results name the year, plans the next one)' },
  fix: { 'zh-cn': '改为正确的年份', en: 'Replace the year' },
  message: { 'zh-cn': '这是{year}年度报告，“{topic}”应写{expected}年，而不是{actual}年', en: 'This is the report for {year}: a section on {topic} should name {expected}, not {actual}' },
  fixTitle: { 'zh-cn': '改为{expected}年', en: 'Change to {expected}' },
};

/** Characters that make a year part of a range such as 2021-2025年 or 2021至2025年. */
const RANGE_SEPARATORS = new CharSet('-－—–~～至到');

/**
 * The start of the four-digit year (19xx, 20xx) written just before the 年 at `mark` (blanks
 * allowed), never before `from`; -1 when there is none or it ends a range such as 2021-2025年.
 */
function yearBefore(text: string, from: number, mark: number): number {
  let end = mark;
  while (end > from && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x3000)) end--;
  const start = end - 4;
  if (start < from || !isYear(text, start)) return -1;
  // Past the start of the text, `charCodeAt` gives NaN: neither a digit nor a separator.
  return isAsciiDigit(text.charCodeAt(start - 1)) || RANGE_SEPARATORS.at(text, start - 1) ? -1 : start;
}

/** `19xx` or `20xx` in ASCII digits at `start`. */
function isYear(text: string, start: number): boolean {
  // The second digit a century allows: 9 after 1, 0 after 2.
  const secondDigit = text.charCodeAt(start) === 0x31 ? 0x39 : text.charCodeAt(start) === 0x32 ? 0x30 : -1;
  return text.charCodeAt(start + 1) === secondDigit && isAsciiDigit(text.charCodeAt(start + 2)) && isAsciiDigit(text.charCodeAt(start + 3));
}

export const sectionYear: Check = {
  id: 'section-year',
  kind: 'structure',
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
        // Most titles name no year: look for 年 first, in the title only (a title sentence's line goes on with its paragraph).
        const titleText = text.slice(0, titleEnd);
        const firstYearMark = titleText.indexOf('年', heading.titleStart);
        if (firstYearMark < 0) continue;
        // The topics are worked out only for a title that names a year.
        let topics: Topic[] | undefined;
        let allowed: Set<number> | undefined;
        for (let mark = firstYearMark; mark >= 0; mark = titleText.indexOf('年', mark + 1)) {
          const start = yearBefore(titleText, heading.titleStart, mark);
          if (start < 0 || insideBookTitle(titleText, start)) continue;
          topics ??= topicsOfTitle(report.profile, heading.title).filter((topic) => topic.year !== undefined);
          if (topics.length === 0) break;
          allowed ??= new Set(topics.map((topic) => (topic.year === 'next' ? year + 1 : year)));
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
