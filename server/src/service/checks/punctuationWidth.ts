import { MessageCache } from '../l10n';
import { replace } from './edits';
import { lineSplits } from './lineBreak';
import { CHANGE_TO, fixSpan, markRange, textIssues } from './textFindings';
import type { Check } from './types';

const WORDS = {
  explanation: {
    'zh-cn': '**标点用全角**：中文里的逗号、分号、冒号、问号、叹号和括号都占一个字的位置（GB/T 15834—2011 第5章“标点符号的位置和书写形式”）。从网页复制的半角 `, ; : ( )` 在 Word 里挤在一起，是最常见的排版错误。网址、时间（8:30）、小数和千分位（1,000）、英文不算。',
    en: '**Full-width punctuation**: in Chinese text the comma, semicolon, colon, question and exclamation marks and brackets each take one character\'s width (GB/T 15834—2011, chapter 5). Half-width `, ; : ( )` copied from web pages is the most common typesetting error. Addresses, times (8:30), decimals, thousands (1,000) and English are left alone.',
  },
  description: { 'zh-cn': '中文里用了半角标点 , ; : ? ! ( )（GB/T 15834）', en: 'Half-width , ; : ? ! ( ) in Chinese text (GB/T 15834)' },
  fix: { 'zh-cn': '改为全角标点', en: 'Use the full-width mark' },
  message: { 'zh-cn': '中文里应使用全角“{right}”，而不是半角“{wrong}”', en: 'Chinese text takes the full-width "{right}", not the half-width "{wrong}"' },
  brackets: { 'zh-cn': '括号里是中文，应使用全角括号“（）”', en: 'The brackets hold Chinese text: use full-width brackets "（）"' },
};

export const punctuationWidth: Check = {
  id: 'punctuation-width',
  description: WORDS.description,
  explanation: WORDS.explanation,
  defaultSeverity: 'warning',
  fix: WORDS.fix,
  run({ document, locale, settings }) {
    const messages = new MessageCache(locale);
    const splits = lineSplits(document);
    return textIssues(document, settings, 'width', (line, lineIndex, mark) => {
      const { start, end } = fixSpan(splits, lineIndex, line.text, mark);
      const partner = mark.partner && { ...fixSpan(splits, lineIndex, line.text, mark.partner), at: mark.partner.at };
      if (partner !== undefined) {
        return {
          range: markRange(lineIndex, { start: mark.at, end: partner.at + 1 }),
          message: WORDS.brackets[locale],
          fix: {
            title: messages.format(CHANGE_TO, { right: '（）' }),
            edits: [replace(lineIndex, start, end, '（'), replace(lineIndex, partner.start, partner.end, '）')],
            safe: true,
          },
        };
      }
      const values = { wrong: line.text[mark.at]!, right: mark.replacement };
      return {
        range: markRange(lineIndex, { start: mark.at, end: mark.at + 1 }),
        message: messages.format(WORDS.message, values),
        fix: { title: messages.format(CHANGE_TO, values), edits: [replace(lineIndex, start, end, mark.replacement)], safe: true },
      };
    });
  },
};
