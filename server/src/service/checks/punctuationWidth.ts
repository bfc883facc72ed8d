import { MessageCache } from '../l10n';
import { withoutSplitBlanks } from '../model/lostBreaks';
import { replace } from '../editing/edits';
import { COMPATIBLE_PAUSES } from './text/characters';
import { changeTo, markRange, textIssues } from './text/findings';
import { PAUSE_TRIGGERS, WidthMark, pauseRun } from './text/pauses';
import { fullWidthSpan, pairFixes, sentenceEndDot } from './text/sides';
import type { TextCheck } from './text/textCheck';

const WORDS = {
  explanation: {
    'zh-cn': '**标点用全角**：中文里的逗号、分号、冒号、问号、叹号和括号都占一个字的位置（GB/T 15834—2011 第5章“标点符号的位置和书写形式”）。从网页复制的半角 `, ; : ( )` 在 Word 里挤在一起，是最常见的排版错误。网址、时间（8:30）、小数和千分位（1,000）、英文不算。',
    en: '**Full-width punctuation**: in Chinese text the comma, semicolon, colon, question and exclamation marks and brackets each take one character\'s width (GB/T 15834—2011, chapter 5). Half-width `, ; : ( )` copied from web pages is the most common typesetting error. Addresses, times (8:30), decimals, thousands (1,000) and English are left alone.',
  },
  description: { 'zh-cn': '中文里用了半角标点 , ; : ? ! ( )（GB/T 15834）', en: 'Half-width , ; : ? ! ( ) in Chinese text (GB/T 15834)' },
  fix: { 'zh-cn': '改为全角标点', en: 'Use the full-width mark' },
  message: { 'zh-cn': '中文里应使用全角“{right}”，而不是半角“{wrong}”', en: 'Chinese text takes the full-width "{right}", not the half-width "{wrong}"' },
  brackets: { 'zh-cn': '括号里是中文，应使用全角括号“（）”', en: 'The brackets hold Chinese text: use full-width brackets "（）"' },
  numberBrackets: { 'zh-cn': '中文里的括号应使用全角括号“（）”', en: 'Brackets in Chinese text are the full-width "（）"' },
  documentNumber: { 'zh-cn': '发文字号的年份用六角括号“〔〕”（GB/T 9704—2012 7.2.4）', en: 'The year of a document number takes "〔〕" (GB/T 9704—2012, 7.2.4)' },
  fullStop: { 'zh-cn': '中文句末应使用句号“。”，而不是“.”', en: 'A Chinese sentence ends with "。", not "."' },
  compatible: { 'zh-cn': '中文里应使用标准的“{right}”，而不是兼容形式“{wrong}”', en: 'Chinese text takes the standard "{right}", not the compatibility form "{wrong}"' },
};

export const punctuationWidth: TextCheck<WidthMark> = {
  id: 'punctuation-width',
  kind: 'proofreading',
  description: WORDS.description,
  explanation: WORDS.explanation,
  defaultSeverity: 'warning',
  fix: WORDS.fix,
  scan: {
    // Pauses, half-width brackets, and dots that end a sentence.
    triggers: [...PAUSE_TRIGGERS, { chars: '().' }],
    yieldsToRewrites: true,
    handler(report) {
      let brackets = false;
      return {
        startLine() {
          brackets = false;
        },
        at(scan, at) {
          const code = scan.text.charCodeAt(at);
          if (code === 0x28 || code === 0x29) {
            brackets = true;
            return at;
          }
          if (code === 0x2e) {
            if (sentenceEndDot(scan, at)) report({ start: at, end: at + 1, at, replacement: '。' });
            return at;
          }
          const run = scan.shared(pauseRun, at);
          for (const width of run.widths) report(width);
          return run.last;
        },
        // `(…)` holding Chinese turns full-width in one fix; so does the half-width one of `（…)` and `(…）`.
        endLine(scan) {
          if (!brackets) return;
          for (const { at, replacement, partner } of scan.ofLine(pairFixes).brackets) {
            const { start, end } = fullWidthSpan(scan, at, at + 1);
            const partnerSpan = partner && fullWidthSpan(scan, partner.at, partner.at + 1);
            report({ start, end, at, replacement, partner: partner && { start: partnerSpan!.start, end: partnerSpan!.end, at: partner.at, replacement: partner.replacement } });
          }
        },
      };
    },
  },
  run(context) {
    const { document, locale } = context;
    const messages = new MessageCache(locale);
    return textIssues(context, punctuationWidth, (line, lineIndex, mark) => {
      const { start, end } = withoutSplitBlanks(document, lineIndex, mark);
      const partner = mark.partner && { ...mark.partner, ...withoutSplitBlanks(document, lineIndex, mark.partner) };
      if (partner !== undefined) {
        const brackets = mark.replacement + partner.replacement;
        const holdsChinese = /[\u4e00-\u9fff]/.test(line.text.slice(mark.at + 1, partner.at));
        return {
          range: markRange(lineIndex, { start: mark.at, end: partner.at + 1 }),
          message: brackets === '〔〕' ? WORDS.documentNumber[locale] : holdsChinese ? WORDS.brackets[locale] : WORDS.numberBrackets[locale],
          fix: {
            title: changeTo(messages, brackets),
            edits: [replace(lineIndex, start, end, mark.replacement), replace(lineIndex, partner.start, partner.end, partner.replacement)],
            safe: true,
          },
        };
      }
      const values = { wrong: line.text[mark.at]!, right: mark.replacement };
      return {
        range: markRange(lineIndex, { start: mark.at, end: mark.at + 1 }),
        message: values.wrong === '.' ? WORDS.fullStop[locale] : messages.format(values.wrong in COMPATIBLE_PAUSES ? WORDS.compatible : WORDS.message, values),
        fix: { title: changeTo(messages, mark.replacement), edits: [replace(lineIndex, start, end, mark.replacement)], safe: true },
      };
    }, { flagged: (mark) => ({ start: mark.at, end: mark.at + 1 }) });
  },
};
