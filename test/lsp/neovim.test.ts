/** A real LSP client other than VS Code: Debian's Neovim talks to dist/server.js over stdio. */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEEDS } from '../helpers/documents';
import { SERVER } from '../helpers/lspClient';

const hasNeovim = spawnSync('nvim', ['--version']).status === 0;

describe('Neovim as the LSP client', function () {
  before(function () {
    // CI installs Debian's neovim; elsewhere the test is skipped when it is missing.
    if (!hasNeovim && !process.env.CI) this.skip();
  });

  it('shows the outline of seed 001', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'fazhi-nvim-')), 'symbols.json');
    const setup = `lua _G.arg_server=${JSON.stringify(SERVER)}; _G.arg_file=${JSON.stringify(join(SEEDS, '001_0432c5515c67698f.txt'))}; _G.arg_out=${JSON.stringify(out)}`;
    const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '--cmd', setup, '-c', `luafile ${join(__dirname, 'neovim-probe.lua')}`],
      { encoding: 'utf8', timeout: 30000 });
    assert.equal(run.status, 0, run.stderr);
    const { names } = JSON.parse(readFileSync(out, 'utf8')) as { names: string[] };
    assert.deepEqual(names.slice(0, 3), ['2023年法治政府建设工作情况报告', '  一、2023年推进法治政府建设的主要举措和成效', '    （一）深学笃用习近平法治思想，推进法治政府建设']);
    assert.equal(names.length, 13);
  });
});
