/** Completion, snippets, hover and semantic tokens in the real editor. */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { expected, open, until } from './setup';

describe('writing', () => {
  it('offers the next marker at the start of a line', async () => {
    const editor = await open(expected.files.sample!);
    // A new empty line after （三）… (line 12): the next markers.
    await editor.edit((builder) => builder.insert(new vscode.Position(13, 0), '\n'));
    const list = await until(
      () => vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(13, 0)),
      (found) => found.items.some((item) => item.label === '（四）'), 'completion');
    // 二、 follows below: only the markers not taken are offered.
    assert.deepEqual(list.items.filter((item) => item.kind === vscode.CompletionItemKind.Keyword).map((item) => item.label).slice(0, 2), ['（四）', '1.']);
    await vscode.commands.executeCommand('undo');
  });

  it('offers the report skeleton for fzbg, with this season\'s years', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'fazhi-report', content: 'fzbg' });
    const editor = await vscode.window.showTextDocument(document);
    const list = await until(
      () => vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(0, 4)),
      (found) => found.items.some((item) => String(typeof item.label === 'string' ? item.label : item.label.label).includes('整篇')), 'the skeleton item');
    const item = list.items.find((candidate) => String(typeof candidate.label === 'string' ? candidate.label : candidate.label.label).includes('整篇'))!;
    const edit = item.textEdit ?? { newText: (item.insertText as vscode.SnippetString).value, range: item.range as vscode.Range };
    await editor.insertSnippet(new vscode.SnippetString(typeof edit.newText === 'string' ? edit.newText : ''), edit.range);
    await until(() => editor.document.lineCount, (lines) => lines > 10, 'the snippet');
    const lines = editor.document.getText().split('\n');
    const today = new Date();
    const year = today.getMonth() < 4 ? today.getFullYear() - 1 : today.getFullYear();
    assert.equal(lines[0], `XX市XX局${year}年法治政府建设年度报告`);
    assert.deepEqual(lines.filter((line) => /^[一二三四五]、/.test(line)).map((line) => line.slice(0, 2)), ['一、', '二、', '三、', '四、', '五、']);
    assert.ok(lines.includes(`四、${year + 1}年度推进法治政府建设的主要安排`));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('shows the section size on hover', async () => {
    const editor = await open(expected.files.fzbg!);
    const hovers = await until(
      () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(9, 1)),
      (found) => found.length > 0, 'hover');
    const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
    assert.match(text, /二、存在的主要问题/);
    assert.match(text, /(本节|this section)/);
  });

  it('colours placeholders with semantic tokens', async () => {
    const editor = await open(expected.files.sample!);
    const tokens = await until(
      () => vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', editor.document.uri),
      (found) => found !== undefined && found.data.length > 0, 'semantic tokens');
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', editor.document.uri);
    // The first token: the XX of the title.
    assert.deepEqual([...tokens.data.slice(0, 4)], [0, 0, 2, legend.tokenTypes.indexOf('placeholder')]);
  });

  it('follows edits with fresh colours: a placeholder typed into the title, then taken out', async () => {
    const editor = await open(expected.files.sample!);
    const placeholder = (await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', editor.document.uri)).tokenTypes.indexOf('placeholder');
    /** Placeholder tokens of the first line as [start, length] (the data is delta-encoded). */
    const titlePlaceholders = async () => {
      const data = (await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', editor.document.uri))?.data ?? [];
      const found: [number, number][] = [];
      for (let index = 0, start = 0; index < data.length && data[index] === 0; index += 5) {
        start += data[index + 1]!;
        if (data[index + 3] === placeholder) found.push([start, data[index + 2]!]);
      }
      return found;
    };
    await until(titlePlaceholders, (found) => JSON.stringify(found) === '[[0,2]]', 'the title\'s placeholder');
    // XX县 → XX县某某: a second placeholder after the first.
    await editor.edit((builder) => builder.insert(new vscode.Position(0, 3), '某某'));
    try {
      await until(titlePlaceholders, (found) => JSON.stringify(found) === '[[0,2],[3,2]]', 'the new placeholder token');
    } finally {
      await vscode.commands.executeCommand('undo');
    }
    await until(titlePlaceholders, (found) => JSON.stringify(found) === '[[0,2]]', 'the token to go');
  });
});
