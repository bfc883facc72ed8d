/**
 * The LSP adapter: it keeps the open documents (incremental sync, out-of-range changes clamped),
 * reads the settings each document is under, asks the language service, and pushes diagnostics with
 * the document version. No handler ever throws or answers with an error: malformed parameters, a
 * failure or a client that never answers gives the empty answer (or the default settings).
 */
import {
  CodeActionKind, Connection, DidChangeConfigurationNotification, InitializeResult, MessageType, SemanticTokensRefreshRequest,
  ShowMessageNotification, TextDocumentSyncKind, TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { DEFAULT_SETTINGS, Settings, parseSettings } from '../service/settings';
import { FIX_ALL_KIND, workspaceEdit } from '../service/features/codeActions';
import { CompileInput, compile, inputFromBytes, isCompilationTitle } from '../service/features/compile';
import { summaryCsv, summaryGrid } from '../service/features/summary';
import { TOKEN_LEGEND } from '../service/features/semanticTokens';
import { Message, format } from '../service/l10n';
import { DocxError, docxErrorMessage } from '../service/docx/errors';
import { readDocx } from '../service/docx/readDocx';
import { LanguageService, createLanguageService } from '../service/languageService';
import {
  CompileRequest, CountsRequest, ExportDocxRequest, ImportDocxRequest, IsReportRequest, LooksMisdecodedRequest, PreviewRequest, Request, SERVER_COMMANDS,
} from '../protocol';
import { version } from '../../../package.json';
import { clampingTextDocuments } from './clamping';
import { readAllowWordCommand, readCapabilities, readCompileFiles, readKinds, readLocale, readPosition, readRange, readString, readUri } from './params';
import { CoalescingScheduler } from './scheduler';
import { toDocumentSymbol } from './symbols';

/** How long the client may take to answer `workspace/configuration` before the defaults are used. */
export const CONFIGURATION_TIMEOUT_MS = 1000;

const WORDS = {
  renumbered: { 'zh-cn': '已重新编号 {count} 处标题', en: 'Renumbered {count} headings' },
  nothingToRenumber: { 'zh-cn': '标题编号已经连续，无需重新编号', en: 'The headings are already numbered in sequence' },
  inserted: { 'zh-cn': '已插入缺少的必备章节', en: 'Inserted the missing required sections' },
  nothingMissing: { 'zh-cn': '报告已包含全部必备章节', en: 'The report already has every required section' },
  notOpen: { 'zh-cn': '文档未打开：{uri}', en: 'The document is not open: {uri}' },
} satisfies Record<string, Message>;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(clampingTextDocuments);
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

  function logFailure(what: string, error: unknown): void {
    connection.console.error(`${what} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  }

  /** Runs a computation, turning any exception into a logged error and the fallback answer. */
  function guard<T>(what: string, fallback: T, run: () => T): T {
    try {
      return run();
    } catch (error) {
      logFailure(what, error);
      return fallback;
    }
  }

  /**
   * A request handler that never fails: parameters are read defensively by `run`, and anything it
   * throws or rejects with becomes the fallback answer.
   */
  function handler<T>(what: string, fallback: T, run: (params: unknown) => T | Promise<T>): (params: unknown) => Promise<T> {
    return async (params) => {
      try {
        return await run(params);
      } catch (error) {
        logFailure(what, error);
        return fallback;
      }
    };
  }

  /** Answers a request of the protocol with a handler that never fails (see `handler`). */
  function answer<Params, Result>(request: Request<Params, Result>, fallback: Result, run: (params: unknown) => Result | Promise<Result>): void {
    const answered = handler(request.method, fallback, run);
    connection.onRequest(request.method, (params: unknown): Promise<unknown> => answered(params));
  }

  /** The open document a request names, if any. */
  function documentOf(params: unknown): TextDocument | undefined {
    const uri = readUri(params);
    return uri === undefined ? undefined : documents.get(uri);
  }

  connection.onInitialize((params): InitializeResult => {
    const capabilities = readCapabilities(params);
    service = createLanguageService({ locale: readLocale(params), allowWordCommand: readAllowWordCommand(params) });
    pullsConfiguration = capabilities.workspace?.configuration === true;
    registersConfigurationChanges = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    refreshesSemanticTokens = capabilities.workspace?.semanticTokens?.refreshSupport === true;
    takesRelatedInformation = capabilities.textDocument?.publishDiagnostics?.relatedInformation === true;
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

  /**
   * The settings a document is under: pulled per document when the client can, else pushed. A client
   * that does not answer within a second gets the defaults meanwhile; its late answer still counts.
   */
  function settingsFor(uri: string): Promise<Settings> {
    if (!pullsConfiguration) return Promise.resolve(pushedSettings);
    let settings = settingsByUri.get(uri);
    if (!settings) {
      const pulled = connection.workspace.getConfiguration({ scopeUri: uri, section: 'fazhiReport' }).then(parseSettings, () => DEFAULT_SETTINGS);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<Settings>((resolve) => {
        timer = setTimeout(() => {
          resolve(DEFAULT_SETTINGS);
          void pulled.then((late) => {
            if (settingsByUri.get(uri) !== settings) return;
            settingsByUri.set(uri, Promise.resolve(late));
            if (documents.get(uri)) scheduler.schedule(uri);
          });
        }, CONFIGURATION_TIMEOUT_MS);
      });
      settings = Promise.race([pulled, timeout]).finally(() => clearTimeout(timer));
      settingsByUri.set(uri, settings);
    }
    return settings;
  }

  connection.onDidChangeConfiguration((change) => guard('didChangeConfiguration', undefined, () => {
    settingsByUri.clear();
    const pushed = (change as { settings?: { fazhiReport?: unknown } | null } | null)?.settings?.fazhiReport;
    pushedSettings = pushed === undefined ? DEFAULT_SETTINGS : parseSettings(pushed);
    for (const document of documents.all()) scheduleDiagnostics(document.uri);
    // Placeholder colours follow the settings too.
    if (refreshesSemanticTokens) void connection.sendRequest(SemanticTokensRefreshRequest.type).catch(() => undefined);
  }));

  const scheduler = new CoalescingScheduler((uri) => void publishDiagnostics(uri));

  function scheduleDiagnostics(uri: string): void {
    // Ask for a new document's settings at once: the answer travels while the model is built.
    void settingsFor(uri);
    scheduler.schedule(uri);
  }

  async function publishDiagnostics(uri: string): Promise<void> {
    const pendingSettings = settingsFor(uri);
    const current = documents.get(uri);
    // The model does not depend on the settings: build it before waiting for them.
    if (current) guard('model', undefined, () => service.getDocument(current));
    const settings = await pendingSettings;
    // The latest version, which may be newer than the one that asked; a newer one still to be analysed publishes instead.
    const document = documents.get(uri);
    if (!document || scheduler.isPending(uri)) return;
    const diagnostics = guard('diagnostics', [], () => service.getDiagnostics(document, settings, takesRelatedInformation));
    void connection.sendDiagnostics({ uri, version: document.version, diagnostics });
  }

  // A document opened again (even with the same version) starts from its new text.
  documents.onDidOpen((event) => service.forget(event.document.uri));
  documents.onDidChangeContent((event) => scheduleDiagnostics(event.document.uri));
  documents.onDidClose((event) => {
    scheduler.cancel(event.document.uri);
    settingsByUri.delete(event.document.uri);
    service.forget(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onDocumentSymbol(handler('documentSymbol', [], async (params) => {
    const document = documentOf(params);
    if (!document) return [];
    const settings = await settingsFor(document.uri);
    return service.getOutline(document, settings).map(toDocumentSymbol);
  }));

  connection.onFoldingRanges(handler('foldingRange', [], (params) => {
    const document = documentOf(params);
    return document ? service.getFoldingRanges(document) : [];
  }));

  connection.onCodeAction(handler('codeAction', [], async (params) => {
    const document = documentOf(params);
    const range = readRange(params, 'range');
    if (!document || !range) return [];
    const settings = await settingsFor(document.uri);
    return service.getCodeActions(document, range, settings, readKinds(params));
  }));

  connection.onCompletion(handler('completion', [], async (params) => {
    const document = documentOf(params);
    const position = readPosition(params);
    if (!document || !position) return [];
    const settings = await settingsFor(document.uri);
    return service.getCompletions(document, position, settings);
  }));

  connection.onHover(handler('hover', null, async (params) => {
    const document = documentOf(params);
    const position = readPosition(params);
    if (!document || !position) return null;
    const settings = await settingsFor(document.uri);
    return service.getHover(document, position, settings) ?? null;
  }));

  connection.onDocumentLinks(handler('documentLink', [], async (params) => {
    const document = documentOf(params);
    if (!document) return [];
    const settings = await settingsFor(document.uri);
    return service.getDocumentLinks(document, settings);
  }));

  connection.onDefinition(handler('definition', null, (params) => {
    const document = documentOf(params);
    const position = readPosition(params);
    return (document && position && service.getDefinition(document, position)) ?? null;
  }));

  connection.onWorkspaceSymbol(handler('workspaceSymbol', [], (params) =>
    service.getWorkspaceSymbols(documents.all(), readString(params, 'query') ?? '', pushedSettings)));

  connection.languages.semanticTokens.on(handler('semanticTokens', { data: [] }, async (params) => {
    const document = documentOf(params);
    if (!document) return { data: [] };
    const settings = await settingsFor(document.uri);
    return service.getSemanticTokens(document, settings);
  }));

  connection.languages.semanticTokens.onRange(handler('semanticTokens/range', { data: [] }, async (params) => {
    const document = documentOf(params);
    const range = readRange(params, 'range');
    if (!document || !range) return { data: [] };
    const settings = await settingsFor(document.uri);
    return service.getSemanticTokens(document, settings, range);
  }));

  answer(CountsRequest, null, async (params) => {
    const document = documentOf(params);
    const position = readPosition(params);
    if (!document || !position) return null;
    const settings = await settingsFor(document.uri);
    return service.getCounts(document, position, settings);
  });

  answer(PreviewRequest, null, async (params) => {
    const document = documentOf(params);
    if (!document) return null;
    return service.getPreview(document, await settingsFor(document.uri));
  });

  answer(ImportDocxRequest, { error: 'unexpected', message: '' }, (params) => {
    const data = readString(params, 'data') ?? '';
    try {
      return { text: readDocx(Buffer.from(data, 'base64')) };
    } catch (error) {
      if (!(error instanceof DocxError)) logFailure('importDocx', error);
      const language = readString(params, 'messageLanguage');
      const locale = language === 'zh-cn' || language === 'en' ? language : service.localeFor(pushedSettings);
      const message = docxErrorMessage(error, readString(params, 'name') ?? 'docx', locale);
      return { error: error instanceof DocxError ? error.reason : 'unexpected', message };
    }
  });

  answer(ExportDocxRequest, null, async (params) => {
    const document = documentOf(params);
    if (!document) return null;
    const settings = await settingsFor(document.uri);
    const split = (params as { split?: unknown } | undefined)?.split === true;
    const files = await service.exportDocx(document, settings, split, readString(params, 'fallbackName') ?? 'report');
    const problems = service.getFindings(document, settings).filter((finding) => finding.severity === 'error' || finding.severity === 'warning').length;
    // The model's count (built already), not a second layout of the whole document.
    const reports = service.getDocument(document).reports.length;
    return { files: files.map((file) => ({ name: file.name, data: Buffer.from(file.data).toString('base64') })), problems, reports };
  });

  answer(CompileRequest, null, async (params) => {
    const files = readCompileFiles(params);
    if (!files || files.length === 0) return null;
    // The settings of the first file's folder (the checks' severities, the layout that gives the pages).
    const uri = files.find((file) => file.uri !== undefined)?.uri;
    const settings = uri === undefined ? pushedSettings : await settingsFor(uri);
    const locale = service.localeFor(settings);
    const title = readString(params, 'title');
    const inputs = files.map((file): CompileInput => ('text' in file ? { file: file.file, text: file.text }
      : 'data' in file ? inputFromBytes(file.file, Buffer.from(file.data, 'base64'), locale) : { file: file.file, error: file.error }));
    const compilation = compile(inputs, settings, locale, title !== undefined && isCompilationTitle(title) ? title : undefined);
    const { rows } = compilation;
    return { title: compilation.title, text: compilation.text, reports: compilation.reports, rows, grid: summaryGrid(rows, locale), csv: summaryCsv(rows, locale) };
  });

  answer(IsReportRequest, false, (params) => {
    const text = readString(params, 'text');
    return text !== undefined && service.isReport(text);
  });

  answer(LooksMisdecodedRequest, false, (params) => {
    const text = readString(params, 'text');
    return text !== undefined && service.looksMisdecoded(text);
  });

  connection.onExecuteCommand(handler('executeCommand', undefined, async (params) => {
    const { command, arguments: args } = (params ?? {}) as { command?: unknown; arguments?: unknown };
    const uri = Array.isArray(args) ? args[0] : undefined;
    const document = typeof uri === 'string' ? documents.get(uri) : undefined;
    if (!document) {
      tell(MessageType.Warning, format(WORDS.notOpen, service.localeFor(pushedSettings), { uri: String(uri) }));
      return;
    }
    const settings = await settingsFor(document.uri);
    const locale = service.localeFor(settings);
    let edits: TextEdit[];
    let done: string;
    let nothing: string;
    if (command === SERVER_COMMANDS.renumber) {
      edits = service.getRenumberEdits(document);
      done = format(WORDS.renumbered, locale, { count: edits.length });
      nothing = WORDS.nothingToRenumber[locale];
    } else if (command === SERVER_COMMANDS.insertMissingSections) {
      edits = service.getInsertSectionsEdits(document, settings);
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
  }));

  documents.listen(connection);
  connection.listen();
}
