import { format } from '../l10n';
import { contentRange } from '../features/ranges';
import type { Check, Issue } from './types';

const WORDS = {
  description: { 'zh-cn': '目录与正文不一致：条目没有对应的报告，或报告未列入目录、顺序不同', en: 'Contents and body disagree: an entry with no report, or a report missing from or out of order in the contents' },
  noReport: { 'zh-cn': '目录条目“{title}”在正文中没有同名报告', en: 'Contents entry "{title}" has no report of that title' },
  notListed: { 'zh-cn': '报告“{title}”没有列入目录', en: 'Report "{title}" is not in the contents' },
  order: { 'zh-cn': '目录条目“{title}”的顺序与正文不一致', en: 'Contents entry "{title}" is not in the order of the reports' },
  report: { 'zh-cn': '对应的报告', en: 'the report' },
  contents: { 'zh-cn': '目录', en: 'the contents' },
};

export const tocMismatch: Check = {
  id: 'toc-mismatch',
  description: WORDS.description,
  defaultSeverity: 'warning',
  run({ document, locale }) {
    const contents = document.contents;
    if (!contents) return [];
    const issues: Issue[] = [];
    // Entries naming the compilation or the contents itself are not reports.
    const selfTitles = new Set(['目录', ...(document.compilation ? [document.compilation.title.text] : [])]);
    const unmatched = document.reports.filter((report) => report.title);
    let lastIndex = -1;
    for (const entry of contents.entries) {
      if (selfTitles.has(entry.key)) continue;
      const title = document.lines[entry.line]!.text.slice(entry.titleStart, entry.titleEnd);
      const position = unmatched.findIndex((report) => report.title!.text === entry.key);
      if (position < 0) {
        issues.push({ range: contentRange(document, entry.line), message: format(WORDS.noReport, locale, { title }) });
        continue;
      }
      const [report] = unmatched.splice(position, 1);
      const reportRange = contentRange(document, report!.title!.line);
      if (report!.index < lastIndex) {
        issues.push({ range: contentRange(document, entry.line), message: format(WORDS.order, locale, { title }), related: [{ range: reportRange, message: WORDS.report[locale] }] });
      }
      lastIndex = Math.max(lastIndex, report!.index);
    }
    for (const report of unmatched) {
      issues.push({
        range: contentRange(document, report.title!.line),
        message: format(WORDS.notListed, locale, { title: report.title!.text }),
        related: [{ range: contentRange(document, contents.headerLine), message: WORDS.contents[locale] }],
      });
    }
    return issues;
  },
};
