/**
 * The 公文 preview panel: a webview beside (or in place of) the report's editor that shows the
 * pages the server lays out — the same layout description as the Word export — updated about
 * 300 ms after typing stops, scrolled in step with the editor both ways, a click on a line
 * revealing it, and an export button. It follows the active report editor.
 */
import {
  Disposable, ExtensionContext, Range, Selection, TextDocument, TextEditor, TextEditorRevealType, Uri, ViewColumn, WebviewPanel, commands,
  window, workspace,
} from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PreviewRequest } from '../../server/src/protocol';
import { ask } from './ask';
import { t } from './messages';
import { webviewPage } from './webviewPage';


const UPDATE_DELAY_MS = 300;
/** After the editor is scrolled to follow the preview, its own scroll events are not sent back for this long. */
const QUIET_MS = 150;

type FromWebview = { type: 'ready' } | { type: 'reveal'; line: number } | { type: 'open'; line: number } | { type: 'export' };

export class PreviewPanel implements Disposable {
  private panel: WebviewPanel | undefined;
  private document: TextDocument | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private editorQuietUntil = 0;
  private readonly subscriptions: Disposable[] = [];

  constructor(private readonly context: ExtensionContext, private readonly client: LanguageClient, private readonly languageId: string) {
    this.subscriptions.push(
      workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.document) this.schedule();
      }),
      window.onDidChangeActiveTextEditor((editor) => {
        if (this.panel && editor?.document.languageId === this.languageId && editor.document !== this.document) this.show(editor.document);
      }),
      window.onDidChangeTextEditorVisibleRanges((event) => {
        if (event.textEditor.document !== this.document || Date.now() < this.editorQuietUntil) return;
        const top = event.visibleRanges[0]?.start.line;
        if (top !== undefined) void this.panel?.webview.postMessage({ type: 'scrollTo', line: top });
      }),
      workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('fazhiReport.export')) this.schedule();
        // The panel's title and header follow the message language.
        if (event.affectsConfiguration('fazhiReport.messageLanguage') && this.document) this.show(this.document);
      }),
    );
  }

  /** Opens the preview of `document`, in the editor's column or beside it. */
  open(document: TextDocument, beside: boolean): void {
    if (!this.panel) {
      this.panel = window.createWebviewPanel('fazhiReport.preview', '', { viewColumn: beside ? ViewColumn.Beside : ViewColumn.Active, preserveFocus: beside }, {
        enableScripts: true,
        retainContextWhenHidden: true,
        localResourceRoots: [Uri.joinPath(this.context.extensionUri, 'dist')],
      });
      this.panel.webview.html = webviewPage(this.panel.webview, this.context.extensionUri, 'preview');
      this.panel.webview.onDidReceiveMessage((message: FromWebview) => void this.receive(message), undefined, this.subscriptions);
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.document = undefined;
      }, undefined, this.subscriptions);
    } else {
      this.panel.reveal(beside ? ViewColumn.Beside : ViewColumn.Active, beside);
    }
    this.show(document);
  }

  private show(document: TextDocument): void {
    this.document = document;
    if (this.panel) this.panel.title = t('Preview {0}', document.uri.path.split('/').pop() ?? '');
    void this.update(this.editorOf(document)?.visibleRanges[0]?.start.line);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), UPDATE_DELAY_MS);
  }

  private async update(line?: number): Promise<void> {
    const document = this.document;
    if (!this.panel || !document) return;
    const preview = await ask(this.client, PreviewRequest, { textDocument: { uri: document.uri.toString() } }).catch(() => null);
    if (!preview || document !== this.document) return;
    await this.panel.webview.postMessage({
      type: 'update',
      ...preview,
      line,
      labels: {
        note: t('Layout preview: the exported Word document is authoritative'),
        pageOf: t('Page {0} of {1}'),
        exportWord: t('Export to Word'),
        empty: t('Nothing to lay out yet'),
      },
    });
  }

  private async receive(message: FromWebview): Promise<void> {
    const document = this.document;
    if (!document) return;
    if (message.type === 'ready') {
      await this.update(this.editorOf(document)?.visibleRanges[0]?.start.line);
    } else if (message.type === 'reveal') {
      const editor = this.editorOf(document);
      if (!editor) return;
      this.editorQuietUntil = Date.now() + QUIET_MS;
      editor.revealRange(new Range(message.line, 0, message.line, 0), TextEditorRevealType.AtTop);
    } else if (message.type === 'open') {
      const editor = await window.showTextDocument(document, { viewColumn: this.editorOf(document)?.viewColumn ?? ViewColumn.One, preserveFocus: false });
      editor.selection = new Selection(message.line, 0, message.line, 0);
      editor.revealRange(new Range(message.line, 0, message.line, 0), TextEditorRevealType.InCenterIfOutsideViewport);
    } else if (message.type === 'export') {
      await commands.executeCommand('fazhiReport.exportDocx', document.uri);
    }
  }

  private editorOf(document: TextDocument): TextEditor | undefined {
    return window.visibleTextEditors.find((editor) => editor.document === document);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
