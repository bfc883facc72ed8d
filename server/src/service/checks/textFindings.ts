/**
 * What the text checks share: walking the lines' text marks of one kind, leaving out what the user
 * allowed (`fazhiReport.allowedWords`, literal strings), and the word the quick fix "不再提示" allows.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import { range } from '../model/ranges';
import { Locale, Message, MessageCache } from '../l10n';
import type { ReportDocument } from '../model/document';
import type { LineInfo } from '../model/lineInfo';
import { LiteralMatcher } from '../model/literalMatcher';
import { isAsciiDigit, isBlank, isHan } from '../model/text';
import type { ListEntry, TextMark } from '../model/textScan';
import { replace } from './edits';
import type { CheckSettings, Issue } from './types';

type MarkOf<K extends TextMark['kind']> = Extract<TextMark, { kind: K }>;

/**
 * Calls `make` for every text mark of `kind` that no allowed word covers, and collects its issue
 * with the word to allow. Lines of page chrome and contents entries hold no text marks; table lines (a profile's tables, and any
 * row of cells with tabs or bars between them) are left out.
 */
export function textIssues<K extends TextMark['kind']>(
  document: ReportDocument, settings: CheckSettings, kind: K, make: (line: LineInfo, lineIndex: number, mark: MarkOf<K>) => Issue | undefined,
): Issue[] {
  const issues: Issue[] = [];
  const allowedWords = new AllowedWords(settings.allowedWords);
  const lines = document.lines;
  for (const lineIndex of linesWithMarks(document)) {
    const line = lines[lineIndex]!;
    for (const mark of line.textMarks) {
      if (mark.kind !== kind) continue;
      // A half-width mark's fix may take blanks beside it: the mark itself is what is allowed.
      const start = mark.kind === 'width' ? mark.at : mark.start;
      const end = mark.kind === 'width' ? mark.at + 1 : mark.end;
      if (allowedWords.covers(line.text, start, end) || inScraperMark(line, start, end)) continue;
      const issue = make(line, lineIndex, mark as MarkOf<K>);
      if (issue) issues.push({ ...issue, allowWord: allowWordAt(line.text, start, end) });
    }
  }
  return issues;
}

const markedLines = new WeakMap<ReportDocument, readonly number[]>();

/** The lines that hold text marks, found once per document for all the text checks. */
function linesWithMarks(document: ReportDocument): readonly number[] {
  let found = markedLines.get(document);
  if (!found) {
    const indexes: number[] = [];
    // Table lines are cells, not sentences: blanks there separate numbers.
    const tables = document.reports.flatMap((report) => report.tables);
    let table = 0;
    document.lines.forEach((line, index) => {
      while (table < tables.length && tables[table]!.endLine < index) table++;
      const inTable = table < tables.length && tables[table]!.startLine <= index;
      if (line.textMarks.length > 0 && !inTable && !isCellRow(line)) indexes.push(index);
    });
    markedLines.set(document, found = indexes);
  }
  return found;
}

/** Whether a span lies in a scraper mark (a site's watermark `公文汇 www.….com`): web-residue deletes it whole. */
function inScraperMark(line: LineInfo, start: number, end: number): boolean {
  return line.marks.length > 0 && line.marks.some((mark) => mark.kind === 'scraper' && mark.start <= start && end <= mark.end);
}

/** A row of a table the profile does not know: cells with tabs or bars between them (`序号<TAB>单位<TAB>件数`). */
function isCellRow(line: LineInfo): boolean {
  const tab = line.text.indexOf('\t', line.indent);
  if (tab >= 0 && tab < line.end) return true;
  const bar = line.text.indexOf('|', line.indent);
  return bar >= 0 && line.text.indexOf('|', bar + 1) >= 0;
}

const matchers = new WeakMap<readonly string[], LiteralMatcher>();

/**
 * The user's allowed words (literal strings): whether one of them covers a span of a line. Lines
 * are asked about in turn, so the coverage of the last line asked about is kept.
 */
export class AllowedWords {
  private readonly matcher: LiteralMatcher;
  private lastText: string | undefined;
  private lastStarts: Int32Array = new Int32Array(0);

  constructor(words: readonly string[]) {
    let matcher = matchers.get(words);
    if (!matcher) matchers.set(words, matcher = new LiteralMatcher(words));
    this.matcher = matcher;
  }

  covers(text: string, start: number, end: number): boolean {
    if (this.matcher.empty) return false;
    if (text !== this.lastText) {
      this.lastText = text;
      this.lastStarts = this.matcher.coverStarts(text);
    }
    return this.lastStarts[end]! <= start;
  }
}

/**
 * The word the quick fix allows for a finding at `start`…`end`: the flagged text with the Latin
 * letters and digits around it (`COVID-19,`), or, for a lone mark, with the character on each side.
 */
export function allowWordAt(text: string, start: number, end: number): string {
  const wordy = (code: number) => isAsciiDigit(code) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  let from = start;
  let to = end;
  while (from > 0 && wordy(text.charCodeAt(from - 1))) from--;
  while (to < text.length && wordy(text.charCodeAt(to))) to++;
  if (from === start && to === end && !isHan(text.charCodeAt(start))) {
    from = Math.max(0, start - 1);
    to = Math.min(text.length, end + 1);
  }
  return text.slice(from, to).trim();
}

interface Span { readonly start: number; readonly end: number }

/** The range of a mark on its line. */
export function markRange(lineIndex: number, mark: Span) {
  return range(lineIndex, mark.start, lineIndex, mark.end);
}

/** The title of a text fix that writes `{right}` in place of a mark or word. */
export const CHANGE_TO: Message = { 'zh-cn': '改为“{right}”', en: 'Change to "{right}"' };
const LIST_MESSAGE: Message = { 'zh-cn': '“{wrong}”应为“{right}”', en: '"{wrong}" should be "{right}"' };

/** The issues of a word list's marks: "wrong" should be "right", the entry's note as the explanation, its fix when the list says it is safe. */
export function listIssues(document: ReportDocument, settings: CheckSettings, locale: Locale, kind: 'word' | 'expression',
  entries: readonly ListEntry[]): Issue[] {
  const messages = new MessageCache(locale);
  return textIssues(document, settings, kind, (_line, lineIndex, mark) => {
    const entry = entries[mark.entry]!;
    const values = { wrong: entry.wrong, right: entry.right };
    return {
      range: markRange(lineIndex, mark),
      message: messages.format(LIST_MESSAGE, values),
      explanation: entry.note[locale],
      fix: { title: messages.format(CHANGE_TO, values), edits: [replace(lineIndex, mark.start, mark.end, entry.right)], safe: entry.safe },
    };
  });
}

/**
 * What a text fix replaces on a line: the mark's span, without the blanks at its ends that the
 * line-break fix replaces (see `lineSplits`).
 */
export function fixSpan(splits: ReadonlyMap<number, readonly TextEdit[]>, lineIndex: number, text: string, span: Span): Span {
  const edits = splits.get(lineIndex);
  if (!edits) return span;
  const split = (start: number, end: number) => edits.some((edit) => edit.range.start.character < end && edit.range.end.character > start);
  let { start, end } = span;
  let blanksEnd = start;
  while (blanksEnd < end && isBlank(text.charCodeAt(blanksEnd))) blanksEnd++;
  if (blanksEnd > start && split(start, blanksEnd)) start = blanksEnd;
  let blanksStart = end;
  while (blanksStart > start && isBlank(text.charCodeAt(blanksStart - 1))) blanksStart--;
  if (blanksStart < end && split(blanksStart, end)) end = blanksStart;
  return { start, end };
}
