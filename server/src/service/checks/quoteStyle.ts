import { MessageCache } from '../l10n';
import { replace } from '../editing/edits';
import type { TextMark } from './types';
import { changeTo, markRange, quoted, textIssues } from './text/findings';
import { besideChinese, pairFixes } from './text/sides';
import type { TextCheck } from './text/textCheck';

const WORDS = {
  explanation: {
    'zh-cn': '**引号**：中文用弯引号 “ ” 和 ‘ ’（GB/T 15834—2011 4.8 引号），不用直引号 `"` `\'`。成对出现时可一键替换。',
    en: '**Quotation marks**: Chinese uses curly “ ” and ‘ ’ (GB/T 15834—2011, 4.8), not straight `"` `\'`. Where they pair up, the quick fix replaces them.',
  },
  description: { 'zh-cn': '中文里用了直引号 " \' 或混用“"（GB/T 15834）', en: 'Straight quotes " \' or mixed “" in Chinese text (GB/T 15834)' },
  fix: { 'zh-cn': '改为弯引号“”‘’', en: 'Use curly quotes “” ‘’' },
  message: { 'zh-cn': '中文里应使用弯引号，而不是直引号{wrong}', en: 'Chinese text takes curly quotes, not the straight {wrong}' },
};

/** A straight quotation mark; `replacement` when it pairs up within the line, with the others fixed with it (one quotation inside another). */
interface QuoteMark extends TextMark {
  readonly replacement?: string;
  readonly together?: readonly { readonly at: number; readonly replacement: string }[];
}

export const quoteStyle: TextCheck<QuoteMark> = {
  id: 'quote-style',
  kind: 'proofreading',
  description: WORDS.description,
  explanation: WORDS.explanation,
  defaultSeverity: 'warning',
  fix: WORDS.fix,
  scan: {
    triggers: [{ chars: '"\'' }],
    yieldsToRewrites: true,
    handler(report) {
      let straightQuotes = false;
      return {
        startLine() {
          straightQuotes = false;
        },
        at(scan, at) {
          // An apostrophe in English (don't) is none of the report's business; between Chinese it is a quote.
          if (scan.text.charCodeAt(at) === 0x27) {
            if (besideChinese(scan, at)) report({ start: at, end: at + 1 });
          } else {
            straightQuotes = true;
          }
          return at;
        },
        // Straight double quotes pair with curly ones (`“…"`) or among themselves, in order: `"…"` → `“…”`.
        endLine(scan) {
          if (!straightQuotes) return;
          const { quotes, nested } = scan.ofLine(pairFixes);
          const together = nested.length > 0 ? nested.map((at) => ({ at, replacement: quotes.get(at)! })) : undefined;
          for (const [at, replacement] of quotes) report({ start: at, end: at + 1, replacement, together: together && nested.includes(at) ? together : undefined });
        },
      };
    },
  },
  run(context) {
    const messages = new MessageCache(context.locale);
    return textIssues(context, quoteStyle, (line, lineIndex, mark) => {
      const wrong = line.text[mark.start]!;
      const right = mark.replacement;
      return {
        range: markRange(lineIndex, mark),
        message: messages.format(WORDS.message, { wrong: quoted(context.locale, wrong) }),
        // Only where the quotes pair up within the paragraph is the right one known.
        fix: right === undefined ? undefined : {
          title: changeTo(messages, right),
          edits: (mark.together ?? [{ at: mark.start, replacement: right }]).map(({ at, replacement }) => replace(lineIndex, at, at + 1, replacement)),
          safe: true,
        },
      };
    });
  },
};
