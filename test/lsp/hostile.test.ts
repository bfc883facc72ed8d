/** Hostile input over LSP: the bundled server answers, stays up, and never returns a range outside the document. */
import { strict as assert } from 'node:assert';
import {
  CancellationTokenSource, CodeActionRequest, Diagnostic, DocumentSymbol, DocumentSymbolRequest, ErrorCodes, FoldingRangeRequest,
  ResponseError,
} from 'vscode-languageserver-protocol/node';
import { seedText } from '../hostile.test';
import { LspClient } from '../helpers/lspClient';
import { assertRangeInside } from '../helpers/ranges';

const uri = (name: string) => `file:///hostile/${name}.fzbg`;

describe('hostile input over LSP', function () {
  this.timeout(60000);
  let client: LspClient;
  before(async () => {
    client = new LspClient();
    await client.initialize({ locale: 'zh-cn' });
  });
  after(async () => { assert.equal(await client.stop(), 0); });

  it('opens empty, junk, NUL-filled and surrogate-laden documents', async () => {
    const texts: Record<string, string> = {
      empty: '',
      junk: Buffer.from(Array.from({ length: 8192 }, (_, index) => (index * 7919) % 256)).toString('latin1'),
      nul: '\0一、\0\0（一）\0\n\0',
      surrogates: '一、\ud800法治\udc00\n（一）\udfff\r\ud83d',
      mixed: '县司法局2023年法治政府建设年度报告\r一、工作\r\n（一）学法\n\r分享到:\r',
    };
    for (const [name, text] of Object.entries(texts)) {
      await client.open(uri(name), text, 1);
      const { diagnostics } = await client.diagnosticsForVersion(uri(name), 1);
      const lines = text.split(/\r\n|\r|\n/);
      for (const diagnostic of diagnostics) assertRangeInside(diagnostic.range, lines, `${name} diagnostic`);
      const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uri(name) } }) as DocumentSymbol[];
      const visit = (symbol: DocumentSymbol) => {
        assertRangeInside(symbol.range, lines, `${name} symbol`);
        assertRangeInside(symbol.selectionRange, lines, `${name} symbol selection`);
        (symbol.children ?? []).forEach(visit);
      };
      symbols.forEach(visit);
    }
  });

  it('keeps the outline of a 20 MB document and says it skipped the checks', async () => {
    const text = seedText(20_000_000);
    await client.open(uri('huge'), text, 1);
    const { diagnostics } = await client.diagnosticsForVersion(uri('huge'), 1);
    assert.deepEqual(diagnostics.map((diagnostic: Diagnostic) => diagnostic.code), ['checks-skipped']);
    const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uri('huge') } }) as DocumentSymbol[];
    assert.ok(symbols[0]!.children!.length > 100);
    await client.close(uri('huge'));
  });

  it('applies changes with out-of-range positions by clamping them', async () => {
    await client.open(uri('clamp'), '一、工作\n', 1);
    await client.diagnosticsForVersion(uri('clamp'), 1);
    await client.change(uri('clamp'), 2, [{ range: { start: { line: 99, character: 5 }, end: { line: 120, character: 0 } }, text: '（一）学法' }]);
    await client.change(uri('clamp'), 3, [{ range: { start: { line: 0, character: 500 }, end: { line: 0, character: 900 } }, text: '与成效' }]);
    await client.diagnosticsForVersion(uri('clamp'), 3);
    const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uri('clamp') } }) as DocumentSymbol[];
    assert.deepEqual(symbols.map((symbol) => [symbol.name, symbol.children!.map((child) => child.name)]), [['一、工作与成效', ['（一）学法']]]);
  });

  it('answers for documents it never opened', async () => {
    const textDocument = { uri: uri('never') };
    assert.deepEqual(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument }), []);
    assert.deepEqual(await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument }), []);
    assert.deepEqual(await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] },
    }), []);
  });

  it('survives cancelled requests and keeps answering', async () => {
    await client.open(uri('cancel'), seedText(300_000), 1);
    const requests = Array.from({ length: 5 }, () => {
      const tokenSource = new CancellationTokenSource();
      const pending = client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uri('cancel') } }, tokenSource.token);
      tokenSource.cancel();
      return pending.then(() => 'answered', (error: unknown) => (error instanceof ResponseError && error.code === ErrorCodes.PendingResponseRejected ? 'cancelled' : `failed: ${String(error)}`));
    });
    for (const outcome of await Promise.all(requests)) assert.ok(['answered', 'cancelled'].includes(outcome), outcome);
    const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uri('cancel') } }) as DocumentSymbol[];
    assert.ok(symbols.length > 0);
  });
});
