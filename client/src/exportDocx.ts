/**
 * The command "导出为 Word 公文": asks the server for the `.docx` of the active report (the server lays
 * it out and writes the bytes), says how many problems at warning or above remain and offers to
 * export anyway, lets a compilation become one document or one per report, saves beside the report
 * (or where the writer chooses, for an untitled one) and offers to open the document or show it.
 */
import { ProgressLocation, TextDocument, Uri, commands, env, window, workspace } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ExportDocxRequest } from '../../server/src/protocol';
import { ask } from './ask';
import { t } from './messages';


export async function exportDocx(languageClient: LanguageClient, document: TextDocument): Promise<Uri[] | undefined> {
  const fallbackName = document.uri.path.split('/').pop()?.replace(/\.[^.]*$/, '') || 'report';
  const request = (split: boolean) => ask(languageClient, ExportDocxRequest, { textDocument: { uri: document.uri.toString() }, split, fallbackName });
  let result = await window.withProgress({ location: ProgressLocation.Notification, title: t('Laying out the 公文…') }, () => request(false));
  if (!result || result.files.length === 0) {
    void window.showErrorMessage(t('The report could not be exported.'));
    return undefined;
  }
  if (result.problems > 0) {
    const anyway = t('Export anyway');
    const choice = await window.showWarningMessage(
      t('The report still has {0} problems at warning or above (see the Problems panel). Export it anyway?', result.problems), anyway);
    if (choice !== anyway) return undefined;
  }
  if (result.reports > 1) {
    const one = { label: t('One document, each report from a new page'), split: false };
    const each = { label: t('One document per report, named by its title'), split: true };
    const chosen = await window.showQuickPick([one, each], { title: t('This compilation holds {0} reports', result.reports) });
    if (!chosen) return undefined;
    if (chosen.split) result = await window.withProgress({ location: ProgressLocation.Notification, title: t('Laying out the 公文…') }, () => request(true));
    if (!result) return undefined;
  }
  const targets = await targetsFor(document, result.files.map((file) => file.name));
  if (!targets) return undefined;
  await Promise.all(result.files.map((file, index) => workspace.fs.writeFile(targets[index]!, Buffer.from(file.data, 'base64'))));
  void offerToOpen(targets);
  return targets;
}

/** Beside a saved report; for an untitled one, where the writer says. A document already there is replaced only when the writer agrees. */
async function targetsFor(document: TextDocument, names: readonly string[]): Promise<Uri[] | undefined> {
  if (document.uri.scheme !== 'file') {
    const chosen = await window.showSaveDialog({ defaultUri: Uri.file(`${names[0]}.docx`), filters: { 'Word': ['docx'] } });
    if (!chosen) return undefined;
    return names.length === 1 ? [chosen] : names.map((name) => Uri.joinPath(chosen, '..', `${name}.docx`));
  }
  const folder = Uri.joinPath(document.uri, '..');
  const targets = names.map((name) => Uri.joinPath(folder, `${name}.docx`));
  const existing: string[] = [];
  for (const target of targets) {
    try {
      await workspace.fs.stat(target);
      existing.push(target.path.split('/').pop()!);
    } catch {
      // Not there yet.
    }
  }
  if (existing.length === 0) return targets;
  const replace = t('Replace');
  const choice = await window.showWarningMessage(t('{0} already exists. Replace it?', existing.join(', ')), { modal: true }, replace);
  return choice === replace ? targets : undefined;
}

async function offerToOpen(targets: readonly Uri[]): Promise<void> {
  const open = t('Open');
  const reveal = t('Show in folder');
  const names = targets.map((target) => target.path.split('/').pop()).join(', ');
  const choice = await window.showInformationMessage(t('Exported {0}', names), open, reveal);
  if (choice === open) await env.openExternal(targets[0]!);
  else if (choice === reveal) await commands.executeCommand('revealFileInOS', targets[0]);
}
