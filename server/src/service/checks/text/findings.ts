/**
 * What the text checks share when they report: walking a check's marks outside tables, leaving out
 * what the user allowed (`fazhiReport.allowedWords`, literal strings), the word the quick fix
 * "不再提示" allows, and the messages of a word list's findings.
 */
import type { Range } from 'vscode-languageserver-types';
import { Locale, Message, MessageCache } from '../../l10n';
import type { ReportDocument } from '../../model/document';
import type { LineInfo } from '../../model/lineInfo';
import { LiteralMatcher } from '../../model/literalMatcher';
import { hasSplits } from '../../model/lostBreaks';
import { range } from '../../model/ranges';
import { isAsciiDigit, isHan } from '../../model/text';
import { movedFix, replace } from '../../editing/edits';
import type { CheckContext, CheckSettings, Issue, TextMark } from '../types';
import { isFullAlnum } from './characters';
import { TextCheck, marksOf } from './textCheck';

/** How `textIssues` reads a check's marks. */
export interface TextIssueOptions<M extends TextMark> {
  /** The text a mark is about, where its fix takes more (the blanks beside a mark); the mark itself when not given. */
  readonly flagged?: (mark: M) => TextMark;
  /** Whether `make` reads lines other than the mark's (marks paired across lines): then its issues are made afresh for each version. */
  readonly readsOtherLines?: boolean;
}

/**
 * Calls `make` for every mark of `check` that no allowed word covers, and collects its issue with
 * the word to allow. Table lines are cells, not sentences: they are left out (a profile's tables,
 * and any row of cells with tabs or bars between them), and so is a scraper mark, which web-residue
 * deletes whole.
 *
 * A line's issues depend on the line alone (its text and classification, one object while a version
 * keeps it from the one before), the settings and the language, unless a lost break splits the line
 * or `make` reads other lines: a line a keystroke left alone keeps the issues it had, moved to where
 * the line is now, and only the lines it changed are looked at again.
 */
export function textIssues<M extends TextMark>(
  context: CheckContext, check: TextCheck<M>, make: (line: LineInfo, lineIndex: number, mark: M) => Issue | undefined,
  options: TextIssueOptions<M> = {},
): Issue[] {
  const { flagged = (mark: M): TextMark => mark, readsOtherLines = false } = options;
  const issues: Issue[] = [];
  const { document, locale, settings } = context;
  const allowedWords = new AllowedWords(settings.allowedWords);
  const tables = tableSpans(document);
  const kept = readsOtherLines ? undefined : keptIssuesOf(check, settings, locale);
  const marks = marksOf(context, check);
  let table = 0;
  // The marks come in document order: each turn takes one line's.
  for (let first = 0, next = 0; first < marks.length; first = next) {
    const lineIndex = marks[first]!.line;
    next = first + 1;
    while (next < marks.length && marks[next]!.line === lineIndex) next++;
    while (table < tables.length && tables[table]!.endLine < lineIndex) table++;
    if (table < tables.length && tables[table]!.startLine <= lineIndex) continue;
    const line = document.lines[lineIndex]!;
    const keeps = kept !== undefined && !hasSplits(document, lineIndex);
    const known = keeps ? kept.get(line) : undefined;
    if (known) {
      const delta = lineIndex - (isList(known) ? known[0]! : known).range.start.line;
      if (delta === 0) {
        if (isList(known)) issues.push(...known);
        else issues.push(known);
      } else {
        const moved = isList(known) ? known.map((issue) => movedIssue(issue, delta)) : [movedIssue(known, delta)];
        kept!.set(line, keptLine(moved));
        issues.push(...moved);
      }
      continue;
    }
    const from = issues.length;
    if (!isCellRow(line)) {
      // Marks come in order of their place, as do the scraper marks: one walk over them per line.
      const scrapers = line.marks.length === 0 ? [] : line.marks.filter((inline) => inline.kind === 'scraper');
      let scraper = 0;
      for (let index = first; index < next; index++) {
        const mark = marks[index]!.mark;
        const { start, end } = flagged(mark);
        while (scraper < scrapers.length && scrapers[scraper]!.end < end) scraper++;
        const inScraper = scraper < scrapers.length && scrapers[scraper]!.start <= start;
        if (allowedWords.covers(line.text, start, end) || inScraper) continue;
        const issue = make(line, lineIndex, mark);
        if (issue) issues.push(context.settle({ ...issue, allowWord: allowWordAt(line.text, start, end) }));
      }
    }
    if (keeps && issues.length > from) kept.set(line, keptLine(issues.slice(from)));
  }
  return issues;
}

/**
 * A check's issues per line as last made, under the settings and language they were made under
 * (other ones start afresh). A line's issues lie on it: the first one's range says where it was.
 */
interface KeptIssues {
  readonly settings: CheckSettings;
  readonly locale: Locale;
  readonly lines: WeakMap<LineInfo, KeptLine>;
}

/** A line's issues as kept: the one issue itself on most lines (no list to keep), else their list. */
type KeptLine = Issue | readonly Issue[];

function keptLine(issues: readonly Issue[]): KeptLine {
  return issues.length === 1 ? issues[0]! : issues;
}

function isList(kept: KeptLine): kept is readonly Issue[] {
  return Array.isArray(kept);
}

const keptIssues = new WeakMap<TextCheck, KeptIssues>();

/** The issues `check` last made per line under `settings` and `locale`, for as long as the line is in some version of a document. */
function keptIssuesOf(check: TextCheck, settings: CheckSettings, locale: Locale): WeakMap<LineInfo, KeptLine> {
  let kept = keptIssues.get(check);
  if (kept?.settings !== settings || kept.locale !== locale) keptIssues.set(check, kept = { settings, locale, lines: new WeakMap() });
  return kept.lines;
}

/** An issue of a line that moved `delta` lines down (up when negative). */
function movedIssue(issue: Issue, delta: number): Issue {
  const move = ({ start, end }: Range): Range => range(start.line + delta, start.character, end.line + delta, end.character);
  const { fix, related } = issue;
  const moved = move(issue.range);
  return {
    ...issue,
    range: moved,
    related: related?.map((place) => ({ ...place, range: move(place.range) })),
    fix: fix && movedFix(fix, move, moved),
  };
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
