import { MessageCache } from '../l10n';
import { replace } from './edits';
import { CHANGE_TO, markRange, textIssues } from './textFindings';
import type { Check } from './types';

const WORDS = {
  explanation: {
    'zh-cn': '**引号**：中文用弯引号 “ ” 和 ‘ ’（GB/T 15834—2011 4.8 引号），不用直引号 `"` `\'`。成对出现时可一键替换。',
    en: '**Quotation marks**: Chinese uses curly “ ” and ‘ ’ (GB/T 15834—2011, 4.8), not straight `"` `\'`. Where they pair up, the quick fix replaces them.',
  },
  description: { 'zh-cn': '中文里用了直引号 " \' 或混用“"（GB/T 15834）', en: 'Straight quotes " \' or mixed “" in Chinese text (GB/T 15834)' },
  fix: { 'zh-cn': '改为弯引号“”‘’', en: 'Use curly quotes “” ‘’' },
  message: { 'zh-cn': '中文里应使用弯引号，而不是直引号“{wrong}”', en: 'Chinese text takes curly quotes, not the straight "{wrong}"' },
};

export const quoteStyle: Check = {
  id: 'quote-style',
  description: WORDS.description,
  explanation: WORDS.explanation,
  defaultSeverity: 'warning',
  fix: WORDS.fix,
  run({ document, locale, settings }) {
    const messages = new MessageCache(locale);
    return textIssues(document, settings, 'quote', (line, lineIndex, mark) => {
      const wrong = line.text[mark.start]!;
      const right = mark.replacement;
      return {
        range: markRange(lineIndex, mark),
        message: messages.format(WORDS.message, { wrong }),
        // Only where the quotes pair up within the paragraph is the right one known.
        fix: right === undefined ? undefined : { title: messages.format(CHANGE_TO, { right }), edits: [replace(lineIndex, mark.start, mark.end, right)], safe: true },
      };
    });
  },
};
