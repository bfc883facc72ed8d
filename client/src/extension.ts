/**
 * The VS Code side, kept thin: it starts the bundled language server, registers the palette
 * commands (which hand the active report to the server; the Word export writes what it answers, the
 * compilation sends the files it reads), switches plain-text documents that the
 * server recognises as reports, and shows the server's character counts in the status bar.
 */
import {
  ConfigurationTarget, ExtensionContext, Range, StatusBarAlignment, StatusBarItem, TextDocument, TextEditor, Uri, commands, env, languages, window,
  workspace,
} from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { ALLOW_WORD_COMMAND, CountsRequest, InitializationOptions, IsReportRequest, LooksMisdecodedRequest, SERVER_COMMANDS } from '../../server/src/protocol';
import { ask } from './ask';
import { compileReports } from './compile';
import { exportDocx } from './exportDocx';
import { t } from './messages';
import { importDocx, offerImportOfOpenedDocx } from './importDocx';
import { PreviewPanel } from './preview';
import { SummaryPanel } from './summary';

export const LANGUAGE_ID = 'fazhi-report';

/** Palette command → the server command it runs on the active document. */
const DOCUMENT_COMMANDS: Readonly<Record<string, string>> = {
  'fazhiReport.renumber': SERVER_COMMANDS.renumber,
  'fazhiReport.insertMissingSections': SERVER_COMMANDS.insertMissingSections,
};


/** The encoding most reports saved on Chinese Windows are in, when VS Code did not guess it. */
const LIKELY_ENCODING = 'gbk';

/** How much of a plain-text document's opening is shown to the server for detection. */
const OPENING_LINES = 40;
const STATUS_DELAY_MS = 150;
const SETTINGS_DELAY_MS = 400;


let client: LanguageClient | undefined;


export async function activate(context: ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  // VS Code's display language; the server reads fazhiReport.messageLanguage with the other settings, so a change applies at once.
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    initializationOptions: { locale: env.language, allowWordCommand: ALLOW_WORD_COMMAND } satisfies InitializationOptions,
  };
  const languageClient = new LanguageClient('fazhiReport', t('Rule-of-law Report Assistant'), serverOptions, clientOptions);
  client = languageClient;
  context.subscriptions.push(languageClient);

  for (const [command, serverCommand] of Object.entries(DOCUMENT_COMMANDS)) {
    context.subscriptions.push(commands.registerCommand(command, async () => {
      const document = window.activeTextEditor?.document;
      if (document?.languageId !== LANGUAGE_ID) {
        void window.showWarningMessage(t('Open a rule-of-law report first.'));
        return;
      }
      await commands.executeCommand(serverCommand, document.uri.toString());
    }));
  }
  context.subscriptions.push(commands.registerCommand('fazhiReport.useReportLanguage', async () => {
    const document = window.activeTextEditor?.document;
    if (document && document.languageId !== LANGUAGE_ID) await languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  }));

  context.subscriptions.push(commands.registerCommand(ALLOW_WORD_COMMAND, allowWord));
  const preview = new PreviewPanel(context, languageClient, LANGUAGE_ID);
  context.subscriptions.push(preview);
  for (const [command, beside] of [['fazhiReport.showPreview', false], ['fazhiReport.showPreviewToSide', true]] as const) {
    context.subscriptions.push(commands.registerCommand(command, (uri?: unknown) => {
      const document = uri instanceof Uri ? workspace.textDocuments.find((open) => open.uri.toString() === uri.toString()) : window.activeTextEditor?.document;
      if (document?.languageId !== LANGUAGE_ID) {
        void window.showWarningMessage(t('Open a rule-of-law report first.'));
        return;
      }
      preview.open(document, beside);
    }));
  }
  context.subscriptions.push(commands.registerCommand('fazhiReport.importDocx', (uri?: unknown) => importDocx(languageClient, LANGUAGE_ID, uri instanceof Uri ? uri : undefined)));
  const summary = new SummaryPanel(context, LANGUAGE_ID);
  context.subscriptions.push(summary);
  // From the Explorer: the item clicked and every item selected; from the palette, nothing (a dialog asks).
  context.subscriptions.push(commands.registerCommand('fazhiReport.compile', (clicked?: unknown, selected?: unknown) => compileReports(
    languageClient, LANGUAGE_ID, summary, clicked instanceof Uri ? clicked : undefined,
    Array.isArray(selected) ? selected.filter((uri): uri is Uri => uri instanceof Uri) : undefined,
  )));
  offerImportOfOpenedDocx(context, languageClient, LANGUAGE_ID);
  context.subscriptions.push(commands.registerCommand('fazhiReport.exportDocx', async (uri?: unknown) => {
    // From the editor title the command gets the document's URI; from the palette, the active editor's.
    const document = uri instanceof Uri ? workspace.textDocuments.find((open) => open.uri.toString() === uri.toString()) : window.activeTextEditor?.document;
    if (document?.languageId !== LANGUAGE_ID) {
      void window.showWarningMessage(t('Open a rule-of-law report first.'));
      return undefined;
    }
    return exportDocx(languageClient, document);
  }));

  await languageClient.start();
  detectReports(context, languageClient);
  showCounts(context, languageClient);
}

/**
 * Switches plain-text documents whose opening holds a report title to the report language, once
 * per document and session: a writer who switches one back keeps it as plain text. A file is looked
 * at when it opens; an Untitled document (Ctrl+N, then a paste) also when its text changes, until it
 * is switched. A report (or a plain-text document) whose text looks decoded with the wrong encoding
 * gets one offer to reopen it as GBK; once reopened, it is looked at again.
 */
function detectReports(context: ExtensionContext, languageClient: LanguageClient): void {
  const decided = new Set<string>();
  const warned = new Set<string>();
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  const opening = (document: TextDocument) => document.getText(new Range(0, 0, OPENING_LINES, 0));
  const detect = async (document: TextDocument) => {
    const key = document.uri.toString();
    if (document.languageId !== 'plaintext' && document.languageId !== LANGUAGE_ID) return;
    if (await ask(languageClient, LooksMisdecodedRequest, { text: opening(document) })) {
      if (!warned.has(key)) {
        warned.add(key);
        void offerReopening(document, async (reopened) => ask(languageClient, LooksMisdecodedRequest, { text: opening(reopened) }));
      }
      return;
    }
    if (document.languageId !== 'plaintext' || decided.has(key)) return;
    if (!workspace.getConfiguration('fazhiReport', document).get<boolean>('detectPlainText', true)) return;
    // An Untitled document is still being written: it stays undecided until it reads as a report.
    if (!document.isUntitled) decided.add(key);
    if (!(await ask(languageClient, IsReportRequest, { text: opening(document) }))) return;
    decided.add(key);
    await languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  };
  /** After a paste or a pause in typing, not on every key. */
  const detectSoon = (document: TextDocument) => {
    const key = document.uri.toString();
    clearTimeout(pending.get(key));
    pending.set(key, setTimeout(() => {
      pending.delete(key);
      void detect(document);
    }, STATUS_DELAY_MS));
  };
  context.subscriptions.push(
    workspace.onDidOpenTextDocument((document) => void detect(document)),
    workspace.onDidChangeTextDocument((event) => {
      const { document, contentChanges } = event;
      const key = document.uri.toString();
      if (contentChanges.length === 0) return;
      // A document reopened with another encoding changes its whole text.
      if (warned.has(key)) void detect(document);
      else if (document.isUntitled && document.languageId === 'plaintext' && !decided.has(key)) detectSoon(document);
    }),
    workspace.onDidCloseTextDocument((document) => {
      clearTimeout(pending.get(document.uri.toString()));
      pending.delete(document.uri.toString());
    }),
    { dispose: () => pending.forEach((timer) => clearTimeout(timer)) },
  );
  for (const document of workspace.textDocuments) void detect(document);
}

/** Says that a document looks decoded with the wrong encoding, with a button that reopens it as GBK. */
async function offerReopening(document: TextDocument, stillMisdecoded: (document: TextDocument) => Promise<boolean>): Promise<void> {
  const reopen = t('Reopen as GBK');
  const choice = await window.showWarningMessage(
    t('"{0}" looks opened with the wrong encoding (it may be GBK), so its outline and problems are empty.', workspace.asRelativePath(document.uri)),
    reopen, t('Choose an encoding…'));
  if (choice === undefined) return;
  if (choice === reopen) {
    try {
      // `encoding` is understood by VS Code 1.100 and later; older ones fall through to the picker.
      const open = workspace.openTextDocument as (uri: Uri, options: { encoding: string }) => Thenable<TextDocument>;
      const reopened = await open(document.uri, { encoding: LIKELY_ENCODING });
      await window.showTextDocument(reopened);
      if (!(await stillMisdecoded(reopened))) return;
    } catch {
      // Fall back to VS Code's own encoding picker.
    }
  }
  await window.showTextDocument(document);
  await commands.executeCommand('workbench.action.editor.changeEncoding');
}

/**
 * Adds a word to fazhiReport.allowedWords in the workspace settings (the user's settings when no
 * folder is open). The list written is the one in effect plus the word: a workspace list replaces
 * the user's list rather than adding to it, so the user's words are carried over.
 */
async function allowWord(word: unknown): Promise<void> {
  if (typeof word !== 'string' || word.trim() === '') return;
  const configuration = workspace.getConfiguration('fazhiReport', window.activeTextEditor?.document);
  const current = configuration.get<unknown[]>('allowedWords', []).filter((entry): entry is string => typeof entry === 'string');
  if (!current.includes(word)) {
    const target = workspace.workspaceFolders?.length ? ConfigurationTarget.Workspace : ConfigurationTarget.Global;
    await configuration.update('allowedWords', [...current, word], target);
  }
  window.setStatusBarMessage(t('"{0}" will not be reported again (fazhiReport.allowedWords)', word), 5000);
}

/** A status-bar item with the document's character count and the current section's. */
function showCounts(context: ExtensionContext, languageClient: LanguageClient): void {
  const item: StatusBarItem = window.createStatusBarItem('fazhiReport.counts', StatusBarAlignment.Right, 100);
  item.name = t('Report character count');
  context.subscriptions.push(item);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = async (editor: TextEditor | undefined) => {
    if (editor?.document.languageId !== LANGUAGE_ID) {
      item.hide();
      return;
    }
    const counts = await ask(languageClient, CountsRequest, {
      textDocument: { uri: editor.document.uri.toString() },
      position: { line: editor.selection.active.line, character: editor.selection.active.character },
    }).catch(() => null);
    if (!counts || editor !== window.activeTextEditor) return;
    item.text = `$(symbol-text) ${counts.text}`;
    item.tooltip = counts.tooltip || undefined;
    item.show();
  };
  /** The counts of the editor active when the delay is over (a language switch gives it a new document meanwhile). */
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(window.activeTextEditor), STATUS_DELAY_MS);
  };
  context.subscriptions.push(
    window.onDidChangeActiveTextEditor(schedule),
    // The counts follow fazhiReport.messageLanguage.
    workspace.onDidChangeConfiguration((event) => {
      // After the server has read the new setting (it is told of the change at the same time).
      if (event.affectsConfiguration('fazhiReport.messageLanguage')) setTimeout(schedule, SETTINGS_DELAY_MS);
    }),
    window.onDidChangeTextEditorSelection(schedule),
    // A document switched to the report language is closed and opened again, which need not change the active editor.
    workspace.onDidOpenTextDocument((document) => {
      if (document.uri.toString() === window.activeTextEditor?.document.uri.toString()) schedule();
    }),
    workspace.onDidChangeTextDocument((event) => {
      if (event.document === window.activeTextEditor?.document) schedule();
    }),
    { dispose: () => clearTimeout(timer) },
  );
  schedule();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
