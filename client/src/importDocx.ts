/**
 * The command "从 Word 文档导入…": the chosen `.docx` (or the one opened in VS Code, which shows it
 * as binary) read by the server into report text — Word's automatic numbers written out — and
 * opened as a new report document, which the writer may save as `.fzbg` beside the Word file.
 */
import { ExtensionContext, Uri, commands, languages, window, workspace } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ImportDocxRequest } from '../../server/src/protocol';
import { ask } from './ask';
import { t } from './messages';


export async function importDocx(client: LanguageClient, languageId: string, chosen?: Uri): Promise<void> {
  const source = chosen ?? (await window.showOpenDialog({ canSelectMany: false, filters: { [t('Word documents')]: ['docx'] }, title: t('Import a Word report') }))?.[0];
  if (!source) return;
  const name = source.path.split('/').pop() ?? '';
  const messageLanguage = workspace.getConfiguration('fazhiReport').get<string>('messageLanguage', 'auto');
  const result = await ask(client, ImportDocxRequest, { data: Buffer.from(await workspace.fs.readFile(source)).toString('base64'), name, messageLanguage });
  if ('error' in result) {
    // The server says precisely what is wrong; a file that is no zip at all is most often a .doc or .wps.
    void window.showErrorMessage(result.error === 'notZip'
      ? t('"{0}" is not a Word document (.docx). A .doc or .wps file: save it as .docx in Word or WPS first.', name)
      : result.message);
    return;
  }
  const document = await workspace.openTextDocument({ language: languageId, content: result.text });
  const editor = await window.showTextDocument(document);
  // VS Code can show the Word file only as binary: its text takes the place of that tab.
  await closeTabsOf(source);
  const save = t('Save as .fzbg beside it');
  if (source.scheme !== 'file' || (await window.showInformationMessage(t('Imported "{0}" as a report.', name), save)) !== save) return;
  const target = Uri.joinPath(source, '..', name.replace(/\.docx$/i, '') + '.fzbg');
  try {
    await workspace.fs.stat(target);
    const replace = t('Replace');
    if ((await window.showWarningMessage(t('{0} already exists. Replace it?', target.path.split('/').pop()!), { modal: true }, replace)) !== replace) return;
  } catch {
    // Not there yet.
  }
  // What the writer may have changed meanwhile is saved too.
  await workspace.fs.writeFile(target, Buffer.from(document.getText(), 'utf8'));
  // One editor at the end, the saved report: the Untitled copy is closed without a "save?" question.
  await window.showTextDocument(document, editor.viewColumn);
  await commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  const saved = await workspace.openTextDocument(target);
  await languages.setTextDocumentLanguage(saved, languageId);
  await window.showTextDocument(saved, editor.viewColumn);
}

async function closeTabsOf(uri: Uri): Promise<void> {
  const tabs = window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => uriOf(tab.input)?.toString() === uri.toString());
  if (tabs.length > 0) await window.tabGroups.close(tabs);
}

function uriOf(input: unknown): Uri | undefined {
  return input && typeof input === 'object' && 'uri' in input && (input as { uri: unknown }).uri instanceof Uri ? (input as { uri: Uri }).uri : undefined;
}

/** A `.docx` opened in VS Code shows as binary: the notification offers to open it as report text instead. */
export function offerImportOfOpenedDocx(context: ExtensionContext, client: LanguageClient, languageId: string): void {
  const offered = new Set<string>();
  const offer = (uri: Uri) => {
    if (!uri.path.toLowerCase().endsWith('.docx') || offered.has(uri.toString())) return;
    offered.add(uri.toString());
    const open = t('Open as report text');
    void window.showInformationMessage(t('"{0}" is a Word document.', uri.path.split('/').pop() ?? ''), open).then((choice) => {
      if (choice === open) void importDocx(client, languageId, uri);
    });
  };
  context.subscriptions.push(window.tabGroups.onDidChangeTabs((event) => {
    for (const tab of [...event.opened, ...event.changed]) {
      const uri = uriOf(tab.input);
      if (uri) offer(uri);
    }
  }));
}
