/**
 * The summary of a compilation: a webview table the server's rows fill (one per report, and a row
 * with its reason for a file not compiled), sortable by any column; a click on a row opens that
 * report at its first line with the Problems panel, and buttons export the compilation to Word and
 * save the summary as CSV.
 */
import { Disposable, ExtensionContext, Range, TextDocument, Uri, ViewColumn, WebviewPanel, commands, languages, window, workspace } from 'vscode';
import type { CompileResult } from '../../server/src/protocol';
import { t } from './messages';
import { webviewPage } from './webviewPage';


type FromWebview = { type: 'ready' } | { type: 'open'; index: number } | { type: 'export' } | { type: 'saveCsv' };

export class SummaryPanel implements Disposable {
  private panel: WebviewPanel | undefined;
  private result: CompileResult | undefined;
  /** The file behind each row's name. */
  private sources = new Map<string, Uri>();
  private compilation: TextDocument | undefined;

  constructor(private readonly context: ExtensionContext, private readonly languageId: string) {}

  /** Shows a compilation's summary beside the editor (the same panel again for the next compilation). */
  show(result: CompileResult, sources: ReadonlyMap<string, Uri>, compilation: TextDocument | undefined): void {
    this.result = result;
    this.sources = new Map(sources);
    this.compilation = compilation;
    if (!this.panel) {
      this.panel = window.createWebviewPanel('fazhiReport.summary', '', { viewColumn: ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true,
        retainContextWhenHidden: true,
        localResourceRoots: [Uri.joinPath(this.context.extensionUri, 'dist')],
      });
      this.panel.webview.html = webviewPage(this.panel.webview, this.context.extensionUri, 'summary');
      this.panel.webview.onDidReceiveMessage((message: FromWebview) => void this.receive(message));
      this.panel.onDidDispose(() => {
        this.panel = undefined;
      });
    } else {
      this.panel.reveal(ViewColumn.Beside, true);
    }
    this.panel.title = t('Summary of {0}', result.title);
    void this.post();
  }

  private async post(): Promise<void> {
    const { panel, result } = this;
    if (!panel || !result) return;
    const failed = result.rows.filter((row) => 'error' in row).length;
    await panel.webview.postMessage({
      type: 'show',
      title: result.title,
      grid: result.grid,
      failed: result.rows.map((row) => 'error' in row),
      labels: {
        counts: failed > 0 ? t('{0} reports; {1} files not compiled', result.reports, failed) : t('{0} reports', result.reports),
        hint: t('Click a row to open the report with its problems; click a heading to sort.'),
        exportWord: t('Export to Word'),
        saveCsv: t('Save as CSV'),
      },
      canExport: this.compilation !== undefined && !this.compilation.isClosed,
    });
  }

  private async receive(message: FromWebview): Promise<void> {
    const result = this.result;
    if (!result) return;
    if (message.type === 'ready') {
      await this.post();
    } else if (message.type === 'open') {
      const row = result.rows[message.index];
      const uri = row && this.sources.get(row.file);
      if (row && uri) await this.open(uri, 'line' in row ? row.line : 0);
    } else if (message.type === 'export') {
      if (this.compilation && !this.compilation.isClosed) await commands.executeCommand('fazhiReport.exportDocx', this.compilation.uri);
    } else if (message.type === 'saveCsv') {
      const near = [...this.sources.values()][0];
      const name = `${result.title}${t('Summary')}.csv`;
      const target = await window.showSaveDialog({ defaultUri: near ? Uri.joinPath(near, '..', name) : Uri.file(name), filters: { CSV: ['csv'] } });
      // The CSV begins with U+FEFF, which UTF-8 writes as the byte-order mark Excel and WPS look for.
      if (target) await workspace.fs.writeFile(target, Buffer.from(result.csv, 'utf8'));
    }
  }

  /** A report at its first line, as a report (a Word file through the import), with the Problems panel. */
  private async open(uri: Uri, line: number): Promise<void> {
    if (/\.docx$/i.test(uri.path)) {
      await commands.executeCommand('fazhiReport.importDocx', uri);
      return;
    }
    let document = await workspace.openTextDocument(uri);
    if (document.languageId !== this.languageId) document = await languages.setTextDocumentLanguage(document, this.languageId);
    await window.showTextDocument(document, { viewColumn: ViewColumn.One, selection: new Range(line, 0, line, 0) });
    await commands.executeCommand('workbench.actions.view.problems');
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
