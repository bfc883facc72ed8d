/** A real LSP client other than VS Code: Debian's Neovim talks to dist/server.js over stdio. */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEEDS } from '../helpers/documents';
import { SERVER } from '../helpers/lspClient';
import { tempFolder } from '../helpers/tempFolders';

const hasNeovim = spawnSync('nvim', ['--version']).status === 0;

describe('Neovim as the LSP client', function () {
  before(function () {
    // CI installs Debian's neovim; elsewhere the test is skipped when it is missing.
    if (!hasNeovim && !process.env.CI) this.skip();
  });

  it('shows the outline and the pushed diagnostics of seed 001', () => {
    const out = join(tempFolder('fazhi-nvim-'), 'symbols.json');
    const setup = `lua _G.arg_server=${JSON.stringify(SERVER)}; _G.arg_file=${JSON.stringify(join(SEEDS, '001_0432c5515c67698f.txt'))}; _G.arg_out=${JSON.stringify(out)}`;
    const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '--cmd', setup, '-c', `luafile ${join(__dirname, 'neovim-probe.lua')}`],
      { encoding: 'utf8', timeout: 30000 });
    assert.equal(run.status, 0, run.stderr);
    const { names, diagnostics } = JSON.parse(readFileSync(out, 'utf8')) as { names: string[]; diagnostics: { line: number; col: number; code: string; message: string }[] };
    assert.deepEqual(diagnostics, [
      { line: 0, col: 1, code: 'missing-section', message: '本报告缺少“党政主要负责人履行第一责任人职责情况”部分' },
      { line: 0, col: 1, code: 'missing-section', message: '本报告缺少“其他需要报告的情况”部分' },
      ...[[4, 773], [12, 90], [14, 72], [14, 85], [15, 327]].map(([line, col]) =>
        ({ line: line!, col: col!, code: 'stray-space', message: '多余的空格：公文中文与数字、字母之间不加空格' })),
    ]);
    assert.deepEqual(names.slice(0, 3), ['2023年法治政府建设工作情况报告', '  一、2023年推进法治政府建设的主要举措和成效', '    （一）深学笃用习近平法治思想，推进法治政府建设']);
    assert.equal(names.length, 13);
  });
});
