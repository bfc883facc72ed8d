/**
 * The command "汇编报告…": the report files of the folders or files chosen in the Explorer (or in a
 * dialog), read here — the server reads no file — and sent to the server, which compiles them; the
 * compilation opens as a new report document beside its summary table, and the Word export is offered.
 */
import { FileType, ProgressLocation, TextDocument, Uri, ViewColumn, commands, window, workspace } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CompileFile, CompileRequest } from '../../server/src/protocol';
import { ask } from './ask';
import { t } from './messages';
import { SummaryPanel } from './summary';


/** The files compiled from a folder, as the command line takes them. */
const REPORT_FILE = /\.(fzbg|txt|docx)$/i;

export async function compileReports(client: LanguageClient, languageId: string, summary: SummaryPanel, clicked?: Uri, selected?: readonly Uri[]): Promise<void> {
  const chosen = selected && selected.length > 0 ? [...selected] : clicked ? [clicked] : await window.showOpenDialog({
    canSelectFiles: true, canSelectFolders: true, canSelectMany: true, title: t('Choose the reports or folders to compile'),
    filters: { [t('Reports')]: ['fzbg', 'txt', 'docx'] },
  });
  if (!chosen || chosen.length === 0) return;
  const sources = new Map<string, Uri>();
  const result = await window.withProgress({ location: ProgressLocation.Notification, title: t('Compiling the reports…') }, async () => {
    const uris = (await Promise.all(chosen.map(reportFilesOf))).flat();
    if (uris.length === 0) return undefined;
    const files = await Promise.all(uris.map(readFile));
    files.forEach((file, index) => sources.set(file.file, uris[index]!));
    return ask(client, CompileRequest, { files });
  });
  if (result === undefined) {
    void window.showWarningMessage(t('No .fzbg, .txt or .docx report files there.'));
    return;
  }
  if (!result) {
    void window.showErrorMessage(t('The reports could not be compiled.'));
    return;
  }
  let compilation: TextDocument | undefined;
  if (result.reports > 0) {
    compilation = await workspace.openTextDocument({ language: languageId, content: result.text });
    await window.showTextDocument(compilation, { viewColumn: ViewColumn.One });
  }
  summary.show(result, sources, compilation);
  const failed = result.rows.filter((row) => 'error' in row).length;
  if (!compilation) {
    void window.showErrorMessage(t('No report to compile: see the summary for why.'));
    return;
  }
  const exportWord = t('Export to Word');
  const message = failed > 0
    ? t('Compiled {0} reports into "{1}"; {2} files were not compiled (see the summary).', result.reports, result.title, failed)
    : t('Compiled {0} reports into "{1}".', result.reports, result.title);
  if ((await (failed > 0 ? window.showWarningMessage(message, exportWord) : window.showInformationMessage(message, exportWord))) === exportWord) {
    await commands.executeCommand('fazhiReport.exportDocx', compilation.uri);
  }
}

/** A file, or the report files under a folder in name order (hidden files and Word's lock files passed over). */
async function reportFilesOf(uri: Uri): Promise<Uri[]> {
  if (((await workspace.fs.stat(uri)).type & FileType.Directory) === 0) return [uri];
  const entries = (await workspace.fs.readDirectory(uri)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const found: Uri[] = [];
  for (const [name, type] of entries) {
    if (name.startsWith('.') || name.startsWith('~$') || name === 'node_modules') continue;
    const child = Uri.joinPath(uri, name);
    if (type & FileType.Directory) found.push(...(await reportFilesOf(child)));
    else if (REPORT_FILE.test(name)) found.push(child);
  }
  return found;
}

/** A file as the server takes it: an open document's text as it stands in the editor, else the file's bytes. */
async function readFile(uri: Uri): Promise<CompileFile> {
  const file = workspace.asRelativePath(uri);
  const open = workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open && !/\.docx$/i.test(uri.path)) return { file, uri: uri.toString(), text: open.getText() };
  try {
    return { file, uri: uri.toString(), data: Buffer.from(await workspace.fs.readFile(uri)).toString('base64') };
  } catch (error) {
    return { file, uri: uri.toString(), error: t('Could not read "{0}": {1}', file, error instanceof Error ? error.message : String(error)) };
  }
}
