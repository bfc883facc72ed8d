import type { TextEdit } from 'vscode-languageserver-types';
import { FULL_WIDTH_CLOSE, FULL_WIDTH_OPEN } from '../model/markers';
import { format } from '../l10n';
import { range } from '../model/ranges';
import { insertAt, replace } from '../editing/edits';
import { writtenMarker } from '../editing/siblings';
import type { Check, Issue } from './types';

const WORDS = {
  description: { 'zh-cn': '第二、四层标题编号使用了半角或混用的括号，或缺了左括号', en: 'Half-width, mixed or missing brackets in a level-2 or level-4 heading number' },
  fix: { 'zh-cn': '改为全角括号“（）”', en: 'Use full-width brackets "（）"' },
  message: { 'zh-cn': '“{marker}”应使用全角括号“（）”', en: '"{marker}" should use full-width brackets "（）"' },
};

export const bracketWidth: Check = {
  id: 'bracket-width',
  kind: 'structure',
  description: WORDS.description,
  defaultSeverity: 'warning',
  fix: WORDS.fix,
  run({ document, locale }) {
    const issues: Issue[] = [];
    for (const heading of document.headings) {
      const { openBracket, closeBracket, start, numeralEnd } = heading.marker;
      // Levels 2 and 4 have brackets; a marker read as level 2 by its place may have lost its opening one (`一)`).
      if ((heading.level !== 2 && heading.level !== 4) || (openBracket === FULL_WIDTH_OPEN && closeBracket === FULL_WIDTH_CLOSE)) continue;
      const edits: TextEdit[] = [];
      if (openBracket === '') edits.push(insertAt(heading.line, start, FULL_WIDTH_OPEN));
      else if (openBracket !== FULL_WIDTH_OPEN) edits.push(replace(heading.line, start, start + 1, FULL_WIDTH_OPEN));
      if (closeBracket !== FULL_WIDTH_CLOSE) edits.push(replace(heading.line, numeralEnd, numeralEnd + 1, FULL_WIDTH_CLOSE));
      issues.push({
        range: range(heading.line, start, heading.line, numeralEnd + 1),
        message: format(WORDS.message, locale, { marker: writtenMarker(document, heading) }),
        fix: { title: WORDS.fix[locale], edits, safe: true },
      });
    }
    return issues;
  },
};
