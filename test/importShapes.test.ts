/**
 * Word files as Word (Windows), WPS and Mac Word write them, each read line for line as Word
 * displays it: tracked changes accepted, list counters and separators, bullets and symbol-font
 * characters, tables of contents, headings by style and the Title.
 */
import { strict as assert } from 'node:assert';
import { readDocx } from '../server/src/service/docx/readDocx';
import { analyzeText } from '../server/src/service/model/analyze';
import { createLanguageService } from '../server/src/service/languageService';
import { sourceOf } from './helpers/documents';
import { level, wordDocument, wpsParagraph } from './helpers/wordDocument';

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
        // Deleted marks inside cells: the paragraphs of a cell run together, and a cell's text stays in it.
        + `<w:tr><w:tc>${p(`<w:rPr><w:del w:id="10" ${REVISION}/></w:rPr>`, run('行政'))}${p('', run('复议'))}</w:tc><w:tc>${p(`<w:rPr><w:del w:id="11" ${REVISION}/></w:rPr>`, run('38'))}</w:tc></w:tr></w:tbl>`,
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
      '| 项目 | 数量 |',
      '| 行政复议 | 38 |', '',
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

  it('WPS: a Title, headings styled without numbers, a contents block with 目录, suff nothing, Wingdings bullets', () => {
    // WPS names its styles in English with numeric ids, writes no rsids, and numbers 1、 with w:suff nothing.
    const styles = '<w:style w:type="paragraph" w:default="1" w:styleId="1"><w:name w:val="Normal"/><w:qFormat/><w:uiPriority w:val="0"/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>'
      + '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 1"/><w:basedOn w:val="1"/><w:next w:val="1"/><w:qFormat/><w:uiPriority w:val="0"/><w:pPr><w:keepNext/><w:spacing w:before="340" w:after="330"/><w:outlineLvl w:val="0"/></w:pPr></w:style>'
      + '<w:style w:type="paragraph" w:styleId="3"><w:name w:val="heading 2"/><w:basedOn w:val="1"/><w:next w:val="1"/><w:unhideWhenUsed/><w:qFormat/><w:uiPriority w:val="0"/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr></w:style>'
      + '<w:style w:type="paragraph" w:styleId="4"><w:name w:val="toc 1"/><w:basedOn w:val="1"/><w:next w:val="1"/><w:uiPriority w:val="39"/></w:style>'
      + '<w:style w:type="paragraph" w:styleId="5"><w:name w:val="toc 2"/><w:basedOn w:val="1"/><w:next w:val="1"/><w:uiPriority w:val="39"/><w:pPr><w:ind w:left="420" w:leftChars="200"/></w:pPr></w:style>'
      + '<w:style w:type="paragraph" w:styleId="6"><w:name w:val="Title"/><w:basedOn w:val="1"/><w:next w:val="1"/><w:qFormat/><w:uiPriority w:val="0"/><w:pPr><w:spacing w:before="240" w:after="60"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr></w:style>';
    const numbering = '<w:abstractNum w:abstractNumId="0"><w:nsid w:val="6A1B2C3D"/><w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="6A1B2C3D"/><w:lvl w:ilvl="0" w:tentative="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'
      + '<w:abstractNum w:abstractNumId="1"><w:nsid w:val="7B2C3D4E"/><w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="7B2C3D4E"/><w:lvl w:ilvl="0" w:tentative="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0d8"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr><w:rPr><w:rFonts w:hint="default" w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr></w:lvl></w:abstractNum>'
      + '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>';
    const entry = (style: string, anchor: string, title: string, page: number, fieldStart = '') => `<w:p><w:pPr><w:pStyle w:val="${style}"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8306"/></w:tabs></w:pPr>${fieldStart}`
      + `<w:hyperlink w:anchor="${anchor}"><w:r><w:t>${title}</w:t></w:r><w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF ${anchor} \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${page}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>`;
    const tocField = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">TOC \\o "1-2" \\h \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>';
    const contents = '<w:sdt><w:sdtPr><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:id w:val="147455890"/><w15:color w:val="DBDBDB" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtEndPr><w:rPr><w:b/></w:rPr></w:sdtEndPr><w:sdtContent>'
      + wpsParagraph('目录', '<w:spacing w:before="0" w:beforeLines="0" w:after="0" w:afterLines="0" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/>')
      + entry('4', '_Toc1001', '工作完成情况', 1, tocField) + entry('5', '_Toc1002', '党建工作', 1) + entry('5', '_Toc1003', '业务工作', 2) + entry('4', '_Toc1004', '存在问题', 3) + entry('4', '_Toc1005', '下一步打算', 3)
      + '<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:sdtContent></w:sdt>';
    const body = [
      wpsParagraph('2023年工作总结', '<w:pStyle w:val="6"/>'),
      wpsParagraph('XX镇人民政府'),
      contents,
      wpsParagraph('工作完成情况', '<w:pStyle w:val="2"/><w:bidi w:val="0"/>'),
      wpsParagraph('党建工作', '<w:pStyle w:val="3"/>'),
      wpsParagraph('全年召开党委会24次。', '<w:ind w:firstLine="640" w:firstLineChars="200"/>'),
      wpsParagraph('业务工作', '<w:pStyle w:val="3"/>'),
      wpsParagraph('完成项目审批', `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>`),
      wpsParagraph('2024年续建项目', `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>`),
      wpsParagraph('存在问题', '<w:pStyle w:val="2"/>'),
      wpsParagraph('基础设施欠账较多', `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>`),
      wpsParagraph('下一步打算', '<w:pStyle w:val="2"/>'),
      wpsParagraph(''),
    ].join('');
    const text = readDocx(wordDocument({ body, numbering, styles, app: 'wps' }));
    assert.deepEqual(text.split('\n'), [
      '2023年工作总结', '',
      'XX镇人民政府',
      '目录',
      '工作完成情况\t1',
      '党建工作\t1',
      '业务工作\t2',
      '存在问题\t3',
      '下一步打算\t3', '',
      '一、工作完成情况',
      '（一）党建工作',
      '全年召开党委会24次。',
      '（二）业务工作',
      '1、完成项目审批',
      '2、2024年续建项目',
      '二、存在问题',
      '➢\t基础设施欠账较多',
      '三、下一步打算',
      '',
    ]);
    const { document } = analyzeText(text);
    assert.equal(document.contents?.entries.length, 5);
    assert.deepEqual(document.headings.filter((heading) => heading.level <= 2).map((heading) => `${heading.level} ${heading.title}`),
      ['1 工作完成情况', '2 党建工作', '2 业务工作', '1 存在问题', '1 下一步打算']);
  });

  it('Mac Word: chapter numbering with legal levels, lvlRestart, a restarted copy, letters, start 0, a TOC field without 目录', () => {
    const macRun = (text: string) => `<w:r w:rsidRPr="0041A2B3"><w:rPr><w:rFonts w:ascii="Songti SC" w:eastAsia="Songti SC" w:hAnsi="Songti SC" w:hint="eastAsia"/><w:lang w:eastAsia="zh-CN"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
    const mac = (properties: string, ...runs: string[]) => `<w:p w14:paraId="3C4D5E6F" w14:textId="77777777" w:rsidR="0041A2B3" w:rsidRDefault="0041A2B3">${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${runs.join('')}</w:p>`;
    const heading = (style: number, text: string) => mac(`<w:pStyle w:val="${style}"/>`, macRun(text));
    const styles = '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/></w:style>'
      + [1, 2, 3].map((n) => `<w:style w:type="paragraph" w:styleId="${n}"><w:name w:val="heading ${n}"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:qFormat/><w:pPr><w:keepNext/><w:numPr>${n > 1 ? `<w:ilvl w:val="${n - 1}"/>` : ''}<w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="${n - 1}"/></w:pPr></w:style>`).join('')
      + '<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:uiPriority w:val="39"/></w:style>'
      + '<w:style w:type="paragraph" w:styleId="TOC2"><w:name w:val="toc 2"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:uiPriority w:val="39"/><w:pPr><w:ind w:leftChars="200" w:left="420"/></w:pPr></w:style>';
    const legal = '<w:isLgl/>';
    const numbering = `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>${level(0, 'chineseCounting', '第%1章', 1, '<w:pStyle w:val="1"/><w:suff w:val="space"/>')}`
      + `${level(1, 'decimal', '%1.%2', 1, `<w:pStyle w:val="2"/>${legal}`)}${level(2, 'decimal', '%1.%2.%3', 1, `<w:lvlRestart w:val="1"/><w:pStyle w:val="3"/>${legal}`)}</w:abstractNum>`
      + `<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>${level(0, 'lowerLetter', '%1.')}</w:abstractNum>`
      + `<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="singleLevel"/>${level(0, 'decimal', '%1)', 0)}</w:abstractNum>`
      + '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
      + '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride><w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride><w:lvlOverride w:ilvl="2"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
      + '<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>';
    const pageField = (page: number) => `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF _Toc2 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${macRun(String(page))}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const tocStart = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>';
    const tabs = '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8290"/></w:tabs>';
    const body = [
      mac('<w:jc w:val="center"/>', macRun('基于大数据的基层治理研究')),
      mac(`<w:pStyle w:val="TOC1"/>${tabs}`, tocStart, `<w:hyperlink w:anchor="_Toc1" w:history="1">${macRun('第一章 绪论')}<w:r><w:tab/></w:r>${pageField(1)}</w:hyperlink>`),
      mac(`<w:pStyle w:val="TOC2"/>${tabs}`, `<w:hyperlink w:anchor="_Toc2" w:history="1">${macRun('1.1')}<w:r><w:tab/></w:r>${macRun('研究背景')}<w:r><w:tab/></w:r>${pageField(1)}</w:hyperlink>`),
      mac(`<w:pStyle w:val="TOC1"/>${tabs}`, `<w:hyperlink w:anchor="_Toc3" w:history="1">${macRun('第二章 相关理论')}<w:r><w:tab/></w:r>${pageField(5)}</w:hyperlink>`),
      mac('', '<w:r><w:fldChar w:fldCharType="end"/></w:r>'),
      heading(1, '绪论'), heading(2, '研究背景'), heading(3, '国内研究'), heading(2, '研究意义'), heading(3, '理论意义'),
      // A restarted copy of the chapter list, used once.
      mac(numPr(2, 1), macRun('示例小节')),
      heading(1, '相关理论'), heading(2, '概念界定'), heading(3, '基本概念'),
      mac(numPr(3, 0), macRun('所建议的方案')), mac(numPr(3, 0), macRun('备选方案')),
      mac(numPr(4, 0), macRun('起始项')), mac(numPr(4, 0), macRun('后续项')),
    ].join('');
    const text = readDocx(wordDocument({ body, numbering, styles, app: 'mac' }));
    assert.deepEqual(text.split('\n'), [
      '基于大数据的基层治理研究', '',
      '目录',
      '第一章 绪论\t1',
      '1.1\t研究背景\t1',
      '第二章 相关理论\t5', '',
      '第一章 绪论',
      '1.1\t研究背景',
      '1.1.1\t国内研究',
      '1.2\t研究意义',
      // lvlRestart 1: level 3 restarts only after a chapter.
      '1.2.2\t理论意义',
      '1.1\t示例小节',
      '第二章 相关理论',
      '2.1\t概念界定',
      '2.1.1\t基本概念',
      'a.\t所建议的方案',
      'b.\t备选方案',
      '0)\t起始项',
      '1)\t后续项',
      '',
    ]);
  });

  it('Word: a 汇编 whose report titles are styled Heading 1 for its contents: contents read as such, no title numbered', () => {
    const tocEntry = (title: string, page: number, start = '') => p('<w:pStyle w:val="TOC1"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8296"/></w:tabs>', start,
      `<w:hyperlink w:anchor="_Toc${page}" w:history="1">${run(title)}<w:r><w:rPr><w:webHidden/></w:rPr><w:tab/></w:r><w:r><w:rPr><w:webHidden/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:rPr><w:webHidden/></w:rPr><w:instrText xml:space="preserve"> PAGEREF _Toc${page} \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(String(page), '<w:webHidden/>')}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>`);
    const styles = WORD_STYLES.replace('<w:numPr><w:numId w:val="1"/></w:numPr>', '')
      + '<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:uiPriority w:val="39"/></w:style>';
    const body = [
      p('<w:jc w:val="center"/>', run('XX县2023年度法治政府建设年度报告汇编')),
      tocEntry('XX县司法局2023年法治政府建设年度报告', 1, '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-1" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'),
      tocEntry('XX县公安局2023年法治政府建设年度报告', 4),
      p('', '<w:r><w:fldChar w:fldCharType="end"/></w:r>'),
      p('<w:pStyle w:val="1"/>', run('XX县司法局2023年法治政府建设年度报告')),
      p('', run('一、主要举措和成效')),
      p('', run('二、存在的不足和原因')),
      p('<w:pStyle w:val="1"/><w:pageBreakBefore/>', run('XX县公安局2023年法治政府建设年度报告')),
      p('', run('一、主要举措和成效')),
    ].join('');
    const text = readDocx(wordDocument({ body, styles }));
    assert.deepEqual(text.split('\n'), [
      'XX县2023年度法治政府建设年度报告汇编', '',
      '目录',
      'XX县司法局2023年法治政府建设年度报告\t1',
      'XX县公安局2023年法治政府建设年度报告\t4', '',
      'XX县司法局2023年法治政府建设年度报告',
      '一、主要举措和成效',
      '二、存在的不足和原因',
      'XX县公安局2023年法治政府建设年度报告',
      '一、主要举措和成效',
      '',
    ]);
    const { document } = analyzeText(text);
    assert.equal(document.compilation?.title.text, 'XX县2023年度法治政府建设年度报告汇编');
    assert.deepEqual(document.contents?.entries.map((entry) => entry.page), [1, 4]);
    assert.deepEqual(document.reports.map((report) => report.title?.text), ['XX县司法局2023年法治政府建设年度报告', 'XX县公安局2023年法治政府建设年度报告']);
  });

  it('Word: a skipped heading level shows 0 in a multi-level label, as Word shows it (1.0.1)', () => {
    const numbering = `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>${level(0, 'decimal', '%1')}${level(1, 'decimal', '%1.%2')}${level(2, 'decimal', '%1.%2.%3')}</w:abstractNum>`
      + '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
    const body = [p(numPr(1, 0), run('总则')), p(numPr(1, 2), run('适用范围')), p(numPr(1, 1), run('基本原则')), p(numPr(1, 2), run('合法原则'))].join('');
    assert.equal(readDocx(wordDocument({ body, numbering })), '1\t总则\n1.0.1\t适用范围\n1.1\t基本原则\n1.1.1\t合法原则\n');
  });
});

describe('Word files with shapes LibreOffice also reads: alternate content, tables in tables, layout tables, ruby', () => {
  it('Word and WPS: alternate content shows its first choice, whether it holds runs or paragraphs; a text box in one stays out', () => {
    const alternatives = (choice: string, fallback: string, requires = 'w14') => `<mc:AlternateContent><mc:Choice Requires="${requires}">${choice}</mc:Choice><mc:Fallback>${fallback}</mc:Fallback></mc:AlternateContent>`;
    const graphic = (text: string) => `<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>${p('', run(text))}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic>`;
    const vml = (text: string) => `<w:pict><v:shape><v:textbox><w:txbxContent>${p('', run(text))}</w:txbxContent></v:textbox></v:shape></w:pict>`;
    const textBox = (text: string) => `<w:r>${alternatives(`<w:drawing><wp:inline>${graphic(text)}</wp:inline></w:drawing>`, vml(text), 'wps')}</w:r>`;
    const body = [
      p('', run('全年共受理'), alternatives(run('行政复议'), run('行政覆议')), run('案件12件。')),
      alternatives(p('', run('新版本的段落。')), p('', run('旧版本的段落。')), 'w15'),
      p('', run('框前'), textBox('文本框里的字'), run('框后')),
      // An alternative with no choice Word takes: the fallback.
      p('', '<mc:AlternateContent><mc:Fallback>', run('只有备用'), '</mc:Fallback></mc:AlternateContent>'),
    ].join('');
    assert.equal(readDocx(wordDocument({ body })), '全年共受理行政复议案件12件。\n新版本的段落。\n框前框后\n只有备用\n');
  });

  it('a table inside a table cell stays in its cell, in order', () => {
    const cell = (...paragraphs: string[]) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${paragraphs.join('')}</w:tc>`;
    const table = (...rows: string[][]) => `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${rows.map((cells) => `<w:tr>${cells.join('')}</w:tr>`).join('')}</w:tbl>`;
    const body = [
      p('', run('前言')),
      table([cell(p('', run('外A')), table([cell(p('', run('内1'))), cell(p('', run('内2')))]), p('')), cell(p('', run('外B')))], [cell(p('', run('外C'))), cell(p('', run('外D')))]),
      p('', run('后记')),
    ].join('');
    assert.equal(readDocx(wordDocument({ body })), '前言\n| 外A 内1 内2 | 外B |\n| 外C | 外D |\n后记\n');
  });

  it('a report laid out inside a one-column table (a web page saved as Word) keeps its paragraphs: title, headings, text', () => {
    const body = [
      '<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/></w:tblPr><w:tblGrid><w:gridCol w:w="8306"/></w:tblGrid>',
      '<w:tr><w:tc><w:tcPr><w:tcW w:w="5000" w:type="pct"/></w:tcPr>',
      p('<w:jc w:val="center"/>', run('XX县2023年法治政府建设年度报告')),
      p('', run('一、主要工作')),
      p('', run('（一）加强组织领导。全年召开会议3次。')),
      '</w:tc></w:tr><w:tr><w:tc>',
      p('', run('二、存在问题')),
      '<w:tbl><w:tr><w:tc>', p('', run('指标')), '</w:tc><w:tc>', p('', run('数量')), '</w:tc></w:tr></w:tbl>',
      '</w:tc></w:tr></w:tbl>',
    ].join('');
    const text = readDocx(wordDocument({ body }));
    assert.equal(text, 'XX县2023年法治政府建设年度报告\n\n一、主要工作\n（一）加强组织领导。全年召开会议3次。\n二、存在问题\n| 指标 | 数量 |\n');
    const report = analyzeText(text).document.reports[0];
    assert.equal(report?.title?.text, 'XX县2023年法治政府建设年度报告');
    assert.deepEqual(report?.headings.map((heading) => [heading.level, heading.title]), [[1, '主要工作'], [2, '加强组织领导'], [1, '存在问题']]);
  });

  it('ruby (phonetic guide) shows its base text only, as the line reads', () => {
    const rubyProperties = '<w:rubyPr><w:rubyAlign w:val="distributeSpace"/><w:hps w:val="16"/><w:hpsRaise w:val="30"/><w:hpsBaseText w:val="32"/><w:lid w:val="zh-CN"/></w:rubyPr>';
    const body = p('', run('依法'), `<w:r><w:ruby>${rubyProperties}<w:rt>${run('zhì')}</w:rt><w:rubyBase>${run('治')}</w:rubyBase></w:ruby></w:r>`, run('县'));
    assert.equal(readDocx(wordDocument({ body })), '依法治县\n');
  });
});

describe('Word tables read as rows the text form knows', () => {
  const cell = (text: string, properties = '') => `<w:tc><w:tcPr><w:tcW w:w="1200" w:type="dxa"/>${properties}</w:tcPr>${p('<w:jc w:val="center"/>', ...(text ? [run(text)] : []))}</w:tc>`;
  const row = (cells: string[], properties = '') => `<w:tr>${properties ? `<w:trPr>${properties}</w:trPr>` : ''}${cells.join('')}</w:tr>`;
  const table = (...rows: string[]) => `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders/></w:tblPr><w:tblGrid>${'<w:gridCol w:w="1200"/>'.repeat(4)}</w:tblGrid>${rows.join('')}</w:tbl>`;

  it('merged cells keep the columns: a cell spanning columns, then empty cells; cells merged down, empty below; rows starting or ending late', () => {
    const body = [
      p('', run('一、主要工作')),
      table(
        row([cell('项目', '<w:vMerge w:val="restart"/>'), cell('申请人情况', '<w:gridSpan w:val="3"/>')], '<w:tblHeader/>'),
        row([cell('', '<w:vMerge/>'), cell('自然人'), cell('法人'), cell('总计')], '<w:tblHeader/>'),
        row([cell('一、本年新收'), cell('3'), cell('0'), cell('3')]),
        row([cell('合计'), cell('3')], '<w:gridBefore w:val="1"/><w:wBefore w:w="1200" w:type="dxa"/><w:gridAfter w:val="1"/>'),
      ),
      p('', run('二、存在问题')),
    ].join('');
    const text = readDocx(wordDocument({ body }));
    assert.equal(text, '一、主要工作\n| 项目 | 申请人情况 | | |\n| | 自然人 | 法人 | 总计 |\n| 一、本年新收 | 3 | 0 | 3 |\n| | 合计 | 3 | |\n二、存在问题\n');
    // A row's label is no heading.
    assert.deepEqual(analyzeText(text).document.headings.map((heading) => heading.title), ['主要工作', '存在问题']);
  });

  it('a report with a table of its own: exported to Word and read back, the table is a table again, row for row', async () => {
    const source = '某县2023年法治政府建设年度报告\n\n一、主要工作\n全年办理案件如下。\n| 项目 | 申请人情况 | | |\n| | 自然人 | 法人 | 总计 |\n| 一、本年新收 | 3 | 0 | 3 |\n二、存在问题\n基层力量不足。\n';
    const [file] = await createLanguageService().exportDocx(sourceOf(source, 'file:///table.fzbg'), undefined, false, 'table');
    assert.equal(readDocx(file!.data), source);
  });
});

describe('page and column breaks inside a paragraph', () => {
  it('between text, a page or column break parts the lines (LibreOffice splits the paragraph there); at either end of a paragraph it adds no line', () => {
    const pageBreak = '<w:r><w:br w:type="page"/></w:r>';
    const body = [
      p('', run('XX县2023年法治政府建设年度报告'), pageBreak, run('一、主要工作')),
      p('', run('全年办结案件12件。'), '<w:r><w:br w:type="column"/></w:r>', run('二、存在问题')),
      p('', pageBreak, run('三、下一步打算')),
      p('', run('继续加强。'), pageBreak),
      p('', run('删除前'), `<w:del w:id="1" ${REVISION}><w:r><w:br w:type="page"/></w:r></w:del>`, run('删除后')),
    ].join('');
    const text = readDocx(wordDocument({ body }));
    assert.equal(text, 'XX县2023年法治政府建设年度报告\n一、主要工作\n全年办结案件12件。\n二、存在问题\n三、下一步打算\n继续加强。\n删除前删除后\n');
    assert.deepEqual(analyzeText(text).document.headings.map((heading) => heading.title), ['主要工作', '存在问题', '下一步打算']);
  });
});

describe('list labels Word draws with a tab, exported and read back', () => {
  it('lines of a bullet or a number label and a tab stay lines (no table of labels); a table typed with tabs stays a table', async () => {
    const source = '某县2023年法治政府建设年度报告\n\n一、主要工作\n全年重点如下：\na.\t完善制度\nb.\t强化执法\n•\t要点一\n•\t要点二\n1.1\t总则\n1.2\t适用范围\n第一章\t绪论\n第二章\t背景\n二、主要数据\n| 项目 | 数量 |\n| 行政复议 | 38 |\n';
    const [file] = await createLanguageService().exportDocx(sourceOf(source, 'file:///labels.fzbg'), undefined, false, 'labels');
    assert.equal(readDocx(file!.data), source);
  });
});
