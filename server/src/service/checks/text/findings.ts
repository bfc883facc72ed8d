/**
 * What the text checks share when they report: walking a check's marks outside tables, leaving out
 * what the user allowed (`fazhiReport.allowedWords`, literal strings), the word the quick fix
 * "不再提示" allows, and the messages of a word list's findings.
 */
import { Locale, Message, MessageCache } from '../../l10n';
import type { ReportDocument } from '../../model/document';
import type { LineInfo } from '../../model/lineInfo';
import { LiteralMatcher } from '../../model/literalMatcher';
import { range } from '../../model/ranges';
import { isAsciiDigit, isHan } from '../../model/text';
import { replace } from '../edits';
import type { CheckContext, Issue, TextMark } from '../types';
import { isFullAlnum } from './characters';
import { TextCheck, marksOf } from './textCheck';

/**
 * Calls `make` for every mark of `check` that no allowed word covers, and collects its issue with
 * the word to allow. `flagged` is the text a mark is about, where its fix takes more (the blanks
 * beside a mark). Table lines are cells, not sentences: they are left out (a profile's tables, and
 * any row of cells with tabs or bars between them), and so is a scraper mark, which web-residue
 * deletes whole.
 */
export function textIssues<M extends TextMark>(
  context: CheckContext, check: TextCheck<M>, make: (line: LineInfo, lineIndex: number, mark: M) => Issue | undefined,
  flagged: (mark: M) => TextMark = (mark) => mark,
): Issue[] {
  const issues: Issue[] = [];
  const { document } = context;
  const allowedWords = new AllowedWords(context.settings.allowedWords);
  const tables = tableSpans(document);
  let table = 0;
  // Whether the line of the last mark is a row of cells, and its scraper marks: asked once per line.
  let lastLine = -1;
  let cellRow = false;
  let scrapers: readonly TextMark[] = [];
  let scraper = 0;
  for (const { line: lineIndex, mark } of marksOf(context, check)) {
    while (table < tables.length && tables[table]!.endLine < lineIndex) table++;
    if (table < tables.length && tables[table]!.startLine <= lineIndex) continue;
    const line = document.lines[lineIndex]!;
    if (lineIndex !== lastLine) {
      lastLine = lineIndex;
      cellRow = isCellRow(line);
      scrapers = line.marks.length === 0 ? [] : line.marks.filter((inline) => inline.kind === 'scraper');
      scraper = 0;
    }
    if (cellRow) continue;
    const { start, end } = flagged(mark);
    // Marks come in order of their place, as do the scraper marks: one walk over them per line.
    while (scraper < scrapers.length && scrapers[scraper]!.end < end) scraper++;
    const inScraper = scraper < scrapers.length && scrapers[scraper]!.start <= start;
    if (allowedWords.covers(line.text, start, end) || inScraper) continue;
    const issue = make(line, lineIndex, mark);
    if (issue) issues.push({ ...issue, allowWord: allowWordAt(line.text, start, end) });
  }
  return issues;
}

const tablesOf = new WeakMap<ReportDocument, readonly { readonly startLine: number; readonly endLine: number }[]>();

/** The tables of all the reports, in document order. */
function tableSpans(document: ReportDocument): readonly { readonly startLine: number; readonly endLine: number }[] {
  let tables = tablesOf.get(document);
  if (!tables) tablesOf.set(document, tables = document.reports.flatMap((report) => report.tables));
  return tables;
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
 * The word the quick fix "不再提示" allows for a finding at `start`…`end`: the flagged text with the
 * Latin letters and digits around it (`COVID-19`). None for a mark or a blank: those are no words
 * (a mark with its neighbours, `底,全`, is nothing a user would list).
 */
export function allowWordAt(text: string, start: number, end: number): string | undefined {
  const wordy = (code: number) => isAsciiDigit(code) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  let word = false;
  for (let index = start; index < end && !word; index++) {
    const code = text.charCodeAt(index);
    word = wordy(code) || isHan(code) || isFullAlnum(code);
  }
  if (!word) return undefined;
  let from = start;
  let to = end;
  while (from > 0 && wordy(text.charCodeAt(from - 1))) from--;
  while (to < text.length && wordy(text.charCodeAt(to))) to++;
  return text.slice(from, to).trim();
}

/** The range of a mark on its line. */
export function markRange(lineIndex: number, mark: TextMark) {
  return range(lineIndex, mark.start, lineIndex, mark.end);
}

/**
 * Text quoted in a message: in “…” (English "…"), or in 「…」 (English '…') when it holds a quotation
 * mark itself, which “”” would hide.
 */
export function quoted(locale: Locale, text: string): string {
  if (locale === 'en') return /"/.test(text) ? `'${text}'` : `"${text}"`;
  return /[“”"]/.test(text) ? `「${text}」` : `“${text}”`;
}

const CHANGE_TO: Message = { 'zh-cn': '改为{right}', en: 'Change to {right}' };

/** The title of a text fix that writes `right` in place of a mark or word. */
export function changeTo(messages: MessageCache, right: string): string {
  return messages.format(CHANGE_TO, { right: quoted(messages.locale, right) });
}

const LIST_MESSAGE: Message = { 'zh-cn': '{wrong}应为{right}', en: '{wrong} should be {right}' };

/** An entry of a word list: the wrong form, the right one, whether replacing is safe, and why (shown on hover). */
export interface ListEntry {
  readonly wrong: string;
  readonly right: string;
  readonly safe: boolean;
  readonly note: Message;
  /** A convention rather than an error: reported as a hint. */
  readonly hint?: boolean;
}

/** A mark of a word list's entry (`entry` is its index). */
export interface EntryMark extends TextMark {
  readonly entry: number;
}

/** The issues of a word list's marks: "wrong" should be "right", the entry's note as the explanation, its fix when the list says it is safe. */
export function listIssues(context: CheckContext, check: TextCheck<EntryMark>, entries: readonly ListEntry[]): Issue[] {
  const messages = new MessageCache(context.locale);
  const locale: Locale = context.locale;
  return textIssues(context, check, (_line, lineIndex, mark) => {
    const entry = entries[mark.entry]!;
    return {
      range: markRange(lineIndex, mark),
      message: messages.format(LIST_MESSAGE, { wrong: quoted(locale, entry.wrong), right: quoted(locale, entry.right) }),
      explanation: entry.note[locale],
      severity: entry.hint ? 'hint' : undefined,
      fix: { title: changeTo(messages, entry.right), edits: [replace(lineIndex, mark.start, mark.end, entry.right)], safe: entry.safe },
    };
  });
}
