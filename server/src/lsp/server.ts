/**
 * The LSP adapter: it keeps the open documents (incremental sync), reads the settings each document
 * is under, asks the language service, and pushes diagnostics with the document version. No handler
 * ever throws: a failure is logged and the request gets an empty answer.
 */
import {
  CodeActionKind, Connection, DidChangeConfigurationNotification, InitializeResult, MessageType, Position, RequestType,
  SemanticTokensRefreshRequest, ShowMessageNotification, TextDocumentIdentifier, TextDocumentSyncKind, TextDocuments,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { DEFAULT_SETTINGS, Settings, parseSettings } from '../service/checks/settings';
import { FIX_ALL_KIND, workspaceEdit } from '../service/features/codeActions';
import type { Counts } from '../service/features/counts';
import { TOKEN_LEGEND } from '../service/features/semanticTokens';
import { Message, format } from '../service/l10n';
import { LanguageService, createLanguageService } from '../service/languageService';
import { version } from '../../../package.json';
import { toDocumentSymbol } from './symbols';

/** Commands the server executes; their one argument is the document's URI. */
export const SERVER_COMMANDS = {
  renumber: 'fazhi-report.renumber',
  insertMissingSections: 'fazhi-report.insertMissingSections',
} as const;

/** Requests beyond LSP that the VS Code client sends: the status-bar counts, and plain-text detection. */
export const CountsRequest = new RequestType<{ textDocument: TextDocumentIdentifier; position: Position }, Counts | null, void>('fazhi-report/counts');
export const IsReportRequest = new RequestType<{ text: string }, boolean, void>('fazhi-report/isReport');

const WORDS = {
  renumbered: { 'zh-cn': '已重新编号 {count} 处标题', en: 'Renumbered {count} headings' },
  nothingToRenumber: { 'zh-cn': '标题编号已经连续，无需重新编号', en: 'The headings are already numbered in sequence' },
  inserted: { 'zh-cn': '已插入缺少的必备章节', en: 'Inserted the missing required sections' },
  nothingMissing: { 'zh-cn': '报告已包含全部必备章节', en: 'The report already has every required section' },
  notOpen: { 'zh-cn': '文档未打开：{uri}', en: 'The document is not open: {uri}' },
} satisfies Record<string, Message>;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let service: LanguageService = createLanguageService();
  let pullsConfiguration = false;
  let registersConfigurationChanges = false;
  let refreshesSemanticTokens = false;
  let takesRelatedInformation = false;
  let pushedSettings: Settings = DEFAULT_SETTINGS;
  const settingsByUri = new Map<string, Promise<Settings>>();

  /** A message for the user, as a notification: it needs no answer, so no client can make it fail. */
  function tell(type: MessageType, message: string): void {
    void connection.sendNotification(ShowMessageNotification.type, { type, message });
  }

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
    pullsConfiguration = params.capabilities.workspace?.configuration === true;
    registersConfigurationChanges = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    refreshesSemanticTokens = params.capabilities.workspace?.semanticTokens?.refreshSupport === true;
    takesRelatedInformation = params.capabilities.textDocument?.publishDiagnostics?.relatedInformation === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: { label: '法治报告助手' },
        foldingRangeProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) },
        completionProvider: { triggerCharacters: ['（', '('] },
        hoverProvider: true,
        documentLinkProvider: { resolveProvider: false },
        definitionProvider: true,
        workspaceSymbolProvider: true,
        semanticTokensProvider: { legend: TOKEN_LEGEND, full: true, range: true },
      },
      serverInfo: { name: 'fazhi-report', version },
    };
  });

  connection.onInitialized(() => {
    // Asks to be told when settings change, so that pulled settings are read again.
    if (registersConfigurationChanges) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'fazhiReport' }).catch(() => undefined);
    }
  });

  /** The settings a document is under: pulled per document when the client can, else pushed. */
  function settingsFor(uri: string): Promise<Settings> {
    if (!pullsConfiguration) return Promise.resolve(pushedSettings);
    let settings = settingsByUri.get(uri);
    if (!settings) {
      settings = connection.workspace.getConfiguration({ scopeUri: uri, section: 'fazhiReport' })
        .then(parseSettings, () => DEFAULT_SETTINGS);
      settingsByUri.set(uri, settings);
    }
    return settings;
  }

  connection.onDidChangeConfiguration((change) => {
    settingsByUri.clear();
    const pushed = (change.settings as { fazhiReport?: unknown } | null | undefined)?.fazhiReport;
    pushedSettings = pushed === undefined ? DEFAULT_SETTINGS : parseSettings(pushed);
    for (const document of documents.all()) scheduleDiagnostics(document.uri);
    // Placeholder colours follow the settings too.
    if (refreshesSemanticTokens) void connection.sendRequest(SemanticTokensRefreshRequest.type).catch(() => undefined);
  });

  // Bursts of edits are coalesced: analysis runs once the queued changes are applied, on the latest version.
  const pendingUris = new Set<string>();
  let flushScheduled = false;
  function scheduleDiagnostics(uri: string): void {
    // Ask for a new document's settings at once: the answer travels while the model is built.
    void settingsFor(uri);
    pendingUris.add(uri);
    if (flushScheduled) return;
    flushScheduled = true;
    setImmediate(() => {
      flushScheduled = false;
      const uris = [...pendingUris];
      pendingUris.clear();
      for (const pendingUri of uris) void publishDiagnostics(pendingUri);
    });
  }

  async function publishDiagnostics(uri: string): Promise<void> {
    const pendingSettings = settingsFor(uri);
    const current = documents.get(uri);
    // The model does not depend on the settings: build it before waiting for them.
    if (current) guard('model', undefined, () => service.getDocument(current));
    const settings = await pendingSettings;
    // The latest version, which may be newer than the one that asked.
    const document = documents.get(uri);
    if (!document) return;
    const diagnostics = guard('diagnostics', [], () => service.getDiagnostics(document, settings, takesRelatedInformation));
    void connection.sendDiagnostics({ uri, version: document.version, diagnostics });
  }

  documents.onDidChangeContent((event) => scheduleDiagnostics(event.document.uri));
  documents.onDidClose((event) => {
    pendingUris.delete(event.document.uri);
    settingsByUri.delete(event.document.uri);
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

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const settings = await settingsFor(document.uri);
    return guard('codeAction', [], () => service.getCodeActions(document, params.range, settings, params.context.only));
  });

  connection.onCompletion((params) => guard('completion', [], () => {
    const document = documents.get(params.textDocument.uri);
    return document ? service.getCompletions(document, params.position) : [];
  }));

  connection.onHover(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const settings = await settingsFor(document.uri);
    return guard('hover', null, () => service.getHover(document, params.position, settings) ?? null);
  });

  connection.onDocumentLinks((params) => guard('documentLink', [], () => {
    const document = documents.get(params.textDocument.uri);
    return document ? service.getDocumentLinks(document) : [];
  }));

  connection.onDefinition((params) => guard('definition', null, () => {
    const document = documents.get(params.textDocument.uri);
    return (document && service.getDefinition(document, params.position)) ?? null;
  }));

  connection.onWorkspaceSymbol((params) => guard('workspaceSymbol', [], () => service.getWorkspaceSymbols(documents.all(), params.query)));

  connection.languages.semanticTokens.on(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return { data: [] };
    const settings = await settingsFor(document.uri);
    return guard('semanticTokens', { data: [] }, () => service.getSemanticTokens(document, settings));
  });

  connection.languages.semanticTokens.onRange(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return { data: [] };
    const settings = await settingsFor(document.uri);
    return guard('semanticTokens/range', { data: [] }, () => service.getSemanticTokens(document, settings, params.range));
  });

  connection.onRequest(CountsRequest, (params) => guard('counts', null, () => {
    const document = documents.get(params.textDocument.uri);
    return document ? service.getCounts(document, params.position) : null;
  }));

  connection.onRequest(IsReportRequest, (params) => guard('isReport', false, () => typeof params?.text === 'string' && service.isReport(params.text)));

  connection.onExecuteCommand(async (params) => {
    const uri = params.arguments?.[0];
    const document = typeof uri === 'string' ? documents.get(uri) : undefined;
    const locale = service.locale;
    if (!document) {
      tell(MessageType.Warning, format(WORDS.notOpen, locale, { uri: String(uri) }));
      return;
    }
    let edits: TextEdit[] = [];
    let done: string;
    let nothing: string;
    if (params.command === SERVER_COMMANDS.renumber) {
      edits = guard('renumber', [], () => service.getRenumberEdits(document));
      done = format(WORDS.renumbered, locale, { count: edits.length });
      nothing = WORDS.nothingToRenumber[locale];
    } else if (params.command === SERVER_COMMANDS.insertMissingSections) {
      edits = guard('insertMissingSections', [], () => service.getInsertSectionsEdits(document));
      done = WORDS.inserted[locale];
      nothing = WORDS.nothingMissing[locale];
    } else {
      return;
    }
    if (edits.length === 0) {
      tell(MessageType.Info, nothing);
      return;
    }
    const result = await connection.workspace.applyEdit({ label: done, edit: workspaceEdit(document, edits) }).catch(() => ({ applied: false }));
    if (result.applied) tell(MessageType.Info, done);
  });

  documents.listen(connection);
  connection.listen();
}
