/**
 * `fazhi-report compile`: in-process for exact output (files in memory), and the bundled
 * `dist/cli.js` on real files, as users run it.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, runCli } from '../server/src/cli/cli';
import { DEFAULT_SETTINGS } from '../server/src/service/settings';
import { compile } from '../server/src/service/features/compile';
import { readDocx } from '../server/src/service/docx/readDocx';
import { analyzeText } from '../server/src/service/model/analyze';
import { memoryIo } from './helpers/cliIo';
import { FIXTURES, seed } from './helpers/documents';
import { tempFolder } from './helpers/tempFolders';
import { paragraph, wordDocument } from './helpers/wordDocument';

const CLI = join(__dirname, '..', 'dist', 'cli.js');
const CLEAN = readFileSync(join(FIXTURES, 'xinxi', 'pipe-rows.txt'), 'utf8');
const WORD_REPORT = ['XX县司法局2023年法治政府建设年度报告', '一、主要举措和成效', '组织学法12次。', '二、存在的不足和原因', '执法人员不足。'];
const DOCX = wordDocument({ body: WORD_REPORT.map((text) => paragraph(text)).join('') });

/** Runs the CLI in-process to its end; `binaries` are Word files and whatever else is not text. */
async function run(argv: string[], files: Record<string, string>, binaries: Record<string, Uint8Array> = {}) {
  const { io, out, err, written } = memoryIo(files, 'zh_CN.UTF-8', true, binaries);
  const status = await runCli(argv, io);
  return { status, stdout: out.join(''), stderr: err.join(''), files, written };
}

describe('CLI compile', () => {
  it('compiles a folder of text and Word reports in name order, goes on past an unreadable file, and exits 2', async () => {
    const files: Record<string, string> = { 'in/a-001.txt': seed('001'), 'in/b-002.fzbg': seed('002'), 'in/notes.txt': '会议纪要\n今天开会。', 'in/skip.md': '# 不是报告' };
    const { status, stdout, stderr } = await run(['compile', 'in', '-o', 'out/汇编.fzbg', '--summary', 'out/汇总.csv'], files,
      { 'in/c-word.docx': DOCX, 'in/d-broken.docx': new Uint8Array([1, 2, 3]) });
    assert.equal(status, EXIT_ERROR);
    const expected = compile([
      { file: 'in/a-001.txt', text: seed('001') }, { file: 'in/b-002.fzbg', text: seed('002') },
      { file: 'in/c-word.docx', text: readDocx(DOCX) }, { file: 'in/d-broken.docx', error: '“in/d-broken.docx”不是 Word 文档（.docx）' },
      { file: 'in/notes.txt', text: '会议纪要\n今天开会。' },
    ], DEFAULT_SETTINGS, 'zh-cn');
    assert.equal(files['out/汇编.fzbg'], expected.text);
    assert.deepEqual(analyzeText(expected.text).document.reports.map((report) => report.title?.text), [
      '2023年法治政府建设工作情况报告', '汕尾市城区2023年法治政府建设年度报告', 'XX县司法局2023年法治政府建设年度报告',
    ]);
    assert.ok(files['out/汇总.csv']!.startsWith('\ufeff"序号","文件","标题",'));
    assert.equal(files['out/汇总.csv']!.split('\r\n').length, 7);
    assert.deepEqual(stdout.split('\n').map((line) => line.trim().split(/\s{2,}/).slice(0, 3).join(' | ')), [
      '序号 | 文件 | 标题', '1 | in/a-001.txt | 2023年法治政府建设工作情况报告', '2 | in/b-002.fzbg | 汕尾市城区2023年法治政府建设年度报告',
      '3 | in/c-word.docx | XX县司法局2023年法治政府建设年度报告', 'in/d-broken.docx | 未汇编：“in/d-broken.docx”不是 Word 文档（.docx）',
      'in/notes.txt | 未汇编：“in/notes.txt”中没有找到报告（既没有报告标题，也没有编号的标题）', '',
    ]);
    assert.equal(stderr, [
      'fazhi-report: “in/d-broken.docx”不是 Word 文档（.docx）',
      'fazhi-report: “in/notes.txt”中没有找到报告（既没有报告标题，也没有编号的标题）',
      'fazhi-report: 已汇编 3 篇报告：“out/汇编.fzbg”',
      'fazhi-report: 已写入汇总“out/汇总.csv”',
      'fazhi-report: 2 个文件未能汇编（见汇总）',
      '',
    ].join('\n'));
  });

  it('exits 0 when no report has a problem at warning or above, 1 when one has', async () => {
    assert.equal((await run(['compile', 'clean.txt', '-o', 'c.fzbg'], { 'clean.txt': CLEAN })).status, EXIT_OK);
    assert.equal((await run(['compile', 'clean.txt', '001.txt', '-o', 'c.fzbg'], { 'clean.txt': CLEAN, '001.txt': seed('001') })).status, EXIT_FINDINGS);
  });

  it('writes the Word 公文 of the compilation with -o ….docx: every report from its title', async () => {
    const { status, written } = await run(['compile', 'a.txt', 'b.txt', '-o', '汇编.docx'], { 'a.txt': seed('001'), 'b.txt': seed('004') });
    assert.equal(status, EXIT_FINDINGS);
    const text = readDocx(written['汇编.docx']!).replace(/\s+/g, '');
    for (const title of ['2023年法治政府建设工作情况报告', '韶关市武江区西河镇人民政府武江区西河镇2021年法治政府建设年度报告']) assert.ok(text.includes(title), title);
    assert.ok(text.indexOf('2023年法治政府建设工作情况报告') < text.indexOf('韶关市武江区西河镇人民政府武江区西河镇2021年法治政府建设年度报告'));
  });

  it('orders the reports by --order (names, paths under the folder or names without extension), the unlisted last', async () => {
    const files: Record<string, string> = { 'in/a.txt': seed('001'), 'in/sub/b.txt': seed('004'), 'in/c.txt': CLEAN, 'order.txt': '# 汇编顺序\nsub/b.txt\n\nc\n没有这个.txt\n' };
    const { status, stdout, stderr } = await run(['compile', 'in', '-o', 'o.fzbg', '--order', 'order.txt', '--format', 'json'], files);
    assert.equal(status, EXIT_ERROR);
    const { title, output, rows } = JSON.parse(stdout) as { title: string; output: string; rows: { file: string; error?: string }[] };
    assert.deepEqual([title, output], ['2021—2023年度报告汇编', 'o.fzbg']);
    assert.deepEqual(rows.map((row) => [row.file, row.error]), [
      ['in/sub/b.txt', undefined], ['in/c.txt', undefined], ['没有这个.txt', '--order 列出的“没有这个.txt”不在要汇编的文件中'], ['in/a.txt', undefined],
    ]);
    assert.match(stderr, /1 个文件没有列在 --order 中，排在最后/);
    assert.deepEqual(analyzeText(files['o.fzbg']!).document.reports.map((report) => report.title?.text), [
      '韶关市武江区西河镇人民政府武江区西河镇2021年法治政府建设年度报告', '青山县人民政府办公室2023年政府信息公开工作年度报告', '2023年法治政府建设工作情况报告',
    ]);
  });

  it('takes --title, and refuses one that would not read as a compilation title', async () => {
    const files: Record<string, string> = { 'a.txt': seed('001') };
    assert.equal((await run(['compile', 'a.txt', '-o', 'o.fzbg', '--title', 'XX县2023年度部门法治政府建设年度报告汇编'], files)).status, EXIT_FINDINGS);
    assert.ok(files['o.fzbg']!.startsWith('XX县2023年度部门法治政府建设年度报告汇编\n\n目录\n'));
    const refused = await run(['compile', 'a.txt', '-o', 'p.fzbg', '--title', '各部门材料'], files);
    assert.equal(refused.status, EXIT_ERROR);
    assert.match(refused.stderr, /^fazhi-report: “各部门材料”不像汇编的标题/);
    assert.equal(files['p.fzbg'], undefined);
  });

  it('never replaces the compilation or the summary without --force, checks both before reading or writing anything', async () => {
    const files: Record<string, string> = { 'in/a.txt': seed('001'), 'out.fzbg': '旧的汇编', 'sum.csv': '旧的汇总' };
    const refused = await run(['compile', 'in', '-o', 'out.fzbg', '--summary', 'sum.csv'], files);
    assert.deepEqual([refused.status, refused.stdout, refused.stderr], [EXIT_ERROR, '', [
      'fazhi-report: “out.fzbg”已存在，没有覆盖：要替换它请加 --force，或用 -o 另选文件名',
      'fazhi-report: “sum.csv”已存在，没有覆盖：要替换它请加 --force，或用 -o 另选文件名', '',
    ].join('\n')]);
    assert.deepEqual([files['out.fzbg'], files['sum.csv']], ['旧的汇编', '旧的汇总']);
    const forced = await run(['compile', 'in', '-o', 'out.fzbg', '--summary', 'sum.csv', '--force'], files);
    assert.equal(forced.status, EXIT_FINDINGS);
    assert.ok(files['out.fzbg']!.startsWith('2023年度法治政府建设年度报告汇编'));
    assert.ok(files['sum.csv']!.startsWith('\ufeff'));
    // A compilation written into the folder is not compiled again when it is replaced.
    const again = await run(['compile', 'in', '-o', 'in/汇编.fzbg', '--force'], files);
    const replaced = await run(['compile', 'in', '-o', 'in/汇编.fzbg', '--force'], files);
    assert.deepEqual([again.status, replaced.status], [EXIT_FINDINGS, EXIT_FINDINGS]);
    assert.equal(analyzeText(files['in/汇编.fzbg']!).document.reports.length, 1);
  });

  it('rejects bad usage with status 2 and writes nothing', async () => {
    const files: Record<string, string> = { 'a.txt': seed('001') };
    for (const [argv, message] of [
      [['compile', 'a.txt'], 'compile 需要用 -o 指定汇编文件（.fzbg、.txt 或 .docx）'],
      [['compile', '-o', 'o.fzbg'], 'compile 需要至少一个文件或文件夹'],
      [['compile', 'a.txt', '-o', 'o.pdf'], '汇编文件应以 .fzbg、.txt（文本）或 .docx（Word 公文）结尾：“o.pdf”'],
      [['compile', 'a.txt', '-o', 'o.fzbg', '--summary', 'o.fzbg'], '--summary 和 -o 不能是同一个文件'],
      [['compile', 'a.txt', '-o', 'a.txt', '--force'], '输出文件“a.txt”也是要汇编的文件：请另选文件名'],
      [['compile', 'a.txt', '-o', 'o.fzbg', '--format', 'sarif'], '不支持的格式“sarif”，可用：text, json'],
    ] as const) {
      const { status, stderr } = await run([...argv], files);
      assert.equal(status, EXIT_ERROR, argv.join(' '));
      assert.ok(stderr.startsWith(`fazhi-report: ${message}\n\n用法：`), stderr);
    }
    assert.deepEqual(Object.keys(files), ['a.txt']);
    assert.match((await run(['--help'], {})).stdout, /fazhi-report compile 文件或文件夹\.\.\. -o 汇编\.fzbg\|汇编\.docx/);
    assert.match((await run(['--help', '--locale', 'en'], {})).stdout, /fazhi-report compile FILE\|FOLDER\.\.\. -o OUT\.fzbg\|OUT\.docx/);
  });

  it('says so and writes nothing when no file holds a report', async () => {
    const files: Record<string, string> = { 'notes.txt': '会议纪要' };
    const { status, stderr } = await run(['compile', 'notes.txt', 'gone.txt', '-o', 'o.fzbg', '--summary', 's.csv'], files);
    assert.equal(status, EXIT_ERROR);
    assert.match(stderr, /没有可汇编的报告，未写入任何文件\n$/);
    assert.deepEqual(Object.keys(files), ['notes.txt']);
  });
});

describe('CLI compile, bundled (dist/cli.js)', () => {
  it('compiles real files, a folder with an unreadable file still compiled, the CSV with its BOM', () => {
    const folder = tempFolder('fazhi-compile-');
    mkdirSync(join(folder, 'in'));
    writeFileSync(join(folder, 'in', '001.txt'), seed('001'));
    writeFileSync(join(folder, 'in', '004.txt'), `\ufeff${seed('004').replace(/\n/g, '\r\n')}`);
    writeFileSync(join(folder, 'in', 'word.docx'), DOCX);
    writeFileSync(join(folder, 'in', '~$word.docx'), 'Word 的锁定文件');
    writeFileSync(join(folder, 'in', 'broken.docx'), 'not a zip');
    assert.equal(spawnSync('mkfifo', [join(folder, 'pipe.txt')]).status, 0);
    const result = spawnSync(process.execPath, [CLI, 'compile', 'in', 'pipe.txt', '-o', 'out/汇编.fzbg', '--summary', 'out/汇总.csv'],
      { cwd: folder, encoding: 'utf8', env: { ...process.env, LANG: 'zh_CN.UTF-8' } });
    assert.equal(result.status, EXIT_ERROR, result.stderr);
    assert.deepEqual(readdirSync(join(folder, 'out')).sort(), ['汇总.csv', '汇编.fzbg']);
    const text = readFileSync(join(folder, 'out', '汇编.fzbg'), 'utf8');
    assert.deepEqual(analyzeText(text).document.reports.map((report) => report.title?.text), [
      '2023年法治政府建设工作情况报告', '韶关市武江区西河镇人民政府武江区西河镇2021年法治政府建设年度报告', 'XX县司法局2023年法治政府建设年度报告',
    ]);
    assert.match(result.stderr, /“in\/broken\.docx”不是 Word 文档/);
    assert.match(result.stderr, /无法读取“pipe\.txt”：不是普通文件/);
    const csv = readFileSync(join(folder, 'out', '汇总.csv'));
    assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(csv.toString('utf8').split('\r\n').length, 7);
  });
});
