/**
 * A compilation's outputs, looked at: its Word document rendered by LibreOffice shows each report's
 * title on the page its contents entry names, and LibreOffice Calc reads its CSV summary with the
 * Chinese intact (the byte-order mark taken as one, not as part of the first cell).
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS } from '../server/src/service/settings';
import { compile } from '../server/src/service/features/compile';
import { summaryCsv } from '../server/src/service/features/summary';
import { createLanguageService } from '../server/src/service/languageService';
import { analyzeText } from '../server/src/service/model/analyze';
import { seed, sourceOf } from './helpers/documents';
import { tempFolder } from './helpers/tempFolders';

const hasLibreOffice = spawnSync('soffice', ['--version']).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;
const FONTS = join(__dirname, 'render', 'fonts.conf');

/** A page's text without blanks, as pdftotext reads it. */
function pageText(pdf: string, page: number): string {
  return spawnSync('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
}

describe('a compilation\'s outputs rendered by LibreOffice', function () {
  this.timeout(180_000);
  const folder = tempFolder('fazhi-compile-render-');
  const compilation = compile([['001.txt', seed('001')], ['002.txt', seed('002')], ['004.txt', seed('004')]]
    .map(([file, text]) => ({ file: file!, text: text! })), DEFAULT_SETTINGS, 'zh-cn');

  before(function () {
    // CI installs LibreOffice and poppler; elsewhere the tests are skipped without them.
    if (!hasLibreOffice && !process.env.CI) this.skip();
  });

  it('shows each report\'s title on the page its contents entry names', async () => {
    const [file] = await createLanguageService().exportDocx(sourceOf(compilation.text), DEFAULT_SETTINGS, false, '汇编');
    writeFileSync(join(folder, '汇编.docx'), file!.data);
    const converted = spawnSync('soffice', ['--headless', '--norestore', '--convert-to', 'pdf', '--outdir', folder, join(folder, '汇编.docx')], {
      encoding: 'utf8', timeout: 170_000, env: { ...process.env, FONTCONFIG_FILE: FONTS, HOME: folder },
    });
    assert.equal(converted.status, 0, converted.stderr);
    const pdf = join(folder, '汇编.pdf');
    const { document } = analyzeText(compilation.text);
    const entries = document.contents!.entries.map((entry) => ({ title: entry.key, page: entry.page }));
    assert.deepEqual(entries.map((entry) => entry.title), ['2023年法治政府建设工作情况报告', '汕尾市城区2023年法治政府建设年度报告', '韶关市武江区西河镇人民政府武江区西河镇2021年法治政府建设年度报告']);
    for (const { title, page } of entries) {
      // The report starts there: its title (with the issuer above it, for one) opens the page.
      const text = pageText(pdf, page);
      assert.ok(text.includes(title) && text.indexOf(title) <= 20, `${title} opens page ${page}: ${text.slice(0, 60)}`);
    }
    // The Word document's own contents, on the first page, name the same pages.
    // An entry too long for its line goes on to the next, where its leader and page number end it.
    const printed: { title: string; page: number }[] = [];
    let entry = '';
    for (const line of spawnSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'], { encoding: 'utf8' }).stdout.split('\n')) {
      entry += line.replace(/\s+/g, '');
      const found = /^\d+\.(.+?)\.{3,}(\d+)$/.exec(entry);
      if (found) printed.push({ title: found[1]!, page: Number(found[2]) });
      if (found || !/^\d+\./.test(entry)) entry = '';
    }
    assert.deepEqual(printed, entries);
  });

  it('reads the CSV summary in Calc with the Chinese intact and the byte-order mark taken as one', function () {
    const csv = join(folder, '汇总.csv');
    writeFileSync(csv, summaryCsv(compilation.rows, 'zh-cn'));
    // UTF-8, as Excel and WPS take a file that starts with the UTF-8 byte-order mark; tab-separated out.
    const converted = spawnSync('soffice', ['--headless', '--norestore', '--infilter=Text - txt - csv (StarCalc):44,34,76',
      '--convert-to', 'txt:Text - txt - csv (StarCalc):9,34,76', '--outdir', join(folder, 'calc'), csv], {
      encoding: 'utf8', timeout: 170_000, env: { ...process.env, HOME: folder },
    });
    // Calc is a package of its own (libreoffice-calc-nogui), which CI installs.
    if (/could not be loaded/.test(converted.stderr + converted.stdout) && !process.env.CI) this.skip();
    assert.equal(converted.status, 0, converted.stderr);
    const rows = readFileSync(join(folder, 'calc', '汇总.txt'), 'utf8').split(/\r?\n/).filter(Boolean).map((line) => line.split('\t'));
    assert.deepEqual(rows[0], ['序号', '文件', '标题', '单位', '年度', '报告类型', '字数', '错误', '警告', '信息', '占位内容', '年份错误', '表格合计错误', '缺少的必备章节', '无法汇编的原因']);
    assert.deepEqual(rows.slice(1).map((row) => row.slice(0, 6)), [
      ['1', '001.txt', '2023年法治政府建设工作情况报告', '', '2023', '法治政府建设年度报告'],
      ['2', '002.txt', '汕尾市城区2023年法治政府建设年度报告', '汕尾市城区', '2023', '法治政府建设年度报告'],
      ['3', '004.txt', '韶关市武江区西河镇人民政府武江区西河镇2021年法治政府建设年度报告', '韶关市武江区西河镇人民政府', '2021', '法治政府建设年度报告'],
    ]);
    assert.deepEqual(rows[1]!.slice(13), ['党政主要负责人履行第一责任人职责情况', '']);
  });
});
