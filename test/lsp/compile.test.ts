/**
 * The compile request over LSP stdio, as the VS Code client sends it: the report files it read —
 * text, bytes (a `.docx`, a GBK text) or why it could not read one — and the settings of their folder.
 */
import { strict as assert } from 'node:assert';
import iconv from 'iconv-lite';
import { CompileRequest, CompileResult } from '../../server/src/protocol';
import { DEFAULT_SETTINGS } from '../../server/src/service/settings';
import { compile } from '../../server/src/service/features/compile';
import { summaryGrid } from '../../server/src/service/features/summary';
import { readDocx } from '../../server/src/service/docx/readDocx';
import { seed } from '../helpers/documents';
import { LspClient } from '../helpers/lspClient';
import { paragraph, wordDocument } from '../helpers/wordDocument';

const WORD = wordDocument({ body: ['XX县司法局2023年法治政府建设年度报告', '一、主要举措和成效', '组织学法12次。'].map((text) => paragraph(text)).join('') });

describe('compiling over LSP', () => {
  let client: LspClient;
  before(async () => {
    client = new LspClient();
    await client.initialize({ locale: 'zh-cn', capabilities: LspClient.EDITOR_CAPABILITIES });
  });
  after(async () => { await client.stop(); });

  it('compiles the files the client sends, read as the command line reads them, with the summary and its CSV', async () => {
    const result = await client.connection.sendRequest(CompileRequest.method, {
      files: [
        { file: '报告/001.txt', uri: 'file:///w/报告/001.txt', text: seed('001') },
        { file: '报告/004.txt', uri: 'file:///w/报告/004.txt', data: iconv.encode(seed('004'), 'gbk').toString('base64') },
        { file: '报告/司法局.docx', uri: 'file:///w/报告/司法局.docx', data: Buffer.from(WORD).toString('base64') },
        { file: '报告/坏.docx', uri: 'file:///w/报告/坏.docx', data: Buffer.from('not a zip').toString('base64') },
        { file: '报告/锁定.txt', uri: 'file:///w/报告/锁定.txt', error: '无法读取“报告/锁定.txt”' },
      ],
    }) as CompileResult;
    const expected = compile([
      { file: '报告/001.txt', text: seed('001') }, { file: '报告/004.txt', text: seed('004') }, { file: '报告/司法局.docx', text: readDocx(WORD) },
      { file: '报告/坏.docx', error: '“报告/坏.docx”不是 Word 文档（.docx）' }, { file: '报告/锁定.txt', error: '无法读取“报告/锁定.txt”' },
    ], DEFAULT_SETTINGS, 'zh-cn');
    assert.deepEqual({ ...result, csv: undefined }, {
      title: expected.title, text: expected.text, reports: 3, rows: expected.rows, grid: summaryGrid(expected.rows, 'zh-cn'), csv: undefined,
    });
    assert.equal(result.title, '2021—2023年度法治政府建设年度报告汇编');
    assert.ok(result.csv.startsWith('\ufeff"序号","文件"'));
    // The settings of the files' folder were asked for.
    assert.ok(client.configurationRequests.length > 0);
  });

  it('takes a --title-like title only when it reads as a compilation\'s, and answers null to a malformed request', async () => {
    const files = [{ file: 'a.txt', text: seed('001') }];
    const titled = await client.connection.sendRequest(CompileRequest.method, { files, title: 'XX县2023年度法治政府建设年度报告汇编' }) as CompileResult;
    assert.equal(titled.title, 'XX县2023年度法治政府建设年度报告汇编');
    const untitled = await client.connection.sendRequest(CompileRequest.method, { files, title: '随便' }) as CompileResult;
    assert.equal(untitled.title, '2023年度法治政府建设年度报告汇编');
    for (const params of [{}, { files: [] }, { files: [{ file: 'a.txt' }] }, { files: [{ text: 'x' }] }, { files: 'a.txt' }, null]) {
      assert.equal(await client.connection.sendRequest(CompileRequest.method, params), null, JSON.stringify(params));
    }
  });
});
