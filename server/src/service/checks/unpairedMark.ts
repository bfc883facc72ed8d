import { MessageCache } from '../l10n';
import type { ReportDocument } from '../model/document';
import type { LineMark, TextMark } from './types';
import { markRange, quoted, textIssues } from './text/findings';
import { Pairing } from './text/pairs';
import { TextCheck, marksOf } from './text/textCheck';

const WORDS = {
  explanation: {
    'zh-cn': '**标号不成对**：引号、括号、书名号都成对使用（GB/T 15834—2011 4.8 引号、4.9 括号、4.15 书名号）。这一段里只有一半：可能漏写，也可能多写，请核对。',
    en: '**Unpaired mark**: quotation marks, brackets and title marks come in pairs (GB/T 15834—2011, 4.8, 4.9, 4.15). This paragraph holds only one half: one is missing or one is extra.',
  },
  description: { 'zh-cn': '段落中的引号、括号或书名号不成对（“” ‘’ （） 《》 〈〉 【】 〔〕）', en: 'An unclosed or unopened “” ‘’ （） 《》 〈〉 【】 〔〕 within a paragraph' },
  open: { 'zh-cn': '{mark}在本段中没有配对的后半', en: '{mark} is never closed in this paragraph' },
  close: { 'zh-cn': '{mark}在本段中没有配对的前半', en: '{mark} closes nothing in this paragraph' },
};

const OPENERS = '“‘（《〈【〔';
const CLOSERS = '”’）》〉】〕';
/** Where a line ends a sentence: a mark opened before it is not carried onto the next line. */
const SENTENCE_ENDS = '。！？；!?;';

export const unpairedMark: TextCheck = {
  id: 'unpaired-mark',
  kind: 'proofreading',
  description: WORDS.description,
  explanation: WORDS.explanation,
  defaultSeverity: 'warning',
  scan: {
    // The closing marks, where the pairs say whether they closed anything; the opening marks left open at the end.
    triggers: [{ chars: '”’）》〉】〕' }],
    handler(report) {
      return {
        at(scan, at) {
          if (scan.pairs.event === Pairing.Unpaired) report({ start: at, end: at + 1 });
          return at;
        },
        endLine(scan) {
          for (const open of scan.pairs.unclosed) report({ start: open, end: open + 1 });
        },
      };
    },
  },
  run(context) {
    const messages = new MessageCache(context.locale);
    const paired = pairedAcrossLines(context.document, marksOf(context, unpairedMark));
    return textIssues(context, unpairedMark, (line, lineIndex, mark) => {
      if (paired.has(mark)) return undefined;
      const text = line.text[mark.start]!;
      return { range: markRange(lineIndex, mark), message: messages.format(OPENERS.includes(text) ? WORDS.open : WORDS.close, { mark: quoted(context.locale, text) }) };
    }, { readsOtherLines: true });
  },
};

/**
 * Marks a PDF's wrap split between two lines (`按照“应公开` / `尽公开”的要求`): the last unpaired mark
 * of a line that stops mid-sentence opens what the first unpaired mark of the next line of text
 * closes — past a page break's number, running header and blank lines.
 */
function pairedAcrossLines(document: ReportDocument, marks: readonly LineMark[]): ReadonlySet<TextMark> {
  const paired = new Set<TextMark>();
  // Each line's first and last unpaired mark by its place (the scan reports unclosed openers after the rest).
  const edges = new Map<number, { first: TextMark; last: TextMark }>();
  for (const { line, mark } of marks) {
    const known = edges.get(line);
    if (!known) edges.set(line, { first: mark, last: mark });
    else if (mark.start < known.first.start) known.first = mark;
    else if (mark.start > known.last.start) known.last = mark;
  }
  for (const [index, { last }] of edges) {
    const line = document.lines[index]!;
    const opener = OPENERS.indexOf(line.text[last.start]!);
    if (opener < 0 || SENTENCE_ENDS.includes(line.text[line.end - 1]!)) continue;
    let next = index + 1;
    while (next < document.lines.length && (document.lines[next]!.residue || document.lines[next]!.indent === document.lines[next]!.text.length)) next++;
    const first = edges.get(next)?.first;
    if (first && document.lines[next]!.text[first.start] === CLOSERS[opener]) paired.add(last).add(first);
  }
  return paired;
}
