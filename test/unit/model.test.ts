import { strict as assert } from 'node:assert';
import { CharSet } from '../../server/src/service/model/chars';
import { utf16Codes } from '../../server/src/service/model/codes';
import { classifyLine } from '../../server/src/service/model/lineInfo';
import { modelOf } from '../helpers/documents';

describe('line classification', () => {
  it('recognises report titles, with stray PDF blanks, and compilation titles', () => {
    const title = (text: string, year: number, compilation = false, key = text, weak = false) => ({ text, key, year, compilation, weak });
    assert.deepEqual(classifyLine('XX市市场监督管理局2023年法治政府建设年度报告').reportTitle, title('XX市市场监督管理局2023年法治政府建设年度报告', 2023));
    assert.deepEqual(classifyLine('武江区西河镇 2021 年法治政府建设 年度报告').reportTitle, title('武江区西河镇2021年法治政府建设年度报告', 2021));
    assert.deepEqual(classifyLine('关于二〇二三年度法治政府建设情况的报告').reportTitle, title('关于二〇二三年度法治政府建设情况的报告', 2023));
    assert.deepEqual(classifyLine('2023年度法治政府建设工作报告汇编（7篇）').reportTitle, title('2023年度法治政府建设工作报告汇编（7篇）', 2023, true));
    // Traditional characters are the same language; a title naming no kind of document is a weak one.
    assert.deepEqual(classifyLine('某縣2023年法治政府建設年度報告').reportTitle, title('某縣2023年法治政府建設年度報告', 2023, false, '某县2023年法治政府建设年度报告'));
    assert.deepEqual(classifyLine('XX局关于2023年法治政府建设工作的情况').reportTitle, title('XX局关于2023年法治政府建设工作的情况', 2023, false, 'XX局关于2023年法治政府建设工作的情况', true));
    assert.equal(classifyLine('学习贯彻情况').reportTitle, undefined);
  });

  it('does not take sentences, headings or chrome for titles', () => {
    for (const text of ['现将有关情况报告如下：', '一、2023年工作报告', '您现在所在的位置 : 首页 > 2023年度报告',
      '向县委报告。', '年度报告']) {
      assert.equal(classifyLine(text).reportTitle, undefined, text);
    }
  });

  it('reads signature dates in every form', () => {
    const date = (text: string) => {
      const found = classifyLine(text).date;
      return found && [found.year, found.month, found.day, found.form, found.start, found.end];
    };
    assert.deepEqual(date('2023年11月21日'), [2023, 11, 21, 'canonical', 0, 11]);
    assert.deepEqual(date('\u00a0 2023年07月01日  '), [2023, 7, 1, 'zero-padded', 2, 13]);
    assert.deepEqual(date('二〇二三年十一月二十一日'), [2023, 11, 21, 'chinese', 0, 12]);
    assert.deepEqual(date('2023.11.21'), [2023, 11, 21, 'separated', 0, 10]);
    assert.equal(date('2023年13月1日'), undefined);
    assert.equal(date('2023年11月21日召开会议'), undefined);
  });

  it('recognises organisations, addressees, contents entries and page chrome', () => {
    assert.equal(classifyLine('韶关市武江区西河镇人民政府').organization, true);
    assert.equal(classifyLine('中共XX市民政局党组').organization, true);
    assert.equal(classifyLine('持续深化行政审批改革').organization, false);
    assert.equal(classifyLine('中共XX市委、XX市人民政府：').addressee, true);
    assert.equal(classifyLine('具体表现在：').addressee, false);
    assert.deepEqual(classifyLine('1.XX镇2023年法治政府建设年度报告\t27').contentsEntry,
      { titleStart: 0, titleEnd: 20, key: 'XX镇2023年法治政府建设年度报告', page: 27 });
    assert.deepEqual(classifyLine('市教育局工作报告……………12').contentsEntry,
      { titleStart: 0, titleEnd: 8, key: '市教育局工作报告', page: 12 });
    assert.equal(classifyLine('全年受理案件 12').contentsEntry, undefined);
    // The entry's number before a title that starts with its year (the export's contents, read back or through a PDF): no decimal.
    assert.equal(classifyLine('1.2023年度法治政府建设工作报告\t2').contentsEntry?.key, '2023年度法治政府建设工作报告');
    assert.equal(classifyLine('2.2023 年法治政府建设工作报告.......6').contentsEntry?.key, '2023年法治政府建设工作报告');
    assert.equal(classifyLine('12．2022年度政府信息公开工作年度报告\t31').contentsEntry?.key, '2022年度政府信息公开工作年度报告');
    for (const chrome of ['无障碍版', '  • 来源: 汕尾市城区人民政府', '  • 2024-01-31 16:37', '【字体:  \u00a0 \u00a0',
      '扫一扫在手机打开当前页', '【哒哒素材库】——每天更新材料1000多篇内部高质量素材，会员群+网盘群同步每日更新',
      '今天是2024年1月31日 星期三', '首页 | 新闻中心 | 政务公开 | 互动交流', '發布時間：2024-01-31 16:37', '字號：大 中 小',
      '[ 索引号 ]', '| 索引号 | 11441500007 |', '- 索 引 号: 000014349/2024-00012', '分享：', '栏目:法治政府建设', '【打印】【关闭】',
      '2024-01-31 16:37 来源：某市司法局', '时间: 2024-02-02', '日期：2024-01-31', '文章来源：XX县人民政府', '浏览次数：1234']) {
      assert.equal(classifyLine(chrome).residue, true, chrome);
    }
    // The page footers of PDFs and of Word and WPS documents (WPS writes `第 1 页 共 9 页`).
    for (const footer of ['第 1 页 共 9 页', '第1页 共9页', '第1页/共9页', '第7页，共9页', '第 2 页', '共9页 第3页', '共 9 页，第 3 页', '－ 9 －', 'Page 8 of 9', '- 12 -']) {
      assert.equal(classifyLine(footer).residue, true, footer);
    }
    // Words that chrome uses, in lines of a report: never residue.
    for (const text of ['建立全县普法宣传素材库，收录典型案例1200余个，供各单位开展以案释法使用，全年访问量达3万人次。',
      '（二）建设法治宣传素材库', '无障碍环境建设法施行以来，我局', '访问量大幅提升', '信息来源渠道进一步拓宽', '时间紧、任务重',
      '来源于群众的意见建议', '打印机等办公设备', '分享经验做法', '第1页共9页的材料中', '第 2 项']) {
      assert.equal(classifyLine(text).residue, false, text);
    }
    assert.equal(classifyLine('来源于群众的意见建议共计128条，已全部办结，办结率100%，群众满意度持续提升，相关经验在全省推广。'.repeat(2)).residue, false);
  });
});

describe('document model', () => {
  it('builds one titled report with addressee, headings, parents and signature', () => {
    const document = modelOf(
      'XX市财政局2023年法治政府建设年度报告',
      '',
      '中共XX市委、XX市人民政府：',
      '2023年，我局……现将有关情况报告如下：',
      '一、主要举措和成效',
      '（一）依法理财',
      '1.推进预算公开。一是……',
      '2.强化监督',
      '（二）普法宣传',
      '二、存在的不足',
      '一是……',
      'XX市财政局',
      '2023年11月24日',
    );
    assert.equal(document.reports.length, 1);
    const [report] = document.reports;
    assert.deepEqual(report!.title, { line: 0, start: 0, end: 21, firstLine: 0, firstStart: 0, text: 'XX市财政局2023年法治政府建设年度报告', key: 'XX市财政局2023年法治政府建设年度报告', year: 2023 });
    assert.equal(report!.addresseeLine, 2);
    assert.deepEqual([report!.signature?.organizationLine, report!.signature?.dateLine], [11, 12]);
    assert.deepEqual([report!.startLine, report!.endLine], [0, 12]);
    const summary = report!.headings.map((heading) => [heading.line, heading.level, heading.title, heading.parent?.line, heading.sectionEndLine]);
    assert.deepEqual(summary, [
      [4, 1, '主要举措和成效', undefined, 8],
      [5, 2, '依法理财', 4, 7],
      [6, 3, '推进预算公开', 5, 6],
      [7, 3, '强化监督', 5, 7],
      [8, 2, '普法宣传', 4, 8],
      [9, 1, '存在的不足', undefined, 10],
    ]);
    assert.deepEqual(report!.topHeadings.map((heading) => heading.line), [4, 9]);
  });

  it('takes the issuing body on the line above as part of the title', () => {
    const document = modelOf('', '韶关市武江区西河镇人民政府', '', '武江区西河镇 2021 年法治政府建设 年度报告', '', '一、工作');
    const report = document.reports[0]!;
    assert.deepEqual(report.title, {
      line: 3, start: 0, end: 24, firstLine: 1, firstStart: 0,
      text: '韶关市武江区西河镇人民政府武江区西河镇2021年法治政府建设年度报告', key: '韶关市武江区西河镇人民政府武江区西河镇2021年法治政府建设年度报告', year: 2021,
    });
    assert.equal(report.startLine, 1);
  });

  it('reads a title typed on two or three lines as one title', () => {
    // The first line no title alone: the year and the issuer belong to the title.
    const two = modelOf('XX县人民政府2023年度', '法治政府建设年度报告', '', '一、工作', '正文。').reports;
    assert.equal(two.length, 1);
    assert.deepEqual([two[0]!.startLine, two[0]!.title?.firstLine, two[0]!.title?.line, two[0]!.title?.text, two[0]!.title?.year], [0, 0, 1, 'XX县人民政府2023年度法治政府建设年度报告', 2023]);
    // No line a title alone: three lines, the last of them too short to be one.
    const three = modelOf('XX市XX局', '2023年法治政府建设', '年度报告', '', '一、工作', '正文。').reports;
    assert.deepEqual([three[0]!.startLine, three[0]!.title?.firstLine, three[0]!.title?.line, three[0]!.title?.text], [0, 0, 2, 'XX市XX局2023年法治政府建设年度报告']);
    // Lines of a paragraph before a title stay the paragraph's: no blank line before them, or a sentence.
    const after = modelOf('县司法局2023年法治政府建设年度报告', '一、工作', '特此报告', '县公安局2023年法治政府建设年度报告', '二、工作').reports;
    assert.deepEqual(after.map((report) => [report.startLine, report.title?.text]), [[0, '县司法局2023年法治政府建设年度报告'], [3, '县公安局2023年法治政府建设年度报告']]);
  });

  it('reads titles on two or three lines whole, and no title in a sentence (issue 23)', () => {
    const titles = (...lines: string[]) => modelOf(...lines).reports.map((report) => report.title ? `${report.title.firstLine}-${report.title.line} ${report.title.text}` : '-');
    // Two issuing bodies above 关于…的报告; a title cut in two, its second part no title alone or one naming no year.
    assert.deepEqual(titles('中共石门镇委员会', '石门镇人民政府', '关于2022年度法治政府建设情况的报告', '一、工作'), ['0-2 中共石门镇委员会石门镇人民政府关于2022年度法治政府建设情况的报告']);
    assert.deepEqual(titles('二〇二三年东坪县林业局政府信息公开工作', '年度报告', '一、总体情况'), ['0-1 二〇二三年东坪县林业局政府信息公开工作年度报告']);
    assert.deepEqual(titles('XX市XX局2023年法治政府', '建设年度报告', '一、工作'), ['0-1 XX市XX局2023年法治政府建设年度报告']);
    assert.deepEqual(titles('', 'XX县', '2023年法治政府建设', '年度报告', '一、工作'), ['1-3 XX县2023年法治政府建设年度报告']);
    // Not a title: an opening formula, a question about the report, a title quoted or named inside a sentence.
    for (const line of ['现将我局2022年法治政府建设情况报告如下：', '如对本年度报告有疑问，请联系办公室。', '对照“2021年度法治政府建设情况报告”中提出的问题整改。', '我局已将 XX局2023年法治政府建设年度报告 报送市委。']) {
      assert.deepEqual(titles('2022年，我局依法行政。' + line, '一、工作'), ['-'], line);
    }
    // A line above that ends a sentence, or a note in brackets, is no part of the title.
    assert.deepEqual(titles('（此页无正文）', 'XX局关于法治政府建设情况的报告', '一、工作'), ['1-1 XX局关于法治政府建设情况的报告']);
  });

  it('reads a title repeated inside its report as a running header, unless the numbering starts again under it', () => {
    const header = modelOf('县司法局2023年法治政府建设年度报告', '一、主要举措和成效', '正文。', '县司法局2023年法治政府建设年度报告', '正文。', '二、存在的不足');
    assert.deepEqual([header.reports.length, header.titleEchoes], [1, [3]]);
    const twice = modelOf('县司法局2023年法治政府建设年度报告', '一、主要举措和成效', '正文。', '县司法局2023年法治政府建设年度报告', '一、主要举措和成效');
    assert.deepEqual([twice.reports.length, twice.titleEchoes], [2, []]);
  });

  it('joins a heading that a PDF wrapped onto the next line', () => {
    const document = modelOf('三、学习宣传贯彻行政处罚法、重大行政决策程序暂行', '', '条例等新施行、新修订法律法规的情况', '', '我镇对……');
    const heading = document.headings[0]!;
    assert.deepEqual([heading.line, heading.endLine, heading.titleEnd], [0, 2, 17]);
    assert.equal(heading.title, '学习宣传贯彻行政处罚法、重大行政决策程序暂行条例等新施行、新修订法律法规的情况');
  });

  it('joins a title sentence a PDF wrapped before its 。 (`…公正文明执` / `法。一是…`), the rest of that line its body', () => {
    const document = modelOf('县司法局2023年法治政府建设年度报告', '一、主要举措和成效',
      '（三）坚持系统观念、标本兼治，推进严格规范公正文明执', '法。一是加强和改进行政执法工作。认真学习宣传贯彻落实国务', '院办公厅的意见。',
      '（四）坚持依法化解矛盾纠纷，扎实推进行政复议、应诉工', '— 3 —', '作。一是推进行政复议体制改革，落实行政复议决定书网上公', '开制度。', '（五）强化监督', '正文。');
    assert.deepEqual(document.headings.map((heading) => [heading.line, heading.endLine, heading.title, heading.titleEnd, heading.titleSentence]), [
      [1, 1, '主要举措和成效', 9, false],
      [2, 3, '坚持系统观念、标本兼治，推进严格规范公正文明执法', 1, true],
      [5, 7, '坚持依法化解矛盾纠纷，扎实推进行政复议、应诉工作', 1, true],
      [9, 9, '强化监督', 7, false],
    ]);
    // A line whose sentence is more than a title's end, or that is no full line of the heading's width, is the paragraph after it (seed 003).
    assert.deepEqual(modelOf('县司法局2023年法治政府建设年度报告', '一、主要举措和成效', '（一）坚持系统观念、标本兼治，推进严格规范公正文明执法',
      '工作全面加强，执法规范化水平明显提升。').headings.map((heading) => heading.endLine), [1, 2]);
    assert.deepEqual(modelOf('县司法局2023年法治政府建设年度报告', '一、主要举措和成效', '（二）加强法治政府建设，全面推进依法行政',
      '一是强化制度保障。制定《市教育局2023年法治政府建设工作计划》，为提高教育系统依法治理水平提供制度保障。').headings.map((heading) => heading.title),
    ['主要举措和成效', '加强法治政府建设，全面推进依法行政']);
  });

  it('does not join a complete heading with the line under it: a note, a repeat of its end, or any line after a closing word', () => {
    const document = modelOf('二、2023年度推进法治政府建设存在的不足和原因', '存在的不足和原因',
      '三、2023年度党政主要负责人履行推进法治建设第一责任人职责加强法治政府建设的有关情况', '【待补充】',
      '四、持续深化综合行政执法体制改革和队伍', '【待补充】', '五、扎实推进严格规范公正文明执法工作', '队伍建设进一步加强');
    assert.deepEqual(document.headings.map((heading) => [heading.line, heading.endLine]), [[0, 0], [2, 2], [4, 4], [6, 6]]);
  });

  it('reads a 一、 that a PDF wrapped to a line start inside a sentence (这种一对 / 一、面对面…) as text', () => {
    const lines = ['XX镇2023年法治政府建设工作报告', '一、法治政府建设情况', '正文。', '二、实行依法行政', '正文。', '三、提升社会治理法治化水平', '正文。',
      '四、完善法律服务工作领域', '问值班制度，完善值班日志台账，夯实法治服务基础。这种一对', '一、面对面的“零距离”良性互动，既贴近了群众，又能实际解', '决问题。', '五、存在问题及下一步计划', '正文。'];
    assert.deepEqual(modelOf(...lines).headings.map((heading) => heading.line), [1, 3, 5, 7, 11]);
    // After a sentence's end it is a heading, whose number the numbering check reports.
    const restarted = lines.map((line, index) => index === 8 ? '问值班制度，完善值班日志台账，夯实法治服务基础。' : line);
    assert.deepEqual(modelOf(...restarted).headings.map((heading) => heading.line), [1, 3, 5, 7, 9, 11]);
  });

  it('does not join a short heading with the short paragraph under it', () => {
    const document = modelOf('七、其他需要报告的情况', '无', '八、存在问题', '一是……。');
    assert.deepEqual(document.headings.map((heading) => [heading.line, heading.endLine, heading.title]),
      [[0, 0, '其他需要报告的情况'], [2, 2, '存在问题']]);
  });

  it('separates a compilation into contents and reports, never taking entries for headings', () => {
    const document = modelOf(
      '2023年法治政府建设年度报告汇编',
      '目录',
      '',
      '1.XX镇2023年法治政府建设年度报告\t3',
      '2.XX局2023年法治政府建设年度报告\t9',
      '',
      'XX镇2023年法治政府建设年度报告',
      '一、主要工作',
      'XX镇人民政府',
      '2023年11月3日',
      '',
      'XX局2023年法治政府建设年度报告',
      '一、主要工作',
      '二、存在问题',
    );
    assert.deepEqual(document.compilation && [document.compilation.titleLine, document.compilation.endLine], [0, 13]);
    assert.deepEqual(document.contents && [document.contents.headerLine, document.contents.endLine], [1, 4]);
    assert.deepEqual(document.contents!.entries.map((entry) => [entry.line, entry.key, entry.page]),
      [[3, 'XX镇2023年法治政府建设年度报告', 3], [4, 'XX局2023年法治政府建设年度报告', 9]]);
    assert.deepEqual(document.reports.map((report) => [report.startLine, report.endLine, report.headings.length]),
      [[6, 9, 1], [11, 13, 2]]);
    assert.deepEqual(document.headings.map((heading) => heading.line), [7, 12, 13]);
  });

  it('starts an untitled 信息公开 report at its opening formula after a report with no signature', () => {
    const opening = '本年报根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》要求编制。';
    const lines = ['东安镇2023年法治政府建设工作情况报告', '一、主要举措和成效', '正文。', '二、存在的主要问题', '正文。', '三、2024年工作计划',
      '（一）持续夯实法治基础', '正文。', '', opening, '一、总体情况', '正文。', '二、主动公开政府信息情况', '正文。'];
    const document = modelOf(...lines);
    assert.deepEqual(document.reports.map((report) => [report.startLine, report.endLine, report.profile.id, report.title?.text]),
      [[0, 7, 'fazhi-annual-report', '东安镇2023年法治政府建设工作情况报告'], [9, 13, 'xinxi-annual-report', undefined]]);
    // The law named inside a sentence of the report under way starts nothing.
    const named = lines.map((line, index) => index === 9 ? '根据《中华人民共和国政府信息公开条例》要求，按时编制并公开政府信息公开工作年度报告。' : line);
    assert.equal(modelOf(...named.slice(0, 9), named[9]!, '（二）推进政务公开', '正文。').reports.length, 1);
  });

  it('starts an untitled report when headings follow a signature', () => {
    const document = modelOf('XX局2023年法治政府建设年度报告', '一、工作', 'XX局', '2023年11月3日', '', '我局……', '一、工作', '二、问题');
    assert.deepEqual(document.reports.map((report) => [report.startLine, report.endLine, report.title?.line]),
      [[0, 3, 0], [5, 7, undefined]]);
  });

  it('models a report with no title as one untitled report from its first line', () => {
    const document = modelOf('无障碍版', '2023年，我局……', '一、工作', '（一）学法');
    assert.deepEqual(document.reports.map((report) => [report.startLine, report.endLine, report.title]), [[1, 3, undefined]]);
  });

  it('handles CR, CRLF and a BOM as line structure and indentation', () => {
    const document = modelOf('\ufeffXX局2023年法治政府建设年度报告\r\n一、工作\r（一）学法\r\n');
    assert.deepEqual(document.headings.map((heading) => [heading.line, heading.level]), [[1, 1], [2, 2]]);
    assert.equal(document.lines.length, 4);
    assert.equal(document.reports[0]!.title?.line, 0);
  });

  it('reads the form feed pdftotext puts at each page break as a blank before the page\'s first line', () => {
    const document = modelOf('县司法局2023年法治政府建设年度报告', '一、主要举措和成效', '全年办结案件12件。', '- 1 -',
      '\f二、存在的不足和原因', '学法不够深入。', '\f- 2 -', '\f三、主要负责人履行第一责任人职责情况', '\f（一）带头学法', '四、2024年工作安排');
    assert.deepEqual(document.headings.map((heading) => [heading.line, heading.level]), [[1, 1], [4, 1], [7, 1], [8, 2], [9, 1]]);
    assert.deepEqual(document.lines.flatMap((line, index) => line.residue ? [index] : []), [3, 6]);
  });
});

describe('code units', () => {
  it('copies every UTF-16 unit, lone surrogates, NUL and BOM included, however long the text', () => {
    const units = (text: string) => Array.from(utf16Codes(text));
    assert.deepEqual(units('a\ud800（一）\u0000\ufeff\udc00'), [0x61, 0xd800, 0xff08, 0x4e00, 0xff09, 0, 0xfeff, 0xdc00]);
    assert.deepEqual(units(''), []);
    const long = '法'.repeat(3_000_000) + 'X';
    const codes = utf16Codes(long);
    assert.equal(codes.length, long.length);
    assert.equal(codes[2_999_999], 0x6cd5);
    assert.equal(codes[3_000_000], 0x58);
  });
});

describe('character sets', () => {
  it('find a member within a stretch of text, and only within it', () => {
    const breakers = new CharSet('。，');
    assert.equal(breakers.occursIn('条例等，情况', 0, 6), true);
    assert.equal(breakers.occursIn('条例等，情况', 0, 3), false);
    assert.equal(breakers.occursIn('条例等，情况', 4, 6), false);
    assert.equal(breakers.occursIn('条例等情况', 0, 5), false);
    assert.equal(breakers.occursIn('。', 1, 1), false);
  });
});
