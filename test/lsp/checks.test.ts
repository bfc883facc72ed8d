/** Diagnostics, quick fixes, "fix all", settings and commands over LSP stdio, as an editor uses them. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeAction, CodeActionRequest, Diagnostic, DiagnosticSeverity, ExecuteCommandRequest, HoverRequest, TextDocumentEdit, TextEdit,
} from 'vscode-languageserver-protocol/node';
import { FIXTURES, REPEATED_NUMBER } from '../helpers/documents';
import { LspClient } from '../helpers/lspClient';

const SAMPLE = readFileSync(join(FIXTURES, 'sample', 'sample-report.fzbg'), 'utf8');
const URI = 'file:///work/%E7%A4%BA%E4%BE%8B.fzbg';

function applyAction(text: string, action: CodeAction): string {
  const [change] = action.edit!.documentChanges! as TextDocumentEdit[];
  assert.equal(change!.textDocument.uri, URI);
  return TextDocument.applyEdits(TextDocument.create(URI, 'fazhi-report', 0, text), change!.edits as TextEdit[]);
}

describe('checks over LSP', () => {
  let client: LspClient;
  let diagnostics: Diagnostic[];
  before(async () => {
    client = new LspClient();
    const { capabilities } = await client.initialize({ locale: 'zh-cn', capabilities: LspClient.EDITOR_CAPABILITIES });
    assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.fazhi-report'] });
    assert.deepEqual(capabilities.executeCommandProvider, { commands: ['fazhi-report.renumber', 'fazhi-report.insertMissingSections'] });
    await client.open(URI, SAMPLE, 1);
    diagnostics = (await client.diagnosticsForVersion(URI, 1)).diagnostics;
  });
  after(async () => { await client.stop(); });

  it('pushes the sample report\'s diagnostics with version, code, source and Chinese messages', () => {
    assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.code), [
      'missing-section', 'placeholder', 'placeholder', 'placeholder', 'numbering-punctuation', 'bracket-width', 'placeholder', 'placeholder',
      'numbering-sequence', 'inline-enumeration', 'substitute-character', 'section-year', 'heading-punctuation', 'web-residue', 'placeholder', 'date-format',
    ]);
    assert.deepEqual(diagnostics[9], {
      range: { start: { line: 12, character: 61 }, end: { line: 12, character: 63 } },
      severity: DiagnosticSeverity.Warning,
      code: 'inline-enumeration',
      source: '法治报告助手',
      message: '“二是”之后是“四是”，跳过了“三是”',
    });
    assert.deepEqual(client.configurationRequests, [{ items: [{ scopeUri: URI, section: 'fazhiReport' }] }]);
  });

  it('switches the language of problems and hovers when fazhiReport.messageLanguage changes, both ways, without a restart', async () => {
    const uri = 'file:///work/language.fzbg';
    await client.open(uri, REPEATED_NUMBER, 1);
    await client.diagnosticsForVersion(uri, 1);
    const messages = async (expected: RegExp) => {
      client.clearDiagnostics();
      const published = await client.diagnosticsFor(uri, (params) => params.diagnostics.every((diagnostic) => expected.test(String(diagnostic.message))));
      return published.diagnostics.length;
    };
    await client.changeSettings({ messageLanguage: 'en' });
    assert.ok(await messages(/^[\x20-\x7e“”‘’《》。，、\u4e00-\u9fff]*[A-Za-z]{3}/) > 0);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 3 } });
    assert.match(JSON.stringify(hover), /this section/);
    await client.changeSettings({ messageLanguage: 'zh-cn' });
    assert.ok(await messages(/^[^A-Za-z]*$/) > 0);
    await client.changeSettings({});
    await client.close(uri);
  });

  it('points a repeated number at the other heading with that number, for a client that takes related places', async () => {
    const uri = 'file:///work/repeated.fzbg';
    await client.open(uri, REPEATED_NUMBER, 1);
    const { diagnostics: published } = await client.diagnosticsForVersion(uri, 1);
    const repeated = published.find((diagnostic) => diagnostic.code === 'numbering-sequence')!;
    assert.deepEqual(repeated.relatedInformation, [{
      location: { uri, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } } },
      message: '同一编号的另一个标题',
    }]);
    await client.close(uri);
  });

  it('offers a quick fix for a diagnostic that applies cleanly', async () => {
    const bracket = diagnostics.find((diagnostic) => diagnostic.code === 'bracket-width')!;
    const actions = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI }, range: bracket.range, context: { diagnostics: [bracket], only: ['quickfix'] },
    }) as CodeAction[];
    assert.deepEqual(actions.map((action) => [action.title, action.kind, action.isPreferred]), [
      ['改为全角括号“（）”', 'quickfix', true],
      ['修复全部可自动修复的问题', 'quickfix', undefined],
    ]);
    assert.deepEqual(actions[0]!.diagnostics!.map((diagnostic) => diagnostic.code), ['bracket-width']);
    assert.equal(applyAction(SAMPLE, actions[0]!).split('\n')[8], '（二）严格规范公正文明执法');
  });

  it('offers "fix all" in the Ctrl+. menu beside a safe fix, with the source action\'s edits, and not where no safe fix is', async () => {
    const at = async (diagnostic: Diagnostic, only?: string[]) => await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI }, range: diagnostic.range, context: { diagnostics: [diagnostic], ...(only ? { only } : {}) },
    }) as CodeAction[];
    const bracket = diagnostics.find((diagnostic) => diagnostic.code === 'bracket-width')!;
    const menu = await at(bracket);
    const quickFixAll = menu.find((action) => action.title === '修复全部可自动修复的问题')!;
    const [sourceFixAll] = await at(bracket, ['source.fixAll']);
    assert.deepEqual(quickFixAll.edit, sourceFixAll!.edit);
    const blank = diagnostics.find((diagnostic) => diagnostic.code === 'placeholder' && diagnostic.range.start.line === 9)!;
    assert.deepEqual(await at(blank, ['quickfix']), []);
  });

  it('offers "fix all" as a source.fixAll action that fixes every safe problem at once', async () => {
    const [fixAll, ...others] = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] },
    }) as CodeAction[];
    assert.equal(others.length, 0);
    assert.equal(fixAll!.kind, 'source.fixAll.fazhi-report');
    const fixed = applyAction(SAMPLE, fixAll!).split('\n');
    assert.deepEqual([fixed[7], fixed[8], fixed[10], fixed[16], fixed[17], fixed[20], fixed[21]], [
      '2.强化公平竞争审查。审查涉及市场主体经济活动的政策措施28件，纠正违反公平竞争审查标准的文件2件。',
      '（二）严格规范公正文明执法',
      '2.推进包容审慎监管。对首次轻微违法行为依法不予处罚案件46件。',
      '局党组书记、局长认真履行推进法治建设第一责任人职责，全年主持召开专题会议研究法治建设工作4次。',
      '四、2024年推进法治政府建设的主要安排',
      'XX县市场监督管理局',
      '2023年12月5日',
    ]);
  });

  it('re-reads the settings when they change and applies them without a restart', async () => {
    client.clearDiagnostics();
    await client.changeSettings({ checks: { placeholder: 'off', 'date-format': 'error' }, placeholders: [] });
    const fresh = (await client.diagnosticsForVersion(URI, 1)).diagnostics;
    assert.ok(!fresh.some((diagnostic) => diagnostic.code === 'placeholder'));
    assert.equal(fresh.find((diagnostic) => diagnostic.code === 'date-format')!.severity, DiagnosticSeverity.Error);
    assert.equal(fresh.length, diagnostics.length - 6);
    client.clearDiagnostics();
    await client.changeSettings({ checks: { 'missing-section': 'error' }, placeholders: ['专题会议'] });
    const raised = (await client.diagnosticsForVersion(URI, 1)).diagnostics;
    // Topic 5 keeps its place one step below the check's severity.
    assert.equal(raised.find((diagnostic) => diagnostic.code === 'missing-section')!.severity, DiagnosticSeverity.Warning);
    assert.equal(raised.filter((diagnostic) => diagnostic.code === 'placeholder').length, 7);
  });

  it('lists no more than fazhiReport.maxNumberOfProblems: the most severe, after a notice of how many there are', async () => {
    client.clearDiagnostics();
    await client.changeSettings({ maxNumberOfProblems: 15 });
    const limited = (await client.diagnosticsForVersion(URI, 1)).diagnostics;
    assert.equal(limited.length, 15);
    assert.equal(limited[0]!.message, '本文档共有 16 个问题，这里只列出最严重的 14 个（上限由设置 fazhiReport.maxNumberOfProblems 决定，0 表示不限）；命令行检查器列出全部');
    // The hint (heading-punctuation) and the later info (date-format) are the two left out.
    assert.deepEqual(limited.slice(1), diagnostics.filter((diagnostic) => diagnostic.code !== 'heading-punctuation' && diagnostic.code !== 'date-format'));
  });

  it('renumbers the whole document through workspace/applyEdit', async () => {
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'fazhi-report.renumber', arguments: [URI] });
    const applied = await client.until(() => client.appliedEdits[0]);
    const [change] = applied.edit.documentChanges as TextDocumentEdit[];
    assert.deepEqual(change!.textDocument, { uri: URI, version: 1 });
    assert.deepEqual(change!.edits, [{ range: { start: { line: 10, character: 0 }, end: { line: 10, character: 1 } }, newText: '2' }]);
    const message = await client.until(() => client.messages.find((shown) => shown.message.startsWith('已重新编号')));
    assert.equal(message.message, '已重新编号 1 处标题');
  });

  it('inserts the missing required sections through workspace/applyEdit', async () => {
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'fazhi-report.insertMissingSections', arguments: [URI] });
    const applied = await client.until(() => client.appliedEdits[1]);
    const [change] = applied.edit.documentChanges as TextDocumentEdit[];
    // Right above the signature.
    assert.deepEqual(change!.edits, [{ range: { start: { line: 21, character: 0 }, end: { line: 21, character: 0 } }, newText: '五、其他需要报告的情况\n【待补充】\n' }]);
  });

  it('says so when a command names a document that is not open', async () => {
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'fazhi-report.renumber', arguments: ['file:///nowhere.fzbg'] });
    const message = await client.until(() => client.messages.find((shown) => shown.message.includes('nowhere')));
    assert.equal(message.message, '文档未打开：file:///nowhere.fzbg');
  });
});

describe('checks over LSP in English', () => {
  it('speaks English when the editor does', async () => {
    const client = new LspClient();
    await client.initialize({ locale: 'en' });
    await client.open(URI, SAMPLE, 3);
    const { diagnostics } = await client.diagnosticsForVersion(URI, 3);
    assert.equal(diagnostics.find((diagnostic) => diagnostic.code === 'bracket-width')!.message, '"(二)" should use full-width brackets "（）"');
    await client.stop();
  });
});
