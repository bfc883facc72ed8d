import { replace } from './edits';
import { lineSplits } from './lineBreak';
import { markRange, textIssues } from './textFindings';
import type { Check } from './types';

const WORDS = {
  explanation: {
    'zh-cn': '**多余空格**：公文的中文与数字、字母之间不加空格，中文之间也没有空格；PDF 转换常留下 `2021 年以来` `在岗人员 2 名` 这样的空格。行首的全角空格缩进不算，表格行和英文词之间的空格也不算。',
    en: '**Stray blank**: a 公文 puts no blank between Chinese and digits or letters, nor inside Chinese text; PDF conversions leave blanks such as `2021 年以来` and `在岗人员 2 名`. Indents at the line start, table rows and blanks between English words are left alone.',
  },
  description: { 'zh-cn': '中文之间、中文与数字或字母之间的多余空格（多见于PDF转换）；行首缩进不算', en: 'Blanks inside Chinese text or between Chinese and digits or letters (left by PDF conversions); indents aside' },
  fix: { 'zh-cn': '删去空格', en: 'Remove the blanks' },
  message: { 'zh-cn': '多余的空格：公文中文与数字、字母之间不加空格', en: 'Stray blank: a 公文 puts no blank between Chinese and digits or letters' },
};

export const straySpace: Check = {
  id: 'stray-space',
  description: WORDS.description,
  explanation: WORDS.explanation,
  defaultSeverity: 'warning',
  fix: WORDS.fix,
  run({ document, locale, settings }) {
    const splits = lineSplits(document);
    return textIssues(document, settings, 'space', (_line, lineIndex, mark) => splits.get(lineIndex)?.some((edit) =>
      edit.range.start.character < mark.end && edit.range.end.character > mark.start) ? undefined : {
      range: markRange(lineIndex, mark),
      message: WORDS.message[locale],
      fix: { title: WORDS.fix[locale], edits: [replace(lineIndex, mark.start, mark.end, '')], safe: true },
    });
  },
};
