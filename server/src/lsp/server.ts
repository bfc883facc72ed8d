/**
 * The LSP adapter: it keeps the open documents (incremental sync), asks the language service, and
 * pushes diagnostics with the document version. No handler ever throws: a failure is logged and the
 * request gets an empty answer.
 */
import {
  Connection, InitializeResult, TextDocumentSyncKind, TextDocuments,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LanguageService, createLanguageService } from '../service/languageService';
import { toDocumentSymbol } from './symbols';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let service: LanguageService = createLanguageService();

  /** Runs a handler, turning any exception into a logged error and the fallback answer. */
  function guard<T>(what: string, fallback: T, run: () => T): T {
    try {
      return run();
    } catch (error) {
      connection.console.error(`${what} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      return fallback;
    }
  }

  connection.onInitialize((params): InitializeResult => {
    const options = params.initializationOptions as { locale?: unknown } | undefined;
    const locale = typeof options?.locale === 'string' ? options.locale : params.locale;
    service = createLanguageService({ locale });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: { label: '法治报告助手' },
        foldingRangeProvider: true,
      },
      serverInfo: { name: 'fazhi-report', version: '0.1.0' },
    };
  });

  // Bursts of edits are coalesced: analysis runs once the queued changes are applied, on the latest version.
  const pendingUris = new Set<string>();
  let flushScheduled = false;
  function scheduleDiagnostics(uri: string): void {
    pendingUris.add(uri);
    if (flushScheduled) return;
    flushScheduled = true;
    setImmediate(() => {
      flushScheduled = false;
      const uris = [...pendingUris];
      pendingUris.clear();
      for (const pendingUri of uris) {
        const document = documents.get(pendingUri);
        if (document) publishDiagnostics(document);
      }
    });
  }

  function publishDiagnostics(document: TextDocument): void {
    guard('diagnostics', undefined, () => {
      service.getDocument(document);
      void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: [] });
    });
  }

  documents.onDidChangeContent((event) => scheduleDiagnostics(event.document.uri));
  documents.onDidClose((event) => {
    pendingUris.delete(event.document.uri);
    service.forget(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onDocumentSymbol((params) => guard('documentSymbol', [], () => {
    const document = documents.get(params.textDocument.uri);
    return document ? service.getOutline(document).map(toDocumentSymbol) : [];
  }));

  connection.onFoldingRanges((params) => guard('foldingRange', [], () => {
    const document = documents.get(params.textDocument.uri);
    return document ? service.getFoldingRanges(document) : [];
  }));

  documents.listen(connection);
  connection.listen();
}
