/**
 * Word files as Word (Windows), WPS and Mac Word write them, each read line for line as Word
 * displays it: tracked changes accepted, list counters and separators, bullets and symbol-font
 * characters, tables of contents, headings by style and the Title.
 */
import { strict as assert } from 'node:assert';
import { readDocx } from '../server/src/service/docx/readDocx';
import { analyzeText } from '../server/src/service/model/analyze';
import { level, paragraph, wordDocument, wpsParagraph } from './helpers/wordDocument';

const REVISION = 'w:author="审核人" w:date="2024-01-10T09:30:00Z"';
const run = (text: string, properties = '') => `<w:r w:rsidR="00C4D5E6">${properties ? `<w:rPr>${properties}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const p = (properties: string, ...runs: string[]) => `<w:p w:rsidR="00B21F0E" w:rsidRDefault="00B21F0E">${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${runs.join('')}</w:p>`;
const numPr = (numId: number, ilvl: number) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;

/** Word's Chinese template: Normal `a`, Heading 1–3 as `1`–`3` numbered by list 1, Title `a3`, list paragraph `a5`. */
const WORD_STYLES = '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia"/></w:rPr></w:rPrDefault></w:docDefaults>'
  + '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>'
  + '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:link w:val="10"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
  + '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:qFormat/><w:pPr><w:keepNext/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'
  + '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:qFormat/><w:pPr><w:spacing w:before="240" w:after="60"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr></w:style>'
  + '<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="List Paragraph"/><w:basedOn w:val="a"/><w:pPr><w:ind w:firstLineChars="200" w:firstLine="420"/></w:pPr></w:style>'
  + '<w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/></w:style>';

/** The 公文 heading list (一、 （一） 1.) Word makes from its multilevel-list dialog, bullets in Symbol and Wingdings, and a restarted copy of the heading list. */
const WORD_NUMBERING = '<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w:nsid w:val="1A2B3C4D"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="5E6F7A8B"/>'
  + `${level(0, 'chineseCounting', '%1、', 1, '<w:pStyle w:val="1"/>')}${level(1, 'chineseCounting', '（%2）', 1, '<w:pStyle w:val="2"/>')}${level(2, 'decimal', '%3.')}</w:abstractNum>`
  + '<w:abstractNum w:abstractNumId="1"><w:nsid w:val="2B3C4D5E"/><w:multiLevelType w:val="hybridMultilevel"/>'
  + '<w:lvl w:ilvl="0" w:tplc="04090001"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="840" w:hanging="420"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>'
  + '<w:lvl w:ilvl="1" w:tplc="04090003" w:tentative="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0a7"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1260" w:hanging="420"/></w:pPr><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>'
  + '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
  + '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride><w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride><w:lvlOverride w:ilvl="2"><w:startOverride w:val="1"/></w:lvlOverride></w:num>';

describe('Word files as Word, WPS and Mac Word write them', () => {
  it('Word: tracked changes accepted, list counters, separators, bullets and check boxes, a Title', () => {
    const body = [
      p('<w:pStyle w:val="a3"/>', run('XX县司法局2023年法治政府建设年度报告')),
      p('', run('县委、县政府：')),
      p('<w:ind w:firstLineChars="200" w:firstLine="640"/>', run('2023年，我局'), `<w:ins w:id="1" ${REVISION}>${run('全面')}</w:ins>`, `<w:del w:id="2" ${REVISION}><w:r><w:delText>部分</w:delText></w:r></w:del>`, run('推进法治政府建设。现将有关情况报告如下：')),
      p('<w:pStyle w:val="1"/>', '<w:bookmarkStart w:id="0" w:name="_Toc1"/>', run('主要举措和成效'), '<w:bookmarkEnd w:id="0"/>'),
      p('<w:pStyle w:val="2"/>', run('强化理论武装')),
      p(`<w:pStyle w:val="a5"/>${numPr(1, 2)}`, run('健全学法制度')),
      // A number that would run into a year: Word draws a tab after it, and so does the text.
      p(`<w:pStyle w:val="a5"/>${numPr(1, 2)}`, run('2023年开展集中学法12次')),
      // Demoted from 一、 to （一） with Track Changes on: the old properties are kept in pPrChange.
      p(`<w:pStyle w:val="2"/><w:pPrChange w:id="3" ${REVISION}><w:pPr><w:pStyle w:val="1"/></w:pPr></w:pPrChange>`, run('完善制度体系')),
      // A run whose previous formatting was hidden: it is shown now.
      p('', run('全年办结行政复议案件'), run('38件', `<w:rFonts w:hint="eastAsia"/><w:rPrChange w:id="4" ${REVISION}><w:rPr><w:vanish/></w:rPr></w:rPrChange>`), run('。')),
      // Numbering removed under Track Changes.
      p(`<w:pPrChange w:id="5" ${REVISION}><w:pPr><w:pStyle w:val="a5"/>${numPr(1, 2)}</w:pPr></w:pPrChange>`, run('这段原来是编号段落。')),
      p(numPr(2, 0), run('学法清单')),
      p(numPr(2, 1), run('宪法')),
      p('', '<w:r><w:sym w:font="Wingdings" w:char="F0FE"/></w:r>', run(' 已完成  '), '<w:r><w:sym w:font="Wingdings" w:char="F0A8"/></w:r>', run(' 未完成  '), run('R', '<w:rFonts w:ascii="Wingdings 2" w:hAnsi="Wingdings 2"/>'), run(' 已核对')),
      p('<w:pStyle w:val="1"/>', run('存在的不足和原因')),
      // A paragraph mark deleted: the two paragraphs are one.
      p(`<w:rPr><w:del w:id="6" ${REVISION}/></w:rPr>`, run('基层执法')),
      p('', run('能力有待提高。'), `<w:moveFrom w:id="7" ${REVISION}>${run('（移走的话）')}</w:moveFrom>`),
      p('<w:pStyle w:val="1"/>', run('下一年度'), `<w:del w:id="8" ${REVISION}><w:r><w:delText>的</w:delText></w:r></w:del>`, run('工作安排')),
      // A restarted copy of the heading list, used once for an example: the chapters after it go on.
      p(numPr(3, 2), run('示例')),
      p(numPr(1, 2), run('深化执法改革')),
      p('<w:pStyle w:val="1"/>', run('其他需要报告的情况')),
      `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tr><w:tc>${p('', run('项目'))}</w:tc><w:tc>${p('', run('数量'))}</w:tc></w:tr>`
        + `<w:tr><w:trPr><w:del w:id="9" ${REVISION}/></w:trPr><w:tc>${p('', run('删去的行'))}</w:tc><w:tc>${p('', run('0'))}</w:tc></w:tr>`
        + `<w:tr><w:tc>${p('', run('行政复议'))}</w:tc><w:tc>${p('', run('38'))}</w:tc></w:tr></w:tbl>`,
      p('<w:jc w:val="right"/>', run('XX县司法局')),
      p('<w:jc w:val="right"/>', run('2024年1月15日')),
    ].join('');
    const text = readDocx(wordDocument({ body, numbering: WORD_NUMBERING, styles: WORD_STYLES }));
    assert.deepEqual(text.split('\n'), [
      'XX县司法局2023年法治政府建设年度报告', '',
      '县委、县政府：',
      '2023年，我局全面推进法治政府建设。现将有关情况报告如下：',
      '一、主要举措和成效',
      '（一）强化理论武装',
      '1.健全学法制度',
      '2.\t2023年开展集中学法12次',
      '（二）完善制度体系',
      '全年办结行政复议案件38件。',
      '这段原来是编号段落。',
      '•\t学法清单',
      '▪\t宪法',
      '☑ 已完成  ◻ 未完成  ☑ 已核对',
      '二、存在的不足和原因',
      '基层执法能力有待提高。',
      '三、下一年度工作安排',
      '1.示例',
      '2.深化执法改革',
      '四、其他需要报告的情况',
      '项目 | 数量',
      '行政复议 | 38', '',
      'XX县司法局',
      '2024年1月15日',
      '',
    ]);
    const { document } = analyzeText(text);
    assert.equal(document.reports[0]!.title?.text, 'XX县司法局2023年法治政府建设年度报告');
    assert.deepEqual(document.headings.map((heading) => `${heading.level} ${heading.title}`), [
      '1 主要举措和成效', '2 强化理论武装', '3 健全学法制度', '3 2023年开展集中学法12次', '2 完善制度体系',
      '1 存在的不足和原因', '1 下一年度工作安排', '3 示例', '3 深化执法改革', '1 其他需要报告的情况',
    ]);
  });
});
