/** The bundled server over stdio, as any LSP client would drive it. */
import { strict as assert } from 'node:assert';
import { DocumentSymbol, DocumentSymbolRequest, FoldingRangeRequest, SymbolKind } from 'vscode-languageserver-protocol/node';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, REPEATED_NUMBER, seed } from '../helpers/documents';
import { LspClient } from '../helpers/lspClient';

describe('language server over stdio', () => {
  let client: LspClient;
  before(() => { client = new LspClient(); });
  after(async () => { assert.equal(await client.stop(), 0); });

  it('announces incremental sync, outline and folding', async () => {
    const { capabilities, serverInfo } = await client.initialize({ locale: 'zh-cn' });
    assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: 2 });
    assert.ok(capabilities.documentSymbolProvider);
    assert.equal(capabilities.foldingRangeProvider, true);
    assert.equal(serverInfo?.name, 'fazhi-report');
  });

  it('answers documentSymbol for seed 003, then again after an incremental edit', async () => {
    const uri = 'file:///work/seed-003.fzbg';
    await client.open(uri, seed('003'), 1);
    const published = await client.diagnosticsForVersion(uri, 1);
    assert.equal(published.version, 1);

    const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }) as DocumentSymbol[];
    assert.equal(symbols.length, 1);
    const [compilation] = symbols;
    assert.deepEqual([compilation!.name, compilation!.kind], ['2023年度法治政府建设工作报告汇编（7篇）', SymbolKind.Package]);
    assert.deepEqual(compilation!.children!.map((child) => child.kind),
      [SymbolKind.Namespace, ...Array<SymbolKind>(7).fill(SymbolKind.Module)]);
    const thirdReport = compilation!.children![3]!;
    assert.equal(thirdReport.name, 'XX镇2023年法治政府建设工作报告');
    assert.deepEqual(thirdReport.children!.map((heading) => heading.name), [
      '一、法治政府建设情况', '二、实行依法行政，构建法治政府格局', '三、提升社会治理法治化水平，营造良好法治环境',
      '四、完善法律服务工作领域，深入推进法律顾问工作', '五、存在问题及下一步计划',
    ]);

    // Line 71 (0-based 70) is `二、实行依法行政…`; insert a new level-2 heading right after the (三) heading's body.
    await client.change(uri, 2, [{ range: { start: { line: 70, character: 0 }, end: { line: 70, character: 0 } }, text: '（四）新增的小节\n' }]);
    await client.diagnosticsForVersion(uri, 2);
    const after = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }) as DocumentSymbol[];
    const firstSection = after[0]!.children![3]!.children![0]!;
    assert.deepEqual(firstSection.children!.map((heading) => heading.name),
      ['（一）持续深化法治思想走实走深', '（二）健全D领导全面依法治镇制度和工作机制', '（三）建立健全监督整改制度', '（四）新增的小节']);
    assert.deepEqual(firstSection.children![3]!.range, { start: { line: 70, character: 0 }, end: { line: 70, character: 8 } });
    assert.equal(after[0]!.children![3]!.children![1]!.range.start.line, 71);

    const folds = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    assert.deepEqual(folds![0], { startLine: 3, endLine: 14 });
  });

  it('answers documentSymbol and folding for a 信息公开 report, each table under its part', async () => {
    const uri = 'file:///work/xinxi.txt';
    await client.open(uri, readFileSync(join(FIXTURES, 'xinxi', 'pipe-rows.txt'), 'utf8'), 1);
    await client.diagnosticsForVersion(uri, 1);
    const [report] = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }) as DocumentSymbol[];
    const requests = report!.children![2]!;
    assert.equal(requests.name, '三、收到和处理政府信息公开申请情况');
    assert.deepEqual(requests.children!.map((child) => [child.name, child.kind, child.range.start.line, child.range.end.line]),
      [['收到和处理政府信息公开申请情况表', SymbolKind.Array, 31, 59]]);
    const folds = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    assert.ok(folds!.some((fold) => fold.startLine === 31 && fold.endLine === 59));
  });

  it('answers requests for documents it never opened with empty results', async () => {
    const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: 'file:///never-opened.fzbg' } });
    assert.deepEqual(symbols, []);
  });

  it('leaves out related places for a client that does not declare it takes them', async () => {
    const uri = 'file:///work/repeated.fzbg';
    await client.open(uri, REPEATED_NUMBER, 1);
    const { diagnostics } = await client.diagnosticsForVersion(uri, 1);
    const repeated = diagnostics.find((diagnostic) => diagnostic.code === 'numbering-sequence')!;
    assert.deepEqual(repeated.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 2 } });
    assert.equal(repeated.relatedInformation, undefined);
  });

  it('clears diagnostics when a document closes', async () => {
    const uri = 'file:///work/closing.fzbg';
    await client.open(uri, '一、工作\n', 1);
    await client.diagnosticsForVersion(uri, 1);
    await client.close(uri);
    const cleared = await client.diagnosticsFor(uri, (params) => params.version === undefined);
    assert.deepEqual(cleared.diagnostics, []);
  });
});
