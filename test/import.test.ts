/**
 * The Word reader: documents made the way Word makes them, each with its exact text; the round
 * trip export → import on every seed; hostile files.
 */
import { strict as assert } from 'node:assert';
import { strToU8, zipSync } from 'fflate';
import { DocxError, readDocx } from '../server/src/service/docx/readDocx';
import { createLanguageService } from '../server/src/service/languageService';
import { analyzeText } from '../server/src/service/model/analyze';
import { seeds, sourceOf } from './helpers/documents';
import { level, numbered, paragraph, wordDocument } from './helpers/wordDocument';

/** A zip whose headers claim each part inflates to `size` bytes. */
function claimingSize(zip: Uint8Array, size: number): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  for (let at = 0; at + 30 < bytes.length; at++) {
    if (view.getUint32(at, true) === 0x04034b50) view.setUint32(at + 22, size, true);
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true);
  }
  return bytes;
}

/** Chinese counting on levels 1–2, decimal on 3–4, as a 公文 template defines them. */
const NUMBERING = `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>${level(0, 'chineseCounting', '%1、')}${level(1, 'chineseCounting', '（%2）')}${level(2, 'decimal', '%3.')}${level(3, 'decimal', '（%4）')}</w:abstractNum>`
  + '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
  + '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="2"><w:startOverride w:val="1"/></w:lvlOverride></w:num>';
const STYLES = '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>'
  + '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
  + '<w:style w:type="paragraph" w:styleId="Signature"><w:name w:val="Signature"/><w:pPr><w:jc w:val="right"/></w:pPr></w:style>';

describe('Word reader', () => {
  it('writes out automatic numbers: Chinese counting, decimal, restarts, an interrupted list resumed, style-linked numbering', () => {
    const body = [
      paragraph('城关区司法局\n2023年法治政府建设年度报告', '<w:jc w:val="center"/>'),
      paragraph('区委、区政府：'),
      paragraph('2023年，我局坚持依法行政。', '<w:ind w:firstLineChars="200" w:firstLine="640"/>'),
      numbered('主要举措和成效', 1, 0),
      numbered('强化理论武装', 1, 1),
      numbered('健全制度', 1, 2),
      numbered('细化规则', 1, 3),
      numbered('完善程序', 1, 2),
      paragraph('全年开展集中学习12次。'),
      numbered('完善制度体系', 1, 1),
      numbered('规范文件', 1, 2),
      numbered('存在的不足和原因', 1, 0),
      numbered('重新开始的一项', 2, 2),
      paragraph('下一年度工作安排', '<w:pStyle w:val="1"/>'),
      paragraph('城关区司法局', '<w:pStyle w:val="Signature"/>'),
      paragraph('2024年1月15日', '<w:jc w:val="right"/>'),
    ].join('');
    assert.equal(readDocx(wordDocument({ body, numbering: NUMBERING, styles: STYLES })), [
      '城关区司法局', '2023年法治政府建设年度报告', '',
      '区委、区政府：',
      '2023年，我局坚持依法行政。',
      '一、主要举措和成效', '（一）强化理论武装', '1.健全制度', '（1）细化规则', '2.完善程序',
      '全年开展集中学习12次。',
      '（二）完善制度体系', '1.规范文件',
      '二、存在的不足和原因', '1.重新开始的一项',
      '三、下一年度工作安排', '',
      '城关区司法局', '2024年1月15日', '',
    ].join('\n'));
  });

  it('keeps tabs, writes tables as rows of cells, shows fields as displayed, leaves out deleted and hidden text', () => {
    const table = '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
      + ['<w:tr><w:tc><w:p><w:r><w:t>项目</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>数量</w:t></w:r></w:p></w:tc></w:tr>',
        '<w:tr><w:tc><w:p><w:r><w:t>行政复议</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>38</w:t></w:r></w:p></w:tc></w:tr>'].join('')
      + '</w:tbl>';
    const body = [
      '<w:p><w:r><w:t>一、工作</w:t></w:r><w:r><w:tab/><w:t>详见附表</w:t></w:r></w:p>',
      table,
      '<w:p><w:r><w:t>全年办结</w:t></w:r><w:del w:id="1" w:author="审核人"><w:r><w:delText>一百</w:delText></w:r></w:del><w:ins w:id="2" w:author="审核人"><w:r><w:t>96</w:t></w:r></w:ins><w:r><w:t>件</w:t></w:r>'
        + '<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏的批注</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t>。</w:t></w:r></w:p>',
      '<w:p><w:r><w:t>详见第</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF _Toc1 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>页，</w:t></w:r>'
        + '<w:fldSimple w:instr=" DATE "><w:r><w:t>2024年1月15日</w:t></w:r></w:fldSimple><w:r><w:t>印发&amp;存档</w:t></w:r></w:p>',
      '<w:p><w:r><w:drawing><wp:inline xmlns:wp="urn:x"><w:txbxContent><w:p><w:r><w:t>文本框里的字</w:t></w:r></w:p></w:txbxContent></wp:inline></w:drawing></w:r><w:r><w:t>图后的字</w:t></w:r></w:p>',
    ].join('');
    assert.equal(readDocx(wordDocument({ body })), '一、工作\t详见附表\n| 项目 | 数量 |\n| 行政复议 | 38 |\n全年办结96件。\n详见第3页，2024年1月15日印发&存档\n图后的字\n');
  });

  it('gives back the text of every seed exported to Word, and its outline', async () => {
    const service = createLanguageService();
    for (const [name, text] of seeds()) {
      const source = sourceOf(text, `file:///${name}`);
      const [file] = await service.exportDocx(source, undefined, false, name);
      const imported = readDocx(file!.data);
      const layout = service.getLayout(source);
      // A compilation's title and contents (each entry with its page after a tab), then the reports.
      const expected = [...(layout.front ? [layout.front] : []), ...layout.reports].flatMap((report) => report.blocks.flatMap((block) => {
        if (block.kind === 'table') return block.rows.map((row) => `| ${row.cells.map((cell) => cell.text).join(' | ')} |`);
        const text = block.runs.map((run) => run.text).join('') + (block.pageNumber === undefined ? '' : `\t${block.pageNumber}`);
        // A title's lines are apart by line breaks, read back as lines.
        return text.length === 0 ? [] : text.split('\n');
      }));
      assert.deepEqual(imported.split('\n').filter((line) => line.length > 0), expected, name);
      // The export leaves out scraper markers (##paidbegin##) and cannot place a heading run on inside a line.
      const headings = (from: string) => analyzeText(from).document.headings.filter((heading) => !heading.runOn)
        .map((heading) => `${heading.level} ${heading.title.replace(/##paid(?:begin|end)##/g, '')}`);
      assert.deepEqual(headings(imported), headings(text), name);
    }
  });

  it('says clearly what is wrong with a file that is no Word document, and survives hostile ones', () => {
    const reason = (bytes: Uint8Array) => {
      try {
        readDocx(bytes);
        return 'read';
      } catch (error) {
        return error instanceof DocxError ? error.reason : String(error);
      }
    };
    assert.equal(reason(strToU8('县司法局2023年法治政府建设年度报告')), 'notZip');
    assert.equal(reason(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])), 'notZip');
    assert.equal(reason(zipSync({ 'word/other.xml': strToU8('<x/>') })), 'notWord');
    // A zip bomb: a part that says it inflates to 2 GB is never inflated.
    assert.equal(reason(claimingSize(zipSync({ 'word/document.xml': new Uint8Array(4096) }), 0x7fffffff)), 'tooLarge');
    assert.equal(reason(wordDocument({ body: '<w:p><w:r><w:t>未闭合' })), 'broken');
    const many = Array.from({ length: 10_000 }, (_, index) => numbered(`第${index}项`, 1, index % 3)).join('');
    const lines = readDocx(wordDocument({ body: many, numbering: NUMBERING })).split('\n');
    assert.deepEqual(lines.slice(0, 4), ['一、第0项', '（一）第1项', '1.第2项', '二、第3项']);
    assert.equal(lines.length, 10_001);
  });
});
