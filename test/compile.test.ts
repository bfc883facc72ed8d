/**
 * Compiling a 汇编 (SPEC 9) in the language service: the compilation's text reads back as a
 * compilation whose contents list every report under the title and link to it, each report whole
 * and beginning with its title, the pages its entries name those the 公文 layout gives; and the
 * summary rows, their CSV and their table.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { DEFAULT_SETTINGS } from '../server/src/service/settings';
import {
  CompiledFile, FailedRow, ReportRow, SummaryRow, assembleCompilation, compile, compilationTitle, compileFile, isCompilationTitle, isFailed,
} from '../server/src/service/features/compile';
import { displayWidth, summaryCsv, summaryTable } from '../server/src/service/features/summary';
import { createLanguageService } from '../server/src/service/languageService';
import { analyzeText } from '../server/src/service/model/analyze';
import { splitLines } from '../server/src/service/model/text';
import { reportText } from './helpers/arbitraries';
import { seed, sourceOf } from './helpers/documents';

const SINGLES = [['001.txt', seed('001')], ['002.txt', seed('002')], ['004.txt', seed('004')]] as const;

function compiled(file: string, text: string): CompiledFile {
  const result = compileFile(file, text, DEFAULT_SETTINGS, 'zh-cn');
  assert.ok(!isFailed(result), JSON.stringify(result));
  return result;
}

/** A report's lines as the model delimits them in its own file. */
function reportLines(text: string, index = 0): string[] {
  const { document } = analyzeText(text);
  const report = document.reports[index]!;
  return document.lines.slice(report.startLine, report.endLine + 1).map((line) => line.text);
}

describe('compiling a 汇编', () => {
  it('lists the seeds\' single reports under the title, each whole from its title, its entry linking to it', () => {
    const compilation = compile(SINGLES.map(([file, text]) => ({ file, text })), DEFAULT_SETTINGS, 'zh-cn');
    assert.equal(compilation.title, '2021—2023年度法治政府建设年度报告汇编');
    assert.equal(compilation.reports, 3);
    const service = createLanguageService();
    const source = sourceOf(compilation.text, 'file:///汇编.fzbg');
    const outline = service.getOutline(source);
    assert.deepEqual(outline.map((node) => [node.kind, node.name, node.children.map((child) => `${child.kind} ${child.name}`)]), [[
      'compilation', '2021—2023年度法治政府建设年度报告汇编', [
        'contents 目录',
        'report 2023年法治政府建设工作情况报告',
        'report 汕尾市城区2023年法治政府建设年度报告',
        'report 韶关市武江区西河镇人民政府武江区西河镇2021年法治政府建设年度报告',
      ],
    ]]);
    assert.deepEqual(service.getFindings(source).filter((finding) => finding.code === 'toc-mismatch'), []);
    // Each entry links to its report's title.
    const { document } = analyzeText(compilation.text);
    const links = service.getDocumentLinks(source);
    assert.deepEqual(links.map((link) => link.range.start.line), document.contents!.entries.map((entry) => entry.line));
    assert.deepEqual(links.map((link) => Number(/#L(\d+)/.exec(link.target!)![1]) - 1), document.reports.map((report) => report.title!.firstLine));
    // Every report whole: its lines in its file, from its title (or the issuer above it) to its last line.
    const lines = splitLines(compilation.text);
    document.reports.forEach((report, index) => {
      assert.deepEqual(lines.slice(report.startLine, report.endLine + 1), reportLines(SINGLES[index]![1]), SINGLES[index]![0]);
    });
  });

  it('gives each entry the page its report starts on: the pages of the reports before it in the 公文 layout', () => {
    const service = createLanguageService();
    const pages = SINGLES.map(([file, text]) => service.getPreview(sourceOf(text, `file:///${file}`)).pages.length);
    assert.deepEqual(pages, [5, 9, 8]);
    const compilation = compile(SINGLES.map(([file, text]) => ({ file, text })), DEFAULT_SETTINGS, 'zh-cn');
    const { document } = analyzeText(compilation.text);
    // A page of title and contents, then the reports.
    assert.deepEqual(document.contents!.entries.map((entry) => entry.page), [2, 7, 16]);
    const preview = service.getPreview(sourceOf(compilation.text));
    assert.equal(preview.pages.filter((page) => page.report === -1).length, 1);
    assert.deepEqual(document.reports.map((_, index) => preview.pages.find((page) => page.report === index)!.number), [2, 7, 16]);
    // The Word document's contents give the same pages.
    const entries = service.getLayout(sourceOf(compilation.text)).front!.blocks.flatMap((block) => (block.kind === 'paragraph' && block.pageNumber ? [block.pageNumber] : []));
    assert.deepEqual(entries, ['2', '7', '16']);
    assert.deepEqual(compilation.text.split('\n').slice(0, 10), [
      '2021—2023年度法治政府建设年度报告汇编', '', '目录', '',
      '2023年法治政府建设工作情况报告\t2', '汕尾市城区2023年法治政府建设年度报告\t7', '韶关市武江区西河镇人民政府武江区西河镇2021年法治政府建设年度报告\t16', '', '',
      ' 2023年法治政府建设工作情况报告',
    ]);
  });

  it('lists reports past page 9,999, as a province\'s compilation of thousands of reports runs', () => {
    const reports = ['甲县司法局2023年法治政府建设年度报告', '乙县司法局2023年法治政府建设年度报告', '丙县司法局2023年法治政府建设年度报告']
      .map((title) => ({ title, text: `${title}\n一、主要举措和成效\n正文。`, pages: 9_998, year: 2023, kind: '法治政府建设年度报告' }));
    const text = assembleCompilation('2023年度法治政府建设年度报告汇编', reports, DEFAULT_SETTINGS.export);
    const { document } = analyzeText(text);
    assert.deepEqual(document.contents!.entries.map((entry) => entry.page), [2, 10_000, 19_998]);
    assert.equal(document.reports.length, 3);
    assert.deepEqual(createLanguageService().getFindings(sourceOf(text)).filter((finding) => finding.code === 'toc-mismatch'), []);
  });

  it('summarises each report: file, title, unit, year, kind, characters, missing sections, findings by severity', () => {
    const service = createLanguageService();
    const rows = SINGLES.map(([file, text]) => compiled(file, text).rows[0]!);
    const counted = SINGLES.map(([file, text]) => {
      const findings = service.getFindings(sourceOf(text, `file:///${file}`), DEFAULT_SETTINGS);
      const count = (test: (code: string, severity: string) => boolean) => findings.filter((finding) => test(finding.code, finding.severity)).length;
      return {
        errors: count((_, severity) => severity === 'error'), warnings: count((_, severity) => severity === 'warning'),
        infos: count((_, severity) => severity === 'info'), placeholders: count((code) => code === 'placeholder'),
        yearErrors: count((code) => ['section-year', 'stale-year', 'report-period'].includes(code)),
      };
    });
    assert.deepEqual(rows, [
      {
        file: '001.txt', line: 0, title: '2023年法治政府建设工作情况报告', unit: '', year: 2023, profile: '法治政府建设年度报告', characters: 2726,
        missingSections: ['党政主要负责人履行第一责任人职责情况'], ...counted[0], tableSumErrors: null,
      },
      {
        // The web page's chrome above the title is outside the report; its findings count for it.
        file: '002.txt', line: 6, title: '汕尾市城区2023年法治政府建设年度报告', unit: '汕尾市城区', year: 2023, profile: '法治政府建设年度报告', characters: 5314,
        missingSections: ['党政主要负责人履行第一责任人职责情况'], ...counted[1], tableSumErrors: null,
      },
      {
        file: '004.txt', line: 2, title: '韶关市武江区西河镇人民政府武江区西河镇2021年法治政府建设年度报告', unit: '韶关市武江区西河镇人民政府', year: 2021, profile: '法治政府建设年度报告',
        characters: 4099, missingSections: [], ...counted[2], tableSumErrors: null,
      },
    ]);
    assert.ok(counted[1]!.warnings > 100, 'the web copy has its chrome counted');
  });

  it('counts a 信息公开 report\'s table-sum errors, and English rows name the kind in English', () => {
    const text = [
      '青山县人民政府办公室2023年政府信息公开工作年度报告', '一、总体情况', '正文。', '三、收到和处理政府信息公开申请情况',
      '一、本年新收政府信息公开申请数量 | 58 | 6 | 0 | 0 | 2 | 0 | 60', '', '青山县人民政府办公室', '2024年1月20日',
    ].join('\n');
    const { rows } = compiled('x.txt', text);
    assert.equal(rows[0]!.unit, '青山县人民政府办公室');
    assert.equal(rows[0]!.tableSumErrors, 1);
    assert.equal((compileFile('x.txt', text, DEFAULT_SETTINGS, 'en') as CompiledFile).rows[0]!.profile, 'annual report on government information disclosure');
  });

  it('takes each report of a compilation, and lists them anew with the others', () => {
    const compilation = compile([{ file: '000.txt', text: seed('000') }, { file: '001.txt', text: seed('001') }], DEFAULT_SETTINGS, 'zh-cn');
    const rows = compilation.rows as ReportRow[];
    assert.equal(rows.length, 25);
    assert.deepEqual(rows.slice(0, 24).map((row) => row.file), new Array(24).fill('000.txt'));
    const original = analyzeText(seed('000')).document;
    assert.deepEqual(rows.slice(0, 24).map((row) => row.line), original.reports.map((report) => report.startLine));
    assert.equal(compilation.title, '2023年度法治政府建设年度报告汇编');
    const service = createLanguageService();
    const source = sourceOf(compilation.text);
    assert.equal(service.getOutline(source)[0]!.children.length, 26);
    assert.deepEqual(service.getFindings(source).filter((finding) => finding.code === 'toc-mismatch'), []);
    const { document } = analyzeText(compilation.text);
    // The old contents are gone: one 目录, 25 entries.
    assert.equal(document.contents!.entries.length, 25);
    assert.deepEqual(splitLines(compilation.text).filter((line) => line.trim() === '目录'), ['目录']);
  });

  it('sets a title above an untitled report: its file\'s name when that reads as a title of its kind, else its unit, year and kind', () => {
    const untitled = [
      '2023年，我局坚持以习近平法治思想为指导，扎实推进法治政府建设。', '一、主要举措和成效', '（一）学法用法', '组织学法12次。', '二、存在的不足和原因',
      '执法人员不足。', '', 'XX县司法局', '2024年1月15日',
    ].join('\n');
    const byName = compiled('报告/XX县司法局2023年法治政府建设年度报告.txt', untitled);
    assert.equal(byName.reports[0]!.title, 'XX县司法局2023年法治政府建设年度报告');
    assert.equal(byName.reports[0]!.text, `XX县司法局2023年法治政府建设年度报告\n\n${untitled}`);
    assert.equal(byName.reports[0]!.year, 2023);
    assert.equal(byName.rows[0]!.title, '');
    // The year before the date of January 2024.
    assert.equal(compiled('司法局.txt', untitled).reports[0]!.title, 'XX县司法局2023年法治政府建设年度报告');
    assert.equal(compiled('司法局.txt', untitled).rows[0]!.year, 2023);
    // A date in the second half of a year gives no year; neither does no date.
    const undated = untitled.replace('2024年1月15日', '2024年9月15日');
    assert.equal(compiled('司法局.txt', undated).reports[0]!.title, 'XX县司法局法治政府建设年度报告');
    assert.equal(compiled('司法局.txt', undated).rows[0]!.year, null);
    // The statistics period's year comes before the date's.
    const period = untitled.replace('组织学法12次。', '本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。');
    assert.equal(compiled('司法局.txt', period).reports[0]!.title, 'XX县司法局2022年法治政府建设年度报告');
    // No unit: the file's name and the kind, so that two such reports keep titles of their own.
    assert.equal(compiled('东安镇.txt', untitled.replace('XX县司法局\n', '')).reports[0]!.title, '东安镇2023年法治政府建设年度报告');
    // A name of the other kind would change the report's profile: not taken (nor its year).
    assert.equal(compiled('XX县司法局2022年政府信息公开工作年度报告.txt', untitled).reports[0]!.title, 'XX县司法局2023年法治政府建设年度报告');
    const compilation = compile([{ file: 'a.txt', text: seed('001') }, { file: '司法局.txt', text: untitled }], DEFAULT_SETTINGS, 'zh-cn');
    const service = createLanguageService();
    assert.deepEqual(service.getOutline(sourceOf(compilation.text))[0]!.children.map((node) => node.name), [
      '目录', '2023年法治政府建设工作情况报告', 'XX县司法局2023年法治政府建设年度报告',
    ]);
    assert.equal(compilation.title, '2023年度法治政府建设年度报告汇编');
  });

  it('makes a row with the reason of a file that holds no report, or only a title, and compiles the rest', () => {
    const compilation = compile([
      { file: 'notes.txt', text: '会议纪要\n今天开会。' },
      { file: 'title.txt', text: 'XX局2023年法治政府建设年度报告\n\n分享到：' },
      { file: 'gone.txt', error: '无法读取“gone.txt”：文件不存在' },
      { file: '004.txt', text: seed('004') },
    ], DEFAULT_SETTINGS, 'zh-cn');
    assert.deepEqual(compilation.rows.filter(isFailed), [
      { file: 'notes.txt', error: '“notes.txt”中没有找到报告（既没有报告标题，也没有编号的标题）' },
      { file: 'title.txt', error: '“title.txt”中只有报告标题，没有正文' },
      { file: 'gone.txt', error: '无法读取“gone.txt”：文件不存在' },
    ]);
    assert.equal(compilation.reports, 1);
    assert.equal(compilation.title, '2021年度法治政府建设年度报告汇编');
    assert.deepEqual(compile([{ file: 'notes.txt', text: '会议纪要' }], DEFAULT_SETTINGS, 'zh-cn').text, '');
  });

  it('sets the title on a line of its own above a report whose title runs on inside a line (a copy that lost its line breaks)', () => {
    const line = '无障碍 关怀版 城关区司法局2023年法治政府建设年度报告 2023年，我局坚持以习近平法治思想为指导，扎实推进法治政府建设。'
      + '现将有关情况报告如下：一、2023年推进法治政府建设的主要举措和成效（一）强化理论武装。局党组全年开展集中学习12次。';
    const { reports, rows } = compiled('run-on.txt', line);
    assert.deepEqual(reports.map((report) => report.text), [`城关区司法局2023年法治政府建设年度报告\n\n${line}`]);
    assert.equal(rows[0]!.title, '城关区司法局2023年法治政府建设年度报告');
    // Beside another report the title still opens one, where the run-on title would not.
    const compilation = compile([{ file: '001.txt', text: seed('001') }, { file: 'run-on.txt', text: line }], DEFAULT_SETTINGS, 'zh-cn');
    assert.deepEqual(analyzeText(compilation.text).document.reports.map((report) => report.title?.text), [
      '2023年法治政府建设工作情况报告', '城关区司法局2023年法治政府建设年度报告',
    ]);
  });

  it('keeps a report whose title recurs inside it one report beside the next (counterexample of the property below)', () => {
    const title = '武江区西河镇 2021 年法治政府建设 年度报告';
    const compilation = compile([{ file: 'a.txt', text: `${title}\n一、\n${title}\n规章\n` }, { file: 'b.txt', text: '一、\n' }], DEFAULT_SETTINGS, 'zh-cn');
    // The numbering under the recurring title is the next report's: the title is the report's running header, not a report.
    assert.deepEqual(analyzeText(compilation.text).document.reports.map((report) => report.title?.text), ['武江区西河镇2021年法治政府建设年度报告', 'b法治政府建设年度报告']);
  });

  it('titles the compilation by the common year and kind, a span of years, or neutrally', () => {
    const fazhi = '法治政府建设年度报告';
    const xinxi = '政府信息公开工作年度报告';
    const cases: [{ year?: number; kind: string }[], string][] = [
      [[{ year: 2023, kind: fazhi }, { year: 2023, kind: fazhi }], '2023年度法治政府建设年度报告汇编'],
      [[{ year: 2023, kind: xinxi }], '2023年度政府信息公开工作年度报告汇编'],
      [[{ year: 2023, kind: fazhi }, { kind: fazhi }], '2023年度法治政府建设年度报告汇编'],
      [[{ year: 2023, kind: fazhi }, { year: 2021, kind: fazhi }, { year: 2022, kind: fazhi }], '2021—2023年度法治政府建设年度报告汇编'],
      [[{ year: 2023, kind: fazhi }, { year: 2023, kind: xinxi }], '2023年度报告汇编'],
      [[{ year: 2022, kind: fazhi }, { year: 2023, kind: xinxi }], '2022—2023年度报告汇编'],
      [[{ kind: xinxi }], '政府信息公开工作年度报告汇编'],
      [[{ kind: fazhi }, { kind: xinxi }], '年度报告汇编'],
    ];
    for (const [reports, title] of cases) {
      assert.equal(compilationTitle(reports), title);
      // Every title made reads as a compilation's.
      assert.ok(isCompilationTitle(title), title);
    }
    assert.equal(isCompilationTitle('XX县2023年度部门报告汇编'), true);
    for (const title of ['2023年度法治政府建设年度报告', '各部门材料', '2023年汇编\n第二行', '汇编']) assert.equal(isCompilationTitle(title), false, title);
  });

  it('compiles any reports into a compilation whose contents match its reports one for one', () => {
    fc.assert(fc.property(fc.array(reportText, { minLength: 1, maxLength: 4 }), (texts) => {
      const compilation = compile(texts.map((text, index) => ({ file: `${index}.txt`, text })), DEFAULT_SETTINGS, 'zh-cn');
      if (compilation.reports === 0) return;
      // (Two reports of one title, the first unsigned and the second's numbering running on from it,
      // read as one report whose title recurs as a PDF's running header.)
      const titles = analyzeText(compilation.text).document.contents!.entries.map((entry) => entry.key);
      fc.pre(new Set(titles).size === titles.length);
      const { document } = analyzeText(compilation.text);
      assert.equal(document.compilation?.title.text, compilation.title);
      assert.equal(document.contents!.entries.length, compilation.reports);
      // (A date above the first heading of an untitled report becomes the signature under the title set
      // above it, and the headings a report of their own, untitled and so in no contents.)
      assert.equal(document.reports.filter((report) => report.title).length, compilation.reports);
      const findings = createLanguageService().getFindings(sourceOf(compilation.text));
      assert.deepEqual(findings.filter((finding) => finding.code === 'toc-mismatch').map((finding) => finding.message), []);
    }), { numRuns: 150 });
  });
});

describe('the compilation\'s summary', () => {
  const rows: SummaryRow[] = [
    {
      file: 'reports/001.txt', line: 0, title: '2023年法治政府建设工作情况报告', unit: '东安镇', year: 2023, profile: '法治政府建设年度报告', characters: 2726,
      missingSections: ['存在的不足和原因', '下一年度主要安排'], errors: 0, warnings: 6, infos: 1, placeholders: 0, yearErrors: 0, tableSumErrors: null,
    },
    { file: 'reports/坏.docx', error: '“reports/坏.docx”不是 Word 文档（.docx）' } satisfies FailedRow,
    {
      file: '=cmd|x.txt', line: 3, title: '他"说"的报告', unit: '', year: null, profile: '政府信息公开工作年度报告', characters: 12,
      missingSections: [], errors: 1, warnings: 0, infos: 0, placeholders: 2, yearErrors: 1, tableSumErrors: 3,
    },
  ];

  it('is CSV that spreadsheets open as Chinese: UTF-8 BOM, CRLF, every field quoted, formulas defused', () => {
    assert.equal(summaryCsv(rows, 'zh-cn'), '\ufeff' + [
      '"序号","文件","标题","单位","年度","报告类型","字数","错误","警告","信息","占位内容","年份错误","表格合计错误","缺少的必备章节","无法汇编的原因"',
      '"1","reports/001.txt","2023年法治政府建设工作情况报告","东安镇","2023","法治政府建设年度报告","2726","0","6","1","0","0","","存在的不足和原因、下一年度主要安排",""',
      '"","reports/坏.docx","","","","","","","","","","","","","“reports/坏.docx”不是 Word 文档（.docx）"',
      '"2","\'=cmd|x.txt","他""说""的报告","","","政府信息公开工作年度报告","12","1","0","0","2","1","3","",""',
    ].join('\r\n') + '\r\n');
    assert.match(summaryCsv(rows, 'en'), /^\ufeff"No\.","File","Title","Unit","Year","Kind","Characters",/);
  });

  it('prints as a table aligned by display width, a file not compiled on its line with the reason', () => {
    assert.equal(summaryTable(rows, 'zh-cn'), [
      '序号  文件             标题                            单位    年度  字数  错误  警告  信息  占位  年份  表格  缺少的必备章节',
      '   1  reports/001.txt  2023年法治政府建设工作情况报告  东安镇  2023  2726     0     6     1     0     0        存在的不足和原因、下一年度主要安排',
      '      reports/坏.docx  未汇编：“reports/坏.docx”不是 Word 文档（.docx）',
      '   2  =cmd|x.txt       他"说"的报告                                    12     1     0     0     2     1     3',
      '',
    ].join('\n'));
    assert.equal(displayWidth('汇编ab'), 6);
    // A long file name keeps its end, a long title its start.
    const long = summaryTable([{ ...rows[0] as ReportRow, file: `${'很长的文件夹/'.repeat(6)}001.txt`, title: '很'.repeat(40) }], 'zh-cn').split('\n')[1]!;
    assert.match(long, /^ {3}1 {2}…[^ ]*001\.txt {2}很+… /);
  });
});
