import { MessageCache } from '../l10n';
import { replace } from './edits';
import { CHANGE_TO, markRange, textIssues } from './textFindings';
import type { Check } from './types';

const WORDS = {
  explanation: {
    'zh-cn': '**数字和字母用半角**：阿拉伯数字和拉丁字母用半角形式（GB/T 15835—2011 第5章），全角的 `２０２３` `ＡＢ` 在 Word 里宽窄不一、无法按数字处理。',
    en: '**Half-width digits and letters**: Arabic numerals and Latin letters are written half-width (GB/T 15835—2011, chapter 5); full-width `２０２３` `ＡＢ` sets unevenly and is not read as a number.',
  },
  description: { 'zh-cn': '全角数字或字母（２０２３、ＡＢ），应为半角（GB/T 15835）', en: 'Full-width digits or Latin letters (２０２３, ＡＢ) instead of ASCII (GB/T 15835)' },
  fix: { 'zh-cn': '改为半角', en: 'Use ASCII' },
  message: { 'zh-cn': '“{wrong}”应写作半角“{right}”（GB/T 15835）', en: '"{wrong}" should be the ASCII "{right}" (GB/T 15835)' },
};

export const fullwidthAlnum: Check = {
  id: 'fullwidth-alnum',
  description: WORDS.description,
  explanation: WORDS.explanation,
  defaultSeverity: 'warning',
  fix: WORDS.fix,
  run({ document, locale, settings }) {
    const messages = new MessageCache(locale);
    return textIssues(document, settings, 'fullwidth', (line, lineIndex, mark) => {
      const values = { wrong: line.text.slice(mark.start, mark.end), right: mark.replacement };
      return {
        range: markRange(lineIndex, mark),
        message: messages.format(WORDS.message, values),
        fix: { title: messages.format(CHANGE_TO, values), edits: [replace(lineIndex, mark.start, mark.end, mark.replacement)], safe: true },
      };
    });
  },
};
