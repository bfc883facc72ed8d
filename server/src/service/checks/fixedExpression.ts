import expressions from '../data/expressions.json';
import { CharSet } from '../model/chars';
import { isBlank } from '../model/text';
import { AnchoredList } from './text/anchors';
import { EntryMark, ListEntry, listIssues } from './text/findings';
import { fixedCodeAt, inQuotation } from './text/sides';
import type { LineScan, TextCheck } from './text/textCheck';

const WORDS = {
  explanation: {
    'zh-cn': '**固定表述**：政治、法律术语和文件名称有固定写法，以原文为准（词表 `data/expressions.json`，出处见下）。“法制审核”等法定术语不报告。',
    en: '**Fixed expression**: political and legal terms and the titles of documents are written as in the original (list `data/expressions.json`, source below). Statutory terms such as 法制审核 are never reported.',
  },
  description: { 'zh-cn': '固定政治、法律表述写错（法制政府→法治政府、“四个意识”不加引号、纲要和法规名称写错；词表见 data/expressions.json）', en: 'Fixed political and legal expressions written wrong (法制政府 → 法治政府, “四个意识” without quotes, names of the 纲要 and laws; the list is data/expressions.json)' },
  fix: { 'zh-cn': '改为规范表述', en: 'Use the fixed expression' },
};

export interface ExpressionEntry extends ListEntry {
  /** The fix adds quotation marks: the expression already in quotation marks is right. */
  readonly quoted?: boolean;
}

export const EXPRESSION_ENTRIES: readonly ExpressionEntry[] = expressions.entries;
const LIST = new AnchoredList(EXPRESSION_ENTRIES.map((entry) => entry.wrong));

export const fixedExpression: TextCheck<EntryMark> = {
  id: 'fixed-expression',
  kind: 'proofreading',
  description: WORDS.description,
  explanation: WORDS.explanation,
  defaultSeverity: 'warning',
  fix: WORDS.fix,
  scan: {
    triggers: [{ chars: LIST.anchors }],
    // A title written wrong (`法治政府建设实施纲要(2021-2025年)`) is one finding, with one fix: the marks inside it are not reported again.
    rewrites: true,
    handler(report) {
      return {
        at(scan, at) {
          const { text } = scan;
          for (const { index: entry, start, end } of LIST.matchesAt(text, at)) {
            // A quoted expression is right: “四个意识”; inside a quotation or a title it is written as the source has it.
            if (EXPRESSION_ENTRIES[entry]!.quoted && (quotedAround(scan, start, end) || inQuotation(scan, start))) continue;
            report({ start, end, entry });
          }
          return at;
        },
      };
    },
  },
  run(context) {
    return listIssues(context, fixedExpression, EXPRESSION_ENTRIES);
  },
};

const OPENING_QUOTES = new CharSet('“‘');
const CLOSING_QUOTES = new CharSet('”’');

/**
 * Whether quotation marks stand around a span, as quote-style's fix leaves them: a curly one opening
 * before it or closing after it, or straight ones left as written on both sides (`"四个意识"`). Blanks
 * between a mark and the span are a PDF's (`“ 关键少数`, its `”` wrapped onto the next line).
 */
function quotedAround(scan: LineScan, start: number, end: number): boolean {
  const { text } = scan;
  let open = start - 1;
  while (open >= scan.from && isBlank(text.charCodeAt(open))) open--;
  let close = end;
  while (close < scan.end && isBlank(text.charCodeAt(close))) close++;
  const before = fixedCodeAt(scan, open);
  const after = fixedCodeAt(scan, close);
  if (OPENING_QUOTES.has(before) || CLOSING_QUOTES.has(after)) return true;
  return (before === 0x22 || before === 0x27) && after === before;
}
