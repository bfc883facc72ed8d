/** Problems, quick fixes, commands and settings as a writer uses them. */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { codeOf, diagnosticsOf, expected, open, until, workspaceFile } from './setup';

const key = (diagnostic: { range: { start: { line: number; character: number } }; message: string }, code: string) =>
  `${diagnostic.range.start.line}:${diagnostic.range.start.character} ${code} ${diagnostic.message}`;

describe('problems and fixes', () => {
  for (const fileKey of ['fzbg', 'txt', 'sample'] as const) {
    it(`shows the expected problems of the ${fileKey} report`, async () => {
      const name = expected.files[fileKey]!;
      await open(name);
      // Messages too: fazhiReport.messageLanguage is zh-cn in this profile, like the CLI's default.
      const want = expected.diagnostics[name]!.map((diagnostic) => key(diagnostic, diagnostic.code)).sort();
      const got = await until(() => diagnosticsOf(workspaceFile(name)).map((diagnostic) => key(diagnostic, codeOf(diagnostic))).sort(),
        (found) => found.length === want.length, `problems of ${name}`);
      assert.deepEqual(got, want);
    });
  }

  it('applies the quick fix for a half-width bracket', async () => {
    const name = expected.files.fixable!;
    const editor = await open(name);
    const bracket = await until(() => diagnosticsOf(editor.document.uri).find((diagnostic) => codeOf(diagnostic) === 'bracket-width'),
      (found) => found !== undefined, 'the bracket-width problem');
    // Asked again until it answers, as a lightbulb is: one cold CI run got no action on the first request.
    const actions = await until(
      () => vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, bracket!.range, vscode.CodeActionKind.QuickFix.value),
      (found) => found.length > 0, 'a quick fix on the bracket');
    // The quick fixes offered on the bracket are ours: its own, then fix all (their titles follow the message language).
    assert.deepEqual(actions.map((action) => action.title), ['改为全角括号“（）”', '修复全部可自动修复的问题']);
    const [fix] = actions;
    assert.equal(await vscode.workspace.applyEdit(fix!.edit!), true);
    assert.equal(editor.document.lineAt(8).text, '（二）严格规范公正文明执法');
    assert.equal(editor.document.lineAt(7).text, '2、强化公平竞争审查。审查涉及市场主体经济活动的政策措施28件，纠正违反公平竞争审查标准的文件2件。');
  });

  it('renumbers the whole document from the command palette command', async () => {
    const editor = await open(expected.files.fixable!);
    assert.match(editor.document.lineAt(10).text, /^3\./);
    await vscode.commands.executeCommand('fazhiReport.renumber');
    await until(() => editor.document.lineAt(10).text, (text) => text.startsWith('2.'), 'the renumbered line');
    assert.equal(editor.document.lineAt(10).text, '2.推进包容审慎监管。对首次轻微违法行为依法不予处罚案件46件。');
  });

  it('takes a settings change into account without a restart', async () => {
    const name = expected.files.sample!;
    await open(name);
    const uri = workspaceFile(name);
    const placeholders = () => diagnosticsOf(uri).filter((diagnostic) => codeOf(diagnostic) === 'placeholder').length;
    await until(placeholders, (count) => count === 6, 'placeholder problems');
    const configuration = vscode.workspace.getConfiguration('fazhiReport');
    await configuration.update('checks.placeholder', 'off', vscode.ConfigurationTarget.Global);
    try {
      await until(placeholders, (count) => count === 0, 'placeholder problems to go');
    } finally {
      await configuration.update('checks.placeholder', undefined, vscode.ConfigurationTarget.Global);
    }
    await until(placeholders, (count) => count === 6, 'placeholder problems to come back');
  });

  it('lists no more problems than fazhiReport.maxNumberOfProblems, with a notice of the rest', async () => {
    const name = expected.files.sample!;
    await open(name);
    const uri = workspaceFile(name);
    const configuration = vscode.workspace.getConfiguration('fazhiReport');
    await configuration.update('maxNumberOfProblems', 5, vscode.ConfigurationTarget.Global);
    try {
      const limited = await until(() => diagnosticsOf(uri), (diagnostics) => diagnostics.length === 5, 'five problems');
      assert.deepEqual(limited.map(codeOf).sort(), ['numbering-punctuation', 'placeholder', 'placeholder', 'placeholder', 'problems-limited']);
      const notice = limited.find((diagnostic) => codeOf(diagnostic) === 'problems-limited')!;
      assert.equal(notice.message, '本文档共有 16 个问题，这里只列出最严重的 4 个（上限由设置 fazhiReport.maxNumberOfProblems 决定，0 表示不限）；命令行检查器列出全部');
      assert.equal(notice.severity, vscode.DiagnosticSeverity.Information);
    } finally {
      await configuration.update('maxNumberOfProblems', undefined, vscode.ConfigurationTarget.Global);
    }
    await until(() => diagnosticsOf(uri).length, (count) => count === 16, 'all 16 problems back');
  });
});
