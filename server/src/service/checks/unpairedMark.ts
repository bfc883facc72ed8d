import { MessageCache } from '../l10n';
import type { ReportDocument } from '../model/document';
import type { TextMark } from '../model/textScan';
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
const CLOSERS = '”’）》〉】〕';
/** Where a line ends a sentence: a mark opened before it is not carried onto the next line. */
const SENTENCE_ENDS = '。！？；!?;';

/**
 * Marks a PDF's wrap split between two lines (`按照“应公开` / `尽公开”的要求`): the last unpaired mark
 * of a line that stops mid-sentence opens what the first unpaired mark of the next line closes.
 */
function pairedAcrossLines(document: ReportDocument): ReadonlySet<TextMark> {
  const paired = new Set<TextMark>();
  const lines = document.lines;
  for (let index = 0; index + 1 < lines.length; index++) {
    const line = lines[index]!;
    const open = unpairedAtEdge(line.textMarks, 'last');
    const opener = open ? OPENERS.indexOf(line.text[open.start]!) : -1;
    if (opener < 0 || SENTENCE_ENDS.includes(line.text[line.end - 1]!)) continue;
    const next = lines[index + 1]!;
    const close = unpairedAtEdge(next.textMarks, 'first');
    if (close && next.text[close.start] === CLOSERS[opener]) paired.add(open!).add(close);
  }
  return paired;
}

/** A line's first or last unpaired mark by its place (the scan reports unclosed openers after the rest). */
function unpairedAtEdge(marks: readonly TextMark[], edge: 'first' | 'last'): TextMark | undefined {
  let found: TextMark | undefined;
  for (const mark of marks) {
    if (mark.kind === 'unpaired' && (!found || (edge === 'first' ? mark.start < found.start : mark.start > found.start))) found = mark;
  }
  return found;
}

export const unpairedMark: Check = {
  id: 'unpaired-mark',
  description: WORDS.description,
  explanation: WORDS.explanation,
  defaultSeverity: 'warning',
  run({ document, locale, settings }) {
    const messages = new MessageCache(locale);
    const paired = pairedAcrossLines(document);
    return textIssues(document, settings, 'unpaired', (line, lineIndex, mark) => {
      if (paired.has(mark)) return undefined;
      const text = line.text[mark.start]!;
      return { range: markRange(lineIndex, mark), message: messages.format(OPENERS.includes(text) ? WORDS.open : WORDS.close, { mark: text }) };
    });
  },
};
