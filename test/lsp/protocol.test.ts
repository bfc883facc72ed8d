/**
 * The protocol faults a hostile or sloppy client can cause (issue 12): out-of-range changes, odd
 * initialisation, malformed parameters, a client that never answers, a document opened again with
 * the same version, and bursts of edits.
 */
import { strict as assert } from 'node:assert';
import {
  CodeActionRequest, CompletionRequest, DocumentSymbol, DocumentSymbolRequest, HoverRequest, InitializeRequest, SemanticTokensRequest,
} from 'vscode-languageserver-protocol/node';
import { LspClient } from '../helpers/lspClient';
import { seed } from '../helpers/documents';

const names = (symbols: DocumentSymbol[]): string[] => symbols.flatMap((symbol) => [symbol.name, ...names(symbol.children ?? [])]);

async function outline(client: LspClient, uri: string): Promise<string[]> {
  return names(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }) as DocumentSymbol[]);
}

describe('LSP protocol faults', function () {
  this.timeout(60000);

  describe('with a plain client', () => {
    let client: LspClient;
    before(async () => {
      client = new LspClient();
      await client.initialize();
    });
    after(async () => { assert.equal(await client.stop(), 0); });

    it('clamps a change past the end before applying it, so later changes land where they should', async () => {
      const uri = 'file:///protocol/clamp.fzbg';
      await client.open(uri, '一、甲\n', 1);
      await client.change(uri, 2, [{ range: { start: { line: 5, character: 0 }, end: { line: 6, character: 0 } }, text: '二、乙\n三、丙' }]);
      await client.change(uri, 3, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } }, text: '四' }]);
      await client.diagnosticsForVersion(uri, 3);
      assert.deepEqual(await outline(client, uri), ['一、甲', '二、乙', '四、丙']);
    });

    it('answers malformed requests with empty answers, never errors', async () => {
      const uri = 'file:///protocol/malformed.fzbg';
      await client.open(uri, '县司法局2023年法治政府建设年度报告\n一、工作\n', 1);
      await client.diagnosticsForVersion(uri, 1);
      const send = (method: string, params: unknown) => client.connection.sendRequest(method, params);
      assert.equal(await send(HoverRequest.method, {}), null);
      assert.equal(await send(HoverRequest.method, { textDocument: { uri }, position: { line: 'x', character: null } }), null);
      assert.deepEqual(await send(CodeActionRequest.method, { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }), []);
      assert.deepEqual(await send(CodeActionRequest.method, { textDocument: { uri }, range: null, context: 7 }), []);
      assert.deepEqual(await send(DocumentSymbolRequest.method, { textDocument: 'x' }), []);
      assert.deepEqual(await send(CompletionRequest.method, { textDocument: { uri: 42 }, position: {} }), []);
      assert.deepEqual(await send(SemanticTokensRequest.method, { textDocument: null }), { data: [] });
      const symbols = await send('workspace/symbol', { query: 17 }) as { location: { uri: string } }[];
      assert.deepEqual(symbols.filter((symbol) => symbol.location.uri === uri), [{
        name: '县司法局2023年法治政府建设年度报告', kind: 2, location: { uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 19 } } },
      }, {
        name: '一、工作', kind: 5, location: { uri, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } } }, containerName: '县司法局2023年法治政府建设年度报告',
      }]);
      // Reversed ranges are read start first.
      const actions = await send(CodeActionRequest.method, { textDocument: { uri }, range: { start: { line: 1, character: 4 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
      assert.ok(Array.isArray(actions));
    });

    it('starts from the new text when a document is opened again with the same version', async () => {
      const uri = 'file:///protocol/reopen.fzbg';
      await client.open(uri, '一、甲\n', 1);
      await client.diagnosticsForVersion(uri, 1);
      assert.deepEqual(await outline(client, uri), ['一、甲']);
      // Opened again without a close in between, as a client that lost track of it does.
      await client.open(uri, '一、乙\n二、丙\n', 1);
      assert.deepEqual(await outline(client, uri), ['一、乙', '二、丙']);
    });

    it('coalesces a burst of edits: the newest version is analysed, and other documents are answered meanwhile', async () => {
      const uri = 'file:///protocol/burst.fzbg';
      const other = 'file:///protocol/other.fzbg';
      const text = seed('000');
      await client.open(other, '一、工作\n', 1);
      await client.open(uri, text, 1);
      await client.diagnosticsForVersion(uri, 1);
      const before = client.published(uri).length;
      const edits = 200;
      for (let version = 2; version <= edits + 1; version++) {
        void client.change(uri, version, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '一' }]);
      }
      const hover = client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: other }, position: { line: 0, character: 1 } });
      const last = await client.diagnosticsForVersion(uri, edits + 1);
      assert.ok(await hover);
      const analysed = client.published(uri).length - before;
      // A burst analysed at most every 250 ms (the scheduler's own timing is unit-tested with a fake
      // clock): on a loaded machine the burst takes longer to arrive, so a few more analyses, never one an edit.
      assert.ok(analysed <= edits / 10, `${analysed} publishes for ${edits} edits`);
      assert.equal(last.version, edits + 1);
      // Nothing for an older version arrives after the newest.
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(client.published(uri).at(-1)!.version, edits + 1);
    });
  });

  it('serves a client whose locale is null or not a string', async () => {
    for (const locale of [null, 42, { tag: 'en' }]) {
      const client = new LspClient();
      try {
        await client.connection.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities: {}, locale, initializationOptions: { locale } } as never);
        await client.open('file:///protocol/locale.fzbg', '一、甲\n', 1);
        assert.deepEqual(await outline(client, 'file:///protocol/locale.fzbg'), ['一、甲']);
      } finally {
        await client.stop();
      }
    }
  });

  it('falls back to the default settings when the client never answers workspace/configuration', async () => {
    const client = new LspClient();
    client.neverAnswersConfiguration = true;
    try {
      await client.initialize({ capabilities: LspClient.EDITOR_CAPABILITIES });
      const uri = 'file:///protocol/silent.fzbg';
      await client.open(uri, '县司法局2023年法治政府建设年度报告\n一、XX工作\n', 1);
      const started = Date.now();
      const { diagnostics } = await client.diagnosticsForVersion(uri, 1);
      assert.ok(Date.now() - started < 3000);
      assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'placeholder'));
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 3 } });
      assert.ok(hover);
    } finally {
      await client.stop();
    }
  });
});
