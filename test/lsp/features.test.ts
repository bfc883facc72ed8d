/** The writing features over LSP stdio: one exchange per request, as an editor sends it. */
import { strict as assert } from 'node:assert';
import {
  CompletionList, CompletionRequest, DefinitionRequest, DocumentLinkRequest, HoverRequest, SemanticTokensRangeRequest,
  SemanticTokensRefreshRequest, SemanticTokensRequest, SymbolInformation, WorkspaceSymbolRequest,
} from 'vscode-languageserver-protocol/node';
import { CountsRequest, IsReportRequest } from '../../server/src/protocol';
import { seed } from '../helpers/documents';
import { LspClient } from '../helpers/lspClient';

const REPORT = 'file:///features/001.fzbg';
const COMPILATION = 'file:///features/003.fzbg';
const at = (line: number, character: number) => ({ line, character });

describe('writing features over LSP', () => {
  let client: LspClient;
  let refreshes = 0;
  before(async () => {
    client = new LspClient();
    client.connection.onRequest(SemanticTokensRefreshRequest.type, () => { refreshes++; });
    const { capabilities } = await client.initialize({
      locale: 'zh-cn',
      capabilities: { ...LspClient.EDITOR_CAPABILITIES, workspace: { ...LspClient.EDITOR_CAPABILITIES.workspace, semanticTokens: { refreshSupport: true } } },
    });
    assert.deepEqual(capabilities.completionProvider, { triggerCharacters: ['（', '('] });
    assert.deepEqual(capabilities.semanticTokensProvider?.legend.tokenTypes,
      ['placeholder', 'webResidue', 'reportTitle', 'heading1', 'heading2', 'heading3', 'heading4', 'heading5', 'enumerator']);
    await client.open(REPORT, `${seed('001')}\n`, 1);
    await client.open(COMPILATION, seed('003'), 1);
    await client.diagnosticsForVersion(REPORT, 1);
  });
  after(async () => { await client.stop(); });

  it('completion', async () => {
    const { isIncomplete, items } = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: REPORT }, position: at(17, 0) }) as CompletionList;
    assert.equal(isIncomplete, true);
    assert.deepEqual(items.map((item) => item.label), [
      '（五）', '1.', '四、', '四、2023年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况', '五、其他需要报告的情况',
    ]);
  });

  it('hover', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: REPORT }, position: at(9, 1) });
    assert.deepEqual(hover, {
      contents: { kind: 'markdown', value: '**二、存在的主要问题**\n\n本节 217 字 · 全篇 2,726 字\n\n**必备章节：存在的不足和原因**　上一年度推进法治政府建设存在的不足和原因' },
      range: { start: at(9, 0), end: at(9, 9) },
    });
  });

  it('documentLink and definition', async () => {
    const links = await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri: COMPILATION } });
    assert.equal(links!.length, 7);
    assert.equal(links![6]!.target, `${COMPILATION}#L152`);
    const location = await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: COMPILATION }, position: at(14, 2) });
    assert.deepEqual(location, { uri: COMPILATION, range: { start: at(151, 0), end: at(151, 19) } });
  });

  it('workspace symbols across both open documents', async () => {
    const symbols = await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '存在问题' }) as SymbolInformation[];
    assert.deepEqual(symbols.map((symbol) => [symbol.location.uri, symbol.name]), [
      [REPORT, '二、存在的主要问题'],
      [COMPILATION, '三、存在问题'],
      [COMPILATION, '五、存在问题及下一步计划'],
      [COMPILATION, '二、存在问题'],
      [COMPILATION, '二、存在困难和问题'],
      [COMPILATION, '二、存在的不足和问题'],
    ]);
  });

  it('semantic tokens, full and for a range, refreshed when the settings change', async () => {
    const full = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: REPORT } });
    assert.deepEqual(full!.data.slice(0, 10), [0, 1, 17, 2, 0, 3, 0, 23, 3, 0]);
    const range = await client.connection.sendRequest(SemanticTokensRangeRequest.type, { textDocument: { uri: REPORT }, range: { start: at(9, 0), end: at(9, 20) } });
    assert.deepEqual(range!.data, [9, 0, 9, 3, 0]);
    await client.changeSettings({ placeholders: ['东安镇'] });
    await client.until(() => (refreshes > 0 ? true : undefined));
    const refreshed = await client.connection.sendRequest(SemanticTokensRangeRequest.type, { textDocument: { uri: REPORT }, range: { start: at(2, 0), end: at(2, 200) } });
    assert.deepEqual(refreshed!.data.slice(0, 5), [2, 6, 3, 0, 0]);
  });

  it('counts for the status bar, and plain-text detection', async () => {
    assert.deepEqual(await client.connection.sendRequest(CountsRequest.method, { textDocument: { uri: COMPILATION }, position: at(23, 0) }), {
      document: 23161, report: { name: '2023年度法治政府建设工作报告', count: 1906 }, section: { name: '1.加强普法责任', count: 260 },
      text: '全文 23,161 字 · 本节 260 字', tooltip: '报告“2023年度法治政府建设工作报告”：1,906 字\n小节“1.加强普法责任”：260 字',
    });
    // The status bar follows fazhiReport.messageLanguage, read with the other settings.
    await client.changeSettings({ messageLanguage: 'en' });
    const english = await client.connection.sendRequest(CountsRequest.method, { textDocument: { uri: COMPILATION }, position: at(23, 0) }) as { text: string };
    assert.equal(english.text, '23,161 characters · section 260');
    await client.changeSettings({});
    assert.equal(await client.connection.sendRequest(CountsRequest.method, { textDocument: { uri: 'file:///nope' }, position: at(0, 0) }), null);
    assert.equal(await client.connection.sendRequest(IsReportRequest.method, { text: seed('002').slice(0, 2000) }), true);
    assert.equal(await client.connection.sendRequest(IsReportRequest.method, { text: '会议纪要' }), false);
  });
});
