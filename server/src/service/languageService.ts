/**
 * The language service: everything the editor and the CLI ask about a report, computed from one
 * cached document model per document version. It knows nothing of LSP connections, files or VS Code.
 */
import type {
  CodeAction, CompletionList, Diagnostic, DocumentLink, FoldingRange, Hover, Location, Position, Range, SemanticTokens,
  SymbolInformation, TextEdit,
} from 'vscode-languageserver-types';
import { missingTopics } from './profiles/matching';
import { runChecks } from './checks/run';
import { insertSections } from './editing/sectionInsertion';
import { DEFAULT_SETTINGS, Settings } from './settings';
import { renumberDocument } from './editing/siblings';
import type { Finding } from './checks/types';
import { codeActions, fixAllEdits } from './features/codeActions';
import type { LayoutDocument, LayoutPage } from './layout/description';
import { layoutDocument } from './layout/layout';
import { PreviewPage, paginate } from './layout/paginate';
import { limitedDiagnostics, skippedChecksNotice, toDiagnostic } from './features/diagnostics';
import { completions } from './features/completion';
import { Counts, counts } from './features/counts';
import { looksLikeReport, looksMisdecoded } from './features/detection';
import { buildFoldingRanges } from './features/folding';
import { ExportedFile, exportDocx } from './features/export';
import { hover } from './features/hover';
import { definition, documentLinks } from './features/links';
import { semanticTokens } from './features/semanticTokens';
import { workspaceSymbols } from './features/workspaceSymbols';
import { OutlineNode, buildOutline } from './features/outline';
import { headingName } from './model/ranges';
import { Locale, resolveLocale } from './l10n';
import { LineInfoCache, analyzeText } from './model/analyze';
import type { ReportDocument } from './model/document';

/** A version of a document's text: a `TextDocument` of vscode-languageserver-textdocument fits. */
export interface TextSource {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

/** What the 公文 preview shows: the page's geometry and fonts, and the pages. */
export interface Preview {
  readonly page: LayoutPage;
  readonly pages: readonly PreviewPage[];
}

export interface LanguageServiceOptions {
  /** BCP 47 tag of the user's display language; English when it starts with `en`, else Chinese. */
  readonly locale?: unknown;
  /** Today, for the years and the date of the report skeleton (replaceable in tests). */
  readonly today?: () => Date;
  /**
   * The client's command that adds a word to `fazhiReport.allowedWords` (it edits the user's settings,
   * which only the client can): given, every text finding gets the quick fix "不再提示“…”".
   */
  readonly allowWordCommand?: string;
}

/**
 * Every request may carry the settings the document is under; their `messageLanguage`, when set,
 * chooses the language of what the answer says, else the display language the service was made with.
 */
export interface LanguageService {
  /** The language of answers under these settings. */
  localeFor(settings?: Settings): Locale;
  /** The model of this version, built once and shared by every feature. */
  getDocument(source: TextSource): ReportDocument;
  getOutline(source: TextSource, settings?: Settings): OutlineNode[];
  getFoldingRanges(source: TextSource): FoldingRange[];
  /** What every enabled check finds, with severities settled by the settings. */
  getFindings(source: TextSource, settings?: Settings): readonly Finding[];
  /**
   * The findings as diagnostics, at most `settings.maxNumberOfProblems` of them (the most severe, and
   * a notice of the rest); `withRelated: false` leaves out the related places, for clients that do not take them.
   */
  getDiagnostics(source: TextSource, settings?: Settings, withRelated?: boolean): Diagnostic[];
  /** Quick fixes for the findings touching `range`, and the "fix all" action; `only` filters by kind. */
  getCodeActions(source: TextSource, range: Range, settings?: Settings, only?: readonly string[]): CodeAction[];
  /** The 公文 layout of the document (SPEC 7): what the Word export and the preview lay out. */
  getLayout(source: TextSource, settings?: Settings): LayoutDocument;
  /** The preview's pages: the layout broken into lines and pages as the Word export's are. */
  getPreview(source: TextSource, settings?: Settings): Preview;
  /**
   * The Word documents of the document: one (a compilation's reports each from a new page), or one
   * per report when `split`; named by their titles, `fallback` for an untitled report.
   */
  exportDocx(source: TextSource, settings: Settings | undefined, split: boolean, fallback: string): Promise<ExportedFile[]>;
  /** The edits of every safe fix, applied together. */
  getFixAllEdits(source: TextSource, settings?: Settings): TextEdit[];
  /** Renumbers every heading of every report (numerals only). */
  getRenumberEdits(source: TextSource): TextEdit[];
  /** Inserts skeletons of the required sections each report lacks. */
  getInsertSectionsEdits(source: TextSource, settings?: Settings): TextEdit[];
  /** Completion at the start of a line: heading markers, missing required sections, the report skeleton and the signature block. */
  getCompletions(source: TextSource, position: Position, settings?: Settings): CompletionList;
  getHover(source: TextSource, position: Position, settings?: Settings): Hover | undefined;
  /** Contents entries as links to their reports. */
  getDocumentLinks(source: TextSource, settings?: Settings): DocumentLink[];
  /** From a contents entry to its report's title. */
  getDefinition(source: TextSource, position: Position): Location | undefined;
  /** Headings and reports of all the given documents whose names match the query. */
  getWorkspaceSymbols(sources: readonly TextSource[], query: string, settings?: Settings): SymbolInformation[];
  /** Semantic tokens of the whole document or of a range. */
  getSemanticTokens(source: TextSource, settings?: Settings, range?: Range): SemanticTokens;
  /** Character counts of the document, and of the report and section holding the position, with their status-bar text. */
  getCounts(source: TextSource, position: Position, settings?: Settings): Counts;
  /** Whether the opening lines of a plain-text document show a report title. */
  isReport(opening: string): boolean;
  /** Whether a document's opening looks decoded with the wrong encoding (a GBK file read as UTF-8). */
  looksMisdecoded(opening: string): boolean;
  /** Drops what is kept for a closed document. */
  forget(uri: string): void;
}

interface CachedDocument {
  readonly version: number;
  /** The text the model was built from: a version number alone can come back with other text (a document opened again). */
  readonly text: string;
  readonly document: ReportDocument;
  readonly lineCache: LineInfoCache;
  /** The version before this one, until this one's findings are made from what it shares with it. */
  previous?: ReportDocument;
  findings?: { readonly settings: Settings; readonly findings: readonly Finding[] };
  fixAll?: { readonly findings: readonly Finding[]; readonly edits: TextEdit[] };
}

export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  const displayLocale = resolveLocale(options.locale);
  const today = options.today ?? (() => new Date());
  const localeFor = (settings?: Settings): Locale => settings?.messageLanguage ?? displayLocale;
  const cache = new Map<string, CachedDocument>();

  function cached(source: TextSource): CachedDocument {
    const entry = cache.get(source.uri);
    const text = source.getText();
    if (entry && entry.version === source.version && entry.text === text) return entry;
    const analysis = analyzeText(text, entry?.lineCache);
    const fresh: CachedDocument = {
      version: source.version, text, document: analysis.document, lineCache: analysis.cache, previous: entry?.findings ? entry.document : entry?.previous,
    };
    cache.set(source.uri, fresh);
    return fresh;
  }

  function getDocument(source: TextSource): ReportDocument {
    return cached(source).document;
  }

  /** Whether the document is too large to check under these settings (it still gets its outline). */
  function tooLarge(entry: CachedDocument, settings: Settings): boolean {
    return settings.maxDocumentSize > 0 && entry.text.length > settings.maxDocumentSize;
  }

  function getFindings(source: TextSource, settings: Settings = DEFAULT_SETTINGS): readonly Finding[] {
    const entry = cached(source);
    if (entry.findings?.settings !== settings) {
      entry.findings = { settings, findings: tooLarge(entry, settings) ? [] : runChecks(entry.document, entry.text, localeFor(settings), settings, entry.previous) };
      entry.previous = undefined;
    }
    return entry.findings.findings;
  }

  /** The edits of every safe fix, worked out once per version and settings. */
  function getFixAllEdits(source: TextSource, settings: Settings = DEFAULT_SETTINGS): TextEdit[] {
    const findings = getFindings(source, settings);
    const entry = cached(source);
    if (entry.fixAll?.findings !== findings) entry.fixAll = { findings, edits: fixAllEdits(findings) };
    return entry.fixAll.edits;
  }

  function getDiagnostics(source: TextSource, settings: Settings = DEFAULT_SETTINGS, withRelated = true): Diagnostic[] {
    const entry = cached(source);
    const locale = localeFor(settings);
    if (tooLarge(entry, settings)) return [skippedChecksNotice(entry.text.length, settings.maxDocumentSize, locale)];
    return limitedDiagnostics(getFindings(source, settings), settings.maxNumberOfProblems, (finding) => toDiagnostic(finding, source.uri, withRelated), locale);
  }

  return {
    localeFor,
    getDocument,
    getOutline: (source, settings) => buildOutline(getDocument(source), localeFor(settings)),
    getFoldingRanges: (source) => buildFoldingRanges(getDocument(source)),
    getFindings,
    getDiagnostics,
    getCodeActions: (source, range, settings, only) =>
      codeActions(source, getFindings(source, settings), range, localeFor(settings), only, () => getFixAllEdits(source, settings), options.allowWordCommand),
    getFixAllEdits,
    getLayout: (source, settings = DEFAULT_SETTINGS) => layoutDocument(getDocument(source), settings.export),
    getPreview: (source, settings = DEFAULT_SETTINGS) => {
      const layout = layoutDocument(getDocument(source), settings.export);
      return { page: layout.page, pages: paginate(layout) };
    },
    exportDocx: (source, settings = DEFAULT_SETTINGS, split, fallback) => exportDocx(layoutDocument(getDocument(source), settings.export), split, fallback),
    getRenumberEdits: (source) => renumberDocument(getDocument(source)),
    getInsertSectionsEdits: (source, settings) => {
      const document = getDocument(source);
      return document.reports.flatMap((report) =>
        insertSections(document, report, report.profile, missingTopics(report.profile, report), localeFor(settings)));
    },
    getCompletions: (source, position, settings) => completions(getDocument(source), position.line, position.character, localeFor(settings), today()),
    getHover: (source, position, settings) => hover(getDocument(source), getFindings(source, settings), position, localeFor(settings)),
    getDocumentLinks: (source, settings) => documentLinks(getDocument(source), source.uri, localeFor(settings)),
    getDefinition: (source, position) => definition(getDocument(source), source.uri, position),
    getWorkspaceSymbols: (sources, query, settings) =>
      workspaceSymbols(sources.map((source) => ({ uri: source.uri, outline: buildOutline(getDocument(source), localeFor(settings)) })), query),
    getSemanticTokens: (source, settings, range) => semanticTokens(getDocument(source), getFindings(source, settings), range),
    getCounts: (source, position, settings) => {
      const document = getDocument(source);
      return counts(document, position.line, (heading) => headingName(document, heading), localeFor(settings));
    },
    isReport: looksLikeReport,
    looksMisdecoded,
    forget: (uri) => void cache.delete(uri),
  };
}
