/** Activation, language, outline: a writer opens a .fzbg file and a report-named .txt file. */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, OutlineJson, expected, open, until, workspaceFile } from './setup';

/** The outline as [level or kind, name] lines, depth-first. */
function flattenSymbols(symbols: readonly vscode.DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((symbol) => [`${'  '.repeat(depth)}${symbol.name}`, ...flattenSymbols(symbol.children, depth + 1)]);
}
function flattenJson(nodes: readonly OutlineJson[], depth = 0): string[] {
  return nodes.flatMap((node) => [`${'  '.repeat(depth)}${node.name}`, ...flattenJson(node.children, depth + 1)]);
}

describe('a report opened in VS Code', () => {
  it('activates the installed extension and gives .fzbg and report-named .txt files the report language', async () => {
    for (const name of [expected.files.fzbg!, expected.files.txt!]) {
      const editor = await open(name);
      assert.equal(editor.document.languageId, 'fazhi-report', name);
    }
    const extension = await until(() => vscode.extensions.getExtension(EXTENSION_ID), (found) => found?.isActive === true, 'activation', 30000);
    assert.match(extension!.extensionPath, /extensions/);
  });

  it('switches a plain-text document with a report title to the report language', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile(expected.files.plain!));
    await vscode.window.showTextDocument(document);
    await until(() => vscode.window.activeTextEditor?.document.languageId, (language) => language === 'fazhi-report', 'detection');
  });

  for (const key of ['fzbg', 'txt', 'sample'] as const) {
    it(`shows the expected outline of the ${key} report`, async () => {
      const name = expected.files[key]!;
      await open(name);
      const symbols = await until(
        () => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', workspaceFile(name)),
        (found) => Array.isArray(found) && found.length > 0, `outline of ${name}`);
      assert.deepEqual(flattenSymbols(symbols), flattenJson(expected.outlines[name]!));
    });
  }
});
