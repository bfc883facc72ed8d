/** The command-line checker: in-process for exact output, and the bundled `dist/cli.js` as users run it. */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, runCli } from '../server/src/cli/cli';
import { CliIo, MAX_FILE_BYTES, REPORT_EXTENSIONS, encodeReport, reportFilesUnder } from '../server/src/cli/io';
import { ReportFile, decodeReport } from '../server/src/service/decode';
import { CHECKS } from '../server/src/service/checks/registry';
import { memoryIo } from './helpers/cliIo';
import { FIXTURES } from './helpers/documents';
import { tempFolder } from './helpers/tempFolders';
import { level, numbered, paragraph, wordDocument } from './helpers/wordDocument';

const CLI = join(__dirname, '..', 'dist', 'cli.js');

/** Runs the CLI in-process (the check and outline commands answer at once). */
function run(argv: string[], files: Record<string, string> = {}, environmentLocale?: string) {
  const { io, out, err } = memoryIo(files, environmentLocale);
  const status = runCli(argv, io);
  assert.equal(typeof status, 'number');
  return { status: status as number, stdout: out.join(''), stderr: err.join(''), files };
}

/** Runs the CLI's export in-process, to its end; `binaries` are files already there. */
async function runExport(argv: string[], files: Record<string, string>, libreOffice = true, binaries: Record<string, Uint8Array> = {}) {
  const { io, out, err, written } = memoryIo(files, 'zh_CN.UTF-8', libreOffice, binaries);
  const status = await runCli(argv, io);
  return { status, stdout: out.join(''), stderr: err.join(''), written };
}

const REPORT = 'XX局2023年法治政府建设年度报告\n一、主要工作\n（一）学法\n二、存在问题\n';

describe('CLI outline', () => {
  it('prints the outline as indented text with 1-based line spans', () => {
    const { status, stdout, stderr } = run(['outline', 'a.txt'], { 'a.txt': REPORT });
    assert.deepEqual({ status, stdout, stderr }, {
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
    const { status, stdout, stderr } = run(['outline', 'missing.txt']);
    assert.deepEqual({ status, stdout, stderr }, { status: EXIT_ERROR, stdout: '', stderr: 'fazhi-report: 无法读取“missing.txt”：文件不存在\n' });
    assert.equal(run(['outline', 'missing.txt', '--locale', 'en']).stderr, 'fazhi-report: cannot read "missing.txt": no such file\n');
    assert.equal(run(['outline', 'missing.txt'], {}, 'en_US.UTF-8').stderr, 'fazhi-report: cannot read "missing.txt": no such file\n');
  });

  it('rejects bad usage with status 2 and the usage text', () => {
    for (const argv of [['frob'], ['outline'], ['outline', 'a', 'b'], ['outline', '--format', 'xml', 'a'], ['outline', '--nope', 'a'],
      ['outline', '--format', 'sarif', 'a'], ['check'], ['check', '--format', 'xml', 'a'], ['check', '--severity', 'nope=off', 'a'],
      ['check', '--severity', 'placeholder=loud', 'a'], ['check', '--severity', 'placeholder', 'a']]) {
      const { status, stderr } = run(argv);
      assert.equal(status, EXIT_ERROR, argv.join(' '));
      assert.match(stderr, /^fazhi-report: .+\n\n用法：/s, argv.join(' '));
    }
    assert.equal(run(['--help']).status, EXIT_OK);
    assert.match(run(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
  });

  it('decodes UTF-8 with and without a BOM, UTF-16 with a BOM and GB18030 files, and writes them back byte for byte', () => {
    const cases: [Buffer, ReportFile][] = [
      [Buffer.from('一、工作\r\n', 'utf8'), { text: '一、工作\r\n', encoding: 'utf-8', bom: false }],
      [Buffer.from('\ufeff一、工作\r\n', 'utf8'), { text: '一、工作\r\n', encoding: 'utf-8', bom: true }],
      [Buffer.from('\ufeff一、工作\n', 'utf16le'), { text: '一、工作\n', encoding: 'utf-16le', bom: true }],
      [Buffer.from('\ufeff一、工作\n', 'utf16le').swap16(), { text: '一、工作\n', encoding: 'utf-16be', bom: true }],
    ];
    for (const [bytes, file] of cases) {
      assert.deepEqual(decodeReport(bytes), file);
      assert.deepEqual(encodeReport(file.text, file), bytes);
    }
    // 一、工作 in GBK: read, but never written back (Node has no GB18030 encoder).
    const gbk = decodeReport(Buffer.from([0xd2, 0xbb, 0xa1, 0xa2, 0xb9, 0xa4, 0xd7, 0xf7]));
    assert.deepEqual(gbk, { text: '一、工作', encoding: 'gb18030', bom: false });
    assert.equal(encodeReport(gbk.text, gbk), undefined);
  });

  it('reads a UTF-8 file with a few broken bytes as UTF-8 (not as GB18030), and --fix never writes it', () => {
    // A UTF-8 report with one broken sequence (a lone surrogate as a CESU-8 export writes it, ED A0 80).
    const utf8 = (text: string) => Buffer.from(text, 'utf8');
    const damaged = Buffer.concat([utf8('县司法局2023年法治政府建设年度报告\n一、主要举措和成效\n本年'), Buffer.from([0xed, 0xa0, 0x80]), utf8('度 2023 年共办结案件。\n')]);
    const text = '县司法局2023年法治政府建设年度报告\n一、主要举措和成效\n本年\ufffd\ufffd\ufffd度 2023 年共办结案件。\n';
    assert.deepEqual(decodeReport(damaged), { text, encoding: 'utf-8', bom: false, damaged: true });
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), damaged]);
    assert.deepEqual(decodeReport(withBom), { text, encoding: 'utf-8', bom: true, damaged: true });
    // A real U+FFFD in well-formed UTF-8 is text like any other.
    assert.deepEqual(decodeReport(utf8('\ufeff一、\ufffd')), { text: '一、\ufffd', encoding: 'utf-8', bom: true });
    // A short line with a broken character: still more Chinese than broken bytes.
    assert.equal(decodeReport(Buffer.concat([utf8('一、总体情况\n本年'), Buffer.from([0xed, 0xa0, 0x80]), utf8('度公开信息。\n')])).encoding, 'utf-8');
    const folder = tempFolder('fazhi-cli-');
    const path = join(folder, 'damaged.txt');
    writeFileSync(path, damaged);
    const result = spawnSync(process.execPath, [CLI, 'check', '--fix', path], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    assert.deepEqual(readFileSync(path), damaged);
    assert.match(result.stderr, /^fazhi-report: “.*damaged\.txt”中有不是 UTF-8 的字节，未自动修复/m);
    assert.match(result.stdout, /stray-space/);
  });

  it('lists the report files under a folder even when a subfolder cannot be listed', () => {
    const folder = tempFolder('fazhi-cli-');
    mkdirSync(join(folder, 'a'));
    mkdirSync(join(folder, 'locked'));
    writeFileSync(join(folder, 'a', 'r.txt'), REPORT);
    writeFileSync(join(folder, 'z.fzbg'), REPORT);
    writeFileSync(join(folder, 'notes.md'), REPORT);
    // As root every folder can be read: the listing is made to fail the way it does for others.
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const list = (path: string) => {
      if (path.endsWith('locked')) throw denied;
      return readdirSync(path, { withFileTypes: true });
    };
    assert.deepEqual(reportFilesUnder(folder, REPORT_EXTENSIONS, list), {
      files: [join(folder, 'a', 'r.txt'), join(folder, 'z.fzbg')],
      unreadable: [{ path: join(folder, 'locked'), error: denied }],
    });
  });

  it('runs bundled as dist/cli.js on the sample report and on unreadable paths', () => {
    const sample = spawnSync(process.execPath, [CLI, 'outline', join(FIXTURES, 'sample', 'sample-report.fzbg')], { encoding: 'utf8' });
    assert.equal(sample.status, EXIT_OK, sample.stderr);
    assert.equal(sample.stdout.split('\n')[0], 'XX县市场监督管理局2023年法治政府建设年度报告  [1-23]');
    const checked = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', join(FIXTURES, 'sample')], { encoding: 'utf8' });
    assert.equal(checked.status, EXIT_FINDINGS, checked.stderr);
    const [entry] = JSON.parse(checked.stdout) as { file: string; diagnostics: { code: string }[] }[];
    assert.equal(entry!.file, join(FIXTURES, 'sample', 'sample-report.fzbg'));
    assert.equal(entry!.diagnostics.length, 16);
    const folder = tempFolder('fazhi-cli-');
    const gbk = join(folder, 'gbk.txt');
    writeFileSync(gbk, Buffer.from([0xd2, 0xbb, 0xa1, 0xa2, 0xb9, 0xa4, 0xd7, 0xf7]));
    assert.equal(spawnSync(process.execPath, [CLI, 'outline', gbk], { encoding: 'utf8' }).stdout, '一、工作  [1]\n');
    const missing = spawnSync(process.execPath, [CLI, 'outline', folder], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    assert.deepEqual([missing.status, missing.stderr], [EXIT_ERROR, `fazhi-report: 无法读取“${folder}”：这是一个文件夹\n`]);
  });

  it('--fix keeps the BOM, the encoding and the line endings of the file byte for byte', () => {
    const folder = tempFolder('fazhi-cli-');
    const broken = BROKEN.replace(/\n/g, '\r\n');
    const expected = '县司法局2023年法治政府建设年度报告\r\n一、主要举措和成效\r\n（一）学法\r\n（二）用法\r\n二、存在的不足\r\n三、主要负责人履行第一责任人职责情况\r\n四、2024年工作安排\r\n';
    for (const [name, bytes, expectedBytes] of [
      ['bom.txt', Buffer.from(`\ufeff${broken}`, 'utf8'), Buffer.from(`\ufeff${expected}`, 'utf8')],
      ['utf16.txt', Buffer.from(`\ufeff${broken}`, 'utf16le'), Buffer.from(`\ufeff${expected}`, 'utf16le')],
    ] as const) {
      const path = join(folder, name);
      writeFileSync(path, bytes);
      const result = spawnSync(process.execPath, [CLI, 'check', '--fix', path], { encoding: 'utf8' });
      assert.equal(result.status, EXIT_OK, result.stderr);
      assert.deepEqual(readFileSync(path), expectedBytes, name);
    }
  });

  it('reads only regular files: a FIFO, /dev/zero and a huge file get a clear message and status 2', function () {
    if (process.platform !== 'linux') return this.skip();
    const folder = tempFolder('fazhi-cli-');
    const fifo = join(folder, 'pipe.txt');
    spawnSync('mkfifo', [fifo]);
    const huge = join(folder, 'huge.txt');
    spawnSync('truncate', ['-s', `${MAX_FILE_BYTES + 1}`, huge]);
    const result = spawnSync(process.execPath, [CLI, 'check', fifo, '/dev/zero', huge], { encoding: 'utf8', timeout: 20000, env: { ...process.env, LANG: 'C' } });
    assert.equal(result.status, EXIT_ERROR, result.stderr);
    assert.equal(result.stderr, [
      `fazhi-report: 无法读取“${fifo}”：不是普通文件`,
      'fazhi-report: 无法读取“/dev/zero”：不是普通文件',
      `fazhi-report: 无法读取“${huge}”：文件超过 64 MB，不像是报告`,
      '检查了 0 个文件，发现 0 个问题', '',
    ].join('\n'));
  });
});

const CLEAN = '县司法局2023年法治政府建设年度报告\n一、主要举措和成效\n二、存在的不足和原因\n三、主要负责人履行第一责任人职责情况\n四、2024年工作安排\n五、其他需要报告的情况\n无。\n';
const BROKEN = '县司法局2023年法治政府建设年度报告\n一、主要举措和成效\n（一）学法\n（三）用法\n二、存在的不足\n三、主要负责人履行第一责任人职责情况\n四、2024年工作安排\n分享到:\n';

describe('CLI check', () => {
  it('prints file:line:col severity id message in document order, and exits 1 on warnings', () => {
    const { status, stdout, stderr } = run(['check', 'b.txt'], { 'b.txt': BROKEN });
    assert.equal(status, EXIT_FINDINGS);
    assert.equal(stdout, [
      'b.txt:1:1 info missing-section 本报告缺少“其他需要报告的情况”部分',
      'b.txt:4:1 warning numbering-sequence 编号跳过了“（二）”：“（一）”之后是“（三）”',
      'b.txt:8:1 warning web-residue 网页残留：“分享到:”不是报告内容',
      '',
    ].join('\n'));
    assert.equal(stderr, '检查了 1 个文件，发现 3 个问题\n');
  });

  it('exits 0 when nothing reaches warning, and follows --severity and --placeholder', () => {
    assert.equal(run(['check', 'c.txt'], { 'c.txt': CLEAN }).status, EXIT_OK);
    const quiet = run(['check', '--severity', 'numbering-sequence=info', '--severity', 'web-residue=off', 'b.txt'], { 'b.txt': BROKEN });
    assert.equal(quiet.status, EXIT_OK);
    assert.equal(quiet.stdout.split('\n').filter(Boolean).map((line) => line.split(' ').slice(1, 3).join(' ')).join(','),
      'info missing-section,info numbering-sequence');
    const custom = run(['check', '--placeholder', '无。', '--locale', 'en', 'c.txt'], { 'c.txt': CLEAN });
    assert.deepEqual([custom.status, custom.stdout], [EXIT_FINDINGS, 'c.txt:7:1 warning placeholder Unfilled placeholder "无。": replace it with the actual text\n']);
  });

  it('leaves out the text findings that --allow covers', () => {
    const text = `${CLEAN}\n截止2023年底,共办结12件。\n`;
    const lines = (stdout: string) => stdout.split('\n').filter(Boolean).map((line) => line.split(' ').slice(0, 3).join(' '));
    const plain = run(['check', 'c.txt'], { 'c.txt': text });
    assert.deepEqual(lines(plain.stdout), ['c.txt:9:1 warning word-usage', 'c.txt:9:9 warning punctuation-width']);
    const allowed = run(['check', '--allow', '截止2023', '--allow', '年底,', 'c.txt'], { 'c.txt': text });
    assert.deepEqual([allowed.status, allowed.stdout], [EXIT_OK, '']);
  });

  it('checks folders and goes on past unreadable files, exiting 2', () => {
    const { status, stdout, stderr } = run(['check', '--format', 'json', 'missing.txt', 'folder'], { 'folder/b.txt': BROKEN, 'folder/a/c.txt': CLEAN });
    assert.equal(status, EXIT_ERROR);
    const entries = JSON.parse(stdout) as { file: string; error?: string; diagnostics: { code: string; severity: string; message: string; range: unknown }[] }[];
    assert.deepEqual(entries.map((entry) => [entry.file, entry.error, entry.diagnostics.length]), [
      ['missing.txt', '无法读取“missing.txt”：文件不存在', 0], ['folder/a/c.txt', undefined, 0], ['folder/b.txt', undefined, 3],
    ]);
    assert.deepEqual(entries[2]!.diagnostics[1], {
      code: 'numbering-sequence', severity: 'warning', message: '编号跳过了“（二）”：“（一）”之后是“（三）”',
      range: { start: { line: 3, character: 0 }, end: { line: 3, character: 3 } },
    });
    assert.equal(stderr, 'fazhi-report: 无法读取“missing.txt”：文件不存在\n');
  });

  it('writes SARIF 2.1.0 with rules and 1-based regions', () => {
    const sarif = JSON.parse(run(['check', '--format', 'sarif', 'b.txt'], { 'b.txt': BROKEN }).stdout);
    assert.equal(sarif.version, '2.1.0');
    const [sarifRun] = sarif.runs;
    assert.equal(sarifRun.tool.driver.name, 'fazhi-report');
    assert.equal(sarifRun.tool.driver.rules.length, CHECKS.length);
    assert.equal(sarifRun.columnKind, 'utf16CodeUnits');
    assert.deepEqual(sarifRun.results[1], {
      ruleId: 'numbering-sequence', ruleIndex: 0, level: 'warning', message: { text: '编号跳过了“（二）”：“（一）”之后是“（三）”' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'b.txt' }, region: { startLine: 4, startColumn: 1, endLine: 4, endColumn: 4 } } }],
    });
    assert.equal(sarifRun.results[0].level, 'note');
  });

  it('--fix writes the safe fixes back and reports what remains', () => {
    const { status, stdout, files } = run(['check', '--fix', 'b.txt'], { 'b.txt': BROKEN });
    assert.equal(files['b.txt'], '县司法局2023年法治政府建设年度报告\n一、主要举措和成效\n（一）学法\n（二）用法\n二、存在的不足\n三、主要负责人履行第一责任人职责情况\n四、2024年工作安排\n');
    assert.deepEqual([status, stdout], [EXIT_OK, 'b.txt:1:1 info missing-section 本报告缺少“其他需要报告的情况”部分\n']);
  });

  it('--fix leaves a file alone when it changed on disk meanwhile, or is not UTF-8', () => {
    const files: Record<string, string> = { 'b.txt': BROKEN };
    const err: string[] = [];
    let reads = 0;
    const io: CliIo = {
      read: (path) => ({ text: reads++ === 0 ? files[path]! : `${files[path]!}另一人刚加的一行\n`, encoding: 'utf-8', bom: false }),
      expand: (path) => ({ files: [path], unreadable: [] }),
      write: () => assert.fail('must not write'),
      writeBytes: () => assert.fail('must not write'),
      kindOf: () => 'file',
      convertToPdf: () => assert.fail('must not convert'),
      readBytes: () => assert.fail('must not read bytes'),
      convertToDocx: () => assert.fail('must not convert'),
      stdout: () => undefined,
      stderr: (text) => void err.push(text),
      environmentLocale: 'zh_CN.UTF-8',
    };
    assert.equal(runCli(['check', '--fix', 'b.txt'], io), EXIT_FINDINGS);
    assert.equal(err[0], 'fazhi-report: “b.txt”在检查期间被改动，未写入修复\n');
    const gbk: CliIo = { ...io, read: () => ({ text: BROKEN, encoding: 'gb18030', bom: false }) };
    err.length = 0;
    runCli(['check', '--fix', 'b.txt'], gbk);
    assert.equal(err[0], 'fazhi-report: “b.txt”是 GB18030/GBK 编码，未自动修复（请先另存为 UTF-8）\n');
  });
});

describe('CLI export', () => {
  const seed001 = readFileSync(join(FIXTURES, 'seeds', '001_0432c5515c67698f.txt'), 'utf8');
  const isDocx = (data: Uint8Array | undefined) => data !== undefined && data.length > 5000 && data[0] === 0x50 && data[1] === 0x4b;

  it('writes the report beside itself, named by its title, and says the problems left', async () => {
    const { status, stdout, stderr, written } = await runExport(['export', 'in/报告.txt'], { 'in/报告.txt': seed001 });
    assert.deepEqual(Object.keys(written), ['in/2023年法治政府建设工作情况报告.docx']);
    assert.ok(isDocx(written['in/2023年法治政府建设工作情况报告.docx']));
    assert.equal(stdout, '已导出“in/2023年法治政府建设工作情况报告.docx”\n');
    assert.equal(stderr, 'fazhi-report: 注意：报告中还有 6 个警告及以上的问题（fazhi-report check 可列出）\n');
    assert.equal(status, EXIT_FINDINGS);
  });

  it('-o names the file, --split writes one per report into the -o folder, --pdf converts each', async () => {
    const named = await runExport(['export', 'a.txt', '-o', 'out/公文'], { 'a.txt': CLEAN });
    assert.deepEqual([named.status, Object.keys(named.written)], [EXIT_OK, ['out/公文.docx']]);
    const compilation = `${CLEAN}${CLEAN.replace('县司法局', '县公安局')}`;
    const split = await runExport(['export', 'c.txt', '--split', '--pdf', '-o', 'out'], { 'c.txt': compilation });
    assert.deepEqual(Object.keys(split.written), ['out/县司法局2023年法治政府建设年度报告.docx', 'out/县司法局2023年法治政府建设年度报告.pdf',
      'out/县公安局2023年法治政府建设年度报告.docx', 'out/县公安局2023年法治政府建设年度报告.pdf']);
    const whole = await runExport(['export', 'c.txt'], { 'c.txt': compilation });
    assert.deepEqual(Object.keys(whole.written), ['县司法局2023年法治政府建设年度报告.docx']);
  });

  it('says clearly when LibreOffice is missing, and when a file cannot be read or written (exit 2)', async () => {
    const noPdf = await runExport(['export', '--pdf', 'a.txt'], { 'a.txt': CLEAN }, false);
    assert.equal(noPdf.status, EXIT_ERROR);
    assert.match(noPdf.stderr, /没有找到 LibreOffice（soffice），未生成 PDF/);
    assert.ok(isDocx(noPdf.written['县司法局2023年法治政府建设年度报告.docx']));
    const unreadable = await runExport(['export', 'missing.txt'], {});
    assert.deepEqual([unreadable.status, unreadable.stderr], [EXIT_ERROR, 'fazhi-report: 无法读取“missing.txt”：文件不存在\n']);
    const readOnly = await runExport(['export', 'a.txt', '-o', '/readonly/x.docx'], { 'a.txt': CLEAN });
    assert.deepEqual([readOnly.status, readOnly.stderr], [EXIT_ERROR, 'fazhi-report: 无法写入“/readonly/x.docx”：EROFS: read-only file system\n']);
    assert.equal((await runExport(['export', 'a.txt', 'b.txt'], { 'a.txt': CLEAN })).status, EXIT_ERROR);
    assert.equal((await runExport(['export', '--fonts', 'fancy', 'a.txt'], { 'a.txt': CLEAN })).status, EXIT_ERROR);
  });
});

describe('CLI outputs never replace a file without --force', () => {
  const compilation = `${CLEAN}${CLEAN.replace('县司法局', '县公安局')}`;
  const word = new Uint8Array([0x50, 0x4b, 3, 4]);
  const ORIGINAL = '县司法局2023年法治政府建设年度报告.docx';

  it('the round trip import → export refuses to replace the original Word file, and writes nothing', async () => {
    const refused = await runExport(['export', 'rt.fzbg'], { 'rt.fzbg': CLEAN }, true, { [ORIGINAL]: word });
    assert.deepEqual([refused.status, Object.keys(refused.written), refused.stdout], [EXIT_ERROR, [], '']);
    assert.equal(refused.stderr, `fazhi-report: “${ORIGINAL}”已存在，没有覆盖：要替换它请加 --force，或用 -o 另选文件名\n`);
    const forced = await runExport(['export', '--force', 'rt.fzbg'], { 'rt.fzbg': CLEAN }, true, { [ORIGINAL]: word });
    assert.deepEqual([forced.status, Object.keys(forced.written)], [EXIT_OK, [ORIGINAL]]);
  });

  it('checks every output first: one taken name in a --split export, or its PDF, writes none', async () => {
    const taken = { 'out/县公安局2023年法治政府建设年度报告.docx': word };
    const split = await runExport(['export', 'c.txt', '--split', '-o', 'out'], { 'c.txt': compilation }, true, taken);
    assert.deepEqual([split.status, Object.keys(split.written)], [EXIT_ERROR, []]);
    assert.match(split.stderr, /“out\/县公安局2023年法治政府建设年度报告\.docx”已存在/);
    const pdf = await runExport(['export', 'a.txt', '--pdf', '-o', 'x.docx'], { 'a.txt': CLEAN }, true, { 'x.pdf': word });
    assert.deepEqual([pdf.status, Object.keys(pdf.written)], [EXIT_ERROR, []]);
    assert.match(pdf.stderr, /“x\.pdf”已存在/);
  });

  it('-o naming a folder (an existing one, or a path ending in /) writes the title-named document into it', async () => {
    const slash = await runExport(['export', 'a.txt', '-o', '导出/'], { 'a.txt': CLEAN });
    assert.deepEqual(Object.keys(slash.written), ['导出/县司法局2023年法治政府建设年度报告.docx']);
    const existing = await runExport(['export', 'a.txt', '-o', 'out'], { 'a.txt': CLEAN, 'out/notes.txt': '' });
    assert.deepEqual(Object.keys(existing.written), ['out/县司法局2023年法治政府建设年度报告.docx']);
  });

  it('import -o refuses an existing file without --force, and never writes over the Word file itself', () => {
    const docx = wordDocument({ body: paragraph('县司法局2023年法治政府建设年度报告') });
    const files: Record<string, string> = { 'a.fzbg': '旧的文本\n' };
    const kept = memoryIo(files, 'zh_CN.UTF-8', true, { 'a.docx': docx });
    assert.equal(runCli(['import', 'a.docx', '-o', 'a.fzbg'], kept.io), EXIT_ERROR);
    assert.equal(files['a.fzbg'], '旧的文本\n');
    assert.equal(kept.err.join(''), 'fazhi-report: “a.fzbg”已存在，没有覆盖：要替换它请加 --force，或用 -o 另选文件名\n');
    assert.equal(runCli(['import', 'a.docx', '-o', 'a.fzbg', '--force'], kept.io), EXIT_OK);
    assert.equal(files['a.fzbg'], '县司法局2023年法治政府建设年度报告\n');
    for (const argv of [['import', 'a.docx', '-o', 'a.docx'], ['import', 'a.docx', '-o', './a.docx', '--force']]) {
      const same = memoryIo({}, 'zh_CN.UTF-8', true, { 'a.docx': docx });
      assert.equal(runCli(argv, same.io), EXIT_ERROR);
      assert.match(same.err.join(''), /输出文件不能是要导入的 Word 文件本身“a\.docx”/);
      assert.deepEqual(Object.keys(same.written), []);
    }
  });

  it('on disk: an existing file keeps its bytes, --split -o makes the missing folder', () => {
    const folder = tempFolder('fazhi-cli-');
    const report = join(folder, 'rt.fzbg');
    writeFileSync(report, compilation);
    const original = join(folder, ORIGINAL);
    writeFileSync(original, 'Word 原件');
    const refused = spawnSync(process.execPath, [CLI, 'export', report], { encoding: 'utf8' });
    assert.equal(refused.status, EXIT_ERROR);
    assert.equal(readFileSync(original, 'utf8'), 'Word 原件');
    const split = spawnSync(process.execPath, [CLI, 'export', report, '--split', '-o', join(folder, '新建', '分册')], { encoding: 'utf8' });
    assert.equal(split.status, EXIT_OK, split.stderr);
    assert.deepEqual(readdirSync(join(folder, '新建', '分册')), ['县公安局2023年法治政府建设年度报告.docx', ORIGINAL]);
    const again = spawnSync(process.execPath, [CLI, 'import', join(folder, '新建', '分册', ORIGINAL), '-o', report], { encoding: 'utf8' });
    assert.equal(again.status, EXIT_ERROR);
    assert.equal(readFileSync(report, 'utf8'), compilation);
  });
});

describe('CLI import', () => {
  const docx = wordDocument({ body: [paragraph('县司法局2023年法治政府建设年度报告', '<w:jc w:val="center"/>'), numbered('主要举措和成效', 1, 0), numbered('强化理论武装', 1, 1)].join(''),
    numbering: `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '%1、')}${level(1, 'chineseCounting', '（%2）')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` });
  const TEXT = '县司法局2023年法治政府建设年度报告\n\n一、主要举措和成效\n（一）强化理论武装\n';

  it('prints the text with the automatic numbers written out, or writes it with -o', () => {
    const { io, out, err } = memoryIo({}, 'zh_CN.UTF-8', true, { 'a.docx': docx });
    assert.equal(runCli(['import', 'a.docx'], io), EXIT_OK);
    assert.deepEqual([out.join(''), err.join('')], [TEXT, '']);
    const files: Record<string, string> = {};
    const written = memoryIo(files, 'zh_CN.UTF-8', true, { 'a.docx': docx });
    assert.equal(runCli(['import', 'a.docx', '-o', 'a.fzbg'], written.io), EXIT_OK);
    assert.equal(files['a.fzbg'], TEXT);
  });

  it('converts .doc and .wps through LibreOffice, and says so when it is missing', () => {
    const converted = memoryIo({}, 'zh_CN.UTF-8', true, { 'old.docx': docx });
    assert.equal(runCli(['import', 'old.doc'], converted.io), EXIT_OK);
    assert.equal(converted.out.join(''), TEXT);
    const missing = memoryIo({}, 'zh_CN.UTF-8', false);
    assert.equal(runCli(['import', 'old.wps'], missing.io), EXIT_ERROR);
    assert.match(missing.err.join(''), /导入 \.doc\/\.wps 文件需要 LibreOffice（soffice），但没有找到/);
  });

  it('exits 2 for a file that is not a Word document', () => {
    const { io, err } = memoryIo({ 'report.txt': CLEAN }, 'zh_CN.UTF-8');
    assert.equal(runCli(['import', 'report.txt'], io), EXIT_ERROR);
    assert.equal(err.join(''), 'fazhi-report: “report.txt”不是 Word 文档（.docx）\n');
    assert.equal(runCli(['import', 'gone.docx'], io), EXIT_ERROR);
  });
});
