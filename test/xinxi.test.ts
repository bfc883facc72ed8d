/**
 * The 政府信息公开工作年度报告 profile (SPEC 2.5): its reports in the three plain-text table shapes
 * (test/fixtures/xinxi, with expected outlines and findings reviewed by hand), the same numbers read
 * from every shape, the skeleton, and the choice of profile per report.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { outlineText } from '../server/src/cli/outlineText';
import { createLanguageService } from '../server/src/service/languageService';
import { analyzeText } from '../server/src/service/model/analyze';
import { PROFILES } from '../server/src/service/profiles/registry';
import { reportSnippet } from '../server/src/service/features/skeleton';
import { tableFormats, tableSkeleton } from '../server/src/service/profiles/schema';
import type { LayoutTable } from '../server/src/service/layout/description';
import { layoutDocument } from '../server/src/service/layout/layout';
import { DEFAULT_EXPORT_SETTINGS } from '../server/src/service/layout/exportSettings';
import { expectFile } from './helpers/expected';
import { FIXTURES, seeds, sourceOf } from './helpers/documents';
import { findingsText } from './helpers/findings';
import { applyEdits, applyFixAll, findingsOf } from './helpers/apply';
import { HELDOUT } from './helpers/heldout';
import { readDocx } from '../server/src/service/docx/readDocx';
import { paragraph, wordDocument } from './helpers/wordDocument';

const FOLDER = join(FIXTURES, 'xinxi');
const XINXI = PROFILES.find((profile) => profile.id === 'xinxi-annual-report')!;


/** The tables of a text as `row id: numbers` lines, for comparing shapes. */
function tableValues(text: string): string[] {
  const { document } = analyzeText(text);
  return document.reports.flatMap((report) => report.tables.flatMap((table) =>
    // Group labels (（三）不予公开) hold no numbers: a row of their own only when alone on a line.
    table.rows.filter((row) => row.cells.length > 0).map((row) => `${table.schema.id} ${row.schema.id}: ${row.cells.map((cell) => cell.value ?? '-').join(' ')}`)));
}

/** The `|` rows of a text rewritten as another shape: numbers after blanks, or one cell per line. */
function reshaped(text: string, shape: 'blanks' | 'lines'): string {
  return text.split('\n').map((line) => {
    if (!line.includes('|')) return line;
    const cells = line.split('|').map((cell) => cell.trim()).filter((cell) => cell !== '');
    return cells.join(shape === 'blanks' ? ' ' : '\n');
  }).join('\n');
}

describe('政府信息公开工作年度报告', () => {
  const service = createLanguageService();
  const clean = readFileSync(join(FOLDER, 'pipe-rows.txt'), 'utf8');

  for (const name of readdirSync(FOLDER).filter((file) => file.endsWith('.txt') && !file.includes('.expected')).sort()) {
    it(`${name}: the expected outline (six parts, each table under its part) and findings`, () => {
      const text = readFileSync(join(FOLDER, name), 'utf8');
      const source = sourceOf(text, `file:///${name}`);
      const base = join(FOLDER, name.replace(/\.txt$/, ''));
      expectFile(`${base}.expected.outline.txt`, outlineText(service.getOutline(source)));
      expectFile(`${base}.expected.findings.txt`, findingsText(service.getFindings(source), text));
    });
  }

  it('reads the same numbers from | rows, numbers after blanks and one cell per line', () => {
    const values = tableValues(clean);
    assert.equal(values.length, 6 + 25 + 1);
    assert.ok(values.includes('requests 一: 58 6 0 0 2 0 66'));
    assert.ok(values.includes('appeals 结果: 1 0 0 0 1 0 0 0 1 1 0 0 0 0 0'));
    assert.deepEqual(tableValues(reshaped(clean, 'blanks')), values);
    assert.deepEqual(tableValues(reshaped(clean, 'lines')), values);
    for (const shape of ['blanks', 'lines'] as const) {
      const text = reshaped(clean, shape);
      assert.equal(findingsText(findingsOf(text), text), '', shape);
    }
    assert.equal(findingsText(findingsOf(clean), clean), '');
  });

  it('reads labels and header words a PDF wrapped onto the next line', () => {
    const values = tableValues(clean);
    const blanks = reshaped(clean, 'blanks')
      .replace('一、本年新收政府信息公开申请数量 58', '一、本年新收政府信息公开申请\n数量 58')
      .replace('（二）部分公开（区分处理的，只计这一情形，不计其他情形） 6', '（二）部分公开（区分处理的，只\n计这一情形，不计其他情形） 6')
      .replace('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 0', '2.申请人逾期未按收费通知要求缴纳费用、\n行政机关不再处理其政府信息公开申请 0');
    assert.deepEqual(tableValues(blanks), values);
    const lines = reshaped(clean, 'lines').replace('一、本年新收政府信息公开申请数量\n', '一、本年新收政府信\n息公开申请数量\n').replace('法律服务机构\n', '法律服务\n机构\n');
    assert.deepEqual(tableValues(lines), values);
    for (const text of [blanks, lines]) assert.equal(findingsText(findingsOf(text), text), '');
  });

  it('reads the appeals table whose header lines a PDF wrapped inside a word (`复议后` / `起诉`, `尚未` / `审结 总计`)', () => {
    const values = tableValues(clean);
    const header = '结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计';
    const blanks = reshaped(clean, 'blanks');
    assert.ok(blanks.includes(`未经复议直接起诉 复议后起诉\n${header}\n`));
    for (const wrapped of [
      blanks.replace('未经复议直接起诉 复议后起诉', '未经复议直接起诉 复议后\n起诉'),
      blanks.replace('未经复议直接起诉 复议后起诉', '未经复议直接起诉 复\n议后起诉'),
      blanks.replace(header, header.replace('尚未审结 总计 结果维持', '尚未\n审结 总计 结果维持')),
    ]) {
      assert.deepEqual(tableValues(wrapped), values);
      assert.equal(findingsText(findingsOf(wrapped), wrapped), '');
    }
  });

  it('compares a stated number with its table only where it is the report year\'s and counts that row alone', () => {
    const stated = (sentence: string) => {
      const text = clean.replace('全年共收到政府信息公开申请66件，均在法定期限内答复。', sentence);
      assert.notEqual(text, clean);
      return findingsOf(text).filter((finding) => finding.code === 'stated-total').map((finding) => finding.message);
    };
    // A total broken down in the next clause into this year's and last year's requests.
    assert.deepEqual(stated('全年共收到政府信息公开申请68件，其中本年新收66件、上年结转2件，均在法定期限内答复。'), []);
    assert.deepEqual(stated('全年共收到政府信息公开申请68件（其中上年结转2件），均在法定期限内答复。'), []);
    // Another year's number.
    assert.deepEqual(stated('全年共收到政府信息公开申请66件，2022年收到政府信息公开申请58件，上年度受理申请40件。'), []);
    // The report's own year, and a breakdown by applicant, are compared.
    const wrong = '正文写收到的政府信息公开申请67件，“收到和处理政府信息公开申请情况表”中为66';
    assert.deepEqual(stated('2023年共收到政府信息公开申请67件，其中自然人申请61件。'), [wrong]);
    assert.deepEqual(stated('全年共收到政府信息公开申请67件，较2022年增加9件。'), [wrong]);
  });

  it('reads a bare page number before pdftotext\'s form feed inside a table as the page\'s number, not a cell', () => {
    const values = tableValues(clean);
    for (const shape of ['blanks', 'lines'] as const) {
      const paged = reshaped(clean, shape).replace(/\n(4\.保护第三方合法权益)/, '\n3\n\f$1').replace(/\n(四、政府信息公开行政复议)/, '\n4\n\f$1');
      assert.equal(paged.split('\f').length, 3);
      assert.deepEqual(tableValues(paged), values, shape);
      assert.equal(findingsText(findingsOf(paged), paged).split('\n').filter((row) => !row.includes('web-residue')).join('\n'), '', shape);
    }
  });

  it('passes over a page break inside a table: the footer\'s page number, the form feed, the header repeated and the group labels cut in pieces', () => {
    const values = tableValues(clean);
    const pageHead = '\n— 2 —\n\n\f申请人情况\n（本列数据的勾稽关系为：第一项加\n法人或其他组织\n第二项之和，等于第三项加第四项之\n自然人 商业企 科研机 社会公 法律服\n和）\n业\n构\n益组织 务机构\n不予公\n开\n（四）\n无法提\n供\n其他\n总计\n';
    for (const shape of ['blanks', 'lines'] as const) {
      const paged = reshaped(clean, shape).replace(/\n(2\.其他法律行政法规禁止公开)/, `${pageHead}$1`);
      assert.equal(paged.split('\f').length, 2, shape);
      assert.deepEqual(tableValues(paged), values, shape);
      assert.equal(findingsText(findingsOf(paged), paged).split('\n').filter((row) => !row.includes('web-residue')).join('\n'), '', shape);
    }
  });

  it('reads the requests table of a report Word printed to PDF, as pdftotext gives it (pdftotext.txt): labels of rows before their numbers, labels cut over lines, page breaks', () => {
    const pdf = readFileSync(join(FOLDER, 'pdftotext.txt'), 'utf8');
    assert.deepEqual(tableValues(pdf), tableValues(clean));
    assert.deepEqual(findingsOf(pdf).filter((finding) => finding.code.startsWith('table-')), []);
  });

  it('reads no table row in a sentence a PDF wrapped after a row\'s words (`上年结转 2 件，均按期答复。`)', () => {
    const text = clean.replace('全年共收到政府信息公开申请66件，均在法定期限内答复。', '全年共收到政府信息公开申请 66 件，\n上年结转 2 件，均在法定期限内答复。');
    assert.deepEqual(tableValues(text), tableValues(clean));
    const { document } = analyzeText(text);
    assert.deepEqual(document.reports[0]!.tables.map((table) => table.schema.id), ['proactive', 'requests', 'appeals']);
  });

  it('names the unlabeled row of the appeals table by the table, in either check', () => {
    const text = clean.replace('1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 0 | 0', '1 | 0 | 0 | 0 | 2 | 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 0');
    assert.deepEqual(findingsOf(text).filter((finding) => finding.code.startsWith('table-')).map((finding) => finding.message), [
      '“政府信息公开行政复议、行政诉讼情况表”一行有14个数，应为15个',
      '“政府信息公开行政复议、行政诉讼情况表”一行：各列之和为1，行政复议·总计为2，不符合“行政复议的总计等于结果维持、结果纠正、其他结果、尚未审结之和”',
    ]);
  });

  it('reads a table row whose group label shares its line, and no row for a group label alone', () => {
    const { document } = analyzeText(clean);
    const requests = document.reports[0]!.tables.find((table) => table.schema.id === 'requests')!;
    const row = requests.rows.find((candidate) => candidate.schema.id === '三（三）1')!;
    assert.equal(document.lines[row.line]!.text.slice(row.labelStart, row.labelEnd), '1.属于国家秘密');
    assert.equal(row.cells.length, 7);
    // Table rows are no headings: the outline's level-1 headings are the six parts.
    assert.deepEqual(document.reports[0]!.topHeadings.map((heading) => heading.marker.value), [1, 2, 3, 4, 5, 6]);
  });

  it('every arithmetic error is found at its row with both numbers', () => {
    const text = clean.replace('（五）不予处理 | 1.信访举报投诉类申请 | 2 | 0 | 0 | 0 | 0 | 0 | 2', '（五）不予处理 | 1.信访举报投诉类申请 | 2 | 0 | 0 | 0 | 0 | 0 | 3');
    const findings = findingsOf(text).filter((finding) => finding.code === 'table-sum');
    assert.deepEqual(findings.map((finding) => [finding.range.start.line, finding.message]), [
      [50, '“1.信访举报投诉类申请”一行：各列之和为2，总计为3，不符合“总计等于自然人与法人或其他组织各列之和”'],
      [58, '总计一列：（七）总计为67，（一）至（六）各项之和为68，不符合“（七）总计等于（一）至（六）各项之和”'],
    ]);
  });

  it('writes a skeleton whose six parts and zero tables read back without findings', () => {
    const snippet = reportSnippet(new Date(2025, 0, 10), 'zh-cn', XINXI);
    // The snippet as VS Code inserts it: tab stops become their default text.
    const text = snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{?\d+\}?/g, '').replace(/\\([$}\\])/g, '$1');
    const { document } = analyzeText(text);
    const report = document.reports[0]!;
    assert.equal(report.profile, XINXI);
    assert.equal(report.title?.text, 'XX市XX局2024年政府信息公开工作年度报告');
    assert.deepEqual(report.topHeadings.map((heading) => heading.title), XINXI.topics.map((topic) => topic.statutoryTitle['zh-cn']));
    assert.deepEqual(report.tables.map((table) => table.schema.id), ['proactive', 'requests', 'appeals']);
    const structural = findingsOf(text).filter((finding) => !['placeholder'].includes(finding.code));
    assert.equal(findingsText(structural, text), '');
    assert.equal(tableSkeleton(tableFormats(XINXI)[0]!.tables[2]!).at(-1), new Array(15).fill('0').join(' | '));
  });

  it('inserts a missing part with its table, at its place, the parts after it renumbered', () => {
    const start = clean.indexOf('三、收到和处理政府信息公开申请情况');
    const end = clean.indexOf('四、政府信息公开行政复议、行政诉讼情况');
    const without = clean.slice(0, start) + clean.slice(end).replace('四、政府信息公开', '三、政府信息公开').replace('五、存在', '四、存在').replace('六、其他', '五、其他');
    const insert = findingsOf(without).find((finding) => finding.code === 'missing-section')!;
    assert.equal(insert.message, '本报告缺少“收到和处理政府信息公开申请情况”部分');
    const fixed = applyEdits(without, insert.fix!.edits);
    const { document } = analyzeText(fixed);
    assert.deepEqual(document.reports[0]!.topHeadings.map((heading) => `${heading.marker.value}${heading.title}`),
      ['1总体情况', '2主动公开政府信息情况', '3收到和处理政府信息公开申请情况', '4政府信息公开行政复议、行政诉讼情况', '5存在的主要问题及改进情况', '6其他需要报告的事项']);
    assert.deepEqual(document.reports[0]!.tables.map((table) => `${table.schema.id} ${table.rows.length}`), ['proactive 6', 'requests 30', 'appeals 1']);
    // The inserted table holds zeros until the writer fills it in: the 66 requests the overview states differ from it.
    assert.deepEqual(findingsOf(fixed).map((finding) => finding.message), ['正文写收到的政府信息公开申请66件，“收到和处理政府信息公开申请情况表”中为0']);
  });

  it('hovering a table tells what it is and the sums its numbers obey', () => {
    const source = sourceOf(clean, 'file:///hover.txt');
    const line = clean.split('\n').findIndex((text) => text.startsWith('二、上年结转'));
    const hover = service.getHover(source, { line, character: 30 });
    assert.equal((hover!.contents as { value: string }).value, [
      '**收到和处理政府信息公开申请情况表**', '26行，数字按表中勾稽关系核对（table-sum）：',
      '- 第一项加第二项之和，等于第三项加第四项之和', '- （七）总计等于（一）至（六）各项之和', '- 总计等于自然人与法人或其他组织各列之和',
    ].join('\n\n'));
    assert.deepEqual(hover!.range, { start: { line: 31, character: 0 }, end: { line: 59, character: clean.split('\n')[59]!.length } });
  });

  it('chooses the profile per report: the 法治政府建设 seeds keep theirs, a compilation mixes both', () => {
    for (const [name, text] of seeds()) {
      for (const report of analyzeText(text).document.reports) assert.equal(report.profile.id, 'fazhi-annual-report', name);
    }
    const compilation = [
      '青山县2023年度报告汇编', '青山县司法局2023年法治政府建设年度报告', '一、主要举措和成效', '正文。',
      clean,
    ].join('\n');
    const reports = analyzeText(compilation).document.reports;
    assert.deepEqual(reports.map((report) => report.profile.id), ['fazhi-annual-report', 'xinxi-annual-report']);
    assert.deepEqual(reports.map((report) => report.tables.length), [0, 3]);
  });

  it('gives back the same tables, sums and parts after export to Word and import, from every shape', async () => {
    for (const name of ['pipe-rows.txt', 'number-runs.txt', 'cells-per-line.txt']) {
      const text = readFileSync(join(FOLDER, name), 'utf8');
      const [file] = await service.exportDocx(sourceOf(text, `file:///${name}`), undefined, false, name);
      const imported = readDocx(file!.data);
      assert.deepEqual(tableValues(imported), tableValues(text), name);
      const messages = (from: string) => findingsOf(from).filter((finding) => finding.code.startsWith('table-') || finding.code.startsWith('section-'))
        .map((finding) => finding.message);
      assert.deepEqual(messages(imported), messages(text), name);
    }
  });

  it('reads the tables of a Word file laid out as the format prints them: merged label cells, spanned headers', () => {
    // As the format's own Word template: 三、本年度办理结果 merged down its rows, each group's label merged down its items.
    const cell = (text: string, properties = '') => `<w:tc><w:tcPr><w:tcW w:w="900" w:type="dxa"/>${properties}</w:tcPr>${paragraph(text)}</w:tc>`;
    const merged = (text: string) => cell(text, '<w:vMerge w:val="restart"/>');
    const continued = () => `<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>`;
    const row = (...cells: string[]) => `<w:tr w:rsidR="00C1D2E3">${cells.join('')}</w:tr>`;
    const numbers = (...values: number[]) => values.map((value) => cell(String(value)));
    const requests = `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${[
      row(cell('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '<w:gridSpan w:val="3"/><w:vMerge w:val="restart"/>'), cell('申请人情况', '<w:gridSpan w:val="7"/>')),
      row(continued(), merged('自然人'), cell('法人或其他组织', '<w:gridSpan w:val="5"/>'), merged('总计')),
      row(continued(), continued(), ...['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((text) => cell(text)), continued()),
      row(cell('一、本年新收政府信息公开申请数量', '<w:gridSpan w:val="3"/>'), ...numbers(10, 2, 0, 0, 0, 0, 12)),
      row(cell('二、上年结转政府信息公开申请数量', '<w:gridSpan w:val="3"/>'), ...numbers(1, 0, 0, 0, 0, 0, 1)),
      row(merged('三、本年度办理结果'), cell('（一）予以公开', '<w:gridSpan w:val="2"/>'), ...numbers(6, 1, 0, 0, 0, 0, 7)),
      row(continued(), cell('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '<w:gridSpan w:val="2"/>'), ...numbers(1, 0, 0, 0, 0, 0, 1)),
      row(continued(), merged('（三）不予公开'), cell('1.属于国家秘密'), ...numbers(0, 0, 0, 0, 0, 0, 0)),
      ...['2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项']
        .map((label) => row(continued(), continued(), cell(label), ...numbers(0, 0, 0, 0, 0, 0, 0))),
      row(continued(), merged('（四）无法提供'), cell('1.本机关不掌握相关政府信息'), ...numbers(3, 1, 0, 0, 0, 0, 4)),
      ...['2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确'].map((label) => row(continued(), continued(), cell(label), ...numbers(0, 0, 0, 0, 0, 0, 0))),
      row(continued(), merged('（五）不予处理'), cell('1.信访举报投诉类申请'), ...numbers(0, 0, 0, 0, 0, 0, 0)),
      ...['2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息'].map((label) => row(continued(), continued(), cell(label), ...numbers(0, 0, 0, 0, 0, 0, 0))),
      row(continued(), merged('（六）其他处理'), cell('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'), ...numbers(0, 0, 0, 0, 0, 0, 0)),
      ...['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他'].map((label) => row(continued(), continued(), cell(label), ...numbers(0, 0, 0, 0, 0, 0, 0))),
      row(continued(), cell('（七）总计', '<w:gridSpan w:val="2"/>'), ...numbers(10, 2, 0, 0, 0, 0, 13)),
      row(cell('四、结转下年度继续办理', '<w:gridSpan w:val="3"/>'), ...numbers(1, 0, 0, 0, 0, 0, 1)),
    ].join('')}</w:tbl>`;
    const text = readDocx(wordDocument({ body: [
      paragraph('青山县司法局2023年政府信息公开工作年度报告', '<w:jc w:val="center"/>'), paragraph('三、收到和处理政府信息公开申请情况'), requests,
      paragraph('四、政府信息公开行政复议、行政诉讼情况'),
    ].join('') }));
    const values = tableValues(text);
    assert.equal(values.length, 2 + 2 + 8 + 3 + 5 + 3 + 1 + 1);
    assert.ok(values.includes('requests 三（一）: 6 1 0 0 0 0 7'), values.join('\n'));
    assert.ok(values.includes('requests 三（四）1: 3 1 0 0 0 0 4'), values.join('\n'));
    // One wrong number, 13 in 三（七）'s total where its items add up to 12: the three sums it enters are broken.
    assert.deepEqual(findingsOf(text).filter((finding) => finding.code.startsWith('table-')).map((finding) => finding.message), [
      '总计一列：第一项加第二项为13，第三项（七）总计加第四项为14，不符合“第一项加第二项之和，等于第三项加第四项之和”',
      '总计一列：（七）总计为13，（一）至（六）各项之和为12，不符合“（七）总计等于（一）至（六）各项之和”',
      '“（七）总计”一行：各列之和为12，总计为13，不符合“总计等于自然人与法人或其他组织各列之和”',
    ]);
  });

  it('lays the tables out as the format\'s template prints them, whichever shape the text gives them', () => {
    const cellsOf = (row: { readonly cells: readonly { readonly text: string; readonly column: number; readonly columns: number; readonly rows: number }[] }) =>
      row.cells.map((cell) => `${cell.text}@${cell.column}${cell.columns > 1 ? `×${cell.columns}` : ''}${cell.rows > 1 ? `↓${cell.rows}` : ''}`).join(' | ');
    for (const name of ['pipe-rows', 'number-runs', 'cells-per-line']) {
      const text = readFileSync(join(FOLDER, `${name}.txt`), 'utf8');
      const layout = layoutDocument(analyzeText(text).document, DEFAULT_EXPORT_SETTINGS);
      const tables = layout.reports[0]!.blocks.filter((block) => block.kind === 'table');
      assert.equal(tables.length, 3, name);
      const [proactive, requests, appeals] = tables as [LayoutTable, LayoutTable, LayoutTable];
      // Captions across the table, a one-number row's number across the three number columns.
      assert.deepEqual(proactive.rows.slice(0, 3).map(cellsOf), ['第二十条第（一）项@0×4', '信息内容@0 | 本年制发件数@1 | 本年废止件数@2 | 现行有效件数@3', '规章@0 | 0@1 | 0@2 | 0@3'], name);
      assert.equal(cellsOf(proactive.rows.find((row) => row.cells[0]!.text === '行政许可')!), '行政许可@0 | 1832@1×3', name);
      // The merged header, repeated on each page; group labels merged down their items.
      assert.equal(requests.headerRows, 3);
      assert.deepEqual(requests.rows.slice(0, 3).map(cellsOf), [
        '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）@0×3↓3 | 申请人情况@3×7',
        '自然人@3↓2 | 法人或其他组织@4×5 | 总计@9↓2',
        '商业企业@4 | 科研机构@5 | 社会公益组织@6 | 法律服务机构@7 | 其他@8',
      ]);
      assert.equal(cellsOf(requests.rows[3]!), '一、本年新收政府信息公开申请数量@0×3 | 58@3 | 6@4 | 0@5 | 0@6 | 2@7 | 0@8 | ' + (name === 'number-runs' ? '65@9' : '66@9'), name);
      const results = requests.rows.findIndex((row) => row.cells[0]!.text === '三、本年度办理结果');
      assert.match(cellsOf(requests.rows[results]!), /^三、本年度办理结果@0↓2\d \| （一）予以公开@1×2 \| /, name);
      assert.match(cellsOf(requests.rows.find((row) => row.cells.some((cell) => cell.text === '（三）不予公开'))!), /^（三）不予公开@1↓[78] \| 1\.属于国家秘密@2 \| 0@3/, name);
      // Equal number columns, at least two characters of the table's font inside their margins; 五号.
      const numbers = requests.columns.slice(3);
      assert.ok(numbers.every((width) => Math.abs(width - numbers[0]!) <= 1), `${numbers}`);
      assert.equal(requests.size, 10.5);
      assert.equal(requests.columns.reduce((sum, width) => sum + width, 0), 8845);
      assert.equal(appeals.headerRows, 3);
      assert.deepEqual(appeals.rows.slice(0, 2).map(cellsOf), ['行政复议@0×5↓2 | 行政诉讼@5×10', '未经复议直接起诉@5×5 | 复议后起诉@10×5']);
      assert.equal(appeals.columns.length, 15);
      assert.ok(appeals.columns.every((width) => width - 2 * 57 >= 2 * 10.5 * 20));
    }
  });
});

describe('政府信息公开工作年度报告: numbers and formats as copies give them', () => {
  const clean = readFileSync(join(FOLDER, 'pipe-rows.txt'), 'utf8');
  const tableFindings = (text: string) => findingsOf(text).filter((finding) => finding.code.startsWith('table-')).map((finding) => finding.message);

  it('reads full-width digits as numbers: the real sum error is found, no other, and the fix writes them half-width (issue 22 item 9)', () => {
    const text = clean.replace('一、本年新收政府信息公开申请数量 | 58 | 6 | 0 | 0 | 2 | 0 | 66', '一、本年新收政府信息公开申请数量 | ５８ | 6 | 0 | 0 | 2 | 0 | ６７');
    assert.deepEqual(tableValues(text).find((row) => row.startsWith('requests 一:')), 'requests 一: 58 6 0 0 2 0 67');
    assert.deepEqual(tableFindings(text), [
      '“一、本年新收政府信息公开申请数量”一行：各列之和为66，总计为67，不符合“总计等于自然人与法人或其他组织各列之和”',
      '总计一列：第一项加第二项为69，第三项（七）总计加第四项为68，不符合“第一项加第二项之和，等于第三项加第四项之和”',
    ]);
    const widths = findingsOf(text).filter((finding) => finding.code === 'fullwidth-alnum');
    assert.deepEqual(widths.map((finding) => [finding.range.start.character, finding.fix!.edits[0]!.newText]), [[19, '58'], [44, '67']]);
    assert.ok(applyFixAll(text).text.includes('一、本年新收政府信息公开申请数量 | 58 | 6 | 0 | 0 | 2 | 0 | 67'));
  });

  it('reports a negative count as a table-shape finding, and not a negative change in the 2019 format', () => {
    const text = clean.replace('行政处罚 | 214', '行政处罚 | -3');
    assert.deepEqual(tableFindings(text), ['“-3”是负数：本年处理决定数量不会小于0']);
    const format2019 = readFileSync(join(HELDOUT, 'h4-format2019.txt'), 'utf8');
    assert.ok(format2019.includes('行政许可 | 46 | -2 | 1208'));
    assert.deepEqual(tableFindings(format2019), []);
  });

  it('adds counts beyond 2^53 exactly', () => {
    const appeals = '1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 0 | 0';
    const wrong = clean.replace(appeals, '9007199254740993 | 0 | 0 | 0 | 9007199254740992 | 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 0 | 0');
    assert.deepEqual(tableFindings(wrong), [
      '“政府信息公开行政复议、行政诉讼情况表”一行：各列之和为9007199254740993，行政复议·总计为9007199254740992，不符合“行政复议的总计等于结果维持、结果纠正、其他结果、尚未审结之和”',
    ]);
    const right = clean.replace(appeals, '9007199254740993 | 1 | 0 | 0 | 9007199254740994 | 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 0 | 0');
    assert.deepEqual(tableFindings(right), []);
  });

  it('chooses the profile from the content only where the title names none, and only from a part\'s heading or the opening formula', () => {
    const profileOf = (...lines: string[]) => analyzeText(lines.join('\n')).document.reports.map((report) => report.profile.id);
    assert.deepEqual(profileOf('一、总体情况', '正文。', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况'), ['xinxi-annual-report']);
    assert.deepEqual(profileOf('本报告根据《中华人民共和国政府信息公开条例》编制。', '一、总体情况', '正文。'), ['xinxi-annual-report']);
    // Words of the other report inside a 法治 report choose nothing: a subsection on disclosure, the regulation named in a sentence.
    assert.deepEqual(profileOf('一、主要举措和成效', '（三）推进主动公开政府信息', '认真执行《中华人民共和国政府信息公开条例》。'), ['fazhi-annual-report']);
    assert.deepEqual(profileOf('认真执行《中华人民共和国政府信息公开条例》，全面推进政务公开。', '一、主要举措和成效'), ['fazhi-annual-report']);
    assert.deepEqual(profileOf('XX局2023年法治政府建设年度报告', '本报告根据《中华人民共和国政府信息公开条例》编制。', '二、主动公开政府信息情况'), ['fazhi-annual-report']);
  });

  it('reads the 2019 format where the year or the rows and headers say so, and the 2021 one where its rows do', () => {
    const schemas = (text: string) => analyzeText(text).document.reports[0]!.tables.map((table) => table.schema.id);
    const format2019 = readFileSync(join(HELDOUT, 'h4-format2019.txt'), 'utf8');
    assert.deepEqual(schemas(format2019), ['proactive2019', 'requests2019', 'appeals']);
    // Without the year: the headers (本年新制作数量) and the row （六）其他处理 with numbers decide.
    const untitled = format2019.split('\n').slice(5).join('\n').replace(/2020/g, '20XX');
    assert.deepEqual(schemas(untitled), ['proactive2019', 'requests2019', 'appeals']);
    assert.equal(findingsOf(untitled).filter((finding) => finding.code.startsWith('table-')).length, 0);
    // A report on 2020 in the 2021 format: its rows decide.
    const late = clean.replace('青山县人民政府办公室2023年', '青山县人民政府办公室2020年');
    assert.deepEqual(schemas(late), ['proactive', 'requests', 'appeals']);
    assert.deepEqual(tableFindings(late), []);
  });
});
