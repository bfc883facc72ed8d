/**
 * The 公文 layout description (SPEC 7) of each seed, reviewed by hand as text, and the Word XML the
 * writer makes of it: page, margins, pitch, fonts per role, indents, footers, settings.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { parseSettings } from '../server/src/service/settings';
import type { LayoutBlock, LayoutDocument } from '../server/src/service/layout/description';
import { createLanguageService } from '../server/src/service/languageService';
import { expectFile } from './helpers/expected';
import { FIXTURES, seeds, sourceOf } from './helpers/documents';

const service = createLanguageService();

/** One line a block: role, level, alignment, indents in characters, fonts of its runs, and its text cut short. */
function layoutText(layout: LayoutDocument): string {
  const block = (item: LayoutBlock) => {
    if (item.kind === 'table') return `table ${item.rows.length}×${item.columns.length} header=${item.headerRows} ${item.size}pt @${item.line + 1}`;
    const runs = item.runs.map((run) => `${run.font}${run.bold ? '+b' : ''}:${run.text.length > 24 ? `${run.text.slice(0, 24)}…` : run.text}`.replace(/\n/g, ' / ')).join(' | ');
    const indents = `first=${item.firstLineChars}${item.leftChars ? ` left=${item.leftChars}` : ''}${item.rightChars ? ` right=${item.rightChars}` : ''}`;
    return `${item.role}${item.level ? item.level : ''} ${item.align} ${indents}${item.keepNext ? ' keep' : ''} @${item.line + 1} ${runs}`;
  };
  const front = layout.front ? [`front: ${layout.title}`, ...layout.front.blocks.map((item) => `${block(item)}${item.kind === 'paragraph' && item.pageNumber ? ` … ${item.pageNumber}` : ''}`)] : [];
  return [...front, ...layout.reports.map((report, index) => [`report ${index + 1}: ${report.title}`, ...report.blocks.map(block)].join('\n'))].join('\n') + '\n';
}

describe('layout description of the seeds', () => {
  for (const [name, text] of seeds()) {
    it(name, () => {
      expectFile(join(FIXTURES, 'expected', name.replace(/\.txt$/, '.layout.txt')), layoutText(service.getLayout(sourceOf(text, `file:///${name}`))));
    });
  }
});

/** The parts of an exported `.docx`, as text. */
async function exportedXml(text: string, settings?: unknown): Promise<Record<string, string>> {
  const [file] = await service.exportDocx(sourceOf(text), settings === undefined ? undefined : parseSettings(settings), false, 'x');
  return Object.fromEntries(Object.entries(unzipSync(file!.data)).map(([path, data]) => [path, strFromU8(data)]));
}

/** A style of the export's styles.xml. */
function style(parts: Record<string, string>, id: string): string {
  return parts['word/styles.xml']!.match(new RegExp(`<w:style [^>]*w:styleId="${id}">.*?</w:style>`))![0];
}

/** What the paragraph holding `text` (and its run) has in effect: its own properties over its style's. */
function effective(parts: Record<string, string>, text: string) {
  const paragraph = parts['word/document.xml']!.match(/<w:p>(?:(?!<\/w:p>).)*<\/w:p>/g)!.find((candidate) => candidate.includes(`>${text}<`))!;
  const own = paragraph.match(/^<w:p><w:pPr>(.*?)<\/w:pPr>/)?.[1] ?? '';
  const styled = style(parts, own.match(/<w:pStyle w:val="(\w+)"\/>/)?.[1] ?? 'Normal');
  const run = paragraph.match(new RegExp(`<w:r>(?:(?!</w:r>).)*>${text.replace(/[.()]/g, '\\$&')}<`))![0];
  const first = (pattern: RegExp, ...sources: string[]) => sources.map((source) => source.match(pattern)?.[1]).find((found) => found !== undefined);
  return {
    font: first(/w:eastAsia="([^"]+)"/, run, styled),
    bold: /<w:b\/>/.test(run) || (!/<w:b w:val="0"\/>/.test(run) && /<w:b\/>/.test(styled)),
    size: first(/<w:sz w:val="(\d+)"/, styled),
    spacing: first(/<w:rPr>.*<w:spacing w:val="(-?\d+)"/, styled),
    ind: first(/(<w:ind [^>]*\/>)/, own, styled),
    jc: first(/<w:jc w:val="(\w+)"/, own, styled),
    keepNext: own.includes('<w:keepNext/>') || (!own.includes('<w:keepNext w:val="0"/>') && styled.includes('<w:keepNext/>')),
    outline: first(/<w:outlineLvl w:val="(\d)"/, own, styled),
  };
}

const REPORT = [
  '城关区司法局',
  '2023年法治政府建设年度报告',
  '区委、区政府：',
  '2023年，我局坚持以“习近平法治思想”为指导——取得新成效。',
  '一、主要举措和成效',
  '（一）强化理论武装。全年开展集中学习12次。',
  '1.健全制度',
  '二、存在的不足和原因',
  '项目\t数量',
  '案件\t38',
  '城关区司法局',
  '2024年1月15日',
].join('\n');

describe('Word XML of the export', () => {
  let xml: Record<string, string>;
  before(async () => {
    xml = await exportedXml(REPORT);
  });

  it('A4, the GB/T 9704 margins, no document grid, odd and even footers', () => {
    const document = xml['word/document.xml']!;
    assert.match(document, /<w:pgSz w:w="11906" w:h="16838"/);
    assert.match(document, /<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" w:footer="1389" w:gutter="0"\/>/);
    assert.match(document, /<w:docGrid w:type="default" w:linePitch="579"\/>/);
    assert.match(document, /<w:footerReference w:type="default"[^>]*\/><w:footerReference w:type="even"/);
    assert.match(xml['word/settings.xml']!, /<w:evenAndOddHeaders\/>/);
  });

  it('every paragraph outside the tables at exactly 28.95 pt with nothing before or after, and no widow control', () => {
    const styles = xml['word/styles.xml']!;
    for (const part of [styles.match(/<w:pPrDefault>.*?<\/w:pPrDefault>/)![0], style(xml, 'Normal')]) {
      assert.match(part, /<w:widowControl w:val="0"\/>.*<w:spacing w:before="0" w:after="0" w:line="579" w:lineRule="exact"\/>/);
    }
    // No paragraph and no style of text outside the tables has a pitch of its own.
    assert.ok(!/<w:spacing w:before/.test(xml['word/document.xml']!));
    for (const [, id, body] of styles.matchAll(/<w:style [^>]*w:styleId="(\w+)">(.*?)<\/w:style>/g)) {
      if (!id!.startsWith('Tb')) assert.ok(!/w:line="/.test(body!.replace(/<w:spacing w:before="0" w:after="0" w:line="579" w:lineRule="exact"\/>/, '')), id);
    }
    assert.match(style(xml, 'Tb105'), /<w:spacing w:before="0" w:after="0" w:line="300" w:lineRule="exact"\/>/);
  });

  it('fonts by role, Latin in Times New Roman, zh-CN, condensed body, quotes and dashes in the East Asian font', () => {
    assert.equal(effective(xml, '城关区司法局').font, '方正小标宋简体');
    assert.equal(effective(xml, '一、主要举措和成效').font, '黑体');
    assert.equal(effective(xml, '（一）强化理论武装。').font, '楷体_GB2312');
    assert.equal(effective(xml, '全年开展集中学习12次。').font, '仿宋_GB2312');
    assert.equal(effective(xml, '1.健全制度').font, '仿宋_GB2312');
    assert.equal(effective(xml, '项目').font, '仿宋_GB2312');
    const styles = xml['word/styles.xml']!;
    // Every font named in full: Latin in Times New Roman, and ambiguous characters (“”—…) in the East Asian font.
    for (const fonts of styles.match(/<w:rFonts [^>]*\/>/g)!) assert.match(fonts, /^<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="[^"]+" w:cs="Times New Roman" w:hint="eastAsia"\/>$/);
    assert.match(styles.match(/<w:rPrDefault>.*?<\/w:rPrDefault>/)![0], /<w:lang w:val="zh-CN" w:eastAsia="zh-CN" w:bidi="ar-SA"\/>/);
    assert.match(style(xml, 'Normal'), /<w:spacing w:val="-5"\/><w:sz w:val="32"\/>/);
    assert.deepEqual([effective(xml, '城关区司法局').size, effective(xml, '城关区司法局').spacing], ['44', '0']);
    assert.deepEqual([effective(xml, '项目').size, effective(xml, '项目').spacing], ['21', '0']);
    assert.ok(!/Theme/.test(Object.values(xml).join('')), 'no theme fonts');
    // The quotes and dashes stay in the run of their text.
    assert.match(xml['word/document.xml']!, /<w:r><w:t>2023年，我局坚持以“习近平法治思想”为指导——取得新成效。<\/w:t><\/w:r>/);
  });

  it('indents: two characters on body and headings, none on the title, addressee, signature, date and table cells', () => {
    const properties = (text: string) => `${effective(xml, text).ind} ${effective(xml, text).jc}`;
    assert.equal(properties('城关区司法局'), '<w:ind w:firstLine="0"/> center');
    assert.equal(properties('区委、区政府：'), '<w:ind w:firstLine="0"/> left');
    assert.equal(properties('一、主要举措和成效'), '<w:ind w:firstLine="630" w:firstLineChars="200"/> both');
    assert.equal(properties('2023年，我局坚持以“习近平法治思想”为指导——取得新成效。'), '<w:ind w:firstLine="630" w:firstLineChars="200"/> both');
    // Unsealed: the date (6.56 characters) would start two characters right of the issuer's start (6 characters) and
    // end past two characters from the right: it ends there, and the issuer starts two characters left of it (§7.3.5.2).
    // Both are placed by where they start, a left indent, so that no spacing around digits moves the date.
    const signature = xml['word/document.xml']!.match(/<w:p><w:pPr>(?:(?!<\/w:p>).)*>城关区司法局<\/w:t><\/w:r><\/w:p>/g)!.at(-1)!;
    assert.match(signature, /<w:ind w:left="5494" w:firstLine="0"\/>/);
    assert.equal(properties('2024年1月15日'), '<w:ind w:left="6124" w:firstLine="0"/> left');
    assert.equal(properties('38'), '<w:ind w:firstLine="0"/> center');
  });

  it('page numbers `— N —` in 4号 宋体, right on odd pages and left on even ones, one character in', () => {
    const footers = Object.entries(xml).filter(([path]) => /word\/footer\d\.xml/.test(path)).map(([, content]) => content);
    const right = footers.find((footer) => footer.includes('w:val="right"'))!;
    const left = footers.find((footer) => footer.includes('w:val="left"'))!;
    for (const footer of [right, left]) {
      // A cached number in the field, for viewers that do not update fields.
      assert.match(footer, /<w:t xml:space="preserve">— <\/w:t>.*<w:instrText xml:space="preserve"> PAGE <\/w:instrText>.*<w:fldChar w:fldCharType="separate"\/><\/w:r><w:r>.*<w:t>\d<\/w:t>.*<w:t xml:space="preserve"> —<\/w:t>/);
      assert.match(footer, /w:eastAsia="宋体"/);
      assert.match(footer, /<w:sz w:val="28"\/>/);
    }
    assert.match(right, /<w:ind w:right="280" w:firstLine="0"\/>/);
    assert.match(left, /<w:ind w:left="280" w:firstLine="0"\/>/);
  });

  it('follows the settings: system fonts, level 3 in bold, sealed, the document grid', async () => {
    const chosen = await exportedXml(REPORT, { export: { fontPreset: 'system', level3Bold: true, sealed: true, documentGrid: true, fonts: { body: '仿宋体' } } });
    assert.deepEqual(['城关区司法局', '一、主要举措和成效', '（一）强化理论武装。', '1.健全制度', '全年开展集中学习12次。'].map((text) => `${effective(chosen, text).font}${effective(chosen, text).bold ? ' bold' : ''}`),
      ['宋体 bold', '黑体', '楷体', '仿宋体 bold', '仿宋体']);
    // 28 characters across 156 mm: 15.795 pt each, 0.205 pt (841/4096) less than the font size.
    assert.match(chosen['word/document.xml']!, /<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-841"\/>/);
    // Sealed: the date (6.56 characters) centred four characters from the right, between indents half a character wider
    // than it on each side; the issuer centred between the same indents, so over the date however wide a renderer sets its digits.
    assert.equal(`${effective(chosen, '2024年1月15日').ind} ${effective(chosen, '2024年1月15日').jc}`, '<w:ind w:left="5336" w:right="1103" w:firstLine="0"/> center');
    assert.match(chosen['word/document.xml']!, /<w:ind w:left="5336" w:right="1103" w:firstLine="0"\/><w:jc w:val="center"\/><\/w:pPr><w:r><w:t>城关区司法局<\/w:t><\/w:r><\/w:p><w:p>[^]*2024年1月15日/);
  });

  it('lists every font in the font table with what Word and WPS need to substitute it', () => {
    const fonts = xml['word/fontTable.xml']!;
    const entry = (name: string) => fonts.match(new RegExp(`<w:font w:name="${name}">.*?</w:font>`))?.[0];
    assert.equal(entry('仿宋_GB2312'), '<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/><w:panose1 w:val="02010609030101010101"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>');
    assert.equal(entry('楷体_GB2312'), '<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/><w:panose1 w:val="02010609030101010101"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>');
    // 方正小标宋简体 described as 宋体, so that a PC without it falls back to a 宋体 face.
    assert.equal(entry('方正小标宋简体'), '<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/><w:panose1 w:val="02010600030101010101"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>');
    assert.match(entry('黑体')!, /<w:altName w:val="SimHei"\/><w:panose1 w:val="02010609060101010101"\/>/);
    assert.match(entry('宋体')!, /<w:altName w:val="SimSun"\/>/);
    assert.match(entry('Times New Roman')!, /<w:panose1 w:val="02020603050405020304"\/><w:charset w:val="00"\/><w:family w:val="roman"\/>/);
    assert.equal(fonts.match(/<w:font /g)!.length, 6);
  });

  it('gives titles and headings their outline level, and leaves out themes, unused styles and automatic spacing around digits', () => {
    const document = xml['word/document.xml']!;
    assert.deepEqual(['城关区司法局', '一、主要举措和成效', '（一）强化理论武装。', '1.健全制度', '2023年，我局坚持以“习近平法治思想”为指导——取得新成效。'].map((text) => effective(xml, text).outline),
      ['0', '1', '2', '3', undefined]);
    assert.deepEqual(Object.keys(xml).sort(), ['[Content_Types].xml', '_rels/.rels', 'docProps/core.xml', 'word/_rels/document.xml.rels', 'word/document.xml', 'word/fontTable.xml', 'word/footer1.xml', 'word/footer2.xml', 'word/settings.xml', 'word/styles.xml']);
    const styles = xml['word/styles.xml']!;
    // The styles the document uses, its own, none of Word's built-in headings.
    const ids = [...styles.matchAll(/w:styleId="(\w+)"/g)].map((match) => match[1]!);
    assert.deepEqual(ids, ['Normal', 'T', 'P', 'H1', 'H2', 'H3', 'Tb105']);
    for (const id of ids.slice(1)) assert.ok(document.includes(`<w:pStyle w:val="${id}"/>`), id);
    assert.deepEqual([...styles.matchAll(/<w:name w:val="([^"]+)"\/>/g)].map((match) => match[1]), ['Normal', '公文标题', '公文顶格', '公文一级标题', '公文二级标题', '公文三级标题', '表格文字10.5磅']);
    assert.ok(!/Theme|等线|Calibri|Cambria/.test(Object.values(xml).join('')));
    assert.match(styles, /<w:pPrDefault><w:pPr><w:widowControl w:val="0"\/><w:autoSpaceDE w:val="0"\/><w:autoSpaceDN w:val="0"\/>/);
    // A heading is kept whole with the paragraph after it; a body paragraph is not.
    assert.ok(effective(xml, '一、主要举措和成效').keepNext);
    assert.ok(!effective(xml, '2023年，我局坚持以“习近平法治思想”为指导——取得新成效。').keepNext);
    // A run-in heading is a paragraph of text: not kept.
    assert.ok(!effective(xml, '（一）强化理论武装。').keepNext);
  });
});

/** Every part of an exported `.docx` parsed by an XML 1.0 parser: the first error, or undefined. */
function xmlErrors(data: Uint8Array): string | undefined {
  for (const [path, bytes] of Object.entries(unzipSync(data))) {
    const parser = new SaxesParser({ xmlns: true });
    let error: string | undefined;
    parser.on('error', (found) => { error ??= found.message; });
    try {
      parser.write(strFromU8(bytes)).close();
    } catch (thrown) {
      error ??= String(thrown);
    }
    if (error) return `${path}: ${error}`;
  }
  return undefined;
}

describe('Word XML for any text', () => {
  it('is well-formed XML in every part, whatever the text and the font names hold', async () => {
    // Characters from the whole code-point range, lone surrogates and XML's forbidden ones among them.
    const character = fc.oneof(
      fc.integer({ min: 0, max: 0x10ffff }).map((code) => (code >= 0xd800 && code <= 0xdfff ? String.fromCharCode(code) : String.fromCodePoint(code))),
      fc.constantFrom('\u0000', '\u0008', '\u000b', '\u000c', '\u001f', '\ufffe', '\uffff', '\ud800', '\udfff', '<', '&', '"', "'", ']]>', '\t', '|', '一、', '（一）', '\n'),
    );
    const text = fc.array(character, { maxLength: 120 }).map((chars) => chars.join(''));
    await fc.assert(fc.asyncProperty(text, text, fc.constantFrom('', '<&"\'>', '仿宋\ufffe'), async (body, heading, font) => {
      const report = `县司法局2023年法治政府建设年度报告\n一、${heading}\n${body}\n项目\t${body.slice(0, 9)}\n案件\t38\n县司法局\n2024年1月15日`;
      const settings = font === '' ? undefined : parseSettings({ export: { fonts: { body: font, title: font } } });
      const [file] = await service.exportDocx(sourceOf(report), settings, false, 'x');
      assert.equal(xmlErrors(file!.data), undefined);
    }), { numRuns: 150 });
  });

  it('leaves out U+FFFE, U+FFFF, control characters and lone surrogates, and escapes font names', async () => {
    const settings = parseSettings({ export: { fonts: { body: 'A<&"\'>B' } } });
    const [file] = await service.exportDocx(sourceOf('县司法局2023年法治政府建设年度报告\n甲\ufffe乙\uffff丙\u0001丁\ud800戊'), settings, false, 'x');
    const parts = Object.fromEntries(Object.entries(unzipSync(file!.data)).map(([path, data]) => [path, strFromU8(data)]));
    assert.match(parts['word/document.xml']!, />甲乙丙丁戊</);
    assert.match(parts['word/styles.xml']!, /w:eastAsia="A&lt;&amp;&quot;&apos;&gt;B"/);
    assert.match(parts['word/fontTable.xml']!, /<w:font w:name="A&lt;&amp;&quot;&apos;&gt;B"><w:charset w:val="86"\/>/);
    assert.equal(xmlErrors(file!.data), undefined);
  });
});

describe('export file names', () => {
  it('names a compilation after its own title, and its reports one by one after theirs, so the two never meet', async () => {
    const text = seeds().find(([name]) => name.startsWith('000'))![1];
    const [whole] = await service.exportDocx(sourceOf(text), undefined, false, 'x');
    assert.equal(whole!.name, '2023年法治政府建设年度报告汇编');
    const split = await service.exportDocx(sourceOf(text), undefined, true, 'x');
    assert.equal(split.length, 24);
    assert.equal(split[0]!.name, 'XX开发区管委会市场监督管理局2023年度法治政府建设年度报告');
    assert.ok(!split.some((file) => file.name === whole!.name));
    // The contents come with the whole compilation only.
    assert.ok(strFromU8(unzipSync(whole!.data)['word/document.xml']!).includes('目　录'));
    assert.ok(!strFromU8(unzipSync(split[0]!.data)['word/document.xml']!).includes('目　录'));
  });
});

describe('title lines', () => {
  const titleOf = (text: string) => {
    const block = service.getLayout(sourceOf(`${text}\n\n一、工作\n正文。`)).reports[0]!.blocks[0]!;
    return block.kind === 'paragraph' && block.role === 'title' ? block.runs[0]!.text.split('\n') : [];
  };

  it('breaks a long title where the meaning breaks, never inside a word, in balanced lines', () => {
    // Each of these broke inside a word or left one character alone; 22 pt characters, 20 a line.
    assert.deepEqual(titleOf('XX开发区管委会市场监督管理局2023年度法治政府建设年度报告'), ['XX开发区管委会市场监督管理局', '2023年度法治政府建设年度报告']);
    assert.deepEqual(titleOf('青山县人民政府办公室2023年政府信息公开工作年度报告'), ['青山县人民政府办公室', '2023年政府信息公开工作年度报告']);
    assert.deepEqual(titleOf('区人力资源和社会保障局2023年法治政府建设年度报告'), ['区人力资源和社会保障局', '2023年法治政府建设年度报告']);
    // LibreOffice widens the room between Chinese and Latin text: a title that is full with it is broken.
    assert.deepEqual(titleOf('XX市XX局2026年政府信息公开工作年度报告'), ['XX市XX局2026年', '政府信息公开工作年度报告']);
    assert.deepEqual(titleOf('县司法局2023年法治政府建设年度报告'), ['县司法局2023年法治政府建设年度报告']);
  });

  it('keeps the lines of a title typed on two or three lines, and sets it as one title', () => {
    assert.deepEqual(titleOf('XX市XX局\n2023年法治政府建设\n年度报告'), ['XX市XX局', '2023年法治政府建设', '年度报告']);
    assert.deepEqual(titleOf('XX县人民政府2023年度\n法治政府建设年度报告'), ['XX县人民政府2023年度', '法治政府建设年度报告']);
  });
});
