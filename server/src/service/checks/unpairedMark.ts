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

/** How many lines of text without unpaired marks a mark wrapped by a PDF may span (a long document name: `《国务院` / `办公厅关于…重大` / `…指导意见》`). */
const MAX_SPANNED_LINES = 2;
const SENTENCE_END = new RegExp(`[${SENTENCE_ENDS}]`);

/**
 * Marks a PDF's wrap split between lines (`按照“应公开` / `尽公开”的要求`): the marks a line that stops
 * mid-sentence leaves open at its end (those after its last unpaired closer) are closed, innermost
 * first, by the unpaired closers that start the next line with unpaired marks — past a page break's
 * number, running header and blank lines, and across up to two lines of text that end no sentence.
 */
function pairedAcrossLines(document: ReportDocument, marks: readonly LineMark[]): ReadonlySet<TextMark> {
  const paired = new Set<TextMark>();
  const byLine = new Map<number, TextMark[]>();
  for (const { line, mark } of marks) {
    const list = byLine.get(line);
    if (list) list.push(mark);
    else byLine.set(line, [mark]);
  }
  // The scan reports unclosed openers after the rest: by place.
  for (const list of byLine.values()) list.sort((a, b) => a.start - b.start);
  for (const [index, list] of byLine) {
    const line = document.lines[index]!;
    if (SENTENCE_ENDS.includes(line.text[line.end - 1]!)) continue;
    const open: TextMark[] = [];
    for (const mark of list) {
      if (OPENERS.includes(line.text[mark.start]!)) open.push(mark);
      else open.length = 0;
    }
    const next = open.length === 0 ? undefined : closingLine(document, byLine, index);
    if (next === undefined) continue;
    const closing = document.lines[next]!;
    for (const mark of byLine.get(next)!) {
      const innermost = open[open.length - 1];
      if (!innermost || closing.text[mark.start] !== CLOSERS[OPENERS.indexOf(line.text[innermost.start]!)]) break;
      paired.add(innermost).add(mark);
      open.pop();
    }
  }
  return paired;
}

/** The next line with unpaired marks after `index`, where what `index` left open may close. */
function closingLine(document: ReportDocument, byLine: ReadonlyMap<number, readonly TextMark[]>, index: number): number | undefined {
  let spanned = 0;
  for (let next = index + 1; next < document.lines.length; next++) {
    const line = document.lines[next]!;
    if (line.residue || line.indent === line.text.length) continue;
    if (byLine.has(next)) return next;
    if (++spanned > MAX_SPANNED_LINES || line.heading || SENTENCE_END.test(line.text.slice(line.indent, line.end))) return undefined;
  }
  return undefined;
}
