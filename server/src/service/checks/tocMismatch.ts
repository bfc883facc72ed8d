import { format } from '../l10n';
import { contentRange } from '../model/ranges';
import { matchContents } from '../model/contentsMatch';
import type { ContentsEntry } from '../model/document';
import type { Check, Issue } from './types';

const WORDS = {
  description: { 'zh-cn': '目录与正文不一致：条目没有对应的报告（或报告自己的目录中没有对应的标题），或报告未列入目录、顺序不同', en: 'Contents and body disagree: an entry with no report (or, in a report\'s own contents, no heading), or a report missing from or out of order in the contents' },
  noReport: { 'zh-cn': '目录条目“{title}”在正文中没有同名报告', en: 'Contents entry "{title}" has no report of that title' },
  noHeading: { 'zh-cn': '目录条目“{title}”在正文中没有同名标题', en: 'Contents entry "{title}" has no heading of that title' },
  notListed: { 'zh-cn': '报告“{title}”没有列入目录', en: 'Report "{title}" is not in the contents' },
  order: { 'zh-cn': '目录条目“{title}”的顺序与正文不一致', en: 'Contents entry "{title}" is not in the order of the reports' },
  headingOrder: { 'zh-cn': '目录条目“{title}”的顺序与正文标题不一致', en: 'Contents entry "{title}" is not in the order of the headings' },
  report: { 'zh-cn': '对应的报告', en: 'the report' },
  heading: { 'zh-cn': '对应的标题', en: 'the heading' },
  contents: { 'zh-cn': '目录', en: 'the contents' },
};

export const tocMismatch: Check = {
  id: 'toc-mismatch',
  kind: 'structure',
  description: WORDS.description,
  defaultSeverity: 'warning',
  run({ document, locale }) {
    const match = matchContents(document);
    if (!match) return [];
    const issues: Issue[] = [];
    const entryTitle = (entry: ContentsEntry) => document.lines[entry.line]!.text.slice(entry.titleStart, entry.titleEnd);
    const { ofHeadings } = match;
    for (const entry of match.unmatchedEntries) {
      issues.push({ range: contentRange(document, entry.line), message: format(ofHeadings ? WORDS.noHeading : WORDS.noReport, locale, { title: entryTitle(entry) }) });
    }
    let lastOrder = -1;
    for (const { entry, target } of match.matched) {
      if (target.order < lastOrder) {
        issues.push({
          range: contentRange(document, entry.line),
          message: format(ofHeadings ? WORDS.headingOrder : WORDS.order, locale, { title: entryTitle(entry) }),
          related: [{ range: target.range, message: (ofHeadings ? WORDS.heading : WORDS.report)[locale] }],
        });
      }
      lastOrder = Math.max(lastOrder, target.order);
    }
    for (const target of match.unlisted) {
      issues.push({
        range: target.range,
        message: format(WORDS.notListed, locale, { title: target.name }),
        related: [{ range: contentRange(document, document.contents!.headerLine), message: WORDS.contents[locale] }],
      });
    }
    return issues.sort((a, b) => a.range.start.line - b.range.start.line);
  },
};
