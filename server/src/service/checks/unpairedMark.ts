import { MessageCache } from '../l10n';
import { markRange, textIssues } from './textFindings';
import type { Check } from './types';

const WORDS = {
  explanation: {
    'zh-cn': '**标号不成对**：引号、括号、书名号都成对使用（GB/T 15834—2011 4.8 引号、4.9 括号、4.15 书名号）。这一段里只有一半：可能漏写，也可能多写，请核对。',
    en: '**Unpaired mark**: quotation marks, brackets and title marks come in pairs (GB/T 15834—2011, 4.8, 4.9, 4.15). This paragraph holds only one half: one is missing or one is extra.',
  },
  description: { 'zh-cn': '段落中的引号、括号或书名号不成对（“” ‘’ （） 《》 〈〉 【】 〔〕）', en: 'An unclosed or unopened “” ‘’ （） 《》 〈〉 【】 〔〕 within a paragraph' },
  open: { 'zh-cn': '“{mark}”在本段中没有配对的后半', en: '"{mark}" is never closed in this paragraph' },
  close: { 'zh-cn': '“{mark}”在本段中没有配对的前半', en: '"{mark}" closes nothing in this paragraph' },
};

const OPENERS = '“‘（《〈【〔';

export const unpairedMark: Check = {
  id: 'unpaired-mark',
  description: WORDS.description,
  explanation: WORDS.explanation,
  defaultSeverity: 'warning',
  run({ document, locale, settings }) {
    const messages = new MessageCache(locale);
    return textIssues(document, settings, 'unpaired', (line, lineIndex, mark) => {
      const text = line.text[mark.start]!;
      return { range: markRange(lineIndex, mark), message: messages.format(OPENERS.includes(text) ? WORDS.open : WORDS.close, { mark: text }) };
    });
  },
};
