import { MessageCache } from '../l10n';
import { withoutSplitBlanks } from '../model/lostBreaks';
import { replace } from '../editing/edits';
import { markRange, textIssues } from './text/findings';
import { PAUSE_TRIGGERS, pauseRun } from './text/pauses';
import type { TextCheck } from './text/textCheck';

const WORDS = {
  explanation: {
    'zh-cn': '**标点重复**：一处停顿只用一个点号（GB/T 15834—2011 第4章 4.1—4.7）。`。。` `，，` `、、` `，。` 多是输入或复制时多出来的；保留较强的那个。省略号 `……` 和破折号 `——` 不算。',
    en: '**Repeated punctuation**: one pause takes one mark (GB/T 15834—2011, 4.1—4.7). `。。` `，，` `、、` `，。` are typing or copying slips; the stronger mark stays. The ellipsis `……` and the dash `——` are not repeats.',
  },
  description: { 'zh-cn': '标点重复或叠用（。。 ，， 、、 ，。），省略号和破折号除外', en: 'Repeated or stacked punctuation (。。 ，， 、、 ，。), ellipses and dashes aside' },
  fix: { 'zh-cn': '删去多余的标点', en: 'Drop the extra mark' },
  message: { 'zh-cn': '多余的标点“{marks}”（GB/T 15834）', en: 'Extra punctuation "{marks}" (GB/T 15834)' },
};

export const repeatedPunctuation: TextCheck = {
  id: 'repeated-punctuation',
  kind: 'proofreading',
  description: WORDS.description,
  explanation: WORDS.explanation,
  defaultSeverity: 'warning',
  fix: WORDS.fix,
  scan: {
    triggers: PAUSE_TRIGGERS,
    handler(report) {
      return {
        at(scan, at) {
          const run = scan.shared(pauseRun, at);
          for (const dropped of run.dropped) report(dropped);
          return run.last;
        },
      };
    },
  },
  run(context) {
    const messages = new MessageCache(context.locale);
    return textIssues(context, repeatedPunctuation, (line, lineIndex, mark) => {
      const { start, end } = withoutSplitBlanks(context.document, lineIndex, mark);
      return {
        range: markRange(lineIndex, { start, end }),
        message: messages.format(WORDS.message, { marks: line.text.slice(start, end).replace(/[\s\u3000]+/g, '') }),
        fix: { title: WORDS.fix[context.locale], edits: [replace(lineIndex, start, end, '')], safe: true },
      };
    });
  },
};
