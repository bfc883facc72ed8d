/** The command-line checker: in-process for exact output, and the bundled `dist/cli.js` as users run it. */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT_ERROR, EXIT_OK, runCli } from '../server/src/cli/cli';
import { CliIo, decodeReport } from '../server/src/cli/io';
import { FIXTURES } from './helpers/documents';

const CLI = join(__dirname, '..', 'dist', 'cli.js');

function run(argv: string[], files: Record<string, string> = {}, environmentLocale?: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readText: (path) => files[path] ?? Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' }),
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    environmentLocale,
  };
  return { status: runCli(argv, io), stdout: out.join(''), stderr: err.join('') };
}

const REPORT = 'XX局2023年法治政府建设年度报告\n一、主要工作\n（一）学法\n二、存在问题\n';

describe('CLI outline', () => {
  it('prints the outline as indented text with 1-based line spans', () => {
    assert.deepEqual(run(['outline', 'a.txt'], { 'a.txt': REPORT }), {
      status: EXIT_OK,
      stdout: 'XX局2023年法治政府建设年度报告  [1-4]\n  一、主要工作  [2-3]\n    （一）学法  [3]\n  二、存在问题  [4]\n',
      stderr: '',
    });
  });

  it('prints JSON roots with name, kind, level, 0-based ranges and children', () => {
    const { status, stdout } = run(['outline', '--format', 'json', 'a.txt'], { 'a.txt': '一、工作\n（一）学法' });
    assert.equal(status, EXIT_OK);
    assert.deepEqual(JSON.parse(stdout), [{
      name: '一、工作', kind: 'heading', level: 1,
      range: { start: { line: 0, character: 0 }, end: { line: 1, character: 5 } },
      selectionRange: { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } },
      children: [{
        name: '（一）学法', kind: 'heading', level: 2,
        range: { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } },
        selectionRange: { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } },
        children: [],
      }],
    }]);
  });

  it('says clearly why a file cannot be read, in the chosen language, with status 2', () => {
    assert.deepEqual(run(['outline', 'missing.txt']), { status: EXIT_ERROR, stdout: '', stderr: 'fazhi-report: 无法读取“missing.txt”：文件不存在\n' });
    assert.equal(run(['outline', 'missing.txt', '--locale', 'en']).stderr, 'fazhi-report: cannot read "missing.txt": no such file\n');
    assert.equal(run(['outline', 'missing.txt'], {}, 'en_US.UTF-8').stderr, 'fazhi-report: cannot read "missing.txt": no such file\n');
  });

  it('rejects bad usage with status 2 and the usage text', () => {
    for (const argv of [['frob'], ['outline'], ['outline', 'a', 'b'], ['outline', '--format', 'xml', 'a'], ['outline', '--nope', 'a']]) {
      const { status, stderr } = run(argv);
      assert.equal(status, EXIT_ERROR, argv.join(' '));
      assert.match(stderr, /^fazhi-report: .+\n\n用法：/s, argv.join(' '));
    }
    assert.equal(run(['--help']).status, EXIT_OK);
    assert.match(run(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
  });

  it('decodes UTF-8 with a BOM and GB18030 files', () => {
    assert.equal(decodeReport(Buffer.from('\ufeff一、工作', 'utf8')), '一、工作');
    // 一、工作 in GBK.
    assert.equal(decodeReport(Buffer.from([0xd2, 0xbb, 0xa1, 0xa2, 0xb9, 0xa4, 0xd7, 0xf7])), '一、工作');
  });

  it('runs bundled as dist/cli.js on the sample report and on unreadable paths', () => {
    const sample = spawnSync(process.execPath, [CLI, 'outline', join(FIXTURES, 'sample', 'sample-report.fzbg')], { encoding: 'utf8' });
    assert.equal(sample.status, EXIT_OK, sample.stderr);
    assert.equal(sample.stdout.split('\n')[0], 'XX县市场监督管理局2023年法治政府建设年度报告  [1-23]');
    const folder = mkdtempSync(join(tmpdir(), 'fazhi-cli-'));
    const gbk = join(folder, 'gbk.txt');
    writeFileSync(gbk, Buffer.from([0xd2, 0xbb, 0xa1, 0xa2, 0xb9, 0xa4, 0xd7, 0xf7]));
    assert.equal(spawnSync(process.execPath, [CLI, 'outline', gbk], { encoding: 'utf8' }).stdout, '一、工作  [1]\n');
    const missing = spawnSync(process.execPath, [CLI, 'outline', folder], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    assert.deepEqual([missing.status, missing.stderr], [EXIT_ERROR, `fazhi-report: 无法读取“${folder}”：这是一个文件夹\n`]);
  });
});
