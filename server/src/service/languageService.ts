/**
 * The language service: everything the editor and the CLI ask about a report, computed from one
 * cached document model per document version. It knows nothing of LSP connections, files or VS Code.
 */
import type { FoldingRange } from 'vscode-languageserver-types';
import { buildFoldingRanges } from './features/folding';
import { OutlineNode, buildOutline } from './features/outline';
import { Locale, resolveLocale } from './l10n';
import { LineInfoCache, analyzeText } from './model/analyze';
import type { ReportDocument } from './model/document';

/** A version of a document's text: a `TextDocument` of vscode-languageserver-textdocument fits. */
export interface TextSource {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

export interface LanguageServiceOptions {
  /** BCP 47 tag of the user's display language; English when it starts with `en`, else Chinese. */
  readonly locale?: string;
}

export interface LanguageService {
  readonly locale: Locale;
  /** The model of this version, built once and shared by every feature. */
  getDocument(source: TextSource): ReportDocument;
  getOutline(source: TextSource): OutlineNode[];
  getFoldingRanges(source: TextSource): FoldingRange[];
  /** Drops what is kept for a closed document. */
  forget(uri: string): void;
}

interface CachedDocument {
  readonly version: number;
  readonly document: ReportDocument;
  readonly lineCache: LineInfoCache;
}

export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  const locale = resolveLocale(options.locale);
  const cache = new Map<string, CachedDocument>();

  function getDocument(source: TextSource): ReportDocument {
    const cached = cache.get(source.uri);
    if (cached && cached.version === source.version) return cached.document;
    const analysis = analyzeText(source.getText(), cached?.lineCache);
    cache.set(source.uri, { version: source.version, document: analysis.document, lineCache: analysis.cache });
    return analysis.document;
  }

  return {
    locale,
    getDocument,
    getOutline: (source) => buildOutline(getDocument(source), locale),
    getFoldingRanges: (source) => buildFoldingRanges(getDocument(source)),
    forget: (uri) => void cache.delete(uri),
  };
}
