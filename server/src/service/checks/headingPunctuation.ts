import { format } from '../l10n';
import { isNumberedParagraph } from '../model/markers';
import { range } from '../features/ranges';
import { replace } from './edits';
import type { Check, Issue } from './types';

const WORDS = {
  description: { 'zh-cn': '独立成行的标题末尾带有“。”“；”或“，”', en: 'A standalone heading ends in "。", "；" or "，"' },
  fix: { 'zh-cn': '删去标题末尾的标点', en: 'Remove the punctuation at the end of the heading' },
  message: { 'zh-cn': '独立成行的标题末尾不加“{mark}”', en: 'A standalone heading takes no "{mark}" at its end' },
};

const FINAL_MARKS = '。；，;,';

export const headingPunctuation: Check = {
  id: 'heading-punctuation',
  description: WORDS.description,
  defaultSeverity: 'hint',
  fix: WORDS.fix,
  run({ document, locale }) {
    const issues: Issue[] = [];
    for (const heading of document.headings) {
      const mark = heading.title[heading.title.length - 1];
      // A numbered paragraph ends as sentences do.
      if (heading.runIn || mark === undefined || !FINAL_MARKS.includes(mark) || isNumberedParagraph(heading.title)) continue;
      const end = heading.titleEnd;
      issues.push({
        range: range(heading.endLine, end - 1, heading.endLine, end),
        message: format(WORDS.message, locale, { mark }),
        fix: { title: WORDS.fix[locale], edits: [replace(heading.endLine, end - 1, end, '')], safe: true },
      });
    }
    return issues;
  },
};
