/**
 * What a check is (id, description, default severity, fix, all as data) and what it reports.
 * Settings, documentation and tests are generated from the registry of these definitions.
 */
import type { Range } from 'vscode-languageserver-types';
import type { Fix } from '../editing/edits';
import type { Locale, Message } from '../l10n';
import type { ReportDocument } from '../model/document';
import type { Severity, SeveritySetting } from '../severity';

/**
 * The ids of the checks (each check's module says its own; the registry lists the checks). A new
 * check's id joins this type.
 */
export type CheckId =
  | 'numbering-sequence'
  | 'numbering-punctuation'
  | 'bracket-width'
  | 'level-skip'
  | 'heading-punctuation'
  | 'inline-enumeration'
  | 'missing-section'
  | 'section-year'
  | 'placeholder'
  | 'substitute-character'
  | 'web-residue'
  | 'line-break'
  | 'missing-title'
  | 'date-format'
  | 'toc-mismatch'
  | 'section-count'
  | 'section-order'
  | 'report-period'
  | 'table-sum'
  | 'table-shape'
  | 'stated-total'
  | 'punctuation-width'
  | 'quote-style'
  | 'unpaired-mark'
  | 'repeated-punctuation'
  | 'ellipsis-dash'
  | 'stray-space'
  | 'fullwidth-alnum'
  | 'compatibility-form'
  | 'word-usage'
  | 'confusable-word'
  | 'doubled-character'
  | 'fixed-expression'
  | 'number-form'
  | 'stale-year';

/**
 * Structure checks read the outline, numbering, parts, tables and dates; proofreading checks (SPEC
 * 3.2) read the wording of paragraphs. Settings group them by it.
 */
export type CheckKind = 'structure' | 'proofreading';

export interface RelatedPlace {
  readonly range: Range;
  readonly message: string;
}

/** One problem a check found. */
export interface Issue {
  readonly range: Range;
  readonly message: string;
  /** For issues weighing differently from their check's default (topic 5 of missing-section is info). */
  readonly severity?: Severity;
  readonly related?: readonly RelatedPlace[];
  readonly fix?: Fix;
  /** For a text finding: the word the quick fix "不再提示" adds to `fazhiReport.allowedWords`. */
  readonly allowWord?: string;
  /** Markdown shown on hover after the check's explanation: why this one (a word list entry's note and source). */
  readonly explanation?: string;
}

/** An issue with its check's id and the severity it ends up with. */
export interface Finding extends Issue {
  readonly code: CheckId;
  readonly severity: Severity;
}

/** What the user chose for the checks (see `settings.ts` for the rest of the settings). */
export interface CheckSettings {
  /** Severity chosen per check; a check not listed keeps its default. */
  readonly severities: Readonly<Partial<Record<CheckId, SeveritySetting>>>;
  /** Literal strings the user counts as placeholders (never regular expressions). */
  readonly placeholders: readonly string[];
  /** Literal strings the text checks never report (never regular expressions). */
  readonly allowedWords: readonly string[];
}

/** A span of a line that a text check found (SPEC 3.2), with whatever the check needs to report it. */
export interface TextMark {
  readonly start: number;
  readonly end: number;
}

/** A text mark and the index of its line. */
export interface LineMark<M extends TextMark = TextMark> {
  readonly line: number;
  readonly mark: M;
}

export interface CheckContext {
  readonly document: ReportDocument;
  readonly locale: Locale;
  readonly settings: CheckSettings;
  /** The marks a text check found in the document's lines (one scan of the characters serves every text check). */
  textMarks(check: CheckId): readonly LineMark[];
  /**
   * The finding an issue of the running check makes under these settings: a check that keeps its
   * findings between versions (the text checks, per line) returns them, and they are used as they are.
   */
  settle(issue: Issue): Finding;
}

export interface Check {
  readonly id: CheckId;
  readonly kind: CheckKind;
  /** One line saying what the check finds. */
  readonly description: Message;
  readonly defaultSeverity: Severity;
  /** What its quick fix does, for checks that have one. */
  readonly fix?: Message;
  /** Markdown shown on hover over a finding: what is wrong and the standard that says so. */
  readonly explanation?: Message;
  run(context: CheckContext): Issue[];
}
